#!/usr/bin/env node
// `npm run lighthouse [-- --dist dist --port 4399] [/path/ …]`: serves a built site and runs
// Lighthouse on each page with its default mobile settings (simulated Slow 4G, mid-range phone),
// in Debian's Chromium. Prints the four category scores and LCP, CLS and TBT; writes the full
// figures to bench-results/lighthouse-<date>.json. Build first (`npm run build`).
//
// Lighthouse is not a dependency of the project: its tree pulls some 200 packages, one of them
// specified by a dist-tag, so installs would drift whenever the registry moves. Install it for a
// measurement with the command this script prints when it is missing; `--no-save` leaves
// package.json and the lockfile alone.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The Lighthouse version the README's figures were measured with. */
const INSTALL = 'npm install --no-save lighthouse@12.8.2 chrome-launcher@1.2.1';
let lighthouse;
let chromeLauncher;
try {
  ({ default: lighthouse } = await import('lighthouse'));
  chromeLauncher = await import('chrome-launcher');
} catch {
  console.error(`Lighthouse chưa được cài (không nằm trong các gói của dự án). Cài tạm để đo, rồi chạy lại:\n  ${INSTALL}`);
  process.exit(2);
}

const root = resolve(import.meta.dirname, '..');
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4399' } },
});
/** Home, the seed article, a chuyên mục and search: the pages the issue names. */
const DEFAULT_PAGES = ['/', '/tin-tuc/phien-hop-thu-ba-uy-ban-quoc-gia-ve-chuyen-doi-so/', '/chuyen-muc/tin-tuc/', '/tim-kiem/'];
const pages = positionals.length ? positionals : DEFAULT_PAGES;
const dist = resolve(root, options.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Chưa có bản dựng trong ${dist}: chạy npm run build trước.`);
  process.exit(2);
}

const origin = `http://127.0.0.1:${options.port}`;
const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), dist, options.port], { stdio: 'ignore' });
const stopServer = () => server.kill();
process.on('exit', stopServer);
for (let tries = 0; ; tries++) {
  try {
    await fetch(`${origin}/`);
    break;
  } catch (error) {
    if (tries > 50) throw error;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

const results = [];
try {
  for (const page of pages) {
    const path = page.split('?')[0] ?? page;
    if (!existsSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''))) {
      console.warn(`Bỏ qua ${page}: chưa có trong bản dựng ${relative(root, dist) || '.'}.`);
      results.push({ page, missing: true });
      continue;
    }
    const run = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!run) throw new Error(`Lighthouse không chạy được trên ${page}`);
    const { lhr } = run;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id) => lhr.audits[id];
    // Only audits that weigh in a category score; the rest (server compression, cache headers of
    // the local test server…) are the static host's business, not the site's.
    const weighed = new Set(Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)));
    const failed = Object.values(lhr.audits)
      .filter((a) => weighed.has(a.id) && a.score !== null && a.score < 1)
      .map((a) => a.id);
    results.push({
      page,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: Math.round(audit('largest-contentful-paint')?.numericValue ?? NaN),
      cls: +(audit('cumulative-layout-shift')?.numericValue ?? NaN).toFixed(3),
      tbtMs: Math.round(audit('total-blocking-time')?.numericValue ?? NaN),
      failedAudits: failed,
      runtimeError: lhr.runtimeError?.message,
    });
  }
} finally {
  await chrome.kill();
  stopServer();
}

mkdirSync(join(root, 'bench-results'), { recursive: true });
const out = join(root, 'bench-results', `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), dist, results }, null, 2)}\n`);
console.table(
  Object.fromEntries(
    results
      .filter((r) => !r.missing)
      .map((r) => [
        r.page,
        {
          Perf: r.performance,
          A11y: r.accessibility,
          'Best pr.': r.bestPractices,
          SEO: r.seo,
          'LCP ms': r.lcpMs,
          CLS: r.cls,
          'TBT ms': r.tbtMs,
        },
      ]),
  ),
);
for (const r of results) if (r.failedAudits?.length) console.log(`${r.page}: chưa đạt — ${r.failedAudits.join(', ')}`);
console.log(`Kết quả: ${relative(root, out)}`);
