import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SMALL_SITE } from './site';

test.use({ baseURL: SMALL_SITE });

test('numbered pagination through all news', async ({ page }) => {
  await page.goto('/tin-tuc/');
  await expect(page.getByText('Trang 1/5')).toBeVisible();
  const pager = page.getByRole('navigation', { name: 'Phân trang' });
  await expect(pager.getByText('Trang hiện tại: 1')).toBeVisible();
  await pager.getByRole('link', { name: 'Trang 2' }).click();
  await expect(page).toHaveURL(/\/tin-tuc\/trang\/2\/$/);
  await expect(page).toHaveTitle(/Tin tức - Trang 2/);
  await expect(page.locator('main article')).toHaveCount(2);
  await pager.getByRole('link', { name: 'Trang sau ›' }).click();
  await expect(page).toHaveURL(/\/tin-tuc\/trang\/3\/$/);
  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: '‹ Trang trước' }).click();
  await expect(page).toHaveURL(/\/tin-tuc\/trang\/2\/$/);
  // Newest first across pages, by publication date.
  await page.goto('/tin-tuc/trang/4/');
  await expect(page.locator('main article h2')).toHaveText(['Tin thử nghiệm số 2', 'Tin thử nghiệm số 1']);
});

test('category and tag listings paginate too', async ({ page }) => {
  await page.goto('/chuyen-muc/tin-tuc/trang/3/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức');
  await page.goto('/tu-khoa/phan-trang/trang/2/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Từ khóa: Phân trang');
});

test('drafts and scheduled articles are nowhere', async ({ page, request }) => {
  expect((await request.get('/tin-tuc/ban-nhap/')).status()).toBe(404);
  expect((await request.get('/tin-tuc/bai-hen-gio/')).status()).toBe(404);
  // The build makes every article's folder before Astro renders, and removes those left empty.
  const built = readdirSync('.test-dist/small', { recursive: true, withFileTypes: true });
  const empty = built.filter((entry) => entry.isDirectory() && readdirSync(join(entry.parentPath, entry.name)).length === 0);
  expect(empty.map((entry) => join(entry.parentPath, entry.name))).toEqual([]);
  expect(built.some((entry) => entry.name === 'ban-nhap' || entry.name === 'bai-hen-gio')).toBe(false);
  for (const path of ['/', '/tin-tuc/', '/chuyen-muc/tin-tuc/']) {
    await page.goto(path);
    await expect(page.getByText('Bản nháp chưa đăng')).toHaveCount(0);
    await expect(page.getByText('Bài hẹn giờ đăng năm 2099')).toHaveCount(0);
  }
});

test('an NFD-typed article shows and slugs like its NFC twin', async ({ page }) => {
  await page.goto('/tin-tuc/dien-bien-chuyen-doi-so/');
  const title = 'Điện Biên: chuyển đổi số ở vùng cao';
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  expect(heading).toBe(title); // NFC, code point for code point
  const body = await page.locator('article').innerText();
  expect(body).toContain('Người dân Điện Biên đổi mới cách làm việc nhờ chuyển đổi số.');
  await expect(page.getByRole('link', { name: 'Điện Biên', exact: true })).toHaveAttribute('href', '/tu-khoa/dien-bien/');
});

test('tags differing in case or composition are one tag', async ({ page }) => {
  await page.goto('/tu-khoa/');
  const tags = page.getByRole('main').getByRole('link');
  await expect(tags.filter({ hasText: /chuyển đổi số/i })).toHaveCount(1);
  await expect(tags.filter({ hasText: 'Chuyển đổi số (2)' })).toBeVisible();
  await page.goto('/tu-khoa/chuyen-doi-so/');
  await expect(page.locator('main article')).toHaveCount(2);
});

test('an updated article says when', async ({ page }) => {
  await page.goto('/tin-tuc/chuyen-doi-so-lai-chau/');
  await expect(page.locator('article')).toContainText('Cập nhật lúc Thứ Bảy, 01/02/2025, 08:15 (GMT+7)');
});
