import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildOptions } from '../../build-options.ts';
import { encodeStroke } from './search-text.ts';

const ARTICLE_TAG = /<(\/?)article\b/gi;

/**
 * The document Pagefind indexes for one article: its `<article data-pagefind-body>` element
 * alone, in a minimal UTF-8 document, with `đ` encoded for the index (see `encodeStroke`;
 * `strokeEncoding: false` leaves it out, to measure what it costs). Menus, footers and
 * related-news cards never reach the index, and Pagefind parses a tenth of the page.
 */
export function searchDocument(article: string, { strokeEncoding = true } = {}): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${strokeEncoding ? encodeStroke(article) : article}</body></html>`;
}

/**
 * The `<article data-pagefind-body>` element of a built page, or undefined for a page with nothing
 * to index (only article and registry document pages have one).
 */
export function indexedArticle(html: string): string | undefined {
  const start = html.search(/<article\b[^>]*\bdata-pagefind-body/i);
  if (start === -1) return undefined;
  // The article may hold other <article> elements: its end is where the nesting closes.
  ARTICLE_TAG.lastIndex = start;
  let depth = 0;
  for (let tag = ARTICLE_TAG.exec(html); tag; tag = ARTICLE_TAG.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, tag.index + '</article>'.length);
  }
  return undefined;
}

/**
 * Writes the search document of the article rendered as `article` at `pagePath` (the page's path
 * under the site's base, e.g. `tin-tuc/bai-viet/`), where Pagefind reads its URL from: the path
 * of the file in the folder. Synchronous: no document can be lost when Astro's process ends, and
 * in the build's memory-backed folder (scripts/lib/scratch-dir.mjs) 10,000 of them take 0.2 s,
 * where promises took 1 s of the render thread.
 */
export function writeSearchDocument(
  pagePath: string,
  article: string,
  dir = buildOptions.searchInputDir,
  { strokeEncoding = true } = {},
): void {
  if (!dir) return;
  const file = join(dir, pagePath.replace(/^\/+/, ''), 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, searchDocument(article, { strokeEncoding }));
}
