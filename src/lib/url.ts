/**
 * Prefixes a site path (`/tin-tuc/…`) with the base the site is served under (`/` normally,
 * `/stttt/` on a sub-path), so the same code works at a domain root and in a sub-folder.
 */
export function withBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}
