/**
 * What the search page does with a search, apart from the page itself: which searches to run and
 * in what order, which answer still counts, and what to show. `<site-search>` (site-search.ts)
 * hands it the form's values and shows what it is told through `SearchView`; the unit tests do
 * the same with a fake index and a fake view.
 */
import { vi } from '../../../i18n/vi';
import { formatListTimestamp, formatVietnamDate } from '../../../lib/dates/dates';
import type { SearchHit, SearchHitData, SearchIndex, SearchRequest } from '../../../lib/search/pagefind-client';
import { SEARCH_KINDS, searchFilters, SORT_NEWEST, type SearchState } from '../../../lib/search/search-params';
import {
  exactFirst,
  excerptParts,
  fromDateToken,
  fromMetaToken,
  hasMarks,
  restoreStroke,
  toSearchQuery,
  type ExcerptPart,
} from '../../../lib/search/search-text';

/** Results shown at a time: each one costs a fragment request, so the first answer stays small. */
export const PAGE_SIZE = 5;

/** How long typing must pause before the search runs. */
export const TYPING_PAUSE_MS = 250;

/** One result as the page shows it: plain text only. */
export interface ResultView {
  url: string;
  title: string;
  /** When it was published (a document: issued): for `<time datetime>`, and as lists show it. */
  date: { iso: string; text: string } | undefined;
  /** Its chuyên mục's name, or a registry document's type. */
  category: string;
  /** The text around the matches; the matches are to be highlighted. */
  excerpt: ExcerptPart[];
  /** Its thumbnail's URL. */
  image: string | undefined;
}

/** What a search session changes on the page. */
export interface SearchView {
  /** Puts `text` in the live region, which reads it out (`''` empties it). */
  announce(text: string): void;
  clearResults(): void;
  /** Adds results at the end of the list. */
  appendResults(results: ResultView[]): void;
  /** Moves the focus to the link of the result at `index` of the list. */
  focusResult(index: number): void;
  /** Shows or hides "Xem thêm kết quả". */
  showMoreButton(visible: boolean): void;
  /** Shows or hides the help for a search that found nothing. */
  showHelp(visible: boolean): void;
}

/**
 * A result as the page shows it: `đ` restored, the date in Vietnam time, the excerpt as text, and
 * the name of its chuyên mục (`categoryNames`) or, for a registry document, of its type (`typeNames`).
 */
export function toResultView(
  data: SearchHitData,
  categoryNames: ReadonlyMap<string, string>,
  typeNames: ReadonlyMap<string, string> = new Map(),
): ResultView {
  const date = fromDateToken(data.meta.date ?? '');
  const type = data.filters.type?.[0];
  // A document's date is its day of issue, which has no time.
  const format = data.filters.kind?.[0] === SEARCH_KINDS.documents ? formatVietnamDate : formatListTimestamp;
  return {
    url: data.url,
    title: restoreStroke(data.meta.title ?? data.url),
    date: date && { iso: date.toISOString(), text: format(date) },
    category: (type ? typeNames.get(type) : categoryNames.get(data.filters.category?.[0] ?? '')) ?? '',
    excerpt: excerptParts(data.excerpt),
    image: data.meta.image ? fromMetaToken(data.meta.image) : undefined,
  };
}

/** The filters and the order the form asks for, as Pagefind takes them. */
export function searchRequest(state: SearchState): SearchRequest {
  const filters = searchFilters(state);
  // Without words there is no relevance to rank by: list the newest.
  return { filters, sort: state.sort === SORT_NEWEST || !state.query.trim() ? { date: 'desc' } : undefined };
}

/** The searches of one search page: the current one's results and how many of them are shown. */
export class SearchSession {
  private readonly index: SearchIndex;
  private readonly view: SearchView;
  private readonly categoryNames: ReadonlyMap<string, string>;
  private readonly typeNames: ReadonlyMap<string, string>;
  /** Every page the current search found; the first `shown` are on the page. */
  private results: SearchHit[] = [];
  private shown = 0;
  /** The current search's words as the reader typed them, for the count. */
  private typed = '';
  /** What the current search lists, for a count without words ("Có 3 văn bản."). */
  private noun = '';
  /** Aborted when a newer search starts: an answer that comes late must not replace a newer one. */
  private current = new AbortController();

