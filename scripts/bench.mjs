#!/usr/bin/env node
// `npm run bench [-- --articles N] [--length real]`: generates a reproducible Vietnamese corpus of N
// articles (bench length, or as long as the seed article), builds it with `npm run build`'s script
// (cold: no Astro cache for that tree), then again after one article changed, and reports time,
// peak memory of the whole process tree, what was written and the search index's size, what a
// reader downloads per page type, and a first search for each of the issue's queries: requests,
// bytes and time to the first results in Chromium under Lighthouse's mobile emulation, the site
// served gzip-compressed by nginx. Results go to bench-results/ as JSON. The machine's load
// average is printed beside the times: they mean little on a busy machine.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPhases } from './lib/build-phases.mjs';
import { siteFiles } from './lib/site-paths.mjs';
import { generateCorpus } from './lib/corpus.mjs';
import { weighPage } from './lib/page-weight.mjs';
import { runMeasured } from './lib/process-tree.mjs';
import { launchBrowser, medianFirstSearch } from './search-cost.mjs';
import { readBuildOptions } from '../src/build-options.ts';

const root = resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '2022' },
    'component-every': { type: 'string', default: '20' },
    'cover-every': { type: 'string', default: '200' },
    length: { type: 'string', default: 'bench' },
    'no-rebuild': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'search-runs': { type: 'string', default: '3' },
    port: { type: 'string', default: '4398' },
    keep: { type: 'boolean', default: false },
  },
});
/** The issue's reader queries: single frequent syllables, phrases, without marks, a long phrase. */
const QUERIES = ['tin', 'số', 'hội nghị', 'chuyển đổi số', 'lai chau', 'dich vu cong truc tuyen', 'cá độ', 'xyzqw chuyển đổi số'];
const articles = Number(options.articles);
if (!Number.isInteger(articles) || articles < 10) {
  console.error('--articles phải là số nguyên ≥ 10, ví dụ: npm run bench -- --articles 1000');
  process.exit(2);
}

const work = join(tmpdir(), `stttt-bench-${articles}-${options.length}`);
const contentDir = join(work, 'content');
const dist = join(work, 'dist');
const MB = 1024 * 1024;
/** The builds' environment; the cold build empties the Astro cache this same environment selects. */
const buildEnv = { ...process.env, CONTENT_DIR: contentDir, DIST_DIR: dist };

/** Files under `dir` as [relative path, bytes]. */
const walk = (dir) => siteFiles(dir).map((file) => [file, statSync(join(dir, file)).size]);

/** What the build wrote, grouped the way a reader or a feed reader meets it. */
function distSummary() {
  const files = walk(dist);
  const kind = ([path]) => {
    if (path.startsWith('tim-kiem/chi-muc/')) return 'searchIndex';
    if (path.endsWith('.html')) return 'pages';
    if (/rss\.xml$|\.json$|atom\.xml$/.test(path) && !path.startsWith('_astro/')) return 'feeds';
    if (/sitemap.*\.xml$/.test(path)) return 'sitemaps';
    if (/\.(avif|webp|jpe?g|png|svg|gif)$/i.test(path)) return 'images';
    return extname(path).slice(1) || 'other';
  };
  const byKind = {};
  for (const file of files) {
    const group = (byKind[kind(file)] ??= { files: 0, bytes: 0 });
    group.files++;
    group.bytes += file[1];
  }
  // The search index by part: key buckets, page files, filter lists (src/lib/search/index-plan.ts).
  const searchIndex = {};
  for (const [path, size] of files) {
    const part = /^tim-kiem\/chi-muc\/[^/]+\/(?:s\d+\/)?([kpf])\//.exec(path)?.[1];
    if (!part) continue;
    const group = (searchIndex[{ k: 'buckets', p: 'pages', f: 'filters' }[part]] ??= { files: 0, bytes: 0 });
    group.files++;
    group.bytes += size;
  }
  return {
    files: files.length,
    bytes: files.reduce((sum, [, size]) => sum + size, 0),
    byKind,
    searchIndex,
    paths: files.map(([p]) => p),
  };
}

