import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { DECREE_42, SEED_ARTICLE } from './site';

// A reader looks for the documents the department must publish (Decree 42/2022/NĐ-CP, Art. 4): from
// the menu, by search typed without diacritics, and reads, downloads, follows what replaced what.
const SUMMARY_42 = 'Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng';
const DECREE_43 = '/van-ban/nghi-dinh-43-2011-nd-cp/';

/** The metadata table of a document page, as row header → cell text. */
async function facts(page: Page): Promise<Record<string, string>> {
  const rows = page.getByRole('table', { name: 'Thông tin văn bản' }).getByRole('row');
  const entries: [string, string][] = [];
  for (const row of await rows.all()) entries.push([await row.getByRole('rowheader').innerText(), await row.getByRole('cell').innerText()]);
  return Object.fromEntries(entries);
}

/** The text of a PDF's Title (UTF-16 in its Info dictionary). */
function pdfTitle(bytes: Buffer): string {
  const hex = /\/Title <FEFF([0-9A-F]+)>/.exec(bytes.toString('latin1'))?.[1] ?? '';
  const units = hex.match(/.{4}/g)?.map((unit) => parseInt(unit, 16)) ?? [];
  return String.fromCharCode(...units);
}

test('from the menu to Decree 42/2022/NĐ-CP: its facts, its summary, its file downloaded', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Văn bản', exact: true }).click();
  await expect(page).toHaveURL(/\/van-ban\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Văn bản');
  await expect(page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Văn bản', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.getByRole('link', { name: 'Nghị định 42/2022/NĐ-CP' }).click();
  await expect(page).toHaveURL(new RegExp(`${DECREE_42}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nghị định 42/2022/NĐ-CP');
  await expect(page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('listitem')).toHaveText([
    'Trang chủ',
    /Văn bản/,
    /Nghị định/,
    /42\/2022\/NĐ-CP/,
  ]);
  await expect(page.getByRole('main').getByText(SUMMARY_42, { exact: true })).toBeVisible();
  expect(await facts(page)).toEqual({
    'Số ký hiệu': '42/2022/NĐ-CP',
    'Loại văn bản': 'Nghị định',
    'Cơ quan ban hành': 'Chính phủ',
    'Người ký': 'Vũ Đức Đam (KT. Thủ tướng, Phó Thủ tướng)',
    'Ngày ban hành': '24/06/2022',
    'Ngày có hiệu lực': '01/08/2022',
    'Tình trạng hiệu lực': 'Còn hiệu lực',
    'Lĩnh vực': 'Công nghệ thông tin',
    'Văn bản này thay thế': 'Nghị định 43/2011/NĐ-CP',
  });

  const file = page.getByRole('link', { name: /^Nghị định 42\/2022\/NĐ-CP \(tệp mẫu/ });
  await expect(page.getByText(/Tải về: PDF, \d+ KB/)).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), file.click()]);
  expect(download.suggestedFilename()).toBe('nghi-dinh-42-2022-nd-cp.pdf');
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(bytes.length).toBe(readFileSync('content/documents/2022/nghi-dinh-42-2022-nd-cp/nghi-dinh-42-2022-nd-cp.pdf').length);
  // The sample says it is one, and names the decree.
  expect(pdfTitle(bytes)).toBe('Tệp mẫu — 42/2022/NĐ-CP');
});

test('what replaced what: Decree 43/2011 is no longer in effect since Decree 42 took effect', async ({ page }) => {
  await page.goto(DECREE_42);
  await page.getByRole('table', { name: 'Thông tin văn bản' }).getByRole('link', { name: 'Nghị định 43/2011/NĐ-CP' }).click();
  await expect(page).toHaveURL(new RegExp(`${DECREE_43}$`));
  expect(await facts(page)).toMatchObject({
    'Ngày ban hành': '13/06/2011',
    'Ngày hết hiệu lực': '01/08/2022',
    'Tình trạng hiệu lực': 'Hết hiệu lực',
    'Văn bản thay thế văn bản này': 'Nghị định 42/2022/NĐ-CP',
  });
  await page.getByRole('table').getByRole('link', { name: 'Nghị định 42/2022/NĐ-CP' }).click();
  await expect(page).toHaveURL(new RegExp(`${DECREE_42}$`));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the registry narrows by type and by year through plain links', async ({ page }) => {
    await page.goto('/van-ban/');
    const browse = page.getByRole('navigation', { name: 'Xem văn bản' });
    await browse.getByRole('link', { name: 'Quyết định' }).click();
    await expect(page).toHaveURL(/\/van-ban\/loai\/quyet-dinh\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quyết định');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).filter({ hasText: '/' })).toHaveText(['Quyết định 983/QĐ-UBND']);
    await page.getByRole('navigation', { name: 'Xem văn bản' }).getByRole('link', { name: '2011' }).click();
    await expect(page).toHaveURL(/\/van-ban\/nam\/2011\/$/);
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' })).toContainText('Văn bản');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).filter({ hasText: '/' })).toHaveText([
      'Nghị định 43/2011/NĐ-CP',
    ]);
  });
});

test('the seed article links the decision it mentions, whose page links back', async ({ page }) => {
  await page.goto(SEED_ARTICLE);
  await page.getByRole('link', { name: 'Quyết định 983/QĐ-UBND' }).click();
  await expect(page).toHaveURL(/\/van-ban\/quyet-dinh-983-qd-ubnd\/$/);
  expect(await facts(page)).toMatchObject({ 'Cơ quan ban hành': 'Ủy ban nhân dân tỉnh Lai Châu', 'Ngày ban hành': '04/08/2022' });
  // No date of effect given: no status is claimed.
  expect(await facts(page)).not.toHaveProperty('Tình trạng hiệu lực');
  await page
    .getByRole('region', { name: 'Tin liên quan' })
    .getByRole('link', { name: 'Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số' })
    .click();
  await expect(page).toHaveURL(new RegExp(`${SEED_ARTICLE}$`));
});

test.describe('search finds a document by its number typed loosely or by its summary without diacritics', () => {
  const results = (page: Page) => page.locator('#tim-kiem-ket-qua').getByRole('heading', { level: 2 });
  for (const query of ['nghi dinh 42', '42/2022', 'nd 42', '42/2022/nd-cp', 'dich vu cong truc tuyen tren moi truong mang']) {
    test(query, async ({ page }) => {
      await page.goto('/tim-kiem/');
      const box = page.getByRole('searchbox', { name: 'Từ khóa' });
      await box.fill(query);
      await box.press('Enter');
      await expect(results(page).first()).toHaveText(`Nghị định 42/2022/NĐ-CP: ${SUMMARY_42}`);
    });
  }

  test('only documents, by type and issuer; the result names its type and day of issue', async ({ page }) => {
    await page.goto('/tim-kiem/?q=chuyen+doi+so');
    await expect(page.getByRole('status')).toHaveText(/^Tìm thấy \d+ kết quả/);
    await expect(results(page).filter({ hasText: 'Phiên họp thứ ba' })).toHaveCount(1);
    await page.getByRole('combobox', { name: 'Nội dung' }).selectOption({ label: 'Chỉ văn bản' });
    await expect(page.getByRole('status')).toHaveText('Tìm thấy 1 kết quả cho “chuyen doi so”.');
    await expect(results(page)).toHaveText([/^Quyết định 983\/QĐ-UBND: Ban hành Đề án Chuyển đổi số/]);
    await expect(page).toHaveURL(/noi-dung=van-ban/);
    const result = page.locator('#tim-kiem-ket-qua').getByRole('listitem');
    await expect(result.locator('time')).toHaveText('04/08/2022');
    await expect(result).toContainText('Quyết định');

    await page.goto('/tim-kiem/?loai-van-ban=nghi-dinh');
    await expect(page.getByRole('status')).toHaveText('Có 2 văn bản.');
    await expect(results(page)).toHaveText([/^Nghị định 42\/2022\/NĐ-CP/, /^Nghị định 43\/2011\/NĐ-CP/]);
    await page.getByRole('combobox', { name: 'Cơ quan ban hành' }).selectOption({ label: 'Ủy ban nhân dân tỉnh Lai Châu' });
    await expect(page.getByRole('status')).toHaveText('Không có văn bản nào.');
    await page.getByRole('combobox', { name: 'Loại văn bản' }).selectOption({ label: 'Tất cả' });
    await expect(results(page)).toHaveText([/^Quyết định 983\/QĐ-UBND/]);
  });
});

test('feed and open data: the registry for feed readers and other portals', async ({ page, request }) => {
  await page.goto('/van-ban/');
  await expect(page.locator('head link[rel=alternate][href="/van-ban/rss.xml"]')).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('link', { name: 'Theo dõi văn bản mới qua RSS' })).toHaveAttribute(
    'href',
    '/van-ban/rss.xml',
  );

  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
  const { channel } = parser.parse(await (await request.get('/van-ban/rss.xml')).text()).rss;
  expect(channel.item.map((i: { title: string }) => i.title)).toEqual([
    'Quyết định 983/QĐ-UBND',
    'Nghị định 42/2022/NĐ-CP',
    'Nghị định 43/2011/NĐ-CP',
  ]);
  const decree = channel.item[1];
  expect(decree.description).toBe(SUMMARY_42);
  expect(decree.pubDate).toBe('Fri, 24 Jun 2022 00:00:00 +0700');
  expect(decree.enclosure['@_url']).toBe(`https://stttt.laichau.gov.vn${DECREE_42}nghi-dinh-42-2022-nd-cp.pdf`);

  const response = await request.get('/du-lieu/van-ban.json');
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  const data = await response.json();
  expect(data).toMatchObject({ schemaVersion: 1, count: 3, htmlUrl: 'https://stttt.laichau.gov.vn/van-ban/' });
  const entry = data.documents.find((d: { number: string }) => d.number === '42/2022/NĐ-CP');
  expect(entry).toMatchObject({
    url: `https://stttt.laichau.gov.vn${DECREE_42}`,
    type: { slug: 'nghi-dinh', name: 'Nghị định' },
    issuedAt: '2022-06-24T00:00:00+07:00',
    effectiveFrom: '2022-08-01T00:00:00+07:00',
    status: { code: 'con-hieu-luc', name: 'Còn hiệu lực' },
    replaces: [{ slug: 'nghi-dinh-43-2011-nd-cp' }],
  });
  const [file] = entry.files;
  const served = await request.get(new URL(file.url).pathname);
  expect(served.headers()['content-type']).toBe(file.mimeType);
  expect((await served.body()).length).toBe(file.size);
});

test('in both sitemaps, with dates, and Legislation JSON-LD on the page', async ({ page, request }) => {
  const parser = new XMLParser({ isArray: (name) => name === 'url' });
  const urls: { loc: string; lastmod?: string }[] = parser.parse(await (await request.get('/sitemap-0.xml')).text()).urlset.url;
  // The sitemap writes each date in UTC: compare the moments.
  const lastmod = (path: string) => new Date(urls.find((u) => u.loc === `https://stttt.laichau.gov.vn${path}`)!.lastmod!).getTime();
  const day = (text: string) => new Date(`${text}T00:00:00+07:00`).getTime();
  expect(lastmod(DECREE_42)).toBe(day('2022-08-01'));
  expect(lastmod(DECREE_43)).toBe(day('2022-08-01'));
  expect(lastmod('/van-ban/')).toBe(day('2022-08-04'));
  expect(lastmod('/van-ban/nam/2011/')).toBe(day('2022-08-01'));
  expect(urls.some((u) => u.loc.endsWith('.pdf'))).toBe(false);

  await page.goto('/so-do-trang/');
  const section = page.getByRole('region', { name: 'Văn bản' });
  await section.getByRole('link', { name: 'Nghị định' }).click();
  await expect(page).toHaveURL(/\/van-ban\/loai\/nghi-dinh\/$/);

  const html = await (await request.get(DECREE_42)).text();
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
  expect(jsonLd.find((d) => d['@type'] === 'Legislation')).toMatchObject({
    legislationIdentifier: '42/2022/NĐ-CP',
    legislationLegalForce: 'https://schema.org/InForce',
    legislationChanges: [{ url: `https://stttt.laichau.gov.vn${DECREE_43}` }],
  });
  expect(jsonLd.find((d) => d['@type'] === 'BreadcrumbList').itemListElement).toHaveLength(4);
});

test('printed, a document page keeps its facts and names where its file is', async ({ page }) => {
  await page.goto(DECREE_42);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Menu chính' })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Thông tin văn bản' })).toBeVisible();
  const after = await page.locator('a[download]').evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(`${DECREE_42}nghi-dinh-42-2022-nd-cp.pdf`);
});