  /**
   * @param categoryNames each chuyên mục's name by its slug
   * @param typeNames each registry document type's name by its slug
   */
  constructor(
    index: SearchIndex,
    view: SearchView,
    categoryNames: ReadonlyMap<string, string>,
    typeNames: ReadonlyMap<string, string> = new Map(),
  ) {
    this.index = index;
    this.view = view;
    this.categoryNames = categoryNames;
    this.typeNames = typeNames;
  }

  /** Starts loading the index before the first search (the reader is about to type). */
  prepare(): void {
    // A failure is left to the search, which loads again and says so.
    this.index.load().catch(() => undefined);
  }

  /** Runs the search the form holds and shows its first results; `typing` waits for a pause first. */
  async search(state: SearchState, { typing = false } = {}): Promise<void> {
    this.current.abort();
    const { signal } = (this.current = new AbortController());
    const typed = state.query.normalize('NFC').trim();
    const query = toSearchQuery(typed);
    if (!query && Object.keys(searchFilters(state)).length === 0) {
      this.results = [];
      this.view.clearResults();
      this.view.showMoreButton(false);
      this.view.showHelp(false);
      this.view.announce('');
      return;
    }
    this.view.announce(vi.searchLoading);
    try {
      if (typing) await new Promise((done) => setTimeout(done, TYPING_PAUSE_MS));
      if (signal.aborted) return;
      const found = await this.find(typed, query, searchRequest(state), signal);
      if (signal.aborted) return;
      this.results = found;
      this.shown = 0;
      this.typed = typed;
      this.noun = listedNoun(state);
      this.view.clearResults();
      if (!(await this.showNext(signal))) return;
      this.view.showHelp(found.length === 0);
      this.announceCount();
    } catch {
      if (!signal.aborted) this.view.announce(vi.searchFailed);
    }
  }

  /** Shows the next results and moves the focus to the first of them (the reader asked for them). */
  async showMore(): Promise<void> {
    const first = this.shown;
    if (!(await this.showNext(this.current.signal))) return;
    if (this.shown > first) this.view.focusResult(first);
    this.announceCount();
  }

  /**
   * Pagefind scores a folded match ("dồi" for "đổi") like an exact one; a reader who typed the
   * marks expects the exact word first. A second, exact-only pass over the index chunks the
   * first search already loaded costs no request.
   */
  private async find(typed: string, query: string, request: SearchRequest, signal: AbortSignal): Promise<SearchHit[]> {
    const folded = await this.index.search(query || null, { ...request, signal });
    if (request.sort || !hasMarks(typed) || folded.length < 2) return folded;
    return exactFirst(folded, await this.index.search(query, { ...request, exactDiacritics: true, signal }));
  }

  /** Adds the next page of results, unless a newer search started meanwhile; whether it did. */
  private async showNext(signal: AbortSignal): Promise<boolean> {
    const batch = await Promise.all(this.results.slice(this.shown, this.shown + PAGE_SIZE).map((result) => result.data()));
    if (signal.aborted) return false;
    this.view.appendResults(batch.map((data) => toResultView(data, this.categoryNames, this.typeNames)));
    this.shown += batch.length;
    this.view.showMoreButton(this.shown < this.results.length);
    return true;
  }

  private announceCount(): void {
    const total = this.results.length;
    if (total === 0) return this.view.announce(vi.searchNone(this.typed, this.noun));
    const showing = total > this.shown ? ` ${vi.searchShowing(this.shown, total)}` : '';
    this.view.announce(`${vi.searchCount(total, this.typed, this.noun)}${showing}`);
  }
}

/** What a search's filters list: documents (a document filter), news (a news filter), or both. */
function listedNoun(state: SearchState): string {
  if (state.kind === SEARCH_KINDS.documents || state.type || state.issuer) return vi.searchNouns.documents;
  if (state.kind === SEARCH_KINDS.articles || state.category) return vi.searchNouns.articles;
  return vi.searchNouns.any;
}
