/**
 * The search index as the search page uses it: every request the page makes goes through here.
 * `IndexClient` reads the files a search needs (index-plan.ts), each once, and ranks what they
 * hold (rank.ts); the network itself is a `FetchFile`, which a unit test replaces.
 */
import { decodeIds, readKey } from './index-format.ts';
import { bucketPath, filterPath, keyHash, matchingShards, pagePath, queryTerms, type IndexManifest } from './index-plan.ts';
import { rankPages, type ShardLookup } from './rank.ts';
import type { IndexedPage } from './records.ts';

/** Reads one of the index's files (a URL) and returns its bytes, gunzipped. */
export type FetchFile = (url: string) => Promise<Uint8Array>;

/**
 * Files over HTTP, gunzipped in the browser. A response the page's bootstrap already asked for
 * (`prefetched`, by URL) is taken from there instead of asked for again.
 */
export function httpFiles(prefetched?: Map<string, Promise<Response>>, fetchResponse: typeof fetch = fetch): FetchFile {
  return async (url) => {
    const started = prefetched?.get(url);
    prefetched?.delete(url);
    const response = await (started ?? fetchResponse(url));
    if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
    return new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  };
}

/** One search: the words, the filters set (by field name), and how to order and how far to look. */
export interface SearchRequest {
  query: string;
  filters: Record<string, string>;
  /** Newest first instead of the most relevant. */
  newest: boolean;
  /** Every shard that can match, not only the newest. */
  everything: boolean;
}

/** What a search found. */
export interface SearchAnswer {
  /** The pages found, in order (ids for `page`). */
  ids: number[];
  /** The syllables searched, as typed and folded, to highlight in excerpts. */
  typed: string[];
  folded: string[];
  /** How many syllables the query has, and how many beyond the limit were not searched. */
  syllables: number;
  cut: number;
  /** Syllables typed that no searched page holds, as typed. */
  missing: string[];
  /**
   * Set when older shards that could match were not searched: the month of the oldest page searched
   * (`2022-03`) and, when the newest shard was not searched either, of the newest.
   */
  partial?: { from: string; to: string | undefined } | undefined;
}

/** The search index as the search page uses it. */
export interface SearchIndex {
  search(request: SearchRequest): Promise<SearchAnswer>;
  /** What a result shows of page `id`. */
  page(id: number): Promise<IndexedPage>;
}

/** The index described by a manifest, read through `fetchFile`. */
export class IndexClient implements SearchIndex {
  private readonly manifest: IndexManifest;
  private readonly fetchFile: FetchFile;
  /** Every file asked for, by path: each is read once per page, whichever searches need it. */
  private readonly files = new Map<string, Promise<Uint8Array>>();
  private readonly decoder = new TextDecoder();

  constructor(manifest: IndexManifest, fetchFile: FetchFile) {
    this.manifest = manifest;
    this.fetchFile = fetchFile;
  }

  async search({ query, filters, newest, everything }: SearchRequest): Promise<SearchAnswer> {
    if (!this.manifest.base) throw new Error('this site was built without a search index');
    const terms = queryTerms(query);
    const matching = matchingShards(this.manifest, filters);
    const shards = everything ? matching : matching.slice(0, 1);
    const lookups = await Promise.all(shards.map((shard) => this.lookup(shard, terms.keys, filters)));
    const { ids, missing } = rankPages(terms, lookups, { newest, undated: this.manifest.undated });
    const first = this.manifest.shards[shards[0] ?? 0];
    const partial = first && shards.length < matching.length ? { from: first.from, to: shards[0] === 0 ? undefined : first.to } : undefined;
    return { ids, typed: terms.typed, folded: terms.folded, syllables: terms.typed.length, cut: terms.cut, missing, partial };
  }

  async page(id: number): Promise<IndexedPage> {
    return JSON.parse(this.decoder.decode(await this.file(pagePath(id))));
  }

  /** What shard `shard` holds for the keys, and which of its pages pass the filters; its files all asked for at once. */
  private async lookup(shard: number, keys: readonly string[], filters: Record<string, string>): Promise<ShardLookup> {
    const { size, buckets } = this.manifest.shards[shard]!;
    const offset = this.manifest.shards.slice(0, shard).reduce((sum, s) => sum + s.size, 0);
    const filterFiles = Object.entries(filters).map(([name, value]) => this.file(filterPath(shard, name, value)));
    const postings = keys.map(async (key) => readKey(await this.file(bucketPath(shard, keyHash(key) % buckets)), key));
    let allowed: Uint8Array | undefined;
    for (const file of filterFiles) {
      const pass = new Uint8Array(size);
      for (const id of decodeIds(await file)) pass[id] = allowed ? allowed[id]! : 1;
      allowed = pass;
    }
    return { offset, size, keys: await Promise.all(postings), allowed };
  }

  private file(path: string): Promise<Uint8Array> {
    let file = this.files.get(path);
    if (!file) {
      const url = this.manifest.base + path;
      file = this.fetchFile(url);
      this.files.set(path, file);
      // A failed request (the reader went offline) is asked for again by the next search.
      file.catch(() => this.files.delete(path));
    }
    return file;
  }
}
