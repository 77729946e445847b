import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { siteFiles } from '../../scripts/lib/site-paths.mjs';

/**
 * Every reader page (`.html` file) of a built site, as absolute paths. The editors' admin
 * (`admin/index.html`) is none: it has its own policy and script, tested in admin-site.spec.ts.
 */
export function htmlFiles(dist: string): string[] {
  return siteFiles(dist)
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
    .map((file) => join(dist, file));
}

/** A link found in a page: the attribute it came from and its raw value. */
export interface FoundLink {
  attribute: string;
  url: string;
}

/** Every URL a page points at through href, src or srcset. */
export function linksIn(html: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const match of html.matchAll(/\s(href|src|srcset)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    const [, attribute, ...values] = match;
    const value = (values.find((v) => v !== undefined) ?? '').replaceAll('&amp;', '&');
    const urls = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
    for (const url of urls) if (url) links.push({ attribute: attribute!, url });
  }
  return links;
}

/**
 * Why an internal link of page `pagePath` (the site path of the page, e.g. `/tin-tuc/x/`) is
 * broken, or undefined when it resolves to a file in `dist` (and its `#fragment` to an id there).
 * External (`https:`, `mailto:`, `tel:`) links are not followed: the tests work offline.
 */
export function brokenReason(dist: string, pagePath: string, url: string, base = '/'): string | undefined {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return undefined;
  const resolved = new URL(url, `http://site${pagePath}`);
  const path = decodeURIComponent(resolved.pathname);
  if (!path.startsWith(base)) return `outside the site's base ${base}`;
  const local = join(dist, path.slice(base.length));
  const file = path.endsWith('/') ? join(local, 'index.html') : local;
  if (!existsSync(file) || !statSync(file).isFile()) return 'no such file';
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  if (fragment && file.endsWith('.html')) {
    const target = readFileSync(file, 'utf8');
    if (!new RegExp(`\\sid=["']?${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'\\s>]`).test(target))
      return `no element with id "${fragment}"`;
  }
  return undefined;
}

/** The site path of a built page file: `dist/tin-tuc/x/index.html` → `/tin-tuc/x/`. */
function sitePathOf(dist: string, file: string, base = '/'): string {
  const rel = file
    .slice(dist.length)
    .replace(/\\/g, '/')
    .replace(/index\.html$/, '');
  return `${base.replace(/\/$/, '')}${rel.startsWith('/') ? rel : `/${rel}`}`;
}

/** Checks every internal href, src and srcset of a built site (see `brokenReason`): how many, and which are broken. */
export function checkLinks(dist: string, base = '/'): { checked: number; broken: string[] } {
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const pagePath = sitePathOf(dist, file, base);
    for (const { attribute, url } of linksIn(readFileSync(file, 'utf8'))) {
      checked++;
      const reason = brokenReason(dist, pagePath, url, base);
      if (reason) broken.push(`${pagePath} ${attribute}="${url}": ${reason}`);
    }
  }
  return { checked, broken };
}
