/**
 * What the search page does with a search, apart from the page itself: which searches to run and
 * when, which answer still counts, and what to show. `<site-search>` (site-search.ts) hands it
 * the form's values and shows what it is told through `SearchView`; the unit tests do the same
 * with a fake index and a fake view.
 */
import { viSearch } from '../../../i18n/vi-search';
import { resultExcerpt, type ExcerptPart } from '../../../lib/search/excerpt';
import type { SearchAnswer, SearchIndex, SearchRequest } from '../../../lib/search/index-client';
import type { IndexedPage } from '../../../lib/search/records';
import { activeFilters, SEARCH_FILTERS, SEARCH_KINDS, SORT_NEWEST, type SearchState } from '../../../lib/search/search-params';

/** Results shown at a time: each one costs a request, so the first answer stays small. */
export const PAGE_SIZE = 5;

/** How long typing must pause before the search runs. */
export const TYPING_PAUSE_MS = 250;

/** One result as the page shows it: plain text only. */
export interface ResultView {
  url: string;
  title: string;
  /** When it was published: for `<time datetime>`, and as lists show it. */
  date: { iso: string; text: string } | undefined;
  /** Where it is filed (a chuyên mục's name). */
  section: string;
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
  /** Shows the button that searches the older part of the archive with this label, or hides it. */
  showOlderButton(label: string | undefined): void;
  /** Shows or hides the help for a search that found nothing. */
  showHelp(visible: boolean): void;
}

/** A result as the page shows it, the excerpt around the syllables searched. */
export function toResultView(page: IndexedPage, { typed, folded }: Pick<SearchAnswer, 'typed' | 'folded'>): ResultView {
  return {
    url: page.url,
    title: page.title,
    date: page.date ? { iso: page.date, text: page.time } : undefined,
    section: page.section,
    excerpt: resultExcerpt(page.summary, page.body, { typed: new Set(typed), folded: new Set(folded) }),
    image: page.image || undefined,
  };
}

/**
 * What search-as-you-type searches of the box's text: up to the last syllable the reader has
 * finished (followed by a space or punctuation). A syllable matches only whole syllables, so the
 * one being typed would be reported missing.
 */
export function completedPart(text: string): string {
  return text.normalize('NFC').replace(/[\p{L}\p{M}\p{N}]+$/u, '');
}

/** What a search without words lists, by its filters: news, documents, or results of any kind. */
export function listedNoun(filters: Record<string, string>): string {
  const kind = filters[SEARCH_FILTERS.kind];
  if (kind === SEARCH_KINDS.documents || filters[SEARCH_FILTERS.type] || filters[SEARCH_FILTERS.issuer]) return viSearch.nouns.documents;
  if (kind === SEARCH_KINDS.articles || filters[SEARCH_FILTERS.category]) return viSearch.nouns.articles;
  return viSearch.nouns.any;
}

/** The searches of one search page: the current one's results and how many of them are shown. */
export class SearchSession {
  private readonly index: SearchIndex;
  private readonly view: SearchView;
  /** The current search, its answer, and how many of its results are on the page. */
  private request: SearchRequest | undefined;
  private answer: SearchAnswer | undefined;
  private shown = 0;
  /** The current search's words as the reader typed them, for the status. */
  private typed = '';
  /** Once the reader asked for the older part of the archive, later searches cover it too. */
  private everything = false;
  /** Aborted when a newer search starts: an answer that comes late must not replace a newer one. */
  private current = new AbortController();

  constructor(index: SearchIndex, view: SearchView) {
    this.index = index;
    this.view = view;
  }

