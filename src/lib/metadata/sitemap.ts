/**
 * When each page of the sitemap last changed, from the articles it shows: an article's page
 * changed at its correction (`updatedAt`) or else its publication; a listing changed when its
 * newest article did.
 */
import { tagKey } from '../text/slug';
import { assignTagSlugs } from '../listings/tags';

/** What the sitemap needs of a published article. */
export interface SitemapArticle {
  slug: string;
  category: string;
  tags: readonly string[];
  publishedAt: Date;
  updatedAt?: Date | undefined;
}

/**
 * The last change of every page that shows articles, keyed by site path without base
 * (`/tin-tuc/x/`, `/chuyen-muc/y/`, `/tu-khoa/z/`, `/tin-tuc/`, `/`). Only first pages of
 * listings are keyed: later pages shift with every new article and are left without a date.
 */
export function sitemapLastmods(articles: readonly SitemapArticle[]): Map<string, Date> {
  const lastmods = new Map<string, Date>();
  const touch = (path: string, date: Date) => {
    const known = lastmods.get(path);
    if (!known || date > known) lastmods.set(path, date);
  };
  // The same tag URLs as the tag pages ("Bão" and "Báo" are bao and bao-2).
  const tagSlugs = assignTagSlugs(articles.flatMap((a) => a.tags));
  for (const article of articles) {
    const changed = article.updatedAt && article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
    touch(`/tin-tuc/${article.slug}/`, changed);
    for (const listing of [
      '/',
      '/tin-tuc/',
      `/chuyen-muc/${article.category}/`,
      ...article.tags.flatMap((t) => {
        const slug = tagSlugs.get(tagKey(t));
        return slug ? [`/tu-khoa/${slug}/`] : [];
      }),
    ]) {
      touch(listing, changed);
    }
  }
  return lastmods;
}
