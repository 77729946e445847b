/**
 * The home page's two top blocks from the published articles (newest first): up to
 * `featuredCount` featured stories (the newest stories fill in when too few are marked
 * `featured`), and the `latestCount` newest stories not already featured.
 */
export function pickHomeSections<T extends { id: string; data: { featured: boolean } }>(
  newestFirst: readonly T[],
  featuredCount = 3,
  latestCount = 8,
): { featured: T[]; latest: T[] } {
  const marked = newestFirst.filter((a) => a.data.featured).slice(0, featuredCount);
  const fill = newestFirst.filter((a) => !marked.includes(a)).slice(0, featuredCount - marked.length);
  const featured = [...marked, ...fill];
  const latest = newestFirst.filter((a) => !featured.includes(a)).slice(0, latestCount);
  return { featured, latest };
}