  /**
   * Runs the search the form holds and shows its first results. `typing`: the reader is typing,
   * so wait for a pause, search only finished syllables, and run nothing new while they stay the same.
   */
  async search(state: SearchState, { typing = false } = {}): Promise<void> {
    const typed = (typing ? completedPart(state.query) : state.query.normalize('NFC')).trim();
    const filters = activeFilters(state);
    const request: SearchRequest = {
      query: typed,
      filters,
      newest: state.sort === SORT_NEWEST || !typed,
      everything: this.everything,
    };
    if (typing && (JSON.stringify(request) === JSON.stringify(this.request) || (!typed && state.query.trim()))) return;
    const signal = this.restart(request);
    if (!typed && Object.keys(filters).length === 0) {
      this.answer = undefined;
      this.view.clearResults();
      this.view.showMoreButton(false);
      this.view.showOlderButton(undefined);
      this.view.showHelp(false);
      this.view.announce('');
      return;
    }
    this.view.announce(viSearch.loading);
    if (typing) await new Promise((done) => setTimeout(done, TYPING_PAUSE_MS));
    if (!signal.aborted) await this.run(request, typed, signal);
  }

  /** Shows the next results and moves the focus to the first of them (the reader asked for them). */
  async showMore(): Promise<void> {
    const first = this.shown;
    try {
      if (!(await this.showNext(this.current.signal))) return;
    } catch {
      return this.view.announce(viSearch.failed);
    }
    if (this.shown > first) this.view.focusResult(first);
    this.announceCount();
  }

  /** Searches the whole archive for the current search, and moves the focus to its first result. */
  async searchOlder(): Promise<void> {
    if (!this.request) return;
    this.everything = true;
    const request = { ...this.request, everything: true };
    const signal = this.restart(request);
    this.view.announce(viSearch.loading);
    if ((await this.run(request, this.typed, signal)) && this.shown > 0) this.view.focusResult(0);
  }

  /** Makes `request` the current search; the signal that a newer one replaced it. */
  private restart(request: SearchRequest): AbortSignal {
    this.current.abort();
    this.current = new AbortController();
    this.request = request;
    return this.current.signal;
  }

  /** Runs a search and shows its first results, unless a newer one replaced it; whether they show. */
  private async run(request: SearchRequest, typed: string, signal: AbortSignal): Promise<boolean> {
    try {
      const answer = await this.index.search(request);
      if (signal.aborted) return false;
      this.answer = answer;
      this.shown = 0;
      this.typed = typed;
      this.view.clearResults();
      if (!(await this.showNext(signal))) return false;
      this.view.showHelp(answer.ids.length === 0);
      this.view.showOlderButton(answer.partial && viSearch.older(answer.partial.from));
      this.announceCount();
      return true;
    } catch {
      if (!signal.aborted) this.view.announce(viSearch.failed);
      return false;
    }
  }

  /** Adds the next page of results, unless a newer search started meanwhile; whether it did. */
  private async showNext(signal: AbortSignal): Promise<boolean> {
    const answer = this.answer;
    if (!answer) return false;
    const batch = await Promise.all(answer.ids.slice(this.shown, this.shown + PAGE_SIZE).map((id) => this.index.page(id)));
    if (signal.aborted) return false;
    this.view.appendResults(batch.map((page) => toResultView(page, answer)));
    this.shown += batch.length;
    this.view.showMoreButton(this.shown < answer.ids.length);
    return true;
  }

  /** The status: how many were found, which words were not, what is shown, what was searched. */
  private announceCount(): void {
    const { ids, missing, syllables, cut, partial } = this.answer!;
    const total = ids.length;
    const found = syllables - missing.length;
    const noun = listedNoun(this.request!.filters);
    const parts = [total === 0 ? viSearch.none(this.typed, noun) : viSearch.count(total, this.typed, noun)];
    // Every word missing is "nothing found" already.
    if (missing.length > 0 && found > 0) parts.push(viSearch.missing(missing));
    if (total === 0 && found > 1 && Object.keys(this.request!.filters).length === 0) parts.push(viSearch.notTogether);
    if (total > this.shown) parts.push(viSearch.showing(this.shown, total));
    if (cut > 0) parts.push(viSearch.cut(syllables));
    if (partial) parts.push(viSearch.scope(partial.from, partial.to));
    this.view.announce(parts.join(' '));
  }
}
