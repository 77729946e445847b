import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cacheRules, htmlCacheControl, securityHeaders } from '../../deploy/headers.mjs';

// The real site is served by nginx with deploy/nginx/site.conf (see playwright.config.ts).

test('nginx sends the security headers of deploy/headers.mjs on pages, assets and errors', async ({ request }) => {
  const page = await request.get('/');
  const html = await page.text();
  const asset = html.match(/\/_astro\/[^"'\s)]+\.(?:svg|webp|avif|jpg)/)?.[0];
  expect(asset).toBeTruthy();
  for (const path of ['/', asset!, '/khong-co-trang-nay/']) {
    const headers = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
  }
});

test('caching: hashed assets immutable, HTML short', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const asset = html.match(/\/_astro\/[^"'\s)]+\.(?:svg|webp|avif|jpg)/)![0];
  const astroRule = cacheRules.find((r) => r.path === '/_astro/*')!;
  expect((await request.get(asset)).headers()['cache-control']).toBe(astroRule.cacheControl);
  expect((await request.get('/tin-tuc/')).headers()['cache-control']).toBe(htmlCacheControl);
  expect((await request.get('/sitemap-index.xml')).headers()['cache-control']).toBe(
    cacheRules.find((r) => r.path === '/*.xml')!.cacheControl,
  );
});

test('pages are gzip-compressed for readers who accept it', async ({ request }) => {
  const response = await request.get('/tin-tuc/phien-hop-thu-ba-uy-ban-quoc-gia-ve-chuyen-doi-so/', {
    headers: { 'Accept-Encoding': 'gzip' },
  });
  expect(response.headers()['content-encoding']).toBe('gzip');
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(await response.text()).toContain('Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số');
});

test('a missing page answers 404 with the site’s own page; a folder without its slash redirects', async ({ request }) => {
  const missing = await request.get('/tin-tuc/bai-khong-ton-tai/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Không tìm thấy trang');
  const redirect = await request.get('/tin-tuc', { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers()['location']).toBe('/tin-tuc/');
});

test('the built _headers file declares the same headers for Netlify and Cloudflare Pages', () => {
  const file = readFileSync('.test-dist/site/_headers', 'utf8');
  for (const [name, value] of Object.entries(securityHeaders)) expect(file).toContain(`  ${name}: ${value}`);
  for (const rule of cacheRules) expect(file).toContain(`${rule.path}\n  Cache-Control: ${rule.cacheControl}`);
});
