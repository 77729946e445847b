#!/usr/bin/env node
// `npm run build`: builds the site and its search index (into DIST_DIR, default dist/) via a staging folder and moves it to dist/ only when every
// step succeeded, so invalid content never leaves a half-built site where a deploy would take it.
//
// - The content check runs beside Astro's start (the machine has two cores and Astro mostly works
//   on one). Astro's output is held back until the check has passed; if it fails, Astro is stopped
//   and only the check's messages are shown. (Astro cannot run an editor's code meanwhile:
//   src/integrations/content-mdx.ts applies the same safety rules to every MDX file it compiles.)
// - While Astro reads the content and bundles the site, the folders of the article pages are made
//   (see makeArticleFolders). Astro writes every page complete, its CSP included
//   (src/layouts/PageShell.astro), and writes each searchable page's record (SearchSource.astro)
//   to a file in a scratch folder as it renders it.
// - When Astro has exited, the search index is built from that file (scripts/search-index.mjs), a
//   shard at a time, and its manifest is written into the search page.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { headersFile } from '../deploy/headers.mjs';
import { listArticleFiles } from '../src/lib/content/article-files.ts';
import { slugFromEntryPath } from '../src/lib/content/entry-slug.ts';
import { BUILD_SWITCHES, readBuildOptions } from '../src/build-options.ts';
import { INDEX_PATH, SEARCH_PAGE_PATH, withIndexManifest } from '../src/lib/search/index-plan.ts';
import { RECORDS_FILE } from '../src/lib/search/records.ts';
import { scratchDir } from './lib/scratch-dir.mjs';
import { buildSearchIndex } from './search-index.mjs';

const root = resolve(import.meta.dirname, '..');
const { distDir: dist, contentDir, basePath, searchShardSize } = readBuildOptions(process.env, root);
const staging = `${dist}.staging`;
/** The processes this build started, stopped with it. */
const children = new Set();
const searchInput = scratchDir('stttt-search-');
process.on('exit', () => rmSync(searchInput, { recursive: true, force: true }));
// Stopped with Ctrl-C or by a CI timeout: the folder may be in memory (/dev/shm), so it must go too.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    for (const child of children) child.kill();
    rmSync(staging, { recursive: true, force: true });
    process.exit(code);
  });
}
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  [BUILD_SWITCHES.astroOutDir]: staging,
  [BUILD_SWITCHES.searchInputDir]: searchInput,
};
const started = Date.now();
const seconds = (from) => `${((Date.now() - from) / 1000).toFixed(1)} s`;

/** Stops the build: the staging folder goes, dist/ keeps the previous site. */
function fail(label, code = 1) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✗ ${label} thất bại: trang web KHÔNG được cập nhật (dist/ giữ nguyên bản trước).`);
  process.exit(code || 1);
}

/**
 * Starts a Node script. With `held`, its output is kept until `release()` (then it streams), or
 * dropped by `kill()`.
 */
function start(script, args, { held = false } = {}) {
  const child = spawn(process.execPath, [resolve(root, script), ...args], {
    cwd: root,
    env,
    stdio: ['inherit', held ? 'pipe' : 'inherit', held ? 'pipe' : 'inherit'],
  });
  let buffered = held ? [] : undefined;
  if (held) {
    for (const [stream, target] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      stream.on('data', (chunk) => {
        if (buffered) buffered.push([target, chunk]);
        else target.write(chunk);
      });
    }
  }
  children.add(child);
  const exit = new Promise((done) =>
    child.on('close', (code) => {
      children.delete(child);
      done(code ?? 1);
    }),
  );
  return {
    exit,
    release() {
      for (const [target, chunk] of buffered ?? []) target.write(chunk);
      buffered = undefined;
    },
    async kill() {
      buffered = [];
      child.kill();
      await exit;
    },
  };
}

/**
 * Makes the folder of every article's page (`tin-tuc/<slug>/`) in the staging folder, while Astro
 * reads the content and bundles the site and the disk has nothing else to do. On this project's
 * build machines a new folder costs the disk some 0.5 ms, 5 s for 10,000 articles, which Astro
 * would otherwise spend while it renders. (Astro leaves the staging folder as it is:
 * astro.config.mjs turns off its emptying for builds run from here.)
 * @returns the folders, to remove again those Astro put no page in (drafts, scheduled articles)
 */
async function makeArticleFolders() {
  const folders = listArticleFiles(join(contentDir, 'articles')).map((file) => join(staging, 'tin-tuc', slugFromEntryPath(file)));
  let next = 0;
  const worker = async () => {
    while (next < folders.length) await mkdir(folders[next++], { recursive: true });
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return folders;
}

rmSync(staging, { recursive: true, force: true });
const articleFolders = makeArticleFolders();
const astro = start('node_modules/astro/bin/astro.mjs', ['build'], { held: true });

// The same checks as `npm run check`: a broken or unsafe file stops the build with one line per problem.
const check = start('scripts/check.ts', []);
const checkCode = await check.exit;
if (checkCode !== 0) {
  await astro.kill();
  fail('kiểm tra nội dung', checkCode);
}
console.log(`✓ kiểm tra nội dung (${seconds(started)})`);
astro.release();

const astroCode = await astro.exit;
if (astroCode !== 0) fail('astro build', astroCode);
for (const folder of await articleFolders) {
  if (existsSync(join(folder, 'index.html'))) continue;
  try {
    rmdirSync(folder);
  } catch {
    // Not empty after all: Astro put something else there, which stays.
  }
}
console.log(`✓ astro build (${seconds(started)} từ đầu)`);

try {
  const indexing = Date.now();
  const index = buildSearchIndex(join(searchInput, RECORDS_FILE), join(staging, INDEX_PATH), {
    shardSize: searchShardSize,
    base: `${basePath}${INDEX_PATH}`,
  });
  const searchPage = join(staging, SEARCH_PAGE_PATH, 'index.html');
  writeFileSync(searchPage, withIndexManifest(readFileSync(searchPage, 'utf8'), index.manifest));
  console.log(
    `✓ chỉ mục tìm kiếm: ${index.pages} trang, ${index.manifest.shards.length} phần, ${index.files} tệp, ${(index.bytes / 1024).toFixed(1)} KB (${seconds(indexing)})`,
  );
} catch (error) {
  console.error(`Lỗi tạo chỉ mục tìm kiếm: ${error instanceof Error ? error.message : error}`);
  fail('chỉ mục tìm kiếm');
}

writeFileSync(join(staging, '_headers'), headersFile(basePath));
if (basePath !== '/') {
  // Crawlers read robots.txt only at the root of the host, which this site does not own.
  const sitemapLine = /^Sitemap: .*$/m.exec(readFileSync(join(staging, 'robots.txt'), 'utf8'))?.[0];
  console.log(
    `ℹ Trang nằm dưới ${basePath}: máy tìm kiếm chỉ đọc robots.txt ở gốc tên miền. Thêm vào robots.txt ở gốc dòng:\n  ${sitemapLine}`,
  );
}
rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
console.log(`✓ ${dist} (${seconds(started)})`);
