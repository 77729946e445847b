/**
 * What the search page and the search index need from the content: the filters the form offers,
 * and what each searchable page states about itself (its search record before its body).
 * Documents and the organisation's pages join by giving their own records and choices here.
 */
import { getImage } from 'astro:assets';
import { formatListTimestamp, toVietnamIso, vietnamYearMonth } from '../lib/dates/dates';
import type { SearchFields } from '../lib/search/records';
import { SEARCH_FILTERS, SEARCH_KINDS, type SearchFilter } from '../lib/search/search-params';
import { vi } from '../i18n/vi';
import { type Article, articleUrl, getCategories, getCategory, getPublishedArticles, href } from './site';

/** Width of a result's thumbnail: a 160 px WebP is a few KB. */
const THUMBNAIL_WIDTH = 160;

/**
 * The search form's filters, in the order shown, each with the choices the content has: what a
 * result is (news, the organisation's pages: once there is more than one kind), the chuyên mục
 * with news, the years (newest first). Every value is one the pages' search records give
 * (`getArticleSearchFields`, `getPageSearchFields`).
 */
export async function getSearchFilters(): Promise<SearchFilter[]> {
  const published = await getPublishedArticles();
  const used = new Set(published.map((a) => a.data.category));
  const categories = (await getCategories()).filter((c) => used.has(c.id));
  const years = [...new Set(published.map((a) => vietnamYearMonth(a.data.publishedAt).year))].sort((a, b) => b - a);
  // The organisation's pages are always built (their content is required).
  const kinds: (typeof SEARCH_KINDS)[keyof typeof SEARCH_KINDS][] = [
    ...(published.length > 0 ? [SEARCH_KINDS.articles] : []),
    SEARCH_KINDS.pages,
  ];
  return [
    // Offered once the index holds more than one kind.
    ...(kinds.length > 1
      ? [{ name: SEARCH_FILTERS.kind, label: vi.searchKind, choices: kinds.map((kind) => ({ value: kind, text: vi.searchKinds[kind] })) }]
      : []),
    { name: SEARCH_FILTERS.category, label: vi.searchCategory, choices: categories.map((c) => ({ value: c.id, text: c.data.name })) },
    { name: SEARCH_FILTERS.year, label: vi.searchYear, choices: years.map((y) => ({ value: `${y}`, text: `${y}` })) },
  ];
}

/** What a news article gives the search index besides its body text. */
export async function getArticleSearchFields(article: Article): Promise<SearchFields> {
  const { title, description, tags, publishedAt, category, cover } = article.data;
  const thumbnail =
    cover && (await getImage({ src: cover.src, width: Math.min(THUMBNAIL_WIDTH, cover.src.width), format: 'webp', quality: 60 }));
  return {
    url: articleUrl(article),
    kind: SEARCH_KINDS.articles,
    title,
    summary: description,
    tags,
    date: toVietnamIso(publishedAt),
    time: formatListTimestamp(publishedAt),
    section: (await getCategory(category)).data.name,
    image: thumbnail ? thumbnail.src : '',
    filters: {
      [SEARCH_FILTERS.kind]: SEARCH_KINDS.articles,
      [SEARCH_FILTERS.category]: category,
      [SEARCH_FILTERS.year]: `${vietnamYearMonth(publishedAt).year}`,
    },
  };
}

/**
 * What one of the organisation's pages (about, chart, leaders, contact, procedures) gives the
 * search index besides its text: its title and lead, no date (such pages list after the news when
 * the newest come first), filed under what it is.
 * @param path its path under the site's base (`/lien-he/`)
 */
export function getPageSearchFields(path: string, title: string, summary: string): SearchFields {
  return {
    url: href(path),
    kind: SEARCH_KINDS.pages,
    title,
    summary,
    tags: [],
    date: '',
    time: '',
    section: vi.searchKinds[SEARCH_KINDS.pages],
    image: '',
    filters: { [SEARCH_FILTERS.kind]: SEARCH_KINDS.pages },
  };
}
