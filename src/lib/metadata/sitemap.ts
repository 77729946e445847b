/**
 * When each page of the sitemap last changed, from the articles it shows: an article's page
 * changed at its correction (`updatedAt`) or else its publication; a listing changed when its
 * newest article did.
 */
import { tagKey } from '../text/slug';
import { assignTagSlugs } from '../listings/tags';
import { vietnamYearMonth } from '../dates/dates';
import { type EffectDates, lastEffectChange } from '../documents/effect';

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
  const touch = toucher(lastmods);
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

/** A function that records `date` for `path` in `lastmods` unless a later date is already there. */
function toucher(lastmods: Map<string, Date>) {
  return (path: string, date: Date) => {
    const known = lastmods.get(path);
    if (!known || date > known) lastmods.set(path, date);
  };
}

/** What the sitemap needs of a published registry document. */
export interface SitemapDocument extends EffectDates {
  slug: string;
  type: string;
  /** The document that replaces it, whose taking effect ends this one's. */
  replacement?: EffectDates | undefined;
}

/**
 * The last change of every registry page, keyed like `sitemapLastmods`: a document's page changed
 * when it was issued, took effect or stopped having effect (whichever came last by `now`); a listing
 * (`/van-ban/`, by type, by year) when its latest document page did.
 */
export function documentLastmods(documents: readonly SitemapDocument[], now: Date): Map<string, Date> {
  const lastmods = new Map<string, Date>();
  const touch = toucher(lastmods);
  for (const document of documents) {
    const changed = lastEffectChange(document, document.replacement, now);
    touch(`/van-ban/${document.slug}/`, changed);
    for (const listing of ['/van-ban/', `/van-ban/loai/${document.type}/`, `/van-ban/nam/${vietnamYearMonth(document.issuedAt).year}/`])
      touch(listing, changed);
  }
  return lastmods;
}
