import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against real builds served locally: the real `content/` through nginx on one
 * port, the small fixture tree (pagination, drafts, scheduled and NFD articles) on another, and the
 * search fixture tree (ranking cases, an index cut into shards of three articles) on a third.
 * Each is built once per run.
 */
/** TEST_PORT_BASE moves both servers, so two checkouts can run their tests side by side. */
export const SITE_PORT = Number(process.env.TEST_PORT_BASE ?? 4391);
export const SMALL_PORT = SITE_PORT + 1;
/** The real content built with BASE_PATH=/stttt/, as on a host that serves it from a sub-folder. */
export const SUBPATH_PORT = SITE_PORT + 2;
export const SUBPATH = '/stttt/';
/** tests/fixtures/site-search, its search index in shards of `SEARCH_SHARD` articles. */
export const SEARCH_PORT = SITE_PORT + 3;
export const SEARCH_SHARD = 3;
/** The admin's tests: `npm run dev` with decap-server, and the site they build (tests/e2e/admin-helpers.ts). */
export const ADMIN_PORT = SITE_PORT + 4;
export const ADMIN_BUILT_PORT = SITE_PORT + 5;

const serve = (
  contentDir: string,
  outDir: string,
  port: number,
  server: 'nginx' | 'serve',
  base = '/',
  env: Record<string, string> = {},
) => ({
  command: `node scripts/build.mjs && node scripts/${server}.mjs ${outDir} ${port} ${base}`,
  url: `http://127.0.0.1:${port}${base}`,
  env: {
    CONTENT_DIR: contentDir,
    DIST_DIR: outDir,
    BASE_PATH: base,
    ...env,
  },
  timeout: 180_000,
  reuseExistingServer: !process.env.CI,
  stdout: 'ignore' as const,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  // The real site is served by nginx with deploy/nginx/site.conf, as in production.
  webServer: [
    serve('content', '.test-dist/site', SITE_PORT, 'nginx'),
    serve('tests/fixtures/site-small', '.test-dist/small', SMALL_PORT, 'serve'),
    serve('content', '.test-dist/subpath', SUBPATH_PORT, 'serve', SUBPATH),
    serve('tests/fixtures/site-search', '.test-dist/search', SEARCH_PORT, 'serve', '/', { SEARCH_SHARD_SIZE: `${SEARCH_SHARD}` }),
  ],
});
