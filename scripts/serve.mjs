#!/usr/bin/env node
// A small static file server for a built site, as a static host serves it: clean URLs
// (`/tin-tuc/x/` → `/tin-tuc/x/index.html`), the site's 404.html for anything missing, and
// content types for what the site ships. Tests serve several builds at once with it
// (`astro preview` allows one server per project).
// usage: node scripts/serve.mjs <folder> [port] [base]   (base: the sub-path, e.g. /stttt/)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
const base = (process.argv[4] ?? '/').replace(/\/?$/, '/');

/** The file a URL path maps to, or undefined. Never outside the root. */
function fileFor(urlPath) {
  let path;
  try {
    path = normalize(decodeURIComponent(urlPath.split('?')[0]));
  } catch {
    return undefined;
  }
  if (!path.startsWith(base) && `${path}/` !== base) return undefined;
  const candidate = join(root, path.slice(base.length - 1));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

const server = createServer((request, response) => {
  const url = request.url ?? '/';
  const file = fileFor(url);
  // A directory without its trailing slash redirects, as static hosts do.
  if (file && file.endsWith('index.html') && !url.split('?')[0].endsWith('/') && !url.endsWith('.html')) {
    // Built from the file found, never from the raw request (`//other.host/…` must not redirect away).
    const folder = relative(root, dirname(file)).split(sep).map(encodeURIComponent).join('/');
    response.writeHead(301, { Location: `${base}${folder ? `${folder}/` : ''}` }).end();
    return;
  }
  if (!file && `${url.split('?')[0]}/` === base) {
    response.writeHead(301, { Location: base }).end();
    return;
  }
  const target = file ?? join(root, '404.html');
  const status = file ? 200 : 404;
  if (!existsSync(target)) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(status, { 'Content-Type': TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream' });
  if (request.method === 'HEAD') response.end();
  else createReadStream(target).pipe(response);
});

server.on('error', (error) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(
    `Cổng ${port} đang được dùng (có thể trang đã chạy sẵn ở http://localhost:${port}/). Dừng chương trình kia, hoặc dùng cổng khác: PORT=4322 npm start`,
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://localhost:${port}${base}`));
