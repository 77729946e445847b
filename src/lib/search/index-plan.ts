/**
 * From what a reader typed to the files of the search index that answer it: for the indexer that
 * writes the files (scripts/search-index.mjs), the search page's script that reads them, and the
 * page's inline bootstrap that starts fetching them while the page still loads.
 *
 * Text. A Vietnamese word is several syllables written apart ("chuyển đổi số"), so the index is
 * one of syllables: runs of letters, marks and digits, in lower case. A syllable is kept as
 * written (its exact form, `số`) and looked up folded (`so`: marks removed, `đ` as `d`), so
 * readers may type with or without marks. Two syllables next to each other in a field make a pair
 * key (`doi so`), which is how phrases are found without word positions.
 *
 * Files.
 *
 *     tim-kiem/chi-muc/<version>/        (the version is a hash of the files: cached for a year)
 *       s<shard>/k/<bucket>.bin          keys of the shard's pages (index-format.ts), gzip
 *       s<shard>/f/<filter>/<value>.bin  the shard's pages with that filter value, gzip
 *       p/<id>.bin                       one page as a result shows it (`IndexedPage`), gzip JSON
 *
 * Pages are numbered newest first (undated pages such as the organisation's come before all), and
 * cut into shards of a bounded size, so a search reads the newest shard first and the older ones
 * when the reader asks. The manifest that says so is written into the search page itself
 * (`withIndexManifest`), so the bootstrap needs no request to learn it.
 *
 * The bootstrap is the source of the functions of this module (`bootstrapScript`): each refers to
 * nothing outside its own body but the others by name, and to nothing imported.
 */

/** The syllables of `text` as written, in lower case: `42/2022/NĐ-CP` → `42`, `2022`, `nđ`, `cp`. */
export function syllables(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

/** A syllable as the index looks it up: without marks, `đ` as `d` (`đổi` → `doi`). */
export function fold(syllable: string): string {
  return syllable.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

/** The key of two adjacent syllables (folded), or of their exact forms. */
export function pairKey(first: string, second: string): string {
  return `${first} ${second}`;
}

/** FNV-1a (32 bits) of a key's UTF-8 bytes: which bucket file holds it. */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(key)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** What a search looks up for a query. */
export interface QueryTerms {
  /** The query's syllables as typed (lower case, NFC), at most `limit`. */
  typed: string[];
  /** The same, folded: the syllable keys. */
  folded: string[];
  /** The keys to look up: each folded syllable, then each adjacent pair, without repeats. */
  keys: string[];
  /** How many syllables beyond the limit were left out. */
  cut: number;
}

/**
 * The syllables and keys of what a reader typed, its first `limit` syllables only: a pasted
 * paragraph would otherwise fetch a file for every pair.
 */
export function queryTerms(query: string, limit = 16): QueryTerms {
  const all = syllables(query);
  const typed = all.slice(0, limit);
  const folded = typed.map(fold);
  const pairs = folded.slice(1).map((second, i) => pairKey(folded[i]!, second));
  return { typed, folded, keys: [...new Set([...folded, ...pairs])], cut: all.length - typed.length };
}

/** One shard of the index: a run of consecutive page ids. */
export interface ShardInfo {
  /** How many pages it holds; its ids follow the previous shard's. */
  size: number;
  /** How many bucket files its keys are spread over (a power of two). */
  buckets: number;
  /** The month (`2022-03`) of its oldest and of its newest dated page; `''` if it has none. */
  from: string;
  to: string;
  /** The values each filter takes in it: a search with a value a shard lacks skips that shard. */
  filters: Record<string, string[]>;
}

/** What the search page knows of the index. */
export interface IndexManifest {
  /** The index's folder (URL, ending in `/`); `''` when the site was built without one. */
  base: string;
  /** Newest first. */
  shards: ShardInfo[];
  /** How many pages have no date: ids 0 to `undated - 1`, listed last when the newest come first. */
  undated: number;
}

/** The search page, under the site's base. */
export const SEARCH_PAGE_PATH = 'tim-kiem/';
/** The index's folder (its versions inside), under the site's base. */
export const INDEX_PATH = `${SEARCH_PAGE_PATH}chi-muc/`;

/** The manifest of a page built without an index (`astro dev`, a bare `astro build`). */
export const NO_INDEX: IndexManifest = { base: '', shards: [], undated: 0 };

/** The id of the search page's element that holds the manifest (JSON). */
export const INDEX_MANIFEST_ID = 'tim-kiem-chi-muc';

/** Where the bootstrap leaves the fetches it started: URL → response. */
export const PREFETCH_GLOBAL = '__timKiemChiMuc';

/** The file of a key bucket. */
export function bucketPath(shard: number, bucket: number): string {
  return `s${shard}/k/${bucket.toString(36)}.bin`;
}

/** The file of a filter value's pages in a shard. Values are slugs (`tin-tuc`, `2022`). */
export function filterPath(shard: number, filter: string, value: string): string {
  return `s${shard}/f/${filter}/${value}.bin`;
}

/** The file of one page. */
export function pagePath(id: number): string {
  return `p/${id}.bin`;
}

/** The shards that can hold pages with every filter value asked for, newest first. */
export function matchingShards(manifest: IndexManifest, filters: Record<string, string>): number[] {
  const shards: number[] = [];
  manifest.shards.forEach((shard, i) => {
    if (Object.entries(filters).every(([name, value]) => (shard.filters[name] ?? []).includes(value))) shards.push(i);
  });
  return shards;
}

/** The files a search of `keys` with `filters` reads in `shards`, relative to the index's folder. */
export function searchFiles(
  manifest: IndexManifest,
  keys: readonly string[],
  filters: Record<string, string>,
  shards: readonly number[],
): string[] {
  const files = new Set<string>();
  for (const shard of shards) {
    for (const key of keys) files.add(bucketPath(shard, keyHash(key) % manifest.shards[shard]!.buckets));
    for (const [name, value] of Object.entries(filters)) files.add(filterPath(shard, name, value));
  }
  return [...files];
}

/** The filters of a search address: the parameters the index has filters for, that are set. */
export function filtersOf(manifest: IndexManifest, params: URLSearchParams): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const shard of manifest.shards) {
    for (const name of Object.keys(shard.filters)) {
      const value = params.get(name);
      if (value) filters[name] = value;
    }
  }
  return filters;
}

