/** One page of a paginated listing. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the listing has (at least 1, even when empty). */
  total: number;
  items: T[];
}

/** Splits items into pages of `pageSize`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new RangeError(`pageSize must be a positive integer, got ${pageSize}`);
  }
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * pageSize, (i + 1) * pageSize),
  }));
}

/**
 * The URL of page `n` of a listing whose first page is `baseUrl` (ending in `/`):
 * page 1 is the base itself, later pages are `<base>trang/<n>/`.
 */
export function pageUrl(baseUrl: string, n: number): string {
  return n <= 1 ? baseUrl : `${baseUrl}trang/${n}/`;
}

/** A page number to link, or a gap (`…`) between distant numbers. */
export type PageLink = number | 'gap';

/**
 * The page numbers a numbered pagination bar shows: always the first and last page, the
 * current page and `radius` pages on each side, with gaps where numbers are skipped.
 * A gap never hides a single page (that page is shown instead).
 */
export function pageLinks(current: number, total: number, radius = 1): PageLink[] {
  const shown = new Set<number>([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const n of sorted) {
    const previous = links.at(-1);
    if (typeof previous === 'number' && n - previous === 2) links.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) links.push('gap');
    links.push(n);
  }
  return links;
}

/**
 * The static paths of a listing's pages after the first (`…/trang/2/` onwards), with extra
 * route params merged in. Page 1 lives at the listing's own URL.
 */
export function laterPagePaths<T, P extends Record<string, string>>(items: readonly T[], pageSize: number, params: P = {} as P) {
  return paginate(items, pageSize)
    .slice(1)
    .map((page) => ({ params: { ...params, page: String(page.number) }, props: { page } }));
}
