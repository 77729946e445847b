import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUBPATH, SUBPATH_PORT } from '../../playwright.config';
import { checkLinks } from '../lib/site-files';

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

test('search works under the sub-path: index, results and their links', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith(SUBPATH)) outside.push(request.url());
  });
  await page.goto(SUBPATH);
  await page.getByRole('searchbox', { name: 'Tìm kiếm tin bài' }).fill('dien bien');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page).toHaveURL(`${SUBPATH}tim-kiem/?q=dien+bien`);
  // The article first, then the organisation's pages that say "điện" and "biên" apart.
  await expect(page.getByRole('status')).toHaveText('Tìm thấy 3 kết quả cho “dien bien”.');
  const link = page.locator('#tim-kiem-ket-qua').getByRole('link').first();
  await expect(link).toHaveAttribute('href', `${SUBPATH}tin-tuc/so-thong-tin-va-truyen-thong-dien-bien-tham-va-lam-viec-voi-so-lai-chau/`);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Điện Biên');
  expect(outside).toEqual([]);
});

test('feeds of the sub-path build link inside it', async ({ request }) => {
  const rss = await (await request.get(`${SUBPATH}rss.xml`)).text();
  expect(rss).toContain('<link>https://stttt.laichau.gov.vn/stttt/</link>');
  expect(rss).toContain('https://stttt.laichau.gov.vn/stttt/tin-tuc/phien-hop-thu-ba-uy-ban-quoc-gia-ve-chuyen-doi-so/');
  expect(rss).not.toMatch(/https:\/\/stttt\.laichau\.gov\.vn\/(?!stttt\/)[a-z_]/);
  const sitemap = await (await request.get(`${SUBPATH}sitemap-0.xml`)).text();
  expect(sitemap).toContain('<loc>https://stttt.laichau.gov.vn/stttt/tin-tuc/</loc>');
  // The registry's feed and open data point to its pages and files under the sub-path.
  const documents = await (await request.get(`${SUBPATH}van-ban/rss.xml`)).text();
  expect(documents).not.toMatch(/https:\/\/stttt\.laichau\.gov\.vn\/(?!stttt\/)[a-z_]/);
  const data = await (await request.get(`${SUBPATH}du-lieu/van-ban.json`)).json();
  const file = data.documents.find((d: { number: string }) => d.number === '42/2022/NĐ-CP').files[0];
  expect(file.url).toBe('https://stttt.laichau.gov.vn/stttt/van-ban/nghi-dinh-42-2022-nd-cp/nghi-dinh-42-2022-nd-cp.pdf');
  expect((await request.get(new URL(file.url).pathname)).status()).toBe(200);
});

test('the organisation, its English pages and its open data live inside the sub-path', async ({ page, request }) => {
  await page.goto(`${SUBPATH}gioi-thieu/co-cau-to-chuc/`);
  await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${SUBPATH}en/organisation/`);
  await expect(page.locator('link[hreflang="vi"]')).toHaveAttribute(
    'href',
    'https://stttt.laichau.gov.vn/stttt/gioi-thieu/co-cau-to-chuc/',
  );
  const data = await (await request.get(`${SUBPATH}du-lieu/co-cau-to-chuc.json`)).json();
  expect(data.url).toBe('https://stttt.laichau.gov.vn/stttt/du-lieu/co-cau-to-chuc.json');
  expect(data.pages.english).toBe('https://stttt.laichau.gov.vn/stttt/en/');
  const sitemap = await (await request.get(`${SUBPATH}sitemap-0.xml`)).text();
  expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://stttt.laichau.gov.vn/stttt/en/contact/"/>');
});

test('every link of the sub-path build stays inside it and resolves', () => {
  const { checked, broken } = checkLinks(DIST, SUBPATH);
  expect(checked).toBeGreaterThan(500);
  expect(broken).toEqual([]);
});
