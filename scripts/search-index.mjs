#!/usr/bin/env node
// Builds the Pagefind search index of a built site (a step of `npm run build`, run on the staging
// folder before it becomes dist/). Only article pages are indexed: they alone mark their
// <article> with data-pagefind-body, so menus, footers and listings stay out of the index.
// Pagefind reads each page through encodeStroke (see src/lib/search-text.ts) so that `d` finds
// `đ`; the files on disk are not changed. Any Pagefind error fails the step, and so the build.
//
// usage: node scripts/search-index.mjs <site folder> [--plain] [--out <folder>]
//   --plain  index the pages as they are, without the đ handling (to measure what it costs)
//   --out    write the index elsewhere than <site folder>/pagefind
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { encodeStroke } from '../src/lib/search-text.ts';

/** Pages read and handed to Pagefind at once: enough to keep it busy, few enough to bound memory. */
const CONCURRENCY = 16;

/** Every `index.html` under a folder, as paths relative to it. */
async function htmlFiles(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((path) => !path.startsWith('pagefind/'));
}

/** Bytes of the index proper in a Pagefind bundle: metadata, word chunks, filters, page fragments (not its UI files). */
async function indexSize(bundle) {
  const entries = await readdir(bundle, { recursive: true, withFileTypes: true });
  let total = 0;
  for (const e of entries) {
    if (e.isFile() && /\.pf_(meta|index|filter|fragment)$/.test(e.name)) total += (await stat(join(e.parentPath, e.name))).size;
  }
  return total;
}

/** Throws with Pagefind's messages if a response carries any. */
function check(what, response) {
  if (response.errors?.length) throw new Error(`Pagefind (${what}):\n  ${response.errors.join('\n  ')}`);
  return response;
}

/**
 * Indexes the article pages of `siteDir` and writes the Pagefind bundle.
 * @returns {Promise<{ pages: number, bytes: number, outputPath: string }>} bytes: the index files, without Pagefind's UI bundles
 */
export async function buildSearchIndex(siteDir, { plain = false, outputPath = join(siteDir, 'pagefind') } = {}) {
  const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'vi' }));
  try {
    const files = await htmlFiles(siteDir);
    let pages = 0;
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const sourcePath = files[next++];
        const html = await readFile(join(siteDir, sourcePath), 'utf8');
        if (!html.includes('data-pagefind-body')) continue;
        check(sourcePath, await index.addHTMLFile({ sourcePath, content: plain ? html : encodeStroke(html) }));
        pages++;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    check('writeFiles', await index.writeFiles({ outputPath }));
    return { pages, bytes: await indexSize(outputPath), outputPath };
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
  const out = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : undefined;
  try {
    const { pages, bytes, outputPath } = await buildSearchIndex(resolve(siteDir), { plain: args.includes('--plain'), outputPath: out });
    console.log(`  chỉ mục tìm kiếm: ${pages} bài, ${(bytes / 1024).toFixed(1)} KB trong ${outputPath}`);
  } catch (error) {
    console.error(`Lỗi tạo chỉ mục tìm kiếm: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
