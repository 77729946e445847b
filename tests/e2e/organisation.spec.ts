import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'yaml';
import { SMALL_SITE } from './site';

/** The organisation as the editors wrote it, so the tests follow the content when it is filled in. */
const content = (file: string) => parse(readFileSync(`content/organisation/${file}`, 'utf8'));
const LEADERS: { id: string; name: string; position: string; phone: string }[] = content('lanh-dao.yaml').leaders;
const UNITS: { divisions: { id: string; name: string }[]; units: { id: string; name: string }[] } = content('don-vi.yaml');
const AGENCY = content('co-quan.yaml');
const SITE = 'https://stttt.laichau.gov.vn';

const mainMenu = (page: Page) => page.getByRole('navigation', { name: /^(Menu chính|Main menu)$/ });

test('a reader reaches a leader’s phone number from the home page in two clicks', async ({ page }) => {
  const leader = LEADERS.find((l) => l.id === 'pham-quang-cuong')!;
  await page.goto('/');
  await mainMenu(page).getByRole('link', { name: 'Giới thiệu' }).click();
  await expect(page).toHaveURL(/\/gioi-thieu\/$/);
  await page.getByRole('navigation', { name: 'Các trang giới thiệu' }).getByRole('link', { name: 'Lãnh đạo Sở' }).click();
  await expect(page).toHaveURL(/\/gioi-thieu\/lanh-dao\/$/);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: leader.name }) });
  await expect(card).toContainText(leader.position);
  await expect(card).toContainText(`Điện thoại: ${leader.phone}`);
  await expect(card).toBeInViewport({ ratio: 0.1 });
});

