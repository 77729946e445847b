/**
 * The admin's document, `/admin/index.html`: no inline code, one script (the bundle of
 * src/admin/client/), and a Content-Security-Policy of its own. The reader pages' policy
 * (src/lib/metadata/csp.ts) stays as strict as it is: only this page allows what the admin's
 * libraries need.
 */
import type { Backend } from './backends.ts';

/** The files of `/admin/`, as the page and the build name them. */
export const ADMIN_FILES = {
  page: 'index.html',
  script: 'admin.js',
  /** The licences of the bundled libraries (MIT, BSD…), which must ship with their code. */
  licences: 'admin.js.LEGAL.txt',
  config: 'config.json',
  /** The admin's few rules of its own (`ADMIN_STYLE`). */
  style: 'admin.css',
  /** The site's stylesheet for the preview (src/pages/admin/preview.css.ts). */
  preview: 'preview.css',
} as const;

/** The dev server's local backend, below `/admin/` (src/integrations/admin.ts). */
export const LOCAL_API = 'api/';

/**
 * The policy of the admin page:
 * - `'unsafe-eval'`: Decap validates its configuration with ajv, which compiles schemas with `new Function`;
 * - `'unsafe-inline'` styles: its interface is styled by emotion, which writes `<style>` elements;
 * - `blob:` pictures and fetches: photos picked for upload are previewed and kept as blobs;
 * - the Git host's API (`backend.connect`) and its avatars (`backend.img`), nothing else.
 */
export function adminPolicy(backend: Pick<Backend, 'connect' | 'img'> | undefined): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ['img-src', "'self'", 'blob:', ...(backend?.img ?? [])].join(' '),
    ['connect-src', "'self'", 'blob:', ...(backend?.connect ?? [])].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The admin's few rules of its own; Decap styles everything else. Its media page ("Tập tin", the
 * header's only button among links) would store uploads in a folder no content file may use
 * (each article's photos lie beside it, picked from the article's own fields), so it is hidden.
 */
export const ADMIN_STYLE = `header nav li:has(> button) {
  display: none;
}
`;

const escapeAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The page. `favicon` is the site's icon (a missing one is a 404 in the console); every other
 * address is relative, so the admin works under a `BASE_PATH` too.
 */
export function adminPage({ policy, favicon, siteName }: { policy: string; favicon: string; siteName: string }): string {
  return `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="content-security-policy" content="${escapeAttribute(policy)}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <meta name="referrer" content="same-origin" />
    <title>Quản trị nội dung · ${escapeAttribute(siteName)}</title>
    <link rel="icon" href="${escapeAttribute(favicon)}" type="image/svg+xml" />
    <link rel="stylesheet" href="./${ADMIN_FILES.style}" />
  </head>
  <body>
    <noscript>Trang quản trị cần JavaScript. Hãy bật JavaScript hoặc dùng trình duyệt khác (Chrome, Edge, Firefox bản mới).</noscript>
    <script src="./${ADMIN_FILES.script}"></script>
  </body>
</html>
`;
}
