import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DECREE_42, SEED_ARTICLE } from './site';

/** One page of each type readers meet. */
const PAGES = [
  ['home', '/'],
  ['article', SEED_ARTICLE],
  ['article with cover', '/tin-tuc/so-thong-tin-va-truyen-thong-dien-bien-tham-va-lam-viec-voi-so-lai-chau/'],
  ['all news', '/tin-tuc/'],
  ['chuyên mục', '/chuyen-muc/tin-tuc/'],
  ['empty chuyên mục', '/chuyen-muc/an-toan-thong-tin/'],
  ['tag', '/tu-khoa/lai-chau/'],
  ['tag index', '/tu-khoa/'],
  ['accessibility statement', '/tuyen-bo-tiep-can/'],
  ['sitemap page', '/so-do-trang/'],
  ['archive year', '/so-do-trang/2022/'],
  ['feeds explained', '/rss/'],
  ['about: functions and tasks', '/gioi-thieu/'],
  ['organisation chart', '/gioi-thieu/co-cau-to-chuc/'],
  ['leaders', '/gioi-thieu/lanh-dao/'],
  ['contact', '/lien-he/'],
  ['administrative procedures', '/thu-tuc-hanh-chinh/'],
  ['English: about', '/en/'],
  ['English: organisation', '/en/organisation/'],
  ['English: contact', '/en/contact/'],
  ['search with results', '/tim-kiem/?q=chuyen+doi+so'],
  ['search without results', '/tim-kiem/?q=bong+chuyen+bai+bien'],
  ['search for documents only', '/tim-kiem/?q=nghi+dinh+42&noi-dung=van-ban'],
  ['document registry', '/van-ban/'],
  ['documents of a type', '/van-ban/loai/nghi-dinh/'],
  ['documents of a year', '/van-ban/nam/2022/'],
  ['document', DECREE_42],
  ['document no longer in effect', '/van-ban/nghi-dinh-43-2011-nd-cp/'],
  ['404', '/khong-co-trang-nay/'],
] as const;

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const width of [360, 1280]) {
  test.describe(`axe WCAG 2.2 A/AA at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });
    for (const [name, path] of PAGES) {
      test(name, async ({ page }) => {
        await page.goto(path);
        if (path.startsWith('/tim-kiem/')) await expect(page.getByRole('status')).toHaveText(/kết quả/);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

test.describe('200 % zoom on a 320 px screen', () => {
  // 200 % zoom of a 640 px wide window is a 320 CSS px viewport with doubled pixels.
  test.use({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
  for (const [name, path] of PAGES) {
    test(`${name}: no horizontal scrolling`, async ({ page }) => {
      await page.goto(path);
      if (path.startsWith('/tim-kiem/')) await expect(page.getByRole('status')).toHaveText(/kết quả/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('reduced motion: no transitions or animations run', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const moving = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        return parseFloat(style.transitionDuration) > 0.001 || parseFloat(style.animationDuration) > 0.001;
      }).length,
  );
  expect(moving).toBe(0);
});

test('keyboard only: the menu, search and an article are reachable', async ({ page }) => {
  await page.goto('/');
  // Tab to the search box and search (the form submits to /tim-kiem/).
  let guard = 0;
  while (
    !(await page.getByRole('searchbox', { name: 'Tìm kiếm tin bài' }).evaluate((el) => el === document.activeElement)) &&
    guard++ < 10
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(page.getByRole('searchbox', { name: 'Tìm kiếm tin bài' })).toBeFocused();
  // On through the menu to a chuyên mục, then to the first article of the page.
  const target = page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Văn bản chỉ đạo' });
  guard = 0;
  while (!(await target.evaluate((el) => el === document.activeElement)) && guard++ < 20) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/chuyen-muc\/van-ban-chi-dao\/$/);
  const article = page.getByRole('main').getByRole('link', { name: /Hướng dẫn thực hiện các nội dung thành phần/ });
  guard = 0;
  while (!(await article.evaluate((el) => el === document.activeElement)) && guard++ < 40) await page.keyboard.press('Tab');
  await expect(article).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hướng dẫn thực hiện các nội dung thành phần');
});
