import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { weighPage } from '../../scripts/lib/page-weight.mjs';
import { DECREE_42, SEED_ARTICLE } from './site';

/**
 * Reader budgets for slow mobile connections: what a page downloads, from where. Bytes are read
 * from the built site (deterministic); requests are watched in the browser.
 */
const BUILT_SITE = join(import.meta.dirname, '../../.test-dist/site');
const READER_PAGES = [
  ['home', '/'],
  ['article', SEED_ARTICLE],
  ['all news', '/tin-tuc/'],
  ['chuyên mục', '/chuyen-muc/tin-tuc/'],
  ['tag', '/tu-khoa/lai-chau/'],
  ['tag index', '/tu-khoa/'],
  ['about', '/gioi-thieu/'],
  ['organisation chart', '/gioi-thieu/co-cau-to-chuc/'],
  ['leaders', '/gioi-thieu/lanh-dao/'],
  ['contact', '/lien-he/'],
  ['administrative procedures', '/thu-tuc-hanh-chinh/'],
  ['English: organisation', '/en/organisation/'],
  ['document registry', '/van-ban/'],
  ['documents of a type', '/van-ban/loai/nghi-dinh/'],
  ['document', DECREE_42],
] as const;
/** One TCP first flight (10 segments of ~1.4 KB): the page can paint after one round trip. */
const FIRST_FLIGHT = 14 * 1024;

test('the seed article and the CSS it loads fit in one first flight (≤ 14 KB gzip)', () => {
  const weight = weighPage(BUILT_SITE, SEED_ARTICLE);
  expect(weight.firstPaintGzip, JSON.stringify(weight)).toBeLessThanOrEqual(FIRST_FLIGHT);
  expect(weight.htmlGzip).toBeGreaterThan(3 * 1024); // really the article, not an error page
});

test('the Decree 42/2022/NĐ-CP page and the CSS it loads fit in one first flight (≤ 14 KB gzip)', () => {
  const weight = weighPage(BUILT_SITE, DECREE_42);
  expect(weight.firstPaintGzip, JSON.stringify(weight)).toBeLessThanOrEqual(FIRST_FLIGHT);
  expect(weight.htmlGzip).toBeGreaterThan(3 * 1024); // really the document, not an error page
});

for (const [name, path] of READER_PAGES) {
  test(`${name} page: no JavaScript, no web font, nothing from another host`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requests: { url: string; type: string }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // Bring every lazy image in, so that all the page would ever load is counted.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');

    expect(requests.filter((r) => !r.url.startsWith(`${origin}/`)).map((r) => r.url)).toEqual([]);
    expect(requests.filter((r) => r.type === 'script' || r.type === 'font').map((r) => r.url)).toEqual([]);
    // JSON-LD structured data is a <script> element holding data, never run.
    const code = await page.evaluate(() => [...document.scripts].filter((s) => s.type !== 'application/ld+json').length);
    expect(code).toBe(0);
    expect(await page.evaluate(() => document.fonts.size)).toBe(0);
    const weight = weighPage(BUILT_SITE, path);
    expect(weight.jsGzip).toBe(0);
    expect(weight.fonts).toBe(0);
    expect(weight.external).toEqual([]);
  });
}

test('article photos: modern formats in several widths, sized, the first at once and the rest when scrolled to', async ({ page }) => {
  await page.goto(SEED_ARTICLE);
  const pictures = page.locator('article picture');
  await expect(pictures).toHaveCount(4);
  for (const [index, picture] of (await pictures.all()).entries()) {
    for (const type of ['image/avif', 'image/webp']) {
      const source = picture.locator(`source[type="${type}"]`);
      await expect(source).toHaveAttribute('srcset', /\s360w, .+\s720w/);
      await expect(source).toHaveAttribute('sizes', /\S/);
    }
    const img = picture.locator('img');
    await expect(img).toHaveAttribute('width', /^\d+$/);
    await expect(img).toHaveAttribute('height', /^\d+$/);
    await expect(img).toHaveAttribute('loading', index === 0 ? 'eager' : 'lazy');
    if (index === 0) await expect(img).toHaveAttribute('fetchpriority', 'high');
    else await expect(img).not.toHaveAttribute('fetchpriority', /./);
  }
});
