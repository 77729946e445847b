// Every page's Content-Security-Policy, written into the page as it renders (src/layouts/PageShell.astro):
// the site's directives plus hashes of that page's own inline scripts and styles, so no
// 'unsafe-inline' anywhere. Astro's own CSP would put every client script's hash on every page;
// this is stricter and a few hundred bytes smaller, which the 14 KB first-flight budget of an
// article needs.
import { createHash } from 'node:crypto';

/** The site's policy before any hash. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "script-src 'self'",
  "style-src 'self'",
];

/** The style attributes the Markdown renderers write for table columns; no other is allowed. */
const TABLE_ALIGNMENT = /^text-align: ?(?:left|center|right)$/;

/**
 * Each `<tag …>content</tag>` element of `html`, as [attributes, content]: a plain scan, as every
 * page renders one (tag names as the site writes them, in lower case; the content check keeps
 * script and style elements out of editors' files).
 */
function* elements(html: string, tag: 'script' | 'style'): Generator<[string, string]> {
  const open = `<${tag}`;
  const close = `</${tag}>`;
  for (let at = html.indexOf(open); at !== -1; at = html.indexOf(open, at + 1)) {
    const after = html[at + open.length];
    if (after !== '>' && after !== ' ' && after !== '\t' && after !== '\n' && after !== '/') continue;
    const end = html.indexOf('>', at);
    const closeAt = end === -1 ? -1 : html.indexOf(close, end);
    if (closeAt === -1) return;
    yield [html.slice(at + open.length, end), html.slice(end + 1, closeAt)];
    at = closeAt;
  }
}

/** The code of a page's inline scripts (not `src=` ones, not JSON/JSON-LD data blocks). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const [attributes, code] of elements(html, 'script')) {
    if (!/\bsrc=/i.test(attributes) && !/type=["']?application\/(?:ld\+)?json/i.test(attributes)) scripts.push(code);
  }
  return scripts;
}

/** The CSS of a page's inline `<style>` elements. */
export function inlineStyles(html: string): string[] {
  return Array.from(elements(html, 'style'), ([, css]) => css);
}

/** Hashes already computed: every page inlines the same stylesheet, which is hashed once. */
const hashes = new Map<string, string>();
function hash(text: string): string {
  let digest = hashes.get(text);
  if (digest === undefined) {
    digest = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    if (hashes.size < 1000) hashes.set(text, digest);
  }
  return digest;
}

/**
 * The policy for one page: the site's directives, and hashes of the inline code in `html` (the
 * whole page, or its parts) and of the `styles` the page inlines besides.
 */
export function pagePolicy(html: string, { styles: inlined = [] }: { styles?: readonly string[] } = {}): string {
  const scripts = inlineScripts(html).map(hash);
  const styles = [...inlined, ...inlineStyles(html)].map(hash);
  const styleAttributes = html.includes('style="') ? html.matchAll(/\sstyle="([^"]*)"/g) : [];
  const alignments = [...new Set([...styleAttributes].map(([, value]) => value!))].filter((value) => TABLE_ALIGNMENT.test(value)).map(hash);
  return CSP_DIRECTIVES.map((directive) => {
    if (directive.startsWith('script-src ')) return [directive, ...new Set(scripts)].join(' ');
    if (directive.startsWith('style-src '))
      return [directive, ...new Set(styles), ...(alignments.length ? ["'unsafe-hashes'", ...alignments] : [])].join(' ');
    return directive;
  }).join('; ');
}