async function build(label) {
  console.log(`\n▶ ${label}`);
  const logStart = existsSync(logFile) ? statSync(logFile).size : 0;
  const result = await runMeasured(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    env: buildEnv,
    logFile,
    // Astro's progress and summaries, not its thousand lines of "▶ page (+2ms)".
    show: /\[build\]|\[content\]|✓|✗|error|lỗi/i,
  });
  if (result.code !== 0) {
    console.error(`✗ ${label}: build thất bại (mã ${result.code}). Nhật ký: ${logFile}`);
    if (previousRun) rmSync(previousRun, { recursive: true, force: true });
    process.exit(result.code);
  }
  const log = readFileSync(logFile).subarray(logStart).toString('utf8');
  return {
    load: loadavg().map((l) => +l.toFixed(1)),
    wallS: +(result.wallMs / 1000).toFixed(1),
    peakRssMb: Math.round(result.peakRss / MB),
    phases: buildPhases(log),
    rssTimelineMb: result.timeline,
  };
}

// 1. Corpus. An earlier run's folder is moved aside and deleted only after this run's builds:
// deleting some 600 MB slows this machine's disk for a minute or more, which the builds would
// otherwise count as their own time.
const previousRun = existsSync(work) ? `${work}.old-${process.pid}` : undefined;
if (previousRun) renameSync(work, previousRun);
mkdirSync(join(root, 'bench-results'), { recursive: true });
const logFile = join(root, 'bench-results', `build-${articles}-${options.length}.log`);
rmSync(logFile, { force: true });
let started = performance.now();
const corpus = await generateCorpus(contentDir, {
  articles,
  seed: Number(options.seed),
  componentEvery: Number(options['component-every']),
  coverEvery: Number(options['cover-every']),
  length: options.length,
});
console.log(
  `Corpus: ${articles} bài (${corpus.components} dùng <Figure>, ${corpus.covers} có ảnh đại diện) trong ${((performance.now() - started) / 1000).toFixed(1)} s → ${contentDir}`,
);

// 2. Cold build: no content store or processed images from an earlier run of this tree. The
// corpus just written goes to disk first, as an archive checked out earlier would be, so that
// flushing it is not counted as the build's time.
rmSync(readBuildOptions(buildEnv, root).cacheDir, { recursive: true, force: true });
spawnSync('sync');
const cold = await build(`Build ${articles} bài (cache trống)`);
const summary = distSummary();
const pages = summary.byKind.pages?.files ?? 0;

// 3. Reader's side, per page type.
const firstArticle = summary.paths.find((p) => /^tin-tuc\/(?!trang\/)[^/]+\/index\.html$/.test(p));
const candidates = {
  home: '/',
  article: firstArticle && `/${firstArticle.replace(/index\.html$/, '')}`,
  listing: '/tin-tuc/',
  category: '/chuyen-muc/tin-tuc/',
  search: '/tim-kiem/',
};
const weights = {};
for (const [type, path] of Object.entries(candidates)) {
  if (path && summary.paths.includes(`${path.slice(1)}index.html`)) weights[type] = weighPage(dist, path);
}

/** Waits (up to 5 s) until the server at `base` answers. */
async function untilServing(base) {
  const answers = () =>
    fetch(`${base}/`)
      .then((r) => r.ok)
      .catch(() => false);
  for (let tries = 0; tries < 50 && !(await answers()); tries++) await new Promise((done) => setTimeout(done, 100));
}

