// Every page's Content-Security-Policy, written by scripts/build.mjs into each page it built: the
// site's directives plus hashes of that page's own inline scripts and styles, so no
// 'unsafe-inline' anywhere. Astro's own CSP would hash every page's code again at render time and
// put every client script's hash on every page; this is stricter and a few hundred bytes smaller,
// which the 14 KB first-flight budget of an article needs.
import { createHash } from 'node:crypto';

/** The site's policy before any hash. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
];

const META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET = /<meta charset="utf-8">/i;
/** The style attributes the Markdown renderers write for table columns; no other is allowed. */
const TABLE_ALIGNMENT = /^text-align: ?(?:left|center|right)$/;

/** The code of a page's inline scripts (not `src=` ones, not JSON/JSON-LD data blocks). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc=/i.test(attributes!) && !/type=["']?application\/(?:ld\+)?json/i.test(attributes!))
    .map(([, , code]) => code!);
}

/** The CSS of a page's inline `<style>` elements. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, css]) => css!);
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for one page: the site's directives, and hashes of the page's own inline code. */
export function pagePolicy(html: string): string {
  const scripts = inlineScripts(html).map(hash);
  const styles = inlineStyles(html).map(hash);
  const alignments = [...new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map(([, value]) => value!))]
    .filter((value) => TABLE_ALIGNMENT.test(value))
    .map(hash);
  return CSP_DIRECTIVES.map((directive) => {
    if (directive.startsWith('script-src ')) return [directive, ...new Set(scripts)].join(' ');
    if (directive.startsWith('style-src '))
      return [directive, ...new Set(styles), ...(alignments.length ? ["'unsafe-hashes'", ...alignments] : [])].join(' ');
    return directive;
  }).join('; ');
}

/**
 * The page with its CSP <meta> as the first thing after its charset declaration (a policy only
 * governs what follows it), replacing any it had. A document without `<meta charset="utf-8">`
 * is not one of the site's pages and is returned as it is.
 */
export function withCsp(html: string): string {
  const page = html.replace(META, '');
  const charset = CHARSET.exec(page);
  if (!charset) return html;
  const at = charset.index + charset[0].length;
  return `${page.slice(0, at)}<meta http-equiv="content-security-policy" content="${pagePolicy(page)}">${page.slice(at)}`;
}
