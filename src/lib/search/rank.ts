/**
 * The order of search results, on one rule: the more of the query that appears as typed —
 * syllables adjacent and in order, in the title first, then the sapo, then the body — the
 * higher. Pure: the search page hands it what the index's files hold for the query's keys.
 *
 * Each page that holds every syllable found in the index gets a rank key, compared in order:
 *   1. the longest run of query syllables standing next to each other, in order, in one field
 *      (a chain of query pairs present in that field);
 *   2. whether that run is written as typed (marks and `đ`, for the syllables typed with them);
 *   3. the field of that run: title, then sapo and tags, then body;
 *   4. how many query syllables the title holds, then the sapo;
 *   5. how many syllables typed with marks the page holds in exactly that form;
 *   6. the newest first (pages without a date, such as the organisation's, after all dated ones).
 * Nothing depends on other pages (no word statistics), so a page's key is the same whichever
 * shards were searched: merged shards keep the rule.
 */
import { FIELD_BODY, FIELD_SUMMARY, FIELD_TITLE, type FormPostings } from './index-format.ts';
import { fold, pairKey, type QueryTerms } from './index-plan.ts';

/** What one shard's files hold for a query. */
export interface ShardLookup {
  /** Its first page id. */
  offset: number;
  /** How many pages it holds. */
  size: number;
  /** The postings of each of the query's keys (`QueryTerms.keys`, same order); undefined where absent. */
  keys: readonly (readonly FormPostings[] | undefined)[];
  /** The pages that pass the filters (non-zero), by id within the shard; every page without filters. */
  allowed?: Uint8Array | undefined;
}

/** The answer to a query over some shards. */
export interface Ranking {
  /** Page ids, best first (or newest first). */
  ids: number[];
  /** The syllables typed that no searched page holds, as typed; they rank nothing. */
  missing: string[];
}

const FIELDS = [
  [FIELD_TITLE, 3],
  [FIELD_SUMMARY, 2],
  [FIELD_BODY, 1],
] as const;
/** Ids below this fit in a rank key beside the score. */
const ID_LIMIT = 2 ** 21;

/** Field masks by page for one query position: where any form stands, and where the form as typed does. */
interface Presence {
  any: Uint8Array;
  exact: Uint8Array;
}

function presence(size: number, forms: readonly FormPostings[] | undefined, isExact: (form: string) => boolean): Presence | undefined {
  if (!forms) return undefined;
  const any = new Uint8Array(size);
  const exact = new Uint8Array(size);
  for (const { form, ids, fields } of forms) {
    const matches = isExact(form);
    for (let i = 0; i < ids.length; i++) {
      any[ids[i]!]! |= fields[i]!;
      if (matches) exact[ids[i]!]! |= fields[i]!;
    }
  }
  return { any, exact };
}

/**
 * The pages of `shards` that answer `terms`, best first by the rule above, or newest first with
 * `newest` (undated pages, the first `undated` ids, then come last). A query without syllables
 * lists every page the filters allow, newest first.
 */
export function rankPages(terms: QueryTerms, shards: readonly ShardLookup[], { newest = false, undated = 0 } = {}): Ranking {
  const { typed, folded, keys } = terms;
  const keyIndex = (key: string) => keys.indexOf(key);
  const syllableKeys = folded.map(keyIndex);
  const pairKeys = folded.slice(1).map((second, i) => keyIndex(pairKey(folded[i]!, second)));
  const found = syllableKeys.map((k) => shards.some((shard) => shard.keys[k] !== undefined));
  const missing = typed.filter((_, i) => !found[i]);
  if (typed.length > 0 && missing.length === typed.length) return { ids: [], missing };

  // Whether each syllable was typed with marks: a form written in the index is "as typed" when it is
  // that syllable exactly, and any form is when it was typed without marks. Folded once per query.
  const marked = typed.map((syllable) => syllable !== fold(syllable));
  const asTyped = (form: string, i: number) => !marked[i] || form === typed[i];
  const scored: number[] = [];
  for (const shard of shards) {
    const singles = syllableKeys.map((k, i) => presence(shard.size, shard.keys[k], (form) => asTyped(form, i)));
    const pairs = pairKeys.map((k, i) =>
      presence(shard.size, shard.keys[k], (form) => {
        const [first = '', second = ''] = form.split(' ');
        return asTyped(first, i) && asTyped(second, i + 1);
      }),
    );
    for (let page = 0; page < shard.size; page++) {
      if (shard.allowed && !shard.allowed[page]) continue;
      if (singles.some((s, i) => found[i] && !s?.any[page])) continue;
      const id = shard.offset + page;
      scored.push(newest ? id : score(page, singles, pairs, marked) * ID_LIMIT + (ID_LIMIT - 1 - recency(id, undated)));
    }
  }
  if (newest)
    return {
      ids: scored.length && undated ? [...scored.filter((id) => id >= undated), ...scored.filter((id) => id < undated)] : scored,
      missing,
    };
  const sorted = Float64Array.from(scored).sort().reverse();
  return { ids: Array.from(sorted, (key) => idAt(ID_LIMIT - 1 - (key % ID_LIMIT), undated)), missing };
}

/**
 * A page's place when the newest come first: dated pages (ids from `undated` on, newest first)
 * from 0, then the pages without a date (the first `undated` ids) at the end of the range.
 */
function recency(id: number, undated: number): number {
  return id >= undated ? id - undated : ID_LIMIT - undated + id;
}

/** The id of the page at a place (`recency`'s inverse). */
function idAt(place: number, undated: number): number {
  return place >= ID_LIMIT - undated ? place - (ID_LIMIT - undated) : place + undated;
}

/** The rank key of one page, as one number (see the rule above), without the id. */
function score(page: number, singles: (Presence | undefined)[], pairs: (Presence | undefined)[], marked: boolean[]): number {
  let best = 0;
  for (const [bit, field] of FIELDS) {
    let run = 0;
    let exactRun = 0;
    for (const s of singles) {
      if (s && s.any[page]! & bit) run = 1;
      if (s && s.exact[page]! & bit) exactRun = 1;
    }
    let chain = 1;
    let exactChain = 1;
    for (const p of pairs) {
      // A chain counts once a pair is in the field: a field without any query syllable has no run.
      chain = p && p.any[page]! & bit ? chain + 1 : 1;
      exactChain = p && p.exact[page]! & bit ? exactChain + 1 : 1;
      if (chain > 1) run = Math.max(run, chain);
      if (exactChain > 1) exactRun = Math.max(exactRun, exactChain);
    }
    const asTypedRun = run > 0 && exactRun === run ? 1 : 0;
    best = Math.max(best, (Math.min(run, 31) * 2 + asTypedRun) * 4 + field);
  }
  let inTitle = 0;
  let inSummary = 0;
  let exactly = 0;
  singles.forEach((s, i) => {
    if (!s) return;
    if (s.any[page]! & FIELD_TITLE) inTitle++;
    if (s.any[page]! & FIELD_SUMMARY) inSummary++;
    if (marked[i] && s.exact[page]) exactly++;
  });
  return ((best * 32 + Math.min(inTitle, 31)) * 32 + Math.min(inSummary, 31)) * 32 + Math.min(exactly, 31);
}
