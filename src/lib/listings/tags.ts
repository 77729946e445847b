import { tagKey, toSlug } from '../text/slug';

/** A tag as readers see it: one URL, one display name, however editors typed it. */
export interface TagGroup {
  slug: string;
  name: string;
  count: number;
}

/**
 * One URL slug per distinct tag. Tags are the same when they differ only by case, spacing or
 * Unicode composition (`tagKey`); different tags can still fold to one slug ("Bão" and "Báo"
 * are both `bao`), so each key after the first (in sorted order, the same in every build) gets
 * a number: `bao`, `bao-2`. Returns tag key → slug; tags without letters or digits get none.
 */
export function assignTagSlugs(tags: Iterable<string>): Map<string, string> {
  const keys = [...new Set([...tags].map(tagKey))].sort();
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const key of keys) {
    const base = toSlug(key);
    if (!base) continue;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(key, slug);
  }
  return slugs;
}

/**
 * Groups the tags of many articles, so that "Chuyển đổi số", "chuyển đổi số" and its NFD twin are
 * one tag with one page. The display name is the spelling most articles use (on a tie, the
 * spelling of the newest article, when `articles` are newest first). Sorted by name.
 */
export function groupTags(
  articles: readonly { tags: readonly string[] }[],
  slugs: ReadonlyMap<string, string> = assignTagSlugs(articles.flatMap((a) => a.tags)),
): TagGroup[] {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const { tags } of articles) {
    for (const tag of tags) {
      const slug = slugs.get(tagKey(tag));
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
