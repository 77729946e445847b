// The build's last pass over the pages Astro wrote: each page is read once and given its
// Content-Security-Policy for its own inline code (see src/lib/csp.ts); each article's
// <article>, with `đ` encoded for the index (see searchableArticle), is written beside the site
// for Pagefind, which then reads that folder in parallel (scripts/search-index.mjs) — several
// times faster than handing it the pages one message at a time.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { withCsp } from '../../src/lib/csp.ts';
import { searchableArticle } from '../../src/lib/search-html.ts';
import { siteFiles } from './site-paths.mjs';

/** Files read and written at once: enough to keep the disk busy, few enough to bound memory. */
const CONCURRENCY = 16;

/**
 * Reads every page of a built site and, for each article, writes what Pagefind should index
 * to the same path under `searchInputDir`; with `csp`, also writes each page's CSP into it.
 * `strokeEncoding: false` leaves `đ` as it is (to measure what the encoding costs).
 * @returns {Promise<{ pages: number, articles: number }>}
 */
export async function finishPages(siteDir, searchInputDir, { csp = true, strokeEncoding = true } = {}) {
  const files = siteFiles(siteDir).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
  let next = 0;
  let articles = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      const html = await readFile(join(siteDir, file), 'utf8');
      const article = searchableArticle(html, { strokeEncoding });
      if (article) {
        await mkdir(dirname(join(searchInputDir, file)), { recursive: true });
        await writeFile(join(searchInputDir, file), article);
        articles++;
      }
      if (csp) {
        const secured = withCsp(html);
        if (secured !== html) await writeFile(join(siteDir, file), secured);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { pages: files.length, articles };
}

// Run as a script by scripts/build.mjs, in a process of its own, so the memory of reading every
// page goes back to the system before Pagefind needs its share: node finish-pages.mjs <site> <search input>
if (import.meta.main) {
  const [siteDir, searchInputDir] = process.argv.slice(2);
  const { pages, articles } = await finishPages(siteDir, searchInputDir);
  console.log(`✓ CSP của từng trang theo mã của chính trang đó (${pages} trang; ${articles} bài cho chỉ mục tìm kiếm)`);
}