// 4. The first search of each query, as a reader on a slow phone meets it.
let search;
if (!options['no-search']) {
  console.log(`\n▶ Tìm kiếm lần đầu (${QUERIES.length} truy vấn × ${options['search-runs']} lần, giả lập di động)`);
  const server = spawn(process.execPath, [join(root, 'scripts/nginx.mjs'), dist, options.port], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${options.port}`;
  const browser = await launchBrowser();
  try {
    await untilServing(base);
    search = { load: loadavg().map((l) => +l.toFixed(1)), queries: {} };
    for (const query of QUERIES) {
      search.queries[query] = await medianFirstSearch(browser, base, query, { runs: Number(options['search-runs']) });
      console.log(`  ${query}: ${JSON.stringify(search.queries[query])}`);
    }
    search.loadAfter = loadavg().map((l) => +l.toFixed(1));
  } finally {
    await browser.close();
    server.kill('SIGTERM');
  }
}

// 5. One article edited, built again with the cache of the first build.
let rebuild;
if (!options['no-rebuild']) {
  const edited = join(
    contentDir,
    'articles',
    readdirSync(join(contentDir, 'articles')).find((d) => /^\d{4}$/.test(d)),
  );
  const file = readdirSync(edited).find((f) => f.endsWith('.mdx'));
  appendFileSync(join(edited, file), '\nĐoạn văn bổ sung sau khi biên tập viên sửa bài.\n');
  rebuild = { edited: relative(contentDir, join(edited, file)), ...(await build('Build lại sau khi sửa một bài')) };
}

const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version },
  corpus,
  build: {
    ...cold,
    pages,
    pagesPerS: Math.round(pages / cold.wallS),
    distMb: +(summary.bytes / MB).toFixed(1),
    distFiles: summary.files,
    byKind: summary.byKind,
    searchIndex: summary.searchIndex,
  },
  rebuild,
  pages: weights,
  search,
};

const out = join(root, 'bench-results', `bench-${articles}-${options.length}-${result.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
if (!options.keep) rmSync(work, { recursive: true, force: true });
if (previousRun) rmSync(previousRun, { recursive: true, force: true });

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`\n=== npm run bench: ${articles} bài ===`);
const buildRow = (run) => ({
  'thời gian (s)': run.wallS,
  'RSS đỉnh (MB)': run.peakRssMb,
  'kiểm tra (s)': run.phases.checkS,
  'Astro xong lúc (s)': run.phases.astroS,
  'chỉ mục tìm kiếm (s)': run.phases.searchIndexS,
  'tải máy (1 phút)': run.load[0],
});
console.table({
  'build (cache trống)': buildRow(cold),
  ...(rebuild && { 'build lại sau 1 sửa': buildRow(rebuild) }),
});
console.log(`Trang HTML: ${pages} · ${result.build.pagesPerS} trang/s · dist: ${result.build.distMb} MB, ${summary.files} tệp`);
console.table(Object.fromEntries(Object.entries(summary.byKind).map(([k, v]) => [k, { tệp: v.files, MB: +(v.bytes / MB).toFixed(2) }])));
console.table(
  Object.fromEntries(
    Object.entries(weights).map(([type, w]) => [
      `${type} ${w.page}`,
      {
        'HTML gzip': kb(w.htmlGzip),
        'CSS gzip (liên kết)': kb(w.cssGzip),
        'CSS nội tuyến': kb(w.cssInlineBytes),
        'JS gzip': kb(w.jsGzip),
        'yêu cầu': w.requests,
        'máy chủ khác': w.external.length,
      },
    ]),
  ),
);
if (search) {
  const index = summary.byKind.searchIndex;
  console.log(
    `Chỉ mục tìm kiếm: ${index?.files ?? 0} tệp, ${((index?.bytes ?? 0) / MB).toFixed(1)} MB (${Object.entries(summary.searchIndex)
      .map(([part, v]) => `${part} ${v.files} tệp ${(v.bytes / MB).toFixed(1)} MB`)
      .join(', ')}). Tìm kiếm lần đầu (trung vị), tải máy ${search.load.join(' / ')} → ${search.loadAfter.join(' / ')}:`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(search.queries).map(([query, r]) => [
        query,
        {
          'yêu cầu': r.requests,
          'KB (gzip, cả trang)': +(r.bytes / 1024).toFixed(1),
          'KB chỉ mục': +(r.indexBytes / 1024).toFixed(1),
          'kết quả đầu (s)': +(r.ms / 1000).toFixed(2),
          'các lần (s)': r.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(' / '),
        },
      ]),
    ),
  );
}
console.log(`Kết quả: ${relative(root, out)}`);
