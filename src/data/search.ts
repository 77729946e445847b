/**
 * What the search page and the search index need from the content: the filters the form offers,
 * and what each searchable page states about itself (its search record before its body).
 * Documents and the organisation's pages join by giving their own records and choices here.
 */
import { getImage } from 'astro:assets';
import { formatListTimestamp, formatVietnamDate, toVietnamIso, vietnamYearMonth } from '../lib/dates/dates';
import type { RegistryDocument } from '../lib/documents/registry';
import type { SearchFields } from '../lib/search/records';
import { SEARCH_FILTERS, SEARCH_KINDS, type SearchFilter } from '../lib/search/search-params';
import { vi } from '../i18n/vi';
import { organisationVi } from '../i18n/organisation';
import { toSlug } from '../lib/text/slug';
import { getDocumentSearchFacets } from './documents';
import { type Article, articleUrl, getCategories, getCategory, getPublishedArticles, href } from './site';

/** Width of a result's thumbnail: a 160 px WebP is a few KB. */
const THUMBNAIL_WIDTH = 160;

/**
 * The search form's filters, in the order shown, each with the choices the content has: what a
 * result is (news, registry documents, the organisation's pages: once there is more than one
 * kind), the chuyên mục with news, the documents' types and issuers, the years of news and
 * documents (newest first). Every value is one the pages' search records give
 * (`getArticleSearchFields`, `getDocumentSearchFields`, `getPageSearchFields`).
 */
export async function getSearchFilters(): Promise<SearchFilter[]> {
  const published = await getPublishedArticles();
  const documents = await getDocumentSearchFacets();
  const used = new Set(published.map((a) => a.data.category));
  const categories = (await getCategories()).filter((c) => used.has(c.id));
  const articleYears = published.map((a) => vietnamYearMonth(a.data.publishedAt).year);
  const years = [...new Set([...articleYears, ...documents.years])].sort((a, b) => b - a);
  // The organisation's pages are always built (their content is required).
  const kinds: (typeof SEARCH_KINDS)[keyof typeof SEARCH_KINDS][] = [
    ...(published.length > 0 ? [SEARCH_KINDS.articles] : []),
    ...(documents.types.length > 0 ? [SEARCH_KINDS.documents] : []),
    SEARCH_KINDS.pages,
  ];
  const named = (choices: { slug: string; name: string }[]) => choices.map((c) => ({ value: c.slug, text: c.name }));
  return [
    // Offered once the index holds more than one kind.
    ...(kinds.length > 1
      ? [{ name: SEARCH_FILTERS.kind, label: vi.searchKind, choices: kinds.map((kind) => ({ value: kind, text: vi.searchKinds[kind] })) }]
      : []),
    { name: SEARCH_FILTERS.category, label: vi.searchCategory, choices: categories.map((c) => ({ value: c.id, text: c.data.name })) },
    ...(documents.types.length > 0
      ? [
          { name: SEARCH_FILTERS.type, label: vi.searchDocumentType, choices: named(documents.types) },
          { name: SEARCH_FILTERS.issuer, label: vi.searchIssuer, choices: named(documents.issuers) },
        ]
      : []),
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
    section: organisationVi.about,
    image: '',
    filters: { [SEARCH_FILTERS.kind]: SEARCH_KINDS.pages },
  };
}

/**
 * What a registry document gives the search index besides its text (its facts table and body):
 * its name and what it is about as the title ("Nghị định 42/2022/NĐ-CP: Quy định về …", so that
 * `42/2022` and `nghi dinh 42` are phrases of it), its issuer and field as tags, the day of issue,
 * and the registry's filters (type, issuer, year of issue).
 */
export function getDocumentSearchFields(document: RegistryDocument): SearchFields {
  return {
    url: document.url,
    kind: SEARCH_KINDS.documents,
    // What it is about belongs to its name, as the registry lists it.
    title: `${document.title}: ${document.summary}`,
    summary: '',
    tags: [document.issuer, ...(document.field ? [document.field] : [])],
    date: toVietnamIso(document.issuedAt),
    time: formatVietnamDate(document.issuedAt),
    section: document.type.name,
    image: '',
    filters: {
      [SEARCH_FILTERS.kind]: SEARCH_KINDS.documents,
      [SEARCH_FILTERS.type]: document.type.slug,
      [SEARCH_FILTERS.issuer]: toSlug(document.issuer),
      [SEARCH_FILTERS.year]: `${vietnamYearMonth(document.issuedAt).year}`,
    },
  };
}
