import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseVietnamDateTime } from '../lib/dates';
import { readFrontmatter } from '../lib/frontmatter';
import { isPublished } from '../lib/publishing';
import { type SitemapArticle, sitemapLastmods } from '../lib/sitemap';
import { slugFromEntryPath } from '../loaders/articles';

const asDate = (value: unknown) => (value instanceof Date ? value : typeof value === 'string' ? parseVietnamDateTime(value) : undefined);

/** Article files under `articlesDir`, skipping `_…` files and folders as the article loader does. */
function articleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('_')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return articleFiles(path);
    return /\.mdx?$/i.test(entry.name) ? [path] : [];
  });
}

/**
 * The published articles' dates read straight from their frontmatter, for the sitemap, whose
 * integration runs outside Astro's content layer. Malformed files are skipped here: the content
 * layer stops the build on them with a clear message.
 */
export function readSitemapLastmods(contentDir: string, now = new Date()): Map<string, Date> {
  const articlesDir = join(contentDir, 'articles');
  const articles: SitemapArticle[] = [];
  for (const file of articleFiles(articlesDir)) {
    const data = readFrontmatter(readFileSync(file, 'utf8').normalize('NFC'));
    const publishedAt = asDate(data.publishedAt);
    if (!publishedAt || !isPublished({ draft: data.draft === true, publishedAt }, now)) continue;
    articles.push({
      slug: slugFromEntryPath(relative(articlesDir, file)),
      category: String(data.category),
      tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
      publishedAt,
      updatedAt: asDate(data.updatedAt),
    });
  }
  return sitemapLastmods(articles);
}
