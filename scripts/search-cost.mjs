#!/usr/bin/env node
// What a reader's first search costs: opens the search page of a served site with a query, as a
// reader arriving from the header form does (cold cache), and counts every request and every byte
// on the wire (headers included, compressed as the server sent it) until the first results (or the
// "nothing found" status) show, and the time that took. With `throttle`, as Lighthouse's mobile
// emulation: 150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU 4× slower (Chrome DevTools Protocol).
// usage: node scripts/search-cost.mjs <site URL> [--throttle] [--runs N] query…
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

/** Lighthouse's mobile emulation ("Slow 4G"), as DevTools applies it. */
export const MOBILE = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpuSlowdown: 4 };

/** Chromium as the tests use it. */
export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
}

/**
 * One first search in a fresh browser context: `{ ms, requests, bytes, indexRequests, indexBytes, status }`,
 * `ms` from the start of navigation to the first result (or the final status) on the page.
 */
export async function firstSearch(browser, base, query, { throttle = true } = {}) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle) {
      const { cpuSlowdown, ...network } = MOBILE;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    const urls = new Map();
    const finished = [];
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e) => finished.push({ url: urls.get(e.requestId) ?? '', bytes: e.encodedDataLength }));
    await page.addInitScript(() => {
      // The first result, or a status that is an answer (not "Đang tìm…"), whichever comes first.
      new MutationObserver((_, observer) => {
        const list = document.getElementById('tim-kiem-ket-qua');
        const status = document.getElementById('tim-kiem-trang-thai')?.textContent ?? '';
        // A failure ends the wait too: the status then says it, and the run is reported with it.
        if ((list && list.children.length > 0) || /^(Tìm thấy|Không tìm thấy|Có \d|Không tải được)/.test(status)) {
          window.__firstResults = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__firstResults !== undefined, null, { timeout: 120_000, polling: 100 });
    const ms = await page.evaluate(() => window.__firstResults);
    const shownAt = finished.length;
    const status = await page.locator('#tim-kiem-trang-thai').innerText();
    const counted = finished.slice(0, shownAt);
    const index = counted.filter((r) => r.url.includes('/tim-kiem/chi-muc/'));
    const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
    return {
      ms: Math.round(ms),
      requests: counted.length,
      bytes: sum(counted),
      indexRequests: index.length,
      indexBytes: sum(index),
      status: status.trim(),
    };
  } finally {
    await context.close();
  }
}

/**
 * The median run of `runs` first searches of `query` (by time), with every run's time. A run that
 * times out (a starved browser on a loaded machine) is tried again, twice at most.
 */
export async function medianFirstSearch(browser, base, query, { runs = 3, throttle = true } = {}) {
  const all = [];
  for (let i = 0, retries = 0; i < runs; i++) {
    try {
      all.push(await firstSearch(browser, base, query, { throttle }));
    } catch (error) {
      if (++retries > 2) throw error;
      console.error(`  "${query}": ${error instanceof Error ? error.message.split('\n')[0] : error}; again`);
      i--;
    }
  }
  all.sort((a, b) => a.ms - b.ms);
  return { ...all[Math.floor(all.length / 2)], runsMs: all.map((r) => r.ms) };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { throttle: { type: 'boolean', default: false }, runs: { type: 'string', default: '1' } },
  });
  const [base = 'http://127.0.0.1:4321', ...queries] = positionals;
  const browser = await launchBrowser();
  try {
    for (const query of queries.length ? queries : ['chuyen doi so']) {
      const r = await medianFirstSearch(browser, base, query, { runs: Number(values.runs), throttle: values.throttle });
      console.log(
        `"${query}": ${r.requests} yêu cầu, ${(r.bytes / 1024).toFixed(1)} KB (chỉ mục: ${r.indexRequests}, ${(r.indexBytes / 1024).toFixed(1)} KB), ` +
          `kết quả đầu tiên sau ${r.runsMs.map((ms) => (ms / 1000).toFixed(2)).join(' / ')} s — ${r.status}`,
      );
    }
  } finally {
    await browser.close();
  }
}
