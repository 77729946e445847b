/**
 * Every call the search page makes to Pagefind, in one place: loading `pagefind.js`, its options,
 * `init`, `search` and each result's `data()`. The page talks to the `SearchIndex` interface, so a
 * unit test can hand it a fake index instead of Pagefind.
 */

/** What Pagefind knows of one page that matched (Pagefind's `data()`). */
export interface SearchHitData {
  url: string;
  /** Text around the matches, with `<mark>` around each and `<`, `>` escaped. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** One page that matched; its data is fetched only when it is shown (one request each). */
export interface SearchHit {
  id: string;
  data: () => Promise<SearchHitData>;
}

/** How to search, besides the words. */
export interface SearchRequest {
  /** Only pages with these filter values (`category`, `year`). */
  filters?: Record<string, string>;
  /** Pagefind's order instead of relevance, e.g. `{ date: 'desc' }`. */
  sort?: Record<string, 'asc' | 'desc'>;
  /** Only pages that hold the words with the diacritics as typed. */
  exactDiacritics?: boolean;
  /** Aborted, the search is dropped before it runs (a newer one replaced it). */
  signal?: AbortSignal;
}

/** A search index as the search page uses it. */
export interface SearchIndex {
  /** Loads the index; calls share one load, and after a failure the next call tries again. */
  load(): Promise<void>;
  /** The pages matching `query` (`null`: every page, for filters alone), best first. */
  search(query: string | null, request?: SearchRequest): Promise<SearchHit[]>;
}

/** The part of Pagefind's JS API used here (pagefind.js has no published types). */
interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: Pick<SearchRequest, 'filters' | 'sort'>) => Promise<{ results: SearchHit[] }>;
}

/** Pagefind's own script, `/pagefind/pagefind.js`, as the search page loads it. */
export class PagefindClient implements SearchIndex {
  private readonly scriptUrl: string;
  private readonly baseUrl: string;
  private readonly importModule: (url: string) => Promise<PagefindModule>;
  private loading: Promise<PagefindModule> | undefined;
  /** The searches waiting their turn (see `search`). */
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * @param scriptUrl where `pagefind.js` is
   * @param baseUrl the site's base, which Pagefind puts before each result's URL
   * @param importModule how to load the script (a test passes a fake Pagefind)
   */
  constructor(scriptUrl: string, baseUrl: string, importModule = (url: string): Promise<PagefindModule> => import(/* @vite-ignore */ url)) {
    this.scriptUrl = scriptUrl;
    this.baseUrl = baseUrl;
    this.importModule = importModule;
  }

  async load(): Promise<void> {
    await this.pagefind();
  }

  /**
   * Searches run one at a time: an exact-diacritics search switches a setting of the one shared
   * Pagefind instance, and no other search may run while it is switched.
   */
  async search(query: string | null, { filters, sort, exactDiacritics = false, signal }: SearchRequest = {}): Promise<SearchHit[]> {
    const pagefind = await this.pagefind();
    const run = async () => {
      signal?.throwIfAborted();
      if (!exactDiacritics) return (await pagefind.search(query, { filters, sort })).results;
      await pagefind.options({ exactDiacritics: true });
      try {
        return (await pagefind.search(query, { filters, sort })).results;
      } finally {
        await pagefind.options({ exactDiacritics: false });
      }
    };
    const results = this.queue.then(run, run);
    this.queue = results.catch(() => undefined);
    return results;
  }

  private pagefind(): Promise<PagefindModule> {
    if (!this.loading) {
      const loading = this.importModule(this.scriptUrl).then(async (pagefind) => {
        // On the main thread: a worker would be one more script to download before the first answer.
        await pagefind.options({ baseUrl: this.baseUrl, noWorker: true });
        await pagefind.init();
        return pagefind;
      });
      this.loading = loading;
      loading.catch(() => {
        if (this.loading === loading) this.loading = undefined;
      });
    }
    return this.loading;
  }
}
