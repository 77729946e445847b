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
export function pickRelated<T extends RelatedCandidate>(
  article: RelatedCandidate,
  candidates: readonly T[],
  count = 5,
): T[] {
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
export function neighbours<T extends { id: string }>(
  id: string,
  sameCategoryNewestFirst: readonly T[],
): { older?: T; newer?: T } {
  const index = sameCategoryNewestFirst.findIndex((a) => a.id === id);
  if (index === -1) return {};
  return { newer: sameCategoryNewestFirst[index - 1], older: sameCategoryNewestFirst[index + 1] };
}
