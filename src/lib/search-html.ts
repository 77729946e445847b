import { encodeStroke } from './search-text.ts';

const ARTICLE_TAG = /<(\/?)article\b/gi;

/**
 * What Pagefind indexes of a built page: the `<article data-pagefind-body>` element alone (only
 * article pages have one), in a minimal UTF-8 document, with `đ` encoded for the index (see
 * `encodeStroke`; `strokeEncoding: false` leaves it out, to measure what it costs). Menus,
 * footers and related-news cards never reach the index, and Pagefind parses a tenth of the page.
 * Undefined for a page with nothing to index.
 */
export function searchableArticle(html: string, { strokeEncoding = true } = {}): string | undefined {
  const start = html.search(/<article\b[^>]*\bdata-pagefind-body/i);
  if (start === -1) return undefined;
  // The article may hold other <article> elements: its end is where the nesting closes.
  ARTICLE_TAG.lastIndex = start;
  let depth = 0;
  for (let tag = ARTICLE_TAG.exec(html); tag; tag = ARTICLE_TAG.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      const article = html.slice(start, tag.index + '</article>'.length);
      return `<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body>${strokeEncoding ? encodeStroke(article) : article}</body></html>`;
    }
  }
  return undefined;
}
