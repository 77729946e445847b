import { tagKey } from '../text/slug';

/** What the related-news choice needs to know of an article. */
export interface RelatedCandidate {
  id: string;
  category: string;
  tags: readonly string[];
  publishedAt: Date;
}

/**
 * Picks the "Tin liên quan" for an article: those sharing the most tags first (a shared tag
 * weighs more than the shared chuyên mục; a tag written twice counts once), then the newest. The article itself is never
 * among them. `candidates` should already exclude drafts and scheduled articles.
 */
export function pickRelated<T extends RelatedCandidate>(article: RelatedCandidate, candidates: readonly T[], count = 5): T[] {
  const ownTags = new Set(article.tags.map(tagKey));
  const scored = candidates
    .filter((c) => c.id !== article.id)
    .map((c) => {
      const sharedTags = [...new Set(c.tags.map(tagKey))].filter((key) => ownTags.has(key)).length;
      const score = sharedTags * 2 + (c.category === article.category ? 1 : 0);
      return { c, score };
    })
    .filter(({ score }) => score > 0);
  scored.sort((a, b) => b.score - a.score || b.c.publishedAt.getTime() - a.c.publishedAt.getTime());
  return scored.slice(0, count).map(({ c }) => c);
}

/** Each list's positions by id: a build asks for the neighbours of all 10,000 articles in a few lists. */
const positionsByList = new WeakMap<readonly { id: string }[], Map<string, number>>();

/**
 * The previous (older) and next (newer) article in the same chuyên mục, by publication time.
 * `sameCategoryNewestFirst` is the category's published articles, newest first.
 */
export function neighbours<T extends { id: string }>(id: string, sameCategoryNewestFirst: readonly T[]): { older?: T; newer?: T } {
  let positions = positionsByList.get(sameCategoryNewestFirst);
  if (!positions) {
    positions = new Map(sameCategoryNewestFirst.map((a, i) => [a.id, i]));
    positionsByList.set(sameCategoryNewestFirst, positions);
  }
  const index = positions.get(id);
  if (index === undefined) return {};
  return { newer: sameCategoryNewestFirst[index - 1], older: sameCategoryNewestFirst[index + 1] };
}

/**
 * `pickRelated` for every article of a large site at once. Scoring each article against all
 * others costs N² (100 million comparisons for 10,000 articles); this keeps one bit set per tag
 * and per chuyên mục, so an article's candidates sharing exactly s tags come out of a few
 * hundred word operations, and the best are read off score level by score level, newest first.
 * `newestFirst` is the published articles, newest first (ties keep this order, as in `pickRelated`).
 */
export function createRelatedFinder<T extends RelatedCandidate>(newestFirst: readonly T[], count = 5): (article: RelatedCandidate) => T[] {
  const words = Math.ceil(newestFirst.length / 32);
  const byTag = new Map<string, Uint32Array>();
  const byCategory = new Map<string, Uint32Array>();
  const setOf = (sets: Map<string, Uint32Array>, key: string) => {
    let set = sets.get(key);
    if (!set) sets.set(key, (set = new Uint32Array(words)));
    return set;
  };
  newestFirst.forEach((candidate, index) => {
    for (const tag of candidate.tags) setOf(byTag, tagKey(tag))[index >>> 5]! |= 1 << (index & 31);
    setOf(byCategory, candidate.category)[index >>> 5]! |= 1 << (index & 31);
  });
  const none = new Uint32Array(words);
  // atLeast[m]: the candidates sharing at least m of the article's tags; reused from call to call.
  const atLeast: Uint32Array[] = [];

  return (article) => {
    const tagSets = [...new Set(article.tags.map(tagKey))].flatMap((key) => byTag.get(key) ?? []);
    const k = tagSets.length;
    while (atLeast.length < k + 2) atLeast.push(new Uint32Array(words));
    atLeast[0]!.fill(0xffffffff);
    for (let m = 1; m <= k + 1; m++) atLeast[m]!.fill(0);
    tagSets.forEach((set, seen) => {
      for (let m = seen + 1; m >= 1; m--) {
        const more = atLeast[m]!;
        const fewer = atLeast[m - 1]!;
        for (let w = 0; w < words; w++) more[w]! |= fewer[w]! & set[w]!;
      }
    });
    const sameCategory = byCategory.get(article.category) ?? none;
    const best: T[] = [];
    // Score 2 × shared tags + 1 for the same chuyên mục, from the highest down; within a score, newest first.
    for (let shared = k; shared >= 0 && best.length < count; shared--) {
      for (const inCategory of [true, false]) {
        if (shared === 0 && !inCategory) break;
        for (let w = 0; w < words && best.length < count; w++) {
          let bits = atLeast[shared]![w]! & ~atLeast[shared + 1]![w]! & (inCategory ? sameCategory[w]! : ~sameCategory[w]!);
          while (bits !== 0 && best.length < count) {
            const bit = 31 - Math.clz32(bits & -bits);
            bits &= bits - 1;
            const candidate = newestFirst[w * 32 + bit];
            if (candidate && candidate.id !== article.id) best.push(candidate);
          }
        }
        if (best.length === count) break;
      }
    }
    return best;
  };
}
