import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { pagePolicy } from '../../src/lib/metadata/csp';
import { brokenReason, checkLinks, htmlFiles, linksIn } from '../lib/site-files';
import { SMALL_SITE } from './site';

// Checks of the built files themselves (the build the browser tests serve).
const DIST = resolve('.test-dist/site');

test('html-validate finds no error in any page', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(20);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${file.slice(DIST.length)}:${message.line}: ${message.ruleId} ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('every internal href, src and srcset resolves, fragments included', () => {
  const { checked, broken } = checkLinks(DIST);
  expect(checked).toBeGreaterThan(500);
  expect(broken).toEqual([]);
});

test('the link checker itself notices a broken link and a missing fragment', () => {
  expect(brokenReason(DIST, '/', '/tin-tuc/')).toBeUndefined();
  expect(brokenReason(DIST, '/', '/tin-tuc/khong-co/')).toBe('no such file');
  expect(brokenReason(DIST, '/', '/#noi-dung')).toBeUndefined();
  expect(brokenReason(DIST, '/', '/#khong-co-id')).toBe('no element with id "khong-co-id"');
  expect(brokenReason(DIST, '/', 'mailto:a@b.vn')).toBeUndefined();
  expect(linksIn('<img srcset="/a.webp 360w, /b.webp 720w" src=/c.jpg>').map((l) => l.url)).toEqual(['/a.webp', '/b.webp', '/c.jpg']);
});

test('no inline event handlers or javascript: URLs anywhere', () => {
  const offenders: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/<[a-z][^>]*\son[a-z]+\s*=/gi))
      offenders.push(`${file.slice(DIST.length)}: ${match[0].slice(0, 80)}`);
    if (/(?:href|src)\s*=\s*["']?\s*javascript:/i.test(html)) offenders.push(`${file.slice(DIST.length)}: javascript: URL`);
  }
  expect(offenders).toEqual([]);
});

test('every page has a CSP without unsafe-inline, and the browser reports no violation', async ({ page }) => {
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(file, 'utf8');
    const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
    expect(csp, file).toBeTruthy();
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("default-src 'self'");
    // Written as the page renders, it names exactly the inline code the finished page holds.
    expect(csp, file).toBe(pagePolicy(html));
  }
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  for (const path of ['/', '/tin-tuc/phien-hop-thu-ba-uy-ban-quoc-gia-ve-chuyen-doi-so/', '/tu-khoa/', '/khong-co/']) {
    await page.goto(path);
  }
  // A Markdown table aligns its columns with style attributes, which the policy allows by hash.
  await page.goto(`${SMALL_SITE}/tin-tuc/tin-so-1/`);
  await expect(page.locator('article td').last()).toHaveCSS('text-align', 'right');
  // The search page runs Pagefind (WebAssembly, fetched index) under the same policy.
  await page.goto('/tim-kiem/?q=chuyen+doi+so');
  await expect(page.getByRole('status')).toHaveText(/Tìm thấy \d+ kết quả/);
  expect(violations.filter((v) => !/status of 404\b/.test(v))).toEqual([]);
});

test('every built page declares its language (English under /en/, Vietnamese elsewhere) and UTF-8 first thing in its head', () => {
  const wrong = htmlFiles(DIST).filter((file) => {
    const lang = file.startsWith(`${DIST}/en/`) ? 'en' : 'vi';
    return !new RegExp(`^<!DOCTYPE html><html lang="${lang}"[^>]*><head><meta charset="utf-8">`, 'i').test(readFileSync(file, 'utf8'));
  });
  expect(htmlFiles(DIST).filter((file) => file.startsWith(`${DIST}/en/`))).toHaveLength(3);
  expect(htmlFiles(DIST).length).toBeGreaterThan(20);
  expect(wrong).toEqual([]);
});
