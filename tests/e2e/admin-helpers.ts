import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { ADMIN_BUILT_PORT, ADMIN_PORT } from '../../playwright.config';
import { readBuildOptions } from '../../src/build-options';

/**
 * What the admin's browser tests share: a copy of the small fixture tree in a temporary folder (a
 * "clone" the admin saves into), `npm run dev` on it (whose `/admin/` saves through decap-server's
 * file-system backend, src/integrations/admin.ts), and `npm run check` / `npm run build` on what
 * it wrote. Ports: the two after the other suites' (playwright.config.ts).
 */
export const ROOT = resolve(import.meta.dirname, '../..');
export { ADMIN_PORT };
export const BUILT_PORT = ADMIN_BUILT_PORT;
/** The admin of the dev server. */
export const ADMIN_URL = `http://127.0.0.1:${ADMIN_PORT}/admin/`;
const NODE = process.execPath;

/** A temporary clone: `<folder>/content` is a copy of `tree` (the small fixture tree). */
export function temporaryClone(tree = join(ROOT, 'tests/fixtures/site-small')): { folder: string; content: string } {
  const folder = mkdtempSync(join(tmpdir(), 'stttt-admin-'));
  const content = join(folder, 'content');
  cpSync(tree, content, { recursive: true });
  return { folder, content };
}

/** Removes a clone and the Astro caches of its builds. */
export function removeClone(folder: string, content: string): void {
  rmSync(folder, { recursive: true, force: true });
  rmSync(readBuildOptions({ CONTENT_DIR: content }, ROOT).cacheDir, { recursive: true, force: true });
}

/** Waits until `url` answers 200, or throws after `ms`. */
async function answering(url: string, ms: number, server: ChildProcess): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`the server for ${url} stopped (${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} did not answer in ${ms / 1000} s`);
}

/** `npm run dev` on the content tree `content`, its `/admin/` answering. */
export async function devServer(content: string): Promise<ChildProcess> {
  const server = spawn(NODE, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(ADMIN_PORT), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  await answering(`http://127.0.0.1:${ADMIN_PORT}/admin/`, 90_000, server);
  // On a fresh clone the admin's script is bundled on its first request (seconds on a busy
  // machine): made here, before a test's 30 s for signing in start.
  await answering(`http://127.0.0.1:${ADMIN_PORT}/admin/admin.js`, 180_000, server);
  return server;
}

/** `npm run check` on `content`: its exit status and output. */
export function check(content: string): { status: number | null; output: string } {
  const result = spawnSync(NODE, ['scripts/check.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** `npm run build` of `content` into `dist`, then that site served; returns the server. */
export async function buildAndServe(content: string, dist: string): Promise<ChildProcess> {
  const built = spawnSync(NODE, ['scripts/build.mjs'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, DIST_DIR: dist },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
  const server = spawn(NODE, ['scripts/serve.mjs', dist, String(BUILT_PORT)], { cwd: ROOT, stdio: 'ignore' });
  await answering(`http://127.0.0.1:${BUILT_PORT}/`, 20_000, server);
  return server;
}

/** Stops a server this file started, and waits until it has. */
export async function stop(server: ChildProcess | undefined): Promise<void> {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((done) => server.once('exit', done));
  server.kill();
  await exited;
}

/** What a page did that the admin must not: console errors, uncaught errors, requests to another host. */
export function watchPage(page: Page, origin: string): { errors: string[]; elsewhere: string[] } {
  const seen = { errors: [] as string[], elsewhere: [] as string[] };
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  // The console says only "Failed to load resource": name the address.
  page.on('response', (response) => {
    if (response.status() >= 500)
      seen.errors.push(
        `${response.status()} ${response.request().method()} ${response.url()} ${response.request().postData() ?? ''}`.trim(),
      );
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== origin) seen.elsewhere.push(request.url());
  });
  return seen;
}

/** Opens the dev server's admin and signs in to its local backend. */
export async function signIn(page: Page): Promise<void> {
  await page.goto(ADMIN_URL);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Bộ sưu tập' })).toBeVisible();
}

/** The box of the form field named `name` (its label's `for` begins with it). */
export const control = (scope: Page | Locator, name: string): Locator =>
  scope.locator(`div:has(> div > label[for^="${name}-field-"])`).first();

/** Picks `file` in the media dialog opened by `button`: the photo is saved beside the article. */
export async function uploadPhoto(
  page: Page,
  button: Locator,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await button.click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
}

/** Opens the save menu of the entry in the editor. */
export async function openSaveMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
}

/** Saves the entry open in the editor and waits until Decap says it is saved. */
export async function save(page: Page): Promise<void> {
  await openSaveMenu(page);
  await page.getByText('Lưu ngay', { exact: true }).click();
  await expect(
    page
      .getByText('Thay đổi đã được lưu')
      .or(page.getByText('Đã lưu', { exact: true }))
      .first(),
  ).toBeVisible();
}
