import { describe, expect, it } from 'vitest';
import { readBuildOptions } from '../../src/build-options';

describe('readBuildOptions', () => {
  it('defaults to content/ and dist/ in the project, served from /, every speed-up on', () => {
    const options = readBuildOptions({}, '/srv/site');
    expect(options).toMatchObject({
      contentDir: '/srv/site/content',
      distDir: '/srv/site/dist',
      basePath: '/',
      astroOutDir: undefined,
      searchInputDir: undefined,
      searchShardSize: 10_000,
      earlyImages: true,
      articlesMdxFastPath: true,
    });
    expect(options.cacheDir).toMatch(/^\/srv\/site\/node_modules\/\.astro\/[0-9a-f]{12}$/);
  });

  it('resolves relative folders against the working folder and keeps absolute ones', () => {
    const options = readBuildOptions({ CONTENT_DIR: 'tests/fixtures/site-small', DIST_DIR: '/tmp/out' }, '/srv/site');
    expect(options.contentDir).toBe('/srv/site/tests/fixtures/site-small');
    expect(options.distDir).toBe('/tmp/out');
  });

  it.each([
    ['/stttt/', '/stttt/'],
    ['stttt', '/stttt/'],
    ['/stttt', '/stttt/'],
    ['/a/b/', '/a/b/'],
    ['', '/'],
    ['/', '/'],
  ])('writes BASE_PATH %j as %j', (value, expected) => {
    expect(readBuildOptions({ BASE_PATH: value }, '/srv').basePath).toBe(expected);
  });

  it('turns a speed-up off only with 0', () => {
    expect(readBuildOptions({ EARLY_IMAGES: '0', ARTICLES_MDX_FAST_PATH: '0' })).toMatchObject({
      earlyImages: false,
      articlesMdxFastPath: false,
    });
    expect(readBuildOptions({ EARLY_IMAGES: '1', ARTICLES_MDX_FAST_PATH: 'no' })).toMatchObject({
      earlyImages: true,
      articlesMdxFastPath: true,
    });
  });

  it.each([
    ['4', 4],
    [' 20000 ', 20_000],
    ['0', 10_000],
    ['-3', 10_000],
    ['2.5', 10_000],
    ['nhiều', 10_000],
  ])('reads SEARCH_SHARD_SIZE %j as %j', (value, expected) => {
    expect(readBuildOptions({ SEARCH_SHARD_SIZE: value }).searchShardSize).toBe(expected);
  });

  it('gives builds of another tree, output or base their own Astro cache', () => {
    const cache = (env: Record<string, string>) => readBuildOptions(env, '/srv').cacheDir;
    const caches = new Set([cache({}), cache({ CONTENT_DIR: 'other' }), cache({ DIST_DIR: 'out' }), cache({ BASE_PATH: '/stttt/' })]);
    expect(caches.size).toBe(4);
    expect(cache({ BASE_PATH: '/stttt' })).toBe(cache({ BASE_PATH: '/stttt/' }));
  });
});
