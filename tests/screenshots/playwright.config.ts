import { defineConfig } from '@playwright/test';

/**
 * `npm run screenshots`: the pictures of the editors' guide (docs/huong-dan-bien-tap.md, its section on /admin/),
 * taken from the running admin on a copy of the real content. Not part of `npm test`, which writes
 * nothing into the tree; run it after a change to the admin and commit the pictures.
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'admin-guide.shots.ts',
  workers: 1,
  retries: 0,
  reporter: 'line',
  timeout: 300_000,
  use: {
    browserName: 'chromium',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 800 },
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