test('the organisation chart links each leader to their card', async ({ page }) => {
  await page.goto('/gioi-thieu/co-cau-to-chuc/');
  await page.getByRole('link', { name: 'Ông Phạm Quang Cường' }).click();
  await expect(page).toHaveURL(/\/gioi-thieu\/lanh-dao\/#pham-quang-cuong$/);
  await expect(page.locator('#pham-quang-cuong')).toContainText('Phạm Quang Cường');
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  test('the organisation chart reads in order with the keyboard', async ({ page }) => {
    await page.goto('/gioi-thieu/co-cau-to-chuc/');
    const chart = page.getByRole('list', { name: 'Cơ cấu tổ chức' });
    // A screen reader meets the department, then each branch, then its units, each list inside its parent's item.
    const headings = await chart.getByRole('heading').allInnerTexts();
    expect(headings).toEqual([
      AGENCY.name,
      'Các phòng chuyên môn, nghiệp vụ',
      ...UNITS.divisions.map((d) => d.name),
      'Đơn vị trực thuộc',
      ...UNITS.units.map((u) => u.name),
    ]);
    for (const unit of UNITS.divisions)
      await expect(chart.locator(`li#co-quan > ul > li#phong-chuyen-mon > ul > li#${unit.id}`)).toHaveCount(1);
    for (const unit of UNITS.units)
      await expect(chart.locator(`li#co-quan > ul > li#don-vi-truc-thuoc > ul > li#${unit.id}`)).toHaveCount(1);

    // The keyboard: from the skip link into the content, then every link of the chart in document
    // order, each on screen without sideways scrolling, each below the one before.
    const links = await chart.getByRole('link').evaluateAll((all) => all.map((a) => a.textContent?.trim()));
    expect(links.length).toBeGreaterThanOrEqual(LEADERS.length);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const reached: string[] = [];
    let lastTop = -Infinity;
    for (let guard = 0; reached.length < links.length && guard < 60; guard++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return {
          inChart: Boolean(el.closest('[aria-label="Cơ cấu tổ chức"]')),
          text: el.textContent?.trim(),
          left: box.left,
          right: box.right,
          top: box.top + window.scrollY,
        };
      });
      if (!focused.inChart) continue;
      reached.push(focused.text ?? '');
      expect(focused.left).toBeGreaterThanOrEqual(0);
      expect(focused.right).toBeLessThanOrEqual(360);
      expect(focused.top).toBeGreaterThanOrEqual(lastTop);
      lastTop = focused.top;
    }
    expect(reached).toEqual(links);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the contact page: office, phone, fax, email, hours, spokesperson and contact officials, and a map link', async ({ page }) => {
  await page.goto('/');
  await mainMenu(page).getByRole('link', { name: 'Liên hệ' }).click();
  await expect(page).toHaveURL(/\/lien-he\/$/);
  const office = page.getByRole('region', { name: 'Trụ sở' });
  await expect(office).toContainText(AGENCY.name);
  await expect(office).toContainText(`Địa chỉ: ${AGENCY.address}`);
  await expect(office.getByRole('link', { name: AGENCY.phone })).toHaveAttribute('href', `tel:${AGENCY.phone.replace(/\D/g, '')}`);
  await expect(office.getByRole('link', { name: AGENCY.email })).toHaveAttribute('href', `mailto:${AGENCY.email}`);
  // A number still to be filled in is shown as such, never dialled.
  await expect(office).toContainText(`Fax: ${AGENCY.fax} (chưa cập nhật)`);
  await expect(office.getByRole('link', { name: AGENCY.fax })).toHaveCount(0);
  for (const line of AGENCY.officeHours) await expect(office).toContainText(line);
  await expect(office.getByRole('link', { name: 'Xem vị trí trên bản đồ OpenStreetMap' })).toHaveAttribute(
    'href',
    /^https:\/\/www\.openstreetmap\.org\//,
  );
  const people = page.getByRole('region', { name: 'Đầu mối liên hệ' });
  await expect(people).toContainText('Người phát ngôn: Họ và tên (Giám đốc Sở)');
  await expect(people).toContainText('Chịu trách nhiệm nội dung: Ông Phạm Quang Cường (Phó Giám đốc Sở)');
  await expect(people).toContainText('Tiếp nhận văn bản, phản ánh, kiến nghị của tổ chức, cá nhân: Họ và tên (Chánh Văn phòng)');
  // The map is a link: the page itself loads nothing from openstreetmap.org (see budgets.spec.ts).
  await expect(page.locator('iframe')).toHaveCount(0);
});

test('administrative procedures link every group to both public service portals, copying no procedure', async ({ page }) => {
  await page.goto('/');
  await mainMenu(page).getByRole('link', { name: 'Thủ tục hành chính' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thủ tục hành chính');
  const groups = page.getByRole('region', { name: 'Thủ tục theo lĩnh vực' }).getByRole('heading', { level: 3 });
  await expect(groups.first()).toHaveText('Báo chí');
  const press = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Báo chí' }) });
  await expect(press.getByRole('link', { name: 'Tra cứu trên Cổng Dịch vụ công quốc gia' })).toHaveAttribute(
    'href',
    'https://dichvucong.gov.vn',
  );
  await expect(press.getByRole('link', { name: 'Tra cứu trên Cổng Dịch vụ công tỉnh Lai Châu' })).toHaveAttribute(
    'href',
    'https://dichvucong.laichau.gov.vn',
  );
});

test('related agencies are linked from /gioi-thieu/', async ({ page }) => {
  await page.goto('/gioi-thieu/');
  const links = page.getByRole('region', { name: 'Liên kết' });
  await expect(links.getByRole('link', { name: 'Cổng thông tin điện tử tỉnh Lai Châu' })).toHaveAttribute('href', 'https://laichau.gov.vn');
  await expect(links.getByRole('link', { name: 'Cổng Dịch vụ công quốc gia' })).toHaveAttribute('href', 'https://dichvucong.gov.vn');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chức năng, nhiệm vụ và quyền hạn');
  const breadcrumb = page.getByRole('navigation', { name: 'Đường dẫn' });
  await expect(breadcrumb.getByRole('link', { name: 'Trang chủ' })).toHaveAttribute('href', '/');
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText('Giới thiệu');
});

test('organisation pages print without menus, search or links to other pages', async ({ page }) => {
  await page.goto('/gioi-thieu/co-cau-to-chuc/');
  await page.emulateMedia({ media: 'print' });
  await expect(mainMenu(page)).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('link', { name: 'English' })).toBeHidden();
  await expect(page.getByRole('link', { name: /Dữ liệu mở/ })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A unit's card is never cut across two sheets.
  await expect(page.locator('#van-phong > div')).toHaveCSS('break-inside', 'avoid');
  await page.goto('/lien-he/');
  await expect(page.getByRole('link', { name: /OpenStreetMap/ })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Trụ sở' })).toHaveCSS('break-inside', 'avoid');
});

test('the organisation pages are in the XML sitemap, with their translations, and in /so-do-trang/', async ({ page, request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  for (const path of [
    '/gioi-thieu/',
    '/gioi-thieu/co-cau-to-chuc/',
    '/gioi-thieu/lanh-dao/',
    '/lien-he/',
    '/thu-tuc-hanh-chinh/',
    '/en/',
    '/en/organisation/',
    '/en/contact/',
  ])
    expect(xml).toContain(`<loc>${SITE}${path}</loc>`);
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE}/en/organisation/"/>`);
  await page.goto('/so-do-trang/');
  const main = page.getByRole('region', { name: 'Các trang chính' });
  for (const name of ['Giới thiệu', 'Cơ cấu tổ chức', 'Lãnh đạo Sở', 'Liên hệ', 'Thủ tục hành chính', 'English'])
    await expect(main.getByRole('link', { name, exact: true })).toBeVisible();
  await main.getByRole('link', { name: 'Cơ cấu tổ chức', exact: true }).click();
  await expect(page).toHaveURL(/\/gioi-thieu\/co-cau-to-chuc\/$/);
});

test('the site search finds the contact page, by name and by phone number', async ({ page }) => {
  for (const query of ['lien he', AGENCY.phone, 'co cau to chuc']) {
    await page.goto(`/tim-kiem/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toHaveText(/Tìm thấy \d+ kết quả/);
  }
  await page.goto(`/tim-kiem/?q=${encodeURIComponent(AGENCY.phone)}`);
  await expect(page.locator('#tim-kiem-ket-qua').getByRole('link', { name: 'Liên hệ' })).toHaveAttribute('href', '/lien-he/');
  await page.goto('/tim-kiem/?q=lien+he');
  await page.locator('#tim-kiem-ket-qua').getByRole('link', { name: 'Liên hệ' }).click();
  await expect(page).toHaveURL(/\/lien-he\/$/);
  await page.goto('/tim-kiem/?q=co+cau+to+chuc');
  await expect(page.locator('#tim-kiem-ket-qua').getByRole('link', { name: 'Cơ cấu tổ chức' })).toHaveAttribute(
    'href',
    '/gioi-thieu/co-cau-to-chuc/',
  );
});

test('the organisation as open data: static JSON for other portals', async ({ request }) => {
  const response = await request.get('/du-lieu/co-cau-to-chuc.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  const data = await response.json();
  expect(data).toMatchObject({
    version: 1,
    url: `${SITE}/du-lieu/co-cau-to-chuc.json`,
    pages: { contact: `${SITE}/lien-he/`, english: `${SITE}/en/` },
    agency: {
      name: AGENCY.name,
      governingBody: AGENCY.governingBody,
      address: AGENCY.address,
      phone: AGENCY.phone,
      fax: null,
      email: AGENCY.email,
    },
  });
  expect(data.leaders.map((l: { id: string }) => l.id)).toEqual(LEADERS.map((l) => l.id));
  expect(data.agency.responsibleForContent.person).toMatchObject({ id: 'pham-quang-cuong', name: 'Phạm Quang Cường', phone: null });
  expect(data.divisions.map((d: { id: string }) => d.id)).toEqual(UNITS.divisions.map((d) => d.id));
});

test.describe('another department’s content', () => {
  test.use({ baseURL: SMALL_SITE });

  test('its name and contacts come from its own co-quan.yaml, everywhere they are shown', async ({ page, request }) => {
    const name = 'Ban Thông tin tỉnh Thử Nghiệm';
    await page.goto('/');
    await expect(page.getByRole('banner')).toContainText(name);
    await expect(page.getByRole('contentinfo')).toContainText(name.toLocaleUpperCase('vi'));
    await expect(page.getByRole('contentinfo')).toContainText(
      'Chịu trách nhiệm nội dung: Bà Nguyễn Thị Thử, Phó Trưởng ban - Trưởng Ban Biên tập',
    );
    await expect(page).toHaveTitle(name);
    const html = await (await request.get('/')).text();
    expect(html).toContain(`"@type":"GovernmentOrganization","@id":"https://thu-nghiem.example.gov.vn/#to-chuc","name":"${name}"`);
    expect(await (await request.get('/rss.xml')).text()).toContain(`<title>${name}</title>`);
    await page.goto('/lien-he/');
    await expect(page.getByRole('region', { name: 'Đầu mối liên hệ' }).getByRole('link', { name: '0200.000.010' })).toHaveAttribute(
      'href',
      'tel:0200000010',
    );
    await expect(page.getByRole('link', { name: 'Xem vị trí trên bản đồ OpenStreetMap' })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/?mlat=21.02851&mlon=105.85422#map=18/21.02851/105.85422',
    );
  });

  test('a leader’s photo is optimised through astro:assets', async ({ page }) => {
    await page.goto('/gioi-thieu/lanh-dao/');
    const photo = page.locator('#tran-van-mau picture');
    await expect(photo.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\/_astro\/giam-doc\.[\w-]+\.avif 96w/);
    await expect(photo.locator('img')).toHaveAttribute('alt', 'Ảnh Ông Trần Văn Mẫu');
    await expect(photo.locator('img')).toHaveAttribute('width', /^\d+$/);
    await expect(page.locator('#nguyen-thi-thu picture')).toHaveCount(0);
  });
});
