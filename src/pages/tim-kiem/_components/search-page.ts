/**
 * The search page's script: the only JavaScript the site ships. It loads Pagefind when the page
 * opens with a query or when the reader focuses the box, runs the query as they type, and renders
 * results from text nodes (never from Pagefind's HTML).
 */
import { formatListTimestamp } from '../../../lib/dates/dates';
import {
  exactFirst,
  excerptParts,
  fromDateToken,
  fromMetaToken,
  hasMarks,
  restoreStroke,
  toSearchQuery,
} from '../../../lib/search/search-text';
import { vi } from '../../../i18n/vi';
import { SEARCH_FIELDS, SORT_NEWEST } from '../../../lib/search/search-params';
import { SEARCH_PARTS } from './search-parts';

/** The part of Pagefind's JS API this page uses (pagefind.js has no published types). */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface SearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: SearchOptions) => Promise<PagefindResponse>;
}

/** Results rendered at a time: each one costs a fragment request, so the first answer stays small. */
const PAGE_SIZE = 5;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function startSearchPage(): void {
  const form = byId<HTMLFormElement>(SEARCH_PARTS.form);
  const input = byId<HTMLInputElement>(SEARCH_PARTS.query);
  const filters = byId<HTMLFieldSetElement>(SEARCH_PARTS.filters);
  const status = byId<HTMLParagraphElement>(SEARCH_PARTS.status);
  const list = byId<HTMLOListElement>(SEARCH_PARTS.results);
  const more = byId<HTMLButtonElement>(SEARCH_PARTS.more);
  const help = byId<HTMLDivElement>(SEARCH_PARTS.help);
  const template = byId<HTMLTemplateElement>(SEARCH_PARTS.template);
  const category = form.elements.namedItem(SEARCH_FIELDS.category) as HTMLSelectElement;
  const year = form.elements.namedItem(SEARCH_FIELDS.year) as HTMLSelectElement;
  const sort = form.elements.namedItem(SEARCH_FIELDS.sort) as HTMLSelectElement;
  const categoryNames = new Map([...category.options].map((o) => [o.value, o.text]));

  filters.hidden = false;
  byId(SEARCH_PARTS.needsJs).remove();

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => {
    pagefind ??= import(/* @vite-ignore */ form.dataset.pagefind!).then(async (pf: Pagefind) => {
      // On the main thread: a worker would be one more script to download before the first answer.
      await pf.options({ baseUrl: form.dataset.base, noWorker: true });
      await pf.init();
      return pf;
    });
    pagefind.catch(() => (pagefind = undefined));
    return pagefind;
  };

  /** Runs searches one at a time (see the exact-diacritics pass in `run`). */
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  let results: PagefindResult[] = [];
  let shown = 0;
  let generation = 0;

  const options = (): SearchOptions => ({
    filters: Object.fromEntries(
      [
        ['category', category.value],
        ['year', year.value],
      ].filter(([, value]) => value),
    ),
    // Without words there is no relevance to rank by: list the newest.
    sort: sort.value === SORT_NEWEST || !input.value.trim() ? { date: 'desc' } : undefined,
  });

  /** Keeps the address in step with the search, so it can be shared, bookmarked and reloaded. */
  const syncUrl = () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  const renderResult = (data: PagefindResultData) => {
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
    const link = item.querySelector('a')!;
    link.href = data.url;
    link.textContent = restoreStroke(data.meta.title ?? data.url);
    const time = item.querySelector('time')!;
    const date = fromDateToken(data.meta.date ?? '');
    if (date) {
      time.dateTime = date.toISOString();
      time.textContent = formatListTimestamp(date);
    }
    item.querySelector('span')!.textContent = categoryNames.get(data.filters.category?.[0] ?? '') ?? '';
    const excerpt = item.querySelector('p:last-child')!;
    for (const part of excerptParts(data.excerpt)) {
      if (part.match) excerpt.appendChild(document.createElement('mark')).textContent = part.text;
      else excerpt.append(part.text);
    }
    if (data.meta.image) {
      const img = document.createElement('img');
      Object.assign(img, { src: fromMetaToken(data.meta.image), alt: '', width: 96, height: 64, loading: 'lazy', decoding: 'async' });
      img.className = 'h-16 w-24 shrink-0 rounded bg-slate-200 object-cover';
      item.prepend(img);
    }
    return item;
  };

  /** Renders the next page of results; returns the first new link, for focus. */
  const showMore = async (token: number) => {
    const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (token !== generation) return undefined;
    const items = batch.map(renderResult);
    list.append(...items);
    shown += items.length;
    more.hidden = shown >= results.length;
    return items[0]?.querySelector('a') ?? undefined;
  };

  const announce = (query: string) => {
    if (results.length === 0) status.textContent = vi.searchNone(query);
    else
      status.textContent = `${vi.searchCount(results.length, query)}${results.length > shown ? ` ${vi.searchShowing(shown, results.length)}` : ''}`;
  };

  const run = async (debounce: boolean) => {
    syncUrl();
    const typed = input.value.normalize('NFC').trim();
    const query = toSearchQuery(typed);
    const token = ++generation;
    const filtering = Boolean(category.value || year.value);
    if (!query && !filtering) {
      results = [];
      list.replaceChildren();
      more.hidden = help.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = vi.searchLoading;
    try {
      // Typing waits for a pause before searching; a newer keystroke makes this run moot.
      if (debounce) await new Promise((done) => setTimeout(done, 250));
      if (token !== generation) return;
      const pf = await loadPagefind();
      const searchOptions = options();
      const found = await exclusive(async () => {
        if (token !== generation) return undefined;
        const folded = (await pf.search(query || null, searchOptions)).results;
        // Pagefind scores a folded match ("dồi" for "đổi") like an exact one; a reader who typed
        // the marks expects the exact word first. A second, exact-only pass over the index chunks
        // the first search already loaded costs no request. It switches a setting of the shared
        // Pagefind instance, hence `exclusive`: no other search may run in between.
        if (searchOptions.sort || !hasMarks(typed) || folded.length < 2) return folded;
        await pf.options({ exactDiacritics: true });
        try {
          return exactFirst(folded, (await pf.search(query, searchOptions)).results);
        } finally {
          await pf.options({ exactDiacritics: false });
        }
      });
      if (!found || token !== generation) return;
      results = found;
      shown = 0;
      list.replaceChildren();
      await showMore(token);
      if (token !== generation) return;
      help.hidden = results.length > 0;
      announce(typed);
    } catch {
      if (token === generation) status.textContent = vi.searchFailed;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(false);
  });
  input.addEventListener('input', () => void run(true));
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  for (const select of [category, year, sort]) select.addEventListener('change', () => void run(false));
  more.addEventListener('click', async () => {
    const first = await showMore(generation);
    first?.focus();
    announce(input.value.normalize('NFC').trim());
  });

  const params = new URLSearchParams(location.search);
  input.value = params.get(SEARCH_FIELDS.query) ?? '';
  for (const select of [category, year, sort]) {
    const value = params.get(select.name);
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  if (input.value.trim() || category.value || year.value) void run(false);
}
