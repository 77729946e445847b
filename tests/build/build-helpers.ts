import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, expect } from 'vitest';
import { siteFiles } from '../../scripts/lib/site-paths.mjs';
import { readBuildOptions } from '../../src/build-options';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SMALL_TREE = join(ROOT, 'tests/fixtures/site-small');

/** Temporary folders this test file made; removed after its tests, with the Astro caches of their builds. */
const temporary = new Set<string>();
afterAll(() => {
  for (const path of temporary) rmSync(path, { recursive: true, force: true });
});

/** A new temporary folder, removed after the test file's tests. */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.add(dir);
  return dir;
}

/** A copy of the small fixture tree in a temporary folder, with extra files written into it. */
export function fixtureTree(extra: Record<string, string> = {}): string {
  const dir = temporaryFolder('stttt-content-');
  cpSync(SMALL_TREE, dir, { recursive: true });
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The small tree plus fixtures from tests/fixtures/<from>/ copied into articles/2024/. */
export function treeWith(fixtures: string | readonly string[], from = 'invalid'): string {
  const tree = fixtureTree();
  for (const fixture of typeof fixtures === 'string' ? [fixtures] : fixtures)
    cpSync(join(ROOT, 'tests/fixtures', from, fixture), join(tree, 'articles/2024', fixture), { recursive: true });
  return tree;
}

/**
 * The small tree with a document registry: tests/fixtures/documents/loai-van-ban.yaml and each
 * folder of tests/fixtures/documents/<from>/ named in `fixtures` copied into `documents/<year>/`.
 */
export function treeWithDocuments(fixtures: readonly string[], from = 'invalid', year = '2024'): string {
  const tree = fixtureTree();
  const documents = join(ROOT, 'tests/fixtures/documents');
  cpSync(join(documents, 'loai-van-ban.yaml'), join(tree, 'documents/loai-van-ban.yaml'));
  for (const fixture of fixtures) cpSync(join(documents, from, fixture), join(tree, 'documents', year, fixture), { recursive: true });
  return tree;
}

/**
 * The environment a build starts with: this process's, less what Vitest put there. Vitest copies
 * Vite's `import.meta.env` (SITE, BASE_URL, MODE, NODE_ENV=test…) into `process.env`, and Astro
 * reads those names from the environment: a child build would take the real site's address and
 * a test mode instead of its own.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['SITE', 'BASE_URL', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

/** Runs `npm run build`'s script on a content tree; returns exit code, output and dist folder. */
export function build(contentDir: string, env: Record<string, string> = {}) {
  const dist = temporaryFolder('stttt-dist-');
  temporary.add(readBuildOptions({ ...env, CONTENT_DIR: contentDir, DIST_DIR: dist }, ROOT).cacheDir);
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    env: { ...buildEnvironment(), CONTENT_DIR: contentDir, DIST_DIR: dist, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist };
}

/** Runs `astro build` itself on a content tree (not `npm run build`'s script, so no check first). */
export function astroBuildDirect(contentDir: string, env: Record<string, string> = {}) {
  const out = temporaryFolder('stttt-direct-out-');
  temporary.add(readBuildOptions({ ...env, CONTENT_DIR: contentDir, DIST_DIR: out }, ROOT).cacheDir);
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: ROOT,
    env: { ...buildEnvironment(), CONTENT_DIR: contentDir, DIST_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return { ...result, out };
}

/** Every file under a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return siteFiles(dir);
}

export const readText = (path: string) => readFileSync(path, 'utf8');

/**
 * Asserts that two builds hold the same files (outside the search index) and that `pages` are
 * byte-identical in both.
 */
export function expectSamePages(actual: string, expected: string, pages: readonly string[]): void {
  expect(filesOutsideSearchIndex(actual)).toEqual(filesOutsideSearchIndex(expected));
  for (const page of pages) expect(readFileSync(join(actual, page), 'utf8'), page).toBe(readFileSync(join(expected, page), 'utf8'));
}

/**
 * The files of a build other than Pagefind's: the index numbers pages in the order its concurrent
 * indexing finishes them, so its file names vary from build to build; everything else must not.
 */
export function filesOutsideSearchIndex(dist: string): string[] {
  return listFiles(dist).filter((file) => !file.startsWith('pagefind/'));
}
