#!/usr/bin/env node
// What a reader's first search costs: opens the search page of a served site with a query, as a
// reader arriving from the header form does, and counts every request and byte until the results
// (or the "no results" message) show. Bytes are as sent by the server, and gzip-compressed as a
// compressing host would send them (Pagefind's index files are already compressed).
// usage: node scripts/search-cost.mjs <site URL> [query]
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const [base = 'http://127.0.0.1:4321', query = 'chuyen doi so'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const seen = [];
page.on('response', async (response) => {
  const body = await response.body().catch(() => Buffer.alloc(0));
  seen.push({ url: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body).length });
});
await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
await page
  .getByRole('status')
  .filter({ hasText: /Tìm thấy|Không tìm thấy/ })
  .waitFor();
await page.waitForTimeout(100); // let the last responses' bodies be read
const status = await page.getByRole('status').innerText();
await browser.close();

const sum = (list, key) => list.reduce((total, r) => total + r[key], 0);
const pagefind = seen.filter((r) => r.url.includes('/pagefind/'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const r of seen) console.log(`${String(r.bytes).padStart(8)} ${String(r.gzip).padStart(8)}  ${r.url}`);
console.log(`\n"${query}": ${status}`);
console.log(`all:      ${seen.length} requests, ${kb(sum(seen, 'bytes'))} as served, ${kb(sum(seen, 'gzip'))} gzip`);
console.log(`pagefind: ${pagefind.length} requests, ${kb(sum(pagefind, 'bytes'))} as served, ${kb(sum(pagefind, 'gzip'))} gzip`);
