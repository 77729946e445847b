import { readFileSync } from 'node:fs';
import { adminHeaders, securityHeaders } from '../../deploy/headers.mjs';
import { expect, test } from '@playwright/test';
import { linksIn, htmlFiles } from '../lib/site-files';
import { watchPage } from './admin-helpers';

/** Where the real content's build is (playwright.config.ts). */
const SITE_DIST = '.test-dist/site';

/**
 * `/admin/` in the built site, served as in production (nginx, the shipped content/site/admin.yaml:
 * GitHub): it opens, in Vietnamese, with nothing from another host, and no reader page knows it.
 */
test.use({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });

test('/admin/ opens its sign-in with no console error and no request to another host', async ({ page, baseURL }) => {
  const seen = watchPage(page, new URL(baseURL!).origin);
  const response = await page.goto('/admin/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('button', { name: 'Đăng nhập bằng GitHub' })).toBeVisible({ timeout: 60_000 });
  await expect(page).toHaveTitle(/^Quản trị nội dung · /);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  await page.waitForLoadState('networkidle');
  expect(seen).toEqual({ errors: [], elsewhere: [] });
});

test('signed in to GitHub, the admin talks to GitHub’s API only: never to its status page', async ({ page, baseURL }) => {
  const seen = watchPage(page, new URL(baseURL!).origin);
  // GitHub's API, answered here (no network in tests): a user with write access to an empty repository.
  const api: string[] = [];
  await page.route('https://api.github.com/**', async (route) => {
    const url = new URL(route.request().url());
    api.push(url.pathname);
    if (url.pathname === '/user') return route.fulfill({ json: { login: 'bien-tap-vien', name: 'Biên tập viên', avatar_url: '' } });
    if (/^\/repos\/[^/]+\/[^/]+$/.test(url.pathname))
      return route.fulfill({ json: { owner: { login: 'so-tttt-laichau' }, permissions: { push: true, pull: true } } });
    return route.fulfill({ status: 404, json: { message: 'Not Found' } });
  });
  await page.clock.install();
  await page.addInitScript(() =>
    localStorage.setItem('decap-cms-user', JSON.stringify({ backendName: 'github', token: 'thu-nghiem', login: 'bien-tap-vien' })),
  );
  await page.goto('/admin/');
  await expect(page.getByRole('heading', { name: 'Bộ sưu tập' })).toBeVisible({ timeout: 60_000 });
  // Decap checks the Git host's status every five minutes: Decap's own GitHub backend then fetches
  // www.githubstatus.com, which the page's policy refuses (a console error).
  await page.clock.fastForward('05:01');
  await page.clock.runFor(2000);
  await page.waitForLoadState('networkidle');
  expect(api).toContain('/user');
  // (The fake API's 404s for the repository's folders are logged too: only refusals matter here.)
  expect(seen.errors.filter((error) => !error.includes('status of 404'))).toEqual([]);
  expect(seen.elsewhere.filter((url) => !url.startsWith('https://api.github.com/'))).toEqual([]);
});

test('nginx sends /admin/ with the security headers, out of search engines and revalidated', async ({ request }) => {
  for (const path of ['/admin/', '/admin/admin.js', '/admin/config.json']) {
    const headers = (await request.get(path)).headers();
    for (const [name, value] of Object.entries({ ...securityHeaders, ...adminHeaders }))
      expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  }
});

test('no reader page links to /admin/ or loads anything of it; the sitemaps leave it out', async ({ request }) => {
  const pages = htmlFiles(SITE_DIST);
  expect(pages.length).toBeGreaterThan(20);
  const offending = pages.filter((file) => linksIn(readFileSync(file, 'utf8')).some((link) => /(?:^|\/)admin\//.test(link.url)));
  expect(offending).toEqual([]);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/tin-tuc/');
  expect(sitemap).not.toContain('/admin/');
  expect(await (await request.get('/so-do-trang/')).text()).not.toContain('/admin/');
});
