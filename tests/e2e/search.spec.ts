import { expect, type Page, test } from '@playwright/test';
import { DECREE_42, SEED_ARTICLE, SMALL_SITE } from './site';

const PHIEN_HOP = 'Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số';
const DIEN_BIEN = 'Sở Thông tin và Truyền thông Điện Biên thăm và làm việc với Sở Thông tin và Truyền thông Lai Châu';
const CA_DO = 'Lai Châu: Tăng cường phòng ngừa, đấu tranh với tội phạm, vi phạm pháp luật liên quan đến cá độ bóng đá';
const KET_NAP = 'Lễ kết nạp đảng viên mới năm 2022 của Chi bộ Trung tâm Công nghệ thông tin và Truyền thông';
const TAP_HUAN = 'Tập huấn về công tác thông tin đối ngoại, công tác phát ngôn và cung cấp thông tin cho báo chí năm 2022';
const QD_983 = 'Quyết định 983/QĐ-UBND: Ban hành Đề án Chuyển đổi số tỉnh Lai Châu đến năm 2025, định hướng đến năm 2030';
const HUONG_DAN =
  'Hướng dẫn thực hiện các nội dung thành phần về thông tin và truyền thông trong các chương trình mục tiêu Quốc gia giai đoạn 2021-2025';

const results = (page: Page) => page.locator('#tim-kiem-ket-qua');
const titles = (page: Page) => results(page).getByRole('heading', { level: 2 });

/** Types a query into the search page's box as a reader does, and waits for the count. */
async function searchFor(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: 'Từ khóa' });
  await box.fill(query);
  await box.press('Enter');
  await expect(page.getByRole('status')).not.toHaveText(/^(Đang tìm…)?$/);
}

