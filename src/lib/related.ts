import { tagKey } from './slug';

/** What the related-news choice needs to know of an article. */
export interface RelatedCandidate {
  id: string;
  category: string;
  tags: readonly string[];
  publishedAt: Date;
}

/**
 * Picks the "Tin liên quan" for an article: those sharing the most tags first (a shared tag
 * weighs more than the shared chuyên mục), then the newest. The article itself is never
 * among them. `candidates` should already exclude drafts and scheduled articles.
 */
export function pickRelated<T extends RelatedCandidate>(article: RelatedCandidate, candidates: readonly T[], count = 5): T[] {
  const ownTags = new Set(article.tags.map(tagKey));
  const scored = candidates
    .filter((c) => c.id !== article.id)
    .map((c) => {
      const sharedTags = c.tags.filter((t) => ownTags.has(tagKey(t))).length;
      const score = sharedTags * 2 + (c.category === article.category ? 1 : 0);
      return { c, score };
    })
    .filter(({ score }) => score > 0);
  scored.sort((a, b) => b.score - a.score || b.c.publishedAt.getTime() - a.c.publishedAt.getTime());
  return scored.slice(0, count).map(({ c }) => c);
}

/**
 * The previous (older) and next (newer) article in the same chuyên mục, by publication time.
 * `sameCategoryNewestFirst` is the category's published articles, newest first.
 */
export function neighbours<T extends { id: string }>(id: string, sameCategoryNewestFirst: readonly T[]): { older?: T; newer?: T } {
  const index = sameCategoryNewestFirst.findIndex((a) => a.id === id);
  if (index === -1) return {};
  return { newer: sameCategoryNewestFirst[index - 1], older: sameCategoryNewestFirst[index + 1] };
}

/**
 * `pickRelated` for every article of a large site at once. Scoring each article against all
 * others costs N² (100 million comparisons for 10,000 articles); this index visits only the
 * articles that share a tag and the newest of the same chuyên mục, and gives the same result.
 * `newestFirst` is the published articles, newest first (ties keep this order, as in `pickRelated`).
 */
export function createRelatedFinder<T extends RelatedCandidate>(newestFirst: readonly T[], count = 5): (article: RelatedCandidate) => T[] {
  const byTag = new Map<string, number[]>();
  const byCategory = new Map<string, number[]>();
  newestFirst.forEach((candidate, index) => {
    for (const tag of candidate.tags) {
      const key = tagKey(tag);
      const withTag = byTag.get(key) ?? [];
      withTag.push(index);
      byTag.set(key, withTag);
    }
    const inCategory = byCategory.get(candidate.category) ?? [];
    inCategory.push(index);
    byCategory.set(candidate.category, inCategory);
  });

  // Shared-tag counts per candidate, reused from one call to the next (reset after each):
  // a typed array is many times faster than a Map at 10,000 articles × thousands of postings.
  const shared = new Uint16Array(newestFirst.length);
  const touched: number[] = [];

  return (article) => {
    for (const key of new Set(article.tags.map(tagKey))) {
      for (const index of byTag.get(key) ?? []) if (shared[index]!++ === 0) touched.push(index);
    }
    // Best first: higher score, then newer, then earlier in the list. Kept to `count` entries.
    const best: { index: number; score: number; time: number }[] = [];
    const better = (a: (typeof best)[number], b: (typeof best)[number]) =>
      a.score !== b.score ? a.score > b.score : a.time !== b.time ? a.time > b.time : a.index < b.index;
    const offer = (index: number, score: number) => {
      if (best.length === count && score < best[count - 1]!.score) return;
      const candidate = newestFirst[index]!;
      if (candidate.id === article.id) return;
      const entry = { index, score, time: candidate.publishedAt.getTime() };
      if (best.length === count && !better(entry, best[count - 1]!)) return;
      let at = best.length;
      while (at > 0 && better(entry, best[at - 1]!)) at--;
      best.splice(at, 0, entry);
      if (best.length > count) best.pop();
    };
    for (const index of touched) offer(index, shared[index]! * 2 + (newestFirst[index]!.category === article.category ? 1 : 0));
    // Same chuyên mục without a shared tag scores 1: only the newest few can make the list.
    let taken = 0;
    for (const index of byCategory.get(article.category) ?? []) {
      if (taken === count) break;
      if (shared[index] || newestFirst[index]!.id === article.id) continue;
      offer(index, 1);
      taken++;
    }
    for (const index of touched) shared[index] = 0;
    touched.length = 0;
    return best.map(({ index }) => newestFirst[index]!);
  };
}
