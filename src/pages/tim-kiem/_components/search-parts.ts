/**
 * The ids of the search page's parts: written by its components, found by `<site-search>`
 * (site-search.ts), so the markup and the script cannot drift apart. Browser tests address some
 * of them as well.
 */
export const SEARCH_PARTS = {
  form: 'tim-kiem',
  /** The search box (its `<label for>`). */
  query: 'q',
  /** The filters, hidden until the script can use them. */
  filters: 'tim-kiem-loc',
  /** The notice for readers without JavaScript, removed by the script. */
  needsJs: 'tim-kiem-can-js',
  /** The live region that reads out the count. */
  status: 'tim-kiem-trang-thai',
  /** "Search the older articles too", when only the newest part of the archive was searched. */
  older: 'tim-kiem-cu-hon',
  results: 'tim-kiem-ket-qua',
  more: 'tim-kiem-them',
  /** Help shown when nothing matched. */
  help: 'tim-kiem-goi-y',
  /** The shape of one result. */
  template: 'tim-kiem-mau',
} as const;
