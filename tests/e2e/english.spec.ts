import { expect, type Page, test } from '@playwright/test';
import { SEED_ARTICLE } from './site';

const SITE = 'https://stttt.laichau.gov.vn';

/** The organisation's Vietnamese pages and their English translations. */
const PAIRS = [
  ['/gioi-thieu/', '/en/'],
  ['/gioi-thieu/co-cau-to-chuc/', '/en/organisation/'],
  ['/lien-he/', '/en/contact/'],
] as const;

const mainMenu = (page: Page) => page.getByRole('navigation', { name: /^(Menu chính|Main menu)$/ });

test('switch to English and back, on the same page', async ({ page }) => {
  await page.goto('/gioi-thieu/co-cau-to-chuc/');
  const english = page.getByRole('banner').getByRole('link', { name: 'English' });
  await expect(english).toHaveAttribute('lang', 'en');
  await english.click();
  await expect(page).toHaveURL(/\/en\/organisation\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisation');
  // Names stay Vietnamese, roles are translated.
  await expect(page.getByRole('main')).toContainText('Deputy Director: Phạm Quang Cường');
  await expect(page.getByRole('main').getByRole('link', { name: 'Phạm Quang Cường' })).toHaveAttribute('lang', 'vi');
  const vietnamese = page.getByRole('banner').getByRole('link', { name: 'Tiếng Việt' });
  await expect(vietnamese).toHaveAttribute('lang', 'vi');
  await vietnamese.click();
  await expect(page).toHaveURL(/\/gioi-thieu\/co-cau-to-chuc\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  // From a news article, which has no translation: the English section's home, and back to "Giới thiệu".
  await page.goto(SEED_ARTICLE);
  await page.getByRole('banner').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the Department');
  await expect(mainMenu(page).getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('banner').getByRole('link', { name: 'Tiếng Việt' }).click();
  await expect(page).toHaveURL(/\/gioi-thieu\/$/);
});

test('paired pages name each other with hreflang, both ways; other pages name none', async ({ request }) => {
  for (const [vi, en] of PAIRS) {
    for (const [path, lang] of [
      [vi, 'vi'],
      [en, 'en'],
    ] as const) {
      const html = await (await request.get(path)).text();
      expect(html, path).toContain(`<html lang="${lang}"`);
      expect(html, path).toContain(`<link rel="alternate" hreflang="vi" href="${SITE}${vi}">`);
      expect(html, path).toContain(`<link rel="alternate" hreflang="en" href="${SITE}${en}">`);
      expect(html, path).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE}${vi}">`);
    }
  }
  for (const path of ['/', SEED_ARTICLE, '/gioi-thieu/lanh-dao/'])
    expect(await (await request.get(path)).text(), path).not.toContain('hreflang="vi"');
});
