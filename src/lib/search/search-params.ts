/**
 * The search page's address, `/tim-kiem/?q=…&noi-dung=van-ban&chuyen-muc=…&nam=…&sap-xep=moi-nhat`.
 * Its parameters are the names of the form's fields (a plain GET form writes them), so the header's
 * form, the search page's form and the search page's script all take them from here.
 */

/** The field, and URL parameter, of each part of a search, in the order the form shows them. */
export const SEARCH_FIELDS = {
  /** What the reader typed. */
  query: 'q',
  /** Only news or only registry documents: one of `SEARCH_KINDS`. */
  kind: 'noi-dung',
  /** A chuyên mục, by its slug. */
  category: 'chuyen-muc',
  /** A registry document's type, by its slug. */
  type: 'loai-van-ban',
  /** A registry document's issuing body, by the slug of its name. */
  issuer: 'co-quan-ban-hanh',
  /** A year of publication (news) or of issue (documents). */
  year: 'nam',
  /** How to order the results: `SORT_NEWEST`, or empty for the most relevant first. */
  sort: 'sap-xep',
} as const;

/** The `sap-xep` value that lists the newest first. */
export const SORT_NEWEST = 'moi-nhat';

/** The values of the `noi-dung` field, which are also the index's `kind` filter values. */
export const SEARCH_KINDS = { articles: 'tin-bai', documents: 'van-ban' } as const;

/** The fields that filter the index, each by the filter of the same name (`data-pagefind-filter`). */
export const FILTER_FIELDS = ['kind', 'category', 'type', 'issuer', 'year'] as const;

/** One search as the form holds it: every field's value, `''` where it is not set. */
export type SearchState = Record<keyof typeof SEARCH_FIELDS, string>;

/** A search with nothing set: every field `''`. */
export const emptySearchState = (): SearchState => Object.fromEntries(Object.keys(SEARCH_FIELDS).map((key) => [key, ''])) as SearchState;

/** The filters a search sets, by filter name (only those set). */
export function searchFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(FILTER_FIELDS.filter((field) => state[field]).map((field) => [field, state[field]]));
}

/**
 * The address's query string for a search (without `?`): the fields that are set, trimmed, in
 * the form's order.
 */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(SEARCH_FIELDS)) {
    const value = state[key as keyof SearchState].trim();
    if (value) params.set(name, value);
  }
  return params.toString();
}
