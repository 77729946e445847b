#!/usr/bin/env node
// The Pagefind search index of the site. `npm run build` has Astro write each article's indexable
// part to a folder as it renders it (src/lib/search/search-html.ts) and indexes that folder; run on its
// own, this script takes those parts from an already built site's pages and indexes them, e.g. to
// measure the index with and without the đ handling. Only article and registry document pages are indexed,
// and of them only the <article data-pagefind-body> element, so menus, footers and listings stay out of the index.
// Any Pagefind error fails the step, and so the build.
//
// usage: node scripts/search-index.mjs <site folder> [--plain] [--out <folder>]
//   --plain  index the pages as they are, without the đ handling (to measure what it costs)
//   --out    write the index elsewhere than <site folder>/pagefind
import { readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { indexedArticle, writeSearchDocument } from '../src/lib/search/search-html.ts';
import { scratchDir } from './lib/scratch-dir.mjs';
import { siteFiles } from './lib/site-paths.mjs';

/** Bytes of the index proper in a Pagefind bundle: metadata, word chunks, filters, page fragments (not its UI files). */
function indexSize(bundle) {
  return siteFiles(bundle)
    .filter((file) => /\.pf_(meta|index|filter|fragment)$/.test(file))
    .reduce((total, file) => total + statSync(join(bundle, file)).size, 0);
}

/** Throws with Pagefind's messages if a response carries any. */
function check(what, response) {
  if (response.errors?.length) throw new Error(`Pagefind (${what}):\n  ${response.errors.join('\n  ')}`);
  return response;
}

/** Writes the search document of each article page of a built site to the same path under `dir`, as the build does. */
function extractArticles(siteDir, dir, { strokeEncoding }) {
  for (const file of siteFiles(siteDir)) {
    if (!file.endsWith('/index.html') || file.startsWith('pagefind/')) continue;
    const article = indexedArticle(readFileSync(join(siteDir, file), 'utf8'));
    if (article) writeSearchDocument(dirname(file), article, dir, { strokeEncoding });
  }
}

/**
 * Indexes a folder of article search documents (see searchDocument; page URLs follow their paths
 * in it) and writes the Pagefind bundle to `outputPath`. Pagefind reads and parses the files in
 * parallel.
 * @returns {Promise<{ pages: number, bytes: number }>} bytes: the index files, without Pagefind's UI bundles
 */
export async function buildSearchIndex(articlesDir, outputPath) {
  const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'vi' }));
  try {
    const { page_count: pages } = check(articlesDir, await index.addDirectory({ path: articlesDir }));
    check('writeFiles', await index.writeFiles({ outputPath }));
    return { pages, bytes: indexSize(outputPath) };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const siteDir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
  if (!siteDir) {
    console.error('usage: node scripts/search-index.mjs <site folder> [--plain] [--out <folder>]');
    process.exit(2);
  }
  const outputPath = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : join(resolve(siteDir), 'pagefind');
  const input = scratchDir('stttt-search-');
  try {
    extractArticles(resolve(siteDir), input, { strokeEncoding: !args.includes('--plain') });
    const { pages, bytes } = await buildSearchIndex(input, outputPath);
    console.log(`  chỉ mục tìm kiếm: ${pages} bài, ${(bytes / 1024).toFixed(1)} KB trong ${outputPath}`);
  } catch (error) {
    console.error(`Lỗi tạo chỉ mục tìm kiếm: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}