test.describe('Vietnamese queries find what readers mean', () => {
  const cases: [string, string, string[]][] = [
    ['without tone marks', 'chuyen doi so', [PHIEN_HOP]],
    ['with tone marks', 'chuyển đổi số', [PHIEN_HOP]],
    ['d for đ at the start of a word', 'dau tranh', [CA_DO]],
    ['d for Đ in a name', 'dien bien', [DIEN_BIEN]],
    // The registry's decision is the better answer; the article that mentions it is found too.
    ['d for đ inside a word', 'qd-ubnd', [QD_983, PHIEN_HOP]],
    ['upper case', 'ĐIỆN BIÊN', [DIEN_BIEN]],
    ['upper case without marks', 'DIEN BIEN', [DIEN_BIEN]],
    ['NFD input', 'Điện Biên'.normalize('NFD'), [DIEN_BIEN]],
    ['NFD input with đ inside a phrase', 'đảng viên mới'.normalize('NFD'), [KET_NAP]],
    ['several words, mixed marks', 'ca do bóng đa', [CA_DO]],
    ['tone marks but d for đ', 'thông tin dối ngoại', [TAP_HUAN]],
    ['quoted phrase', '"phat ngon"', [TAP_HUAN]],
    ['quoted phrase with typographic quotes', '“mục tiêu quốc gia”', [HUONG_DAN]],
    ['a title word only', 'ket nap dang vien', [KET_NAP]],
  ];
  for (const [name, query, expected] of cases) {
    test(`${name}: ${query}`, async ({ page }) => {
      await page.goto('/tim-kiem/');
      await searchFor(page, query);
      await expect(titles(page).first()).toHaveText(expected[0]);
      for (const title of expected) await expect(titles(page).filter({ hasText: title })).toHaveCount(1);
    });
  }

  test('a query with no results explains what to try, in Vietnamese', async ({ page }) => {
    await page.goto('/tim-kiem/');
    await searchFor(page, 'bóng chuyền bãi biển');
    await expect(page.getByRole('status')).toHaveText('Không tìm thấy kết quả nào cho “bóng chuyền bãi biển”.');
    await expect(titles(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Gợi ý' })).toBeVisible();
    await expect(page.getByText('gõ không dấu cũng được')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Xem tất cả từ khóa' }).last()).toBeVisible();
  });
});

test('the header form opens the search page with the query filled in and run', async ({ page }) => {
  await page.goto(SEED_ARTICLE);
  await page.getByRole('searchbox', { name: 'Tìm kiếm tin bài' }).fill('dien bien');
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page).toHaveURL(/\/tim-kiem\/\?q=dien\+bien$/);
  await expect(page.getByRole('searchbox', { name: 'Từ khóa' })).toHaveValue('dien bien');
  // The article first; then the organisation's pages that say "điện" and "biên" apart (Ban Biên tập, điện tử).
  await expect(page.getByRole('status')).toHaveText('Tìm thấy 3 kết quả cho “dien bien”.');
  const result = results(page).getByRole('listitem').first();
  await expect(result.getByRole('heading')).toHaveText(DIEN_BIEN);
  await expect(result.locator('time')).toHaveText('28/11/2022 5:13:46 CH');
  await expect(result).toContainText('Tin tức - Sự kiện');
  await expect(result.locator('img')).toHaveAttribute('src', /^\/_astro\/anh-dai-dien\.[\w-]+\.webp$/);
  // The excerpt is the article's own Vietnamese, with the match highlighted.
  const marks = result.locator('mark');
  await expect(marks.first()).toHaveText(/^Điện|^Biên/);
  await expect(result).not.toContainText('\u0345');
  await result.getByRole('link', { name: DIEN_BIEN }).click();
  await expect(page).toHaveURL(/\/tin-tuc\/so-thong-tin-va-truyen-thong-dien-bien-tham-va-lam-viec-voi-so-lai-chau\/$/);
});

test('filters by chuyên mục and year, newest first, and see more, by keyboard', async ({ page }) => {
  await page.goto('/tim-kiem/?q=lai+chau');
  // Six articles, four of the organisation's pages (about, chart, contact, procedures) and Quyết định
  // 983/QĐ-UBND of the Ủy ban nhân dân tỉnh Lai Châu say "Lai Châu".
  await expect(page.getByRole('status')).toHaveText('Tìm thấy 11 kết quả cho “lai chau”. Đang hiển thị 5/11.');
  await expect(titles(page)).toHaveCount(5);
  const more = page.getByRole('button', { name: 'Xem thêm kết quả' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(titles(page)).toHaveCount(10);
  await expect(results(page).getByRole('link').nth(5)).toBeFocused();
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(titles(page)).toHaveCount(11);
  await expect(results(page).getByRole('link').nth(10)).toBeFocused();
  await expect(more).toBeHidden();

  await page.getByRole('combobox', { name: 'Chuyên mục' }).selectOption({ label: 'Văn bản chỉ đạo' });
  await expect(page.getByRole('status')).toHaveText('Tìm thấy 1 kết quả cho “lai chau”.');
  await expect(titles(page)).toHaveText([HUONG_DAN]);
  await expect(page).toHaveURL(/chuyen-muc=van-ban-chi-dao/);

  await page.getByRole('combobox', { name: 'Chuyên mục' }).selectOption({ label: 'Tin tức - Sự kiện' });
  await page.getByRole('combobox', { name: 'Sắp xếp' }).selectOption({ label: 'Mới nhất trước' });
  await expect(titles(page)).toHaveText([CA_DO, DIEN_BIEN, KET_NAP, PHIEN_HOP]);
  // The whole state is in the address: reloading gives the same answer.
  await page.reload();
  await expect(titles(page)).toHaveText([CA_DO, DIEN_BIEN, KET_NAP, PHIEN_HOP]);
});

test('a year filter narrows the small site', async ({ page }) => {
  // Eight articles, and three of the organisation's pages ("Lãnh đạo Sở", "Trụ sở"), which have no year.
  await page.goto(`${SMALL_SITE}/tim-kiem/?q=so`);
  await expect(page.getByRole('status')).toContainText('Tìm thấy 11 kết quả');
  await page.getByRole('combobox', { name: 'Năm' }).selectOption('2025');
  await expect(page.getByRole('status')).toHaveText('Tìm thấy 2 kết quả cho “so”.');
  await expect(titles(page)).toHaveCount(2);
  await expect(titles(page).filter({ hasText: 'Điện Biên: chuyển đổi số ở vùng cao' })).toHaveCount(1);
});

test('an NFD-typed article is found by d for Đ, and shown in NFC', async ({ page }) => {
  await page.goto(`${SMALL_SITE}/tim-kiem/?q=dien+bien+doi+moi`);
  await expect(titles(page)).toHaveText(['Điện Biên: chuyển đổi số ở vùng cao']);
  const excerpt = await results(page).locator('p').last().innerText();
  expect(excerpt).toContain('Điện Biên đổi mới');
});

test('an exact-diacritics match ranks above a folded one', async ({ page }) => {
  const DOI_DAO = 'Nguồn lực dồi dào cho vùng cao';
  // "đổi" is written in two articles; "dồi" folds to the same "doi" in a third.
  await page.goto(`${SMALL_SITE}/tim-kiem/?q=đổi`);
  await expect(page.getByRole('status')).toContainText('Tìm thấy 3 kết quả');
  await expect(titles(page).last()).toHaveText(DOI_DAO);
  // And the other way round: "dồi" puts that article first.
  await page.goto(`${SMALL_SITE}/tim-kiem/?q=dồi`);
  await expect(page.getByRole('status')).toContainText('Tìm thấy 3 kết quả');
  await expect(titles(page).first()).toHaveText(DOI_DAO);
  // Typed without marks, all three are found.
  await page.goto(`${SMALL_SITE}/tim-kiem/?q=doi`);
  await expect(page.getByRole('status')).toContainText('Tìm thấy 3 kết quả');
});

test('typing on while the exact pass runs never leaves exact-only results behind', async ({ page }) => {
  await page.goto(`${SMALL_SITE}/tim-kiem/`);
  const box = page.getByRole('searchbox', { name: 'Từ khóa' });
  await box.fill('đổi');
  await box.press('Enter');
  // Straight away, before the two passes for "đổi" have settled, the reader types on.
  await box.press('End');
  await box.press('Backspace');
  await box.press('Backspace');
  await box.pressSequentially('oi');
  await box.selectText();
  await box.pressSequentially('doi');
  await expect(page.getByRole('status')).toHaveText('Tìm thấy 3 kết quả cho “doi”.');
  await expect(titles(page)).toHaveCount(3);
});

test('Pagefind loads on the search page only, and only when needed', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  for (const path of ['/', SEED_ARTICLE, '/tin-tuc/', '/chuyen-muc/tin-tuc/', '/tu-khoa/', '/tu-khoa/lai-chau/', '/khong-co/']) {
    await page.goto(path);
    await page.getByRole('searchbox', { name: 'Tìm kiếm tin bài' }).focus();
    await page.waitForLoadState('networkidle');
    expect(pagefindRequests, path).toEqual([]);
  }
  await page.goto('/tim-kiem/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests, 'search page before the box is used').toEqual([]);
  await page.getByRole('searchbox', { name: 'Từ khóa' }).focus();
  await expect.poll(() => pagefindRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('no page but the search page carries JavaScript', async ({ request }) => {
  for (const path of ['/', SEED_ARTICLE, '/tin-tuc/', '/chuyen-muc/tin-tuc/', '/tu-khoa/', '/404.html', '/van-ban/', DECREE_42]) {
    // JSON-LD structured data is the one <script> element allowed: it is data, not code.
    const html = (await (await request.get(path)).text()).replace(/<script type="application\/ld\+json">.*?<\/script>/gs, '');
    expect(html, path).not.toContain('<script');
  }
  expect(await (await request.get('/tim-kiem/')).text()).toContain('<script');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says search needs it and offers the lists', async ({ page }) => {
    await page.goto('/tim-kiem/?q=chuyen+doi+so');
    await expect(page.getByText('Tìm kiếm cần JavaScript')).toBeVisible();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await page.getByRole('link', { name: 'Chuyển đổi số', exact: true }).last().click();
    await expect(page).toHaveURL(/\/chuyen-muc\/chuyen-doi-so\/$/);
    await page.goto('/tim-kiem/');
    await page.getByRole('link', { name: 'Xem tất cả từ khóa' }).first().click();
    await expect(page).toHaveURL(/\/tu-khoa\/$/);
  });
});

test('with JavaScript the notice is gone', async ({ page }) => {
  await page.goto('/tim-kiem/');
  await expect(page.getByRole('combobox', { name: 'Năm' })).toBeVisible();
  await expect(page.getByText('Tìm kiếm cần JavaScript')).toHaveCount(0);
});
