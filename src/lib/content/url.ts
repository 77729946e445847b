import { splitFrontmatter } from './frontmatter.ts';

/**
 * Prefixes a site path (`/tin-tuc/…`) with the base the site is served under (`/` normally,
 * `/stttt/` on a sub-path), so the same code works at a domain root and in a sub-folder.
 */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A path under `base` as a site path (`/stttt/lien-he/` → `/lien-he/`); a path outside it is returned as is. */
export function withoutBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return trimmedBase && path.startsWith(`${trimmedBase}/`) ? path.slice(trimmedBase.length) : path;
}

/**
 * Puts the base in front of the site links an editor writes in an article body —
 * `[tin liên quan](/tin-tuc/x/)`, `<a href="/tu-khoa/y/">` — so they keep working when the site
 * is built for a sub-path. Links to other sites (`https:`, `//host`) and the frontmatter are left
 * alone; with the base `/` the text comes back unchanged.
 */
export function prefixSiteLinks(source: string, base: string): string {
  if (base === '/' || base === '') return source;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const { block, body } = splitFrontmatter(source);
  return block + body.replace(/(\]\(\s*<?)\/(?!\/)/g, `$1${prefix}/`).replace(/(\b(?:href|src)=["'])\/(?!\/)/g, `$1${prefix}/`);
}