/**
 * Run by the bootstrap as the page's head is parsed: when the address holds a search, fetch at
 * once every file its first answer needs (the newest matching shard), and leave the responses
 * for the page's script, which arrives later.
 */
export function prefetchIndex(manifestId: string, queryField: string, globalName: string): void {
  const params = new URLSearchParams(location.search);
  const manifest: IndexManifest = JSON.parse(document.getElementById(manifestId)!.textContent!);
  const query = params.get(queryField) ?? '';
  const filters = filtersOf(manifest, params);
  if (!query.trim() && Object.keys(filters).length === 0) return;
  const fetches = new Map<string, Promise<Response>>();
  for (const file of searchFiles(manifest, queryTerms(query).keys, filters, matchingShards(manifest, filters).slice(0, 1))) {
    const response = fetch(manifest.base + file);
    // The page's script reports a failure; unclaimed, it would be an "uncaught" error besides.
    response.catch(() => undefined);
    fetches.set(manifest.base + file, response);
  }
  (globalThis as unknown as Record<string, unknown>)[globalName] = fetches;
}

/**
 * The search page's inline bootstrap: `prefetchIndex` and what it calls, as source text. Each
 * function is bound under its own name, so its source finds the others as it does in its module.
 */
export function bootstrapScript(queryField: string): string {
  const functions = [
    syllables,
    fold,
    pairKey,
    keyHash,
    queryTerms,
    bucketPath,
    filterPath,
    matchingShards,
    searchFiles,
    filtersOf,
    prefetchIndex,
  ];
  // Indentation goes: the code is written in the page, for every reader of the search page.
  const declarations = functions.map((fn) => `const ${fn.name}=${fn.toString().replace(/^\s+/gm, '')};`).join('\n');
  const call = `${prefetchIndex.name}(${[INDEX_MANIFEST_ID, queryField, PREFETCH_GLOBAL].map((s) => JSON.stringify(s)).join(',')});`;
  return `(()=>{${declarations}\n${call}})();`;
}

/** The search page's HTML with the index's manifest written into its manifest element. */
export function withIndexManifest(html: string, manifest: IndexManifest): string {
  const element = new RegExp(`(<script type="application/json" id="${INDEX_MANIFEST_ID}">)[^<]*(</script>)`);
  if (!element.test(html)) throw new Error(`the search page has no <script id="${INDEX_MANIFEST_ID}"> for the index's manifest`);
  // `<` escaped: a filter value can never end the element.
  const json = JSON.stringify(manifest).replace(/</g, '\\u003c');
  return html.replace(element, (_, open: string, close: string) => `${open}${json}${close}`);
}
