import { join } from 'node:path';
import { parseVietnamDate, parseVietnamDateTime } from '../lib/dates/dates';
import { frontmatterOfFile } from '../lib/content/frontmatter';
import { isPublished } from '../lib/listings/publishing';
import { documentLastmods, type SitemapArticle, type SitemapDocument, sitemapLastmods } from '../lib/metadata/sitemap';
import { listArticleFiles, slugFromEntryPath } from '../lib/content/article-files';

const asDate = (value: unknown) => (value instanceof Date ? value : typeof value === 'string' ? parseVietnamDateTime(value) : undefined);

const asDay = (value: unknown) => (typeof value === 'string' ? parseVietnamDate(value) : undefined);

/**
 * The published articles' and registry documents' dates from their frontmatter, for the sitemap,
 * whose integration runs outside Astro's content layer: the parse the content loader made (see
 * `frontmatterOfFile`). Malformed files are skipped here: the content layer stops the build on them
 * with a clear message.
 */
export function readSitemapLastmods(contentDir: string, now = new Date()): Map<string, Date> {
  return new Map([...readArticleLastmods(contentDir, now), ...readDocumentLastmods(contentDir, now)]);
}

function readArticleLastmods(contentDir: string, now: Date): Map<string, Date> {
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

function readDocumentLastmods(contentDir: string, now: Date): Map<string, Date> {
  const documentsDir = join(contentDir, 'documents');
  const documents = new Map<string, SitemapDocument & { replacedBy?: string }>();
  for (const file of listArticleFiles(documentsDir)) {
    const data = frontmatterOfFile(join(documentsDir, file));
    const issuedAt = asDay(data.issuedAt);
    if (!issuedAt || data.draft === true) continue;
    const slug = slugFromEntryPath(file);
    documents.set(slug, {
      slug,
      type: String(data.type),
      issuedAt,
      effectiveFrom: asDay(data.effectiveFrom),
      expiresOn: asDay(data.expiresOn),
      replacedBy: typeof data.replacedBy === 'string' ? data.replacedBy : undefined,
    });
  }
  for (const document of documents.values()) document.replacement = document.replacedBy ? documents.get(document.replacedBy) : undefined;
  return documentLastmods([...documents.values()], now);
}
