import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  ADMIN_URL,
  ROOT,
  control,
  devServer,
  openSaveMenu,
  removeClone,
  signIn,
  stop,
  temporaryClone,
  uploadPhoto,
} from '../e2e/admin-helpers';

/**
 * The pictures of the editors' guide's section on /admin/ (docs/huong-dan-bien-tap.md): the admin of `npm run dev`
 * on a copy of the real content, used as an editor would, one picture per step. Nothing is saved.
 * Run with `npm run screenshots`; the pictures go to docs/images/admin/.
 */
const OUT = join(ROOT, 'docs/images/admin');
const PHOTOS = join(ROOT, 'tests/fixtures/components/thanh-phan');

let clone: { folder: string; content: string };
let dev: ChildProcess | undefined;

test.beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  clone = temporaryClone(join(ROOT, 'content'));
  dev = await devServer(clone.content);
});

test.afterAll(async () => {
  await stop(dev);
  removeClone(clone.folder, clone.content);
});

/** A picture of the page, or of one part of it. */
async function shot(target: Page | Locator, name: string): Promise<void> {
  await target.screenshot({ path: join(OUT, `${name}.png`), animations: 'disabled' });
}

test('the editors’ guide, step by step', async ({ page }) => {
  await page.goto(ADMIN_URL);
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await shot(page, '1-dang-nhap');

  await signIn(page);
  // The newest year with articles, then this year's list, where a new article goes.
  const years = page.getByRole('link', { name: /^Bài viết \d{4}$/ });
  await years.nth(1).click();
  await expect(page.locator('a[href*="/entries/"]').first()).toBeVisible();
  await shot(page, '2-danh-sach-bai');
  await years.first().click();
  const year = (await years.first().textContent())!.slice(-4);

  await page.getByText('Tạo bài viết mới', { exact: true }).click();
  await page.getByLabel('Tiêu đề', { exact: true }).fill(`Hội nghị triển khai chuyển đổi số năm ${year}`);
  await page
    .getByLabel('Sapo', { exact: true })
    .fill(`Sáng 15/3, Sở tổ chức hội nghị triển khai chuyển đổi số năm ${year} tại điểm cầu tỉnh.`);
  await page.locator('[id^="publishedAt-field-"]').fill(`${year}-03-15T09:30`);
  await control(page, 'category').locator('input').click();
  await page.getByText('Chuyển đổi số', { exact: true }).first().click();
  await control(page, 'tags').locator('input').fill('Chuyển đổi số, Lai Châu');
  await page.mouse.move(0, 0);
  await control(page, 'title').evaluate((field) => field.scrollIntoView({ block: 'start' }));
  await shot(page, '3-bai-moi');

  const cover = control(page, 'cover');
  await cover.getByRole('button', { name: 'Mở ra' }).click();
  await uploadPhoto(page, cover.getByRole('button', { name: 'Chọn một hình' }), join(PHOTOS, 'anh-1.jpg'));
  await cover.getByLabel(/^Mô tả ảnh/).fill('Quang cảnh hội nghị tại điểm cầu tỉnh');
  await cover.scrollIntoViewIfNeeded();
  await shot(cover, '4-anh-dai-dien');

  const body = page.locator('[data-slate-editor="true"]');
  await body.click();
  await page.keyboard.type('Dự hội nghị có lãnh đạo Sở và các phòng chuyên môn.');
  await page.getByRole('button', { name: 'Chèn ảnh, bộ ảnh, văn bản…' }).click();
  await expect(page.getByRole('menuitem', { name: 'Ảnh có chú thích (Figure)' })).toBeVisible();
  await shot(control(page, 'body'), '5-chen-thanh-phan');

  await page.getByRole('menuitem', { name: 'Ảnh có chú thích (Figure)' }).click();
  const figure = page.locator('[data-slate-void="true"]').last();
  await uploadPhoto(page, figure.getByRole('button', { name: 'Chọn một hình' }), join(PHOTOS, 'anh-2.jpg'));
  await figure.getByLabel('Mô tả ảnh').fill('Đại biểu phát biểu tại hội nghị');
  await figure.getByLabel('Chú thích').fill('Hội nghị trực tuyến sáng 15/3');
  await figure.getByLabel('Người chụp').fill('Ngọc Anh');
  await figure.scrollIntoViewIfNeeded();
  await shot(page, '6-figure-va-xem-truoc');

  const draft = control(page, 'draft');
  await draft.scrollIntoViewIfNeeded();
  await shot(draft, '7-ban-nhap');

  await page.evaluate(() => window.scrollTo(0, 0));
  await openSaveMenu(page);
  await expect(page.getByText('Lưu ngay', { exact: true })).toBeVisible();
  await shot(page, '8-luu');
});
