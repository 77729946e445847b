import { join } from 'node:path';
import { parseVietnamDateTime } from '../lib/dates/dates';
import { frontmatterOfFile } from '../lib/content/frontmatter';
import { isPublished } from '../lib/listings/publishing';
import { type SitemapArticle, sitemapLastmods } from '../lib/metadata/sitemap';
import { listArticleFiles } from '../lib/content/article-files';
import { slugFromEntryPath } from '../lib/content/entry-slug';

const asDate = (value: unknown) => (value instanceof Date ? value : typeof value === 'string' ? parseVietnamDateTime(value) : undefined);

/**
 * The published articles' dates from their frontmatter, for the sitemap, whose integration runs
 * outside Astro's content layer: the parse the article loader made (see `frontmatterOfFile`).
 * Malformed files are skipped here: the content layer stops the build on them with a clear message.
 */
export function readSitemapLastmods(contentDir: string, now = new Date()): Map<string, Date> {
  const articlesDir = join(contentDir, 'articles');
  const articles: SitemapArticle[] = [];
  for (const file of listArticleFiles(articlesDir)) {
    const data = frontmatterOfFile(join(articlesDir, file));
    const publishedAt = asDate(data.publishedAt);
    if (!publishedAt || !isPublished({ draft: data.draft === true, publishedAt }, now)) continue;
    articles.push({
      slug: slugFromEntryPath(file),
      category: String(data.category),
      tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
      publishedAt,
      updatedAt: asDate(data.updatedAt),
    });
  }
  return sitemapLastmods(articles);
}
