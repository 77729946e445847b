/**
 * The search page's address, `/tim-kiem/?q=…&chuyen-muc=…&nam=…&sap-xep=moi-nhat`. Its parameters
 * are the names of the form's fields (a plain GET form writes them), so the header's form, the
 * search page's form and the search page's script all take them from here.
 */

/** The field, and URL parameter, of each part of a search, in the order the form shows them. */
export const SEARCH_FIELDS = {
  /** What the reader typed. */
  query: 'q',
  /** A chuyên mục, by its slug. */
  category: 'chuyen-muc',
  /** A year of publication. */
  year: 'nam',
  /** How to order the results: `SORT_NEWEST`, or empty for the most relevant first. */
  sort: 'sap-xep',
} as const;

/** The `sap-xep` value that lists the newest first. */
export const SORT_NEWEST = 'moi-nhat';

/** One search as the form holds it: every field's value, `''` where it is not set. */
export type SearchState = Record<keyof typeof SEARCH_FIELDS, string>;

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
