import { expect, type Page, test } from '@playwright/test';
import { SEARCH_SITE } from './site';

/**
 * The search issue's rules through the search page, on tests/fixtures/site-search: its index is
 * cut into shards of three articles (the three of 2025 are the newest shard, with the
 * organisation's pages, which have no date), so a first search covers part of the archive and
 * says so.
 */
test.use({ baseURL: SEARCH_SITE });

const SCATTERED = 'Mức độ hài lòng của người dân tăng'; // 2025: "mức độ", "cá nhân"
const TITLE_PHRASE = 'Phòng chống cá độ bóng đá trên mạng'; // 2019
const SONG = 'Cuộc sống mới ở bản vùng cao'; // 2025: "sống", never "số"
const SO = 'Số hóa hồ sơ ở xã'; // 2025
const DECREE = 'Triển khai Nghị định 42/2022/NĐ-CP về cung cấp thông tin trên môi trường mạng'; // 2024
// The organisation's pages: their words ("Lãnh đạo Sở", "Họ tên") are in the interface's dictionary.
const LEADERS = 'Lãnh đạo Sở';

const titles = (page: Page) => page.locator('#tim-kiem-ket-qua').getByRole('heading', { level: 2 });
const status = (page: Page) => page.getByRole('status');
const olderButton = (page: Page) => page.getByRole('button', { name: 'Tìm cả các bài trước 01/2025' });

for (const query of ['cá độ', 'ca do']) {
  test(`${query}: a title phrase of an older year outranks scattered syllables once the whole archive is searched`, async ({ page }) => {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
    // The newest shard alone: the scattered syllables are all it has, and the page says what it searched.
    await expect(status(page)).toHaveText(`Tìm thấy 1 kết quả cho “${query}”. Đã tìm trong các bài từ 01/2025 đến nay.`);
    await expect(titles(page)).toHaveText([SCATTERED]);
    await olderButton(page).click();
    await expect(status(page)).toHaveText(`Tìm thấy 2 kết quả cho “${query}”.`);
    await expect(titles(page)).toHaveText([TITLE_PHRASE, SCATTERED]);
    await expect(titles(page).first().getByRole('link')).toBeFocused();
    await expect(olderButton(page)).toBeHidden();
  });
}

test('whole syllables: so finds số, sở and sơ, never an article that only has sống', async ({ page }) => {
  await page.goto('/tim-kiem/?q=so');
  // Titles first ("Số hóa…", "Lãnh đạo Sở": the dated one first), then sapos ("Trụ sở…"), then bodies ("so với").
  await expect(status(page)).toContainText('Tìm thấy 5 kết quả cho “so”.');
  await expect(titles(page)).toHaveText([SO, LEADERS, 'Cơ cấu tổ chức', 'Liên hệ', SCATTERED]);
  await olderButton(page).click();
  // The 2024 decree's sapo says "Nghị định số": six in all, and never "sống".
  await expect(status(page)).toHaveText('Tìm thấy 6 kết quả cho “so”. Đang hiển thị 5/6.');
  await page.getByRole('button', { name: 'Xem thêm kết quả' }).click();
  await expect(titles(page)).toHaveCount(6);
  await expect(titles(page).filter({ hasText: DECREE })).toHaveCount(1);
  await expect(titles(page).filter({ hasText: SONG })).toHaveCount(0);
  // The highlighted words are whole syllables too.
  await expect(page.locator('#tim-kiem-ket-qua mark').filter({ hasText: /sống/i })).toHaveCount(0);
});

test('an unknown word beside a real one: the results of the real one, and the unknown one named', async ({ page }) => {
  await page.goto('/tim-kiem/?q=xyzqw+h%E1%BB%93+s%C6%A1');
  // "hồ sơ" as typed in a title first; "Họ tên … Sở" (folded, apart) after it.
  await expect(status(page)).toHaveText(
    'Tìm thấy 2 kết quả cho “xyzqw hồ sơ”. Không tìm thấy: xyzqw. Đã tìm trong các bài từ 01/2025 đến nay.',
  );
  await expect(titles(page)).toHaveText([SO, LEADERS]);
});

test('real words never in the same article: no results, and the page says why', async ({ page }) => {
  await page.goto('/tim-kiem/?q=cu%E1%BB%99c+s%E1%BB%91ng+c%C3%A1+%C4%91%E1%BB%99');
  await expect(status(page)).toHaveText(
    'Không tìm thấy kết quả nào cho “cuộc sống cá độ”. Không có bài nào chứa đủ tất cả các từ đã gõ. Đã tìm trong các bài từ 01/2025 đến nay.',
  );
  await expect(titles(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Gợi ý' })).toBeVisible();
});

for (const query of ['42/2022', 'nghi dinh 42']) {
  test(`a document number typed loosely (${query}), found in the older part of the archive`, async ({ page }) => {
    await page.goto('/tim-kiem/');
    const box = page.getByRole('searchbox', { name: 'Từ khóa' });
    await box.fill(query);
    await box.press('Enter');
    // The newest part of the archive has no "42" (the contact page's "kiến nghị" has "nghi"): the page says so.
    await expect(status(page)).toContainText('Không tìm thấy');
    await expect(status(page)).toContainText('42');
    await expect(status(page)).toContainText('Đã tìm trong các bài từ 01/2025 đến nay.');
    await olderButton(page).click();
    await expect(titles(page).first()).toHaveText(DECREE);
    // The reader asked for the whole archive: the next search covers it too.
    await box.fill('cá độ');
    await box.press('Enter');
    await expect(status(page)).toHaveText('Tìm thấy 2 kết quả cho “cá độ”.');
  });
}

test('a year filter searches the part of the archive that holds that year', async ({ page }) => {
  await page.goto('/tim-kiem/?q=ca+do&nam=2019');
  await expect(status(page)).toHaveText('Tìm thấy 1 kết quả cho “ca do”.');
  await expect(titles(page)).toHaveText([TITLE_PHRASE]);
  await expect(page.getByRole('button', { name: /Tìm cả các bài trước/ })).toBeHidden();
});

test('typing searches finished syllables only, after a pause', async ({ page }) => {
  await page.goto('/tim-kiem/');
  const box = page.getByRole('searchbox', { name: 'Từ khóa' });
  await box.pressSequentially('hồ s', { delay: 30 });
  // "s" is still being typed: only "hồ" is searched, and "s" is never reported missing.
  await expect(status(page)).toHaveText('Tìm thấy 2 kết quả cho “hồ”. Đã tìm trong các bài từ 01/2025 đến nay.');
  await expect(titles(page)).toHaveText([SO, LEADERS]);
  await box.pressSequentially('ơ ', { delay: 30 });
  await expect(status(page)).toHaveText('Tìm thấy 2 kết quả cho “hồ sơ”. Đã tìm trong các bài từ 01/2025 đến nay.');
  await expect(page).toHaveURL(/\?q=h%E1%BB%93\+s%C6%A1$/);
});
