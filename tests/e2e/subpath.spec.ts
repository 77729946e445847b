import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUBPATH, SUBPATH_PORT } from '../../playwright.config';
import { brokenReason, htmlFiles, linksIn, sitePathOf } from '../lib/site-files';

// The real content built with BASE_PATH=/stttt/ and served only under that sub-path.
test.use({ baseURL: `http://127.0.0.1:${SUBPATH_PORT}` });
const DIST = resolve('.test-dist/subpath');

test('a reader browses the whole site under the sub-path', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith(SUBPATH)) outside.push(url.pathname);
  });
  await page.goto(SUBPATH);
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Tin tức - Sự kiện' }).click();
  await expect(page).toHaveURL(`${SUBPATH}chuyen-muc/tin-tuc/`);
  await page.getByRole('link', { name: 'Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số' }).click();
  await expect(page).toHaveURL(`${SUBPATH}tin-tuc/phien-hop-thu-ba-uy-ban-quoc-gia-ve-chuyen-doi-so/`);
  const photo = page.locator('article figure img').first();
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: 'Trang chủ' }).click();
  await expect(page).toHaveURL(SUBPATH);
  expect(outside).toEqual([]);
});

test('every link of the sub-path build stays inside it and resolves', () => {
  const broken: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const pagePath = sitePathOf(DIST, file, SUBPATH);
    for (const { attribute, url } of linksIn(readFileSync(file, 'utf8'))) {
      const reason = brokenReason(DIST, pagePath, url, SUBPATH);
      if (reason) broken.push(`${pagePath} ${attribute}="${url}": ${reason}`);
    }
  }
  expect(broken).toEqual([]);
});
