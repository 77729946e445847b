import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, listFiles, ROOT } from './build-helpers';

describe('two builds of the same content', () => {
  it('write byte-identical pages, feeds, sitemaps, assets and search index', () => {
    // The real content: photos, empty chuyên mục (whose feeds once carried the build time), tags.
    const first = build(join(ROOT, 'content'));
    const second = build(join(ROOT, 'content'));
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    const files = listFiles(first.dist);
    expect(listFiles(second.dist)).toEqual(files);
    expect(files.filter((file) => file.startsWith('tim-kiem/chi-muc/')).length).toBeGreaterThan(10);
    expect(files.filter((file) => /\.(html|xml|json)$/.test(file)).length).toBeGreaterThan(40);
    const different = files.filter((file) => !readFileSync(join(first.dist, file)).equals(readFileSync(join(second.dist, file))));
    expect(different).toEqual([]);
  });
});
