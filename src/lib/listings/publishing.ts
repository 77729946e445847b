/** What deciding publication needs to know of an article. */
export interface Publishable {
  draft: boolean;
  publishedAt: Date;
}

/**
 * Whether an article is on the public site at `now`: not a draft, and its publication time has
 * come (a future `publishedAt` schedules it for the first build after that moment).
 */
export function isPublished(article: Publishable, now: Date): boolean {
  return !article.draft && article.publishedAt.getTime() <= now.getTime();
}

/**
 * Newest first by publication time only: a later correction (`updatedAt`) never moves a story up.
 * Stories published at the same minute keep one order in every build (by slug), since the
 * content loader hands them over in whatever order its parallel reads finish.
 */
export function byNewest<T extends { id: string; publishedAt: Date }>(a: T, b: T): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || a.id.localeCompare(b.id);
}
