import { toSlug } from './slug';

/** A tag as readers see it: one URL, one display name, however editors typed it. */
export interface TagGroup {
  slug: string;
  name: string;
  count: number;
}

/**
 * Groups the tags of many articles by their URL slug, so that "Chuyển đổi số", "chuyển đổi số"
 * and its NFD twin are one tag. The display name is the spelling most articles use (on a tie,
 * the spelling of the newest article, when `articles` are newest first). Sorted by name.
 */
export function groupTags(articles: readonly { tags: readonly string[] }[]): TagGroup[] {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const { tags } of articles) {
    for (const tag of tags) {
      const slug = toSlug(tag);
      if (!slug) continue;
      const group = groups.get(slug) ?? { count: 0, spellings: new Map() };
      group.count++;
      const spelling = tag.normalize('NFC');
      group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
      groups.set(slug, group);
    }
  }
  return [...groups]
    .map(([slug, { count, spellings }]) => {
      let name = '';
      let best = 0;
      for (const [spelling, n] of spellings) if (n > best) [name, best] = [spelling, n];
      return { slug, name, count };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Whether an article carries the tag with this slug. */
export function hasTag(article: { tags: readonly string[] }, slug: string): boolean {
  return article.tags.some((tag) => toSlug(tag) === slug);
}
