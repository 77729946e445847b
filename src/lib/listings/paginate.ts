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

/** The rest parameter of a listing route (`[...page].astro`) for page `n`: none for page 1, `trang/<n>` after. */
export const pageParam = (n: number): string | undefined => (n <= 1 ? undefined : `trang/${n}`);

/**
 * The URL of page `n` of a listing whose first page is `baseUrl` (ending in `/`):
 * page 1 is the base itself, later pages are `<base>trang/<n>/`.
 */
export function pageUrl(baseUrl: string, n: number): string {
  const param = pageParam(n);
  return param ? `${baseUrl}${param}/` : baseUrl;
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
 * The static paths of every page of one listing, for a route with a rest parameter `[...page]`
 * (page 1 at the listing's own URL, later pages at `trang/<n>/`): `params` and `props` are the
 * listing's own (its chuyên mục, its tag…), each path adds its `page`.
 */
export function listingPaths<T, P extends Record<string, string>, X extends object>(
  items: readonly T[],
  pageSize: number,
  params: P = {} as P,
  props: X = {} as X,
) {
  return paginate(items, pageSize).map((page) => ({ params: { ...params, page: pageParam(page.number) }, props: { ...props, page } }));
}
