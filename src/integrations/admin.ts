/**
 * The editors' admin at `/admin/` (src/admin/), in both of Astro's modes:
 * - `astro build`: the bundle is started (or taken from its cache) as the build starts, beside
 *   Astro's own work, and written into `admin/` with the files that come from the content tree
 *   when the build is done. No reader page links to it; it is no route, so neither the sitemap
 *   nor the search index sees it.
 * - `astro dev` (`npm run dev`): the same files served at `/admin/`, with `local: true`, and Decap's
 *   local backend (decap-server's file-system middleware) at `/admin/api/`, saving into the clone
 *   the dev server runs in. Only the machine itself may call it. (Below `/admin/` and with its
 *   trailing slash, because Astro answers any address without one before other middleware runs.)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegration } from 'astro';
import { adminBundle, copyAdminBundle, type AdminBundle } from '../admin/bundle';
import { ADMIN_FILES, LOCAL_API } from '../admin/page';
import { adminSiteFiles, contentLocation } from '../admin/site-files';
import { withEnvironment } from '../build-options';

/** The admin's files made from the content tree (`adminSiteFiles`), served fresh by the dev server. */
const SITE_FILES = new Set<string>([ADMIN_FILES.page, ADMIN_FILES.config, ADMIN_FILES.style]);

type Handler = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** The admin of the site built from `contentDir`. */
export function admin(contentDir: string): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let bundle: Promise<AdminBundle> | undefined;
  return {
    name: 'stttt-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        // esbuild works in its own process: the bundle is made while Astro renders.
        bundle = adminBundle(root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), 'admin');
        mkdirSync(target, { recursive: true });
        for (const [name, text] of Object.entries(adminSiteFiles({ root, contentDir, local: false })))
          writeFileSync(join(target, name), text);
        const made = await (bundle ?? adminBundle(root));
        copyAdminBundle(made, target);
        logger.info(
          `/admin/: ${(made.bytes / 1024).toFixed(0)} KB, ${made.cached ? 'from the cache' : 'bundled'} in ${(made.ms / 1000).toFixed(1)} s`,
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        const { repoDir } = contentLocation(root, contentDir);
        // Made on the first save or listing, not here: Vitest starts Vite's server too.
        let api: Promise<Handler> | undefined;
        const backend = () => {
          if (!api) {
            api = localBackend(repoDir);
            logger.info(`/admin/: saving into ${repoDir} (local mode)`);
          }
          return api;
        };
        server.middlewares.use(adminServer({ root, contentDir, base, api: backend }) as never);
      },
    },
  };
}

/** Whether a request comes from this machine. */
const fromLoopback = (request: IncomingMessage) => ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(request.socket.remoteAddress ?? '');

/** The dev server's `/admin/`, and its local backend at `/admin/api/`. */
function adminServer({
  root,
  contentDir,
  base,
  api,
}: {
  root: string;
  contentDir: string;
  base: string;
  api: () => Promise<Handler>;
}): Handler {
  const prefix = `${base}admin/`;
  const send = (response: ServerResponse, name: string, body: string | Buffer) => {
    response.writeHead(200, { 'Content-Type': TYPES[name.split('.').pop()!] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    response.end(body);
  };
  return (request, response, next) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (!path.startsWith(prefix)) return next();
    const name = path.slice(prefix.length) || ADMIN_FILES.page;
    if (name === LOCAL_API) {
      if (!fromLoopback(request)) {
        response.writeHead(403).end();
        return;
      }
      // decap-server answers at its own address.
      request.url = '/api/v1';
      api().then((handle) => handle(request, response, next), next);
      return;
    }
    if (name === ADMIN_FILES.script || name === ADMIN_FILES.licences) {
      adminBundle(root).then((made) => send(response, name, readFileSync(join(made.dir, name))), next);
      return;
    }
    // Only the page, its configuration and its style are made from the content: nothing else asks
    // for the content tree to be read again.
    if (!SITE_FILES.has(name)) return next();
    send(response, name, adminSiteFiles({ root, contentDir, local: true })[name]!);
  };
}

/**
 * decap-server's file-system backend, writing into `repoDir`: an Express app (decap-server's own
 * Express, its dependency) with its middlewares, which read the folder from GIT_REPO_DIRECTORY
 * when they are registered, synchronously; the variable is put back at once.
 */
function localBackend(repoDir: string): Promise<Handler> {
  const require = createRequire(import.meta.url);
  const serverDir = dirname(require.resolve('decap-server/package.json'));
  const express = createRequire(join(serverDir, 'package.json'))('express') as () => Handler & object;
  const { registerLocalFs } = require(join(serverDir, 'dist/middlewares.js')) as {
    registerLocalFs(app: object, options: { logLevel: string }): Promise<void>;
  };
  const app = express();
  const registered = withEnvironment('GIT_REPO_DIRECTORY', repoDir, () => registerLocalFs(app, { logLevel: 'warn' }));
  return registered.then(() => app);
}
