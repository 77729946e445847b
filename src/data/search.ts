/**
 * What the search page offers to filter by, from the news and the document registry: kept apart
 * from both so that neither data module needs the other.
 */
import { vietnamYearMonth } from '../lib/dates/dates';
import { getDocumentSearchFacets } from './documents';
import { getCategories, getPublishedArticles } from './site';

/** One choice of a search filter: the value the index holds, the name readers see. */
export interface SearchChoice {
  slug: string;
  name: string;
}

/** The search page's filters: chuyên mục with news, document types and issuers with documents, and every year (newest first). */
export async function getSearchFacets(): Promise<{
  categories: SearchChoice[];
  types: SearchChoice[];
  issuers: SearchChoice[];
  years: number[];
}> {
  const published = await getPublishedArticles();
  const used = new Set(published.map((a) => a.data.category));
  const categories = (await getCategories()).filter((c) => used.has(c.id)).map((c) => ({ slug: c.id, name: c.data.name }));
  const documents = await getDocumentSearchFacets();
  const articleYears = published.map((a) => vietnamYearMonth(a.data.publishedAt).year);
  const years = [...new Set([...articleYears, ...documents.years])].sort((a, b) => b - a);
  return { categories, types: documents.types, issuers: documents.issuers, years };
}
