/**
 * The search page's address, `/tim-kiem/?q=…&noi-dung=van-ban&chuyen-muc=…&nam=…&sap-xep=moi-nhat`. Its parameters
 * are the names of the form's fields (a plain GET form writes them), so the header's form, the
 * search page's form, the search page's script and the index's filters all take them from here.
 */

/** The fields of a search besides its filters. */
export const SEARCH_FIELDS = {
  /** What the reader typed. */
  query: 'q',
  /** How to order the results: `SORT_NEWEST`, or empty for the most relevant first. */
  sort: 'sap-xep',
} as const;

/**
 * The filters, by the field (and URL parameter) that sets each: also the name of the filter in
 * the index, whose values a page's search record lists (`SearchRecord.filters`).
 */
export const SEARCH_FILTERS = {
  /** What a result is: a value of `SEARCH_KINDS`. */
  kind: 'noi-dung',
  /** A chuyên mục, by its slug. */
  category: 'chuyen-muc',
  /** A registry document's type, by its slug. */
  type: 'loai-van-ban',
  /** A registry document's issuing body, by the slug of its name. */
  issuer: 'co-quan-ban-hanh',
  /** A year of publication (news) or of issue (documents). */
  year: 'nam',
} as const;

/** What a searchable page is (`SearchRecord.kind`, and the values of the `noi-dung` filter). */
export const SEARCH_KINDS = { articles: 'tin-bai', documents: 'van-ban', pages: 'trang' } as const;

/** The `sap-xep` value that lists the newest first. */
export const SORT_NEWEST = 'moi-nhat';

/** One filter as the form offers it: its field, its label, and its choices in the order shown. */
export interface SearchFilter {
  name: string;
  label: string;
  choices: { value: string; text: string }[];
}

/** One search as the form holds it; `''` where a field is not set. */
export interface SearchState {
  query: string;
  sort: string;
  /** Each filter the form has, by field name, in the form's order. */
  filters: Record<string, string>;
}

/** The filters a search sets (those not `''`). */
export function activeFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.filters).filter(([, value]) => value));
}

/**
 * The address's query string for a search (without `?`): the fields that are set, trimmed, in
 * the form's order (words, filters, order).
 */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string) => {
    if (value.trim()) params.set(name, value.trim());
  };
  set(SEARCH_FIELDS.query, state.query);
  for (const [name, value] of Object.entries(state.filters)) set(name, value);
  set(SEARCH_FIELDS.sort, state.sort);
  return params.toString();
}
