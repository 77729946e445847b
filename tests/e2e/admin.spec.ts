import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { toSlug } from '../../src/lib/text/slug';
import {
  ADMIN_URL,
  BUILT_PORT,
  ROOT,
  buildAndServe,
  check,
  control,
  devServer,
  removeClone,
  save,
  signIn,
  stop,
  temporaryClone,
  uploadPhoto,
  watchPage,
} from './admin-helpers';

/**
 * The editors' admin, driven as an editor would in Chromium: `npm run dev` on a temporary copy of
 * the small fixture tree, `/admin/` saving through decap-server's file-system backend into it; the
 * files it writes are then checked and built like any other.
 */
test.describe.configure({ mode: 'serial', timeout: 240_000 });
test.use({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', actionTimeout: 30_000, navigationTimeout: 60_000 });

const BUILT = `http://127.0.0.1:${BUILT_PORT}`;
const PHOTOS = join(ROOT, 'tests/fixtures/components/thanh-phan');

let clone: { folder: string; content: string };
let dev: ChildProcess | undefined;
let built: ChildProcess | undefined;

test.beforeAll(async () => {
  clone = temporaryClone();
  dev = await devServer(clone.content);
});

test.afterEach(async () => {
  await stop(built);
  built = undefined;
});

test.afterAll(async () => {
  await stop(dev);
  removeClone(clone.folder, clone.content);
});

test('an editor writes an article with a photo and a Figure; it passes the check and is built at its address', async ({ page }) => {
  const seen = watchPage(page, new URL(ADMIN_URL).origin);
  const title = 'Hội nghị triển khai chuyển đổi số năm 2024: Đẩy mạnh dịch vụ công trực tuyến tại các xã vùng sâu, vùng xa tỉnh Lai Châu';
  const slug = 'hoi-nghi-trien-khai-chuyen-doi-so-nam-2024-day-manh-dich-vu-cong-truc-tuyen-tai';
  expect(toSlug(title)).toBe(slug);

  await signIn(page);
  await page.getByRole('link', { name: 'Bài viết 2024' }).click();
  await page.getByText('Tạo bài viết mới', { exact: true }).click();
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  // The address follows the title, by the rule of `npm run new`.
  await expect(page.getByText(`Địa chỉ bài: /tin-tuc/${slug}/`)).toBeVisible();
  await page.getByLabel('Sapo', { exact: true }).fill('Sáng 15/3, Sở tổ chức hội nghị triển khai chuyển đổi số năm 2024.');
  await page.locator('[id^="publishedAt-field-"]').fill('2024-03-15T09:30');
  await control(page, 'category').locator('input').click();
  await page.getByText('Chuyển đổi số', { exact: true }).click();
  await control(page, 'tags').locator('input').fill('Chuyển đổi số, Lai Châu');

  const cover = control(page, 'cover');
  await cover.getByRole('button', { name: 'Mở ra' }).click();
  // A photo over the check's 5 MB is refused as it is picked.
  await cover.getByRole('button', { name: 'Chọn một hình' }).click();
  let refusal = '';
  page.once('dialog', (dialog) => {
    refusal = dialog.message();
    void dialog.accept();
  });
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'anh-goc.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(5 * 1024 * 1024 + 1) });
  await expect.poll(() => refusal).toContain('5242 kB');
  await page.keyboard.press('Escape');
  await uploadPhoto(page, cover.getByRole('button', { name: 'Chọn một hình' }), join(PHOTOS, 'anh-1.jpg'));
  await cover.getByLabel(/^Mô tả ảnh/).fill('Quang cảnh hội nghị tại điểm cầu tỉnh');

  const body = page.locator('[data-slate-editor="true"]');
  await body.click();
  await page.keyboard.type('Dự hội nghị có lãnh đạo Sở và các phòng chuyên môn.');
  await page.getByRole('button', { name: 'Chèn ảnh, bộ ảnh, văn bản…' }).click();
  await page.getByRole('menuitem', { name: 'Ảnh có chú thích (Figure)' }).click();
  const figure = page.locator('[data-slate-void="true"]').last();
  // Named on a camera or a phone: saved lower case, without tone marks.
  const named = { name: 'Đại biểu Phát biểu.JPG', mimeType: 'image/jpeg', buffer: readFileSync(join(PHOTOS, 'anh-2.jpg')) };
  await uploadPhoto(page, figure.getByRole('button', { name: 'Chọn một hình' }), named);
  await figure.getByLabel('Mô tả ảnh').fill('Đại biểu phát biểu tại hội nghị');
  await figure.getByLabel('Chú thích').fill('Hội nghị trực tuyến sáng 15/3');

  // A new article starts as a draft; this one is ready.
  const draft = control(page, 'draft').getByRole('switch');
  await expect(draft).toHaveAttribute('aria-checked', 'true');
  await draft.click();
  await save(page);

  const folder = join(clone.content, 'articles/2024', slug);
  await expect.poll(() => existsSync(join(folder, 'index.mdx'))).toBe(true);
  expect(readFileSync(join(folder, 'index.mdx'), 'utf8')).toBe(
    [
      '---',
      `title: "${title}"`,
      'description: Sáng 15/3, Sở tổ chức hội nghị triển khai chuyển đổi số năm 2024.',
      'publishedAt: 2024-03-15 09:30',
      'category: chuyen-doi-so',
      'tags:',
      '  - Chuyển đổi số',
      '  - Lai Châu',
      'cover:',
      '  src: ./anh-1.jpg',
      '  alt: Quang cảnh hội nghị tại điểm cầu tỉnh',
      '---',
      '',
      'Dự hội nghị có lãnh đạo Sở và các phòng chuyên môn.',
      '',
      '<Figure src="./dai-bieu-phat-bieu.jpg" alt="Đại biểu phát biểu tại hội nghị" caption="Hội nghị trực tuyến sáng 15/3" />',
      '',
    ].join('\n'),
  );
  // The photos lie beside the article, as uploaded.
  expect(readFileSync(join(folder, 'anh-1.jpg'))).toEqual(readFileSync(join(PHOTOS, 'anh-1.jpg')));
  expect(readFileSync(join(folder, 'dai-bieu-phat-bieu.jpg'))).toEqual(readFileSync(join(PHOTOS, 'anh-2.jpg')));
  expect(existsSync(join(folder, 'anh-goc.jpg'))).toBe(false);
  expect(seen).toEqual({ errors: [], elsewhere: [] });

  const checked = check(clone.content);
  expect(checked.output).not.toMatch(/✗|lỗi/);
  expect(checked.status).toBe(0);

  built = await buildAndServe(clone.content, join(clone.folder, 'dist'));
  await page.goto(`${BUILT}/tin-tuc/${slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // Both photos shown, encoded by the build from the files beside the article.
  for (const alt of ['Quang cảnh hội nghị tại điểm cầu tỉnh', 'Đại biểu phát biểu tại hội nghị']) {
    const photo = page.getByRole('img', { name: alt });
    await photo.scrollIntoViewIfNeeded();
    await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBeGreaterThan(0);
  }
  await expect(page.getByText('Hội nghị trực tuyến sáng 15/3')).toBeVisible();
  // The article the next test sets as a draft is listed today.
  await page.goto(`${BUILT}/chuyen-muc/chuyen-doi-so/`);
  await expect(page.getByRole('link', { name: 'Chuyển đổi số ở Lai Châu' })).toBeVisible();
  // The new one is listed under its new tag.
  await page.goto(`${BUILT}/tu-khoa/lai-chau/`);
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});

test('an editor sets a published article as a draft: one line in its file, and the built site no longer lists it', async ({
  page,
  request,
}) => {
  const seen = watchPage(page, new URL(ADMIN_URL).origin);
  const file = join(clone.content, 'articles/2025/chuyen-doi-so-lai-chau.mdx');
  const before = readFileSync(file, 'utf8');

  await signIn(page);
  await page.getByRole('link', { name: 'Bài viết 2025' }).click();
  await page.getByRole('link', { name: /Chuyển đổi số ở Lai Châu/ }).click();
  const draft = control(page, 'draft').getByRole('switch');
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue('Chuyển đổi số ở Lai Châu');
  await expect(draft).toHaveAttribute('aria-checked', 'false');
  await draft.click();
  await save(page);

  // Everything else in the file is as the developer wrote it.
  await expect.poll(() => readFileSync(file, 'utf8')).not.toBe(before);
  expect(readFileSync(file, 'utf8')).toBe(before.replace('  - chuyển đổi số\n', '  - chuyển đổi số\ndraft: true\n'));
  expect(seen).toEqual({ errors: [], elsewhere: [] });
  expect(check(clone.content).status).toBe(0);

  built = await buildAndServe(clone.content, join(clone.folder, 'dist'));
  await page.goto(`${BUILT}/chuyen-muc/chuyen-doi-so/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chuyển đổi số');
  await expect(page.getByRole('link', { name: 'Chuyển đổi số ở Lai Châu' })).toHaveCount(0);
  await page.goto(`${BUILT}/tin-tuc/`);
  await expect(page.getByRole('link', { name: 'Chuyển đổi số ở Lai Châu' })).toHaveCount(0);
  expect((await request.get(`${BUILT}/tin-tuc/chuyen-doi-so-lai-chau/`)).status()).toBe(404);
  expect(await (await request.get(`${BUILT}/rss.xml`)).text()).not.toContain('chuyen-doi-so-lai-chau');
});

test('every collection of the side bar opens its first entry in the editor, with no error', async ({ page }) => {
  const seen = watchPage(page, new URL(ADMIN_URL).origin);
  await signIn(page);
  const links = page.locator('a[href^="#/collections/"]:not([href*="/entries/"]):not([href$="/new"])');
  const names = (await links.allTextContents()).map((name) => name.trim());
  const opened: string[] = [];
  for (const name of names) {
    await links.filter({ hasText: name }).first().click();
    const entry = page.locator('a[href*="/entries/"]').first();
    // This year's list is empty until someone writes.
    await expect(entry.or(page.getByText('Không có mục nào'))).toBeVisible();
    if (!(await entry.isVisible())) continue;
    await entry.click();
    await expect(page.getByText(`Đang viết trong bộ sưu tập ${name}`), name).toBeVisible();
    await expect(page.getByText('Đã lưu', { exact: true }), name).toBeVisible();
    opened.push(name);
    await page.goBack();
  }
  // Every list but the years without an .mdx article (this year's; 2024 holds only .md files).
  expect(opened).toEqual(
    expect.arrayContaining([
      'Bài viết 2025',
      'Bài viết 2023',
      'Trang riêng',
      'Chuyên mục',
      'Cơ quan',
      'Lãnh đạo',
      'Đơn vị',
      'Chức năng, nhiệm vụ',
      'Liên kết',
      'Thủ tục hành chính',
      'Tiếng Anh (English)',
      'Cài đặt trang',
      'Chân trang',
    ]),
  );
  expect(seen).toEqual({ errors: [], elsewhere: [] });
});
