import { expect, test } from '@playwright/test';

test('home → chuyên mục → article → tag, by links a reader clicks', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Tin nổi bật' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tin mới nhất' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Tin tức - Sự kiện' }).click();
  await expect(page).toHaveURL(/\/chuyen-muc\/tin-tuc\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin tức - Sự kiện');
  await expect(page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Tin tức - Sự kiện' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.getByRole('link', { name: 'Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số' }).click();
  await expect(page).toHaveURL(/\/tin-tuc\/phien-hop-thu-ba-uy-ban-quoc-gia-ve-chuyen-doi-so\/$/);
  await page.getByRole('link', { name: 'Chuyển đổi số', exact: true }).and(page.locator('[rel="tag"]')).click();
  await expect(page).toHaveURL(/\/tu-khoa\/chuyen-doi-so\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Từ khóa: Chuyển đổi số');
  await expect(page.getByRole('link', { name: 'Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số' })).toBeVisible();
});

test('home shows the latest of each chuyên mục that has news', async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Văn bản chỉ đạo' });
  await expect(section.getByRole('link', { name: /Hướng dẫn thực hiện các nội dung thành phần/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'An toàn thông tin' })).toHaveCount(0);
});

test('the tag index lists every tag with its count', async ({ page }) => {
  await page.goto('/tu-khoa/');
  await expect(page.getByRole('link', { name: 'Lai Châu (6)' })).toHaveAttribute('href', '/tu-khoa/lai-chau/');
  await page.getByRole('link', { name: 'Điện Biên (1)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Từ khóa: Điện Biên');
});

test('an empty chuyên mục says so', async ({ page }) => {
  await page.goto('/chuyen-muc/an-toan-thong-tin/');
  await expect(page.getByText('Chưa có bài viết nào.')).toBeVisible();
});

test('an unknown address answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/tin-tuc/khong-co-bai-nay/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
  await page.getByRole('link', { name: 'Về trang chủ' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('keyboard: skip link first, then identity, language, search and menu in order, focus visible', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /Sở Thông tin và Truyền thông tỉnh Lai Châu/ }).first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'English' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('searchbox', { name: 'Tìm kiếm tin bài' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Tìm' })).toBeFocused();
  await page.keyboard.press('Tab');
  const home = page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Trang chủ' });
  await expect(home).toBeFocused();
  const outline = await home.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  // The skip link moves focus to the main content.
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every page is Vietnamese, UTF-8, with a unique title', async ({ page, request }) => {
  const paths = ['/', '/tin-tuc/', '/chuyen-muc/tin-tuc/', '/tu-khoa/', '/tu-khoa/lai-chau/', '/404.html'];
  const titles = new Set<string>();
  for (const path of paths) {
    const response = await request.get(path);
    const html = await response.text();
    expect(html, path).toMatch(/^<!DOCTYPE html><html lang="vi"[^>]*><head><meta charset="utf-8">/i);
    await page.goto(path);
    titles.add(await page.title());
  }
  expect(titles.size).toBe(paths.length);
});
