/**
 * Where the organisation's pages live, and which Vietnamese and English pages are translations of
 * each other (for `hreflang` alternates, the header's language link and the XML sitemap). Paths
 * are site paths without the base (`href()` in `src/data/site.ts` adds it).
 */

import type { Lang } from '../../i18n/words';

/** The Vietnamese pages of the organisation. */
export const ORGANISATION_PATHS = {
  about: '/gioi-thieu/',
  chart: '/gioi-thieu/co-cau-to-chuc/',
  leaders: '/gioi-thieu/lanh-dao/',
  contact: '/lien-he/',
  procedures: '/thu-tuc-hanh-chinh/',
  openData: '/du-lieu/co-cau-to-chuc.json',
} as const;

/** The English section. */
export const ENGLISH_PATHS = {
  about: '/en/',
  organisation: '/en/organisation/',
  contact: '/en/contact/',
} as const;

/** Pages that say the same in both languages: [Vietnamese, English]. */
export const LANGUAGE_PAIRS: readonly (readonly [vi: string, en: string])[] = [
  [ORGANISATION_PATHS.about, ENGLISH_PATHS.about],
  [ORGANISATION_PATHS.chart, ENGLISH_PATHS.organisation],
  [ORGANISATION_PATHS.contact, ENGLISH_PATHS.contact],
];

/** The language of a site path: English under `/en/`, Vietnamese elsewhere. */
export const languageOf = (path: string): Lang => (path === '/en/' || path.startsWith('/en/') ? 'en' : 'vi');

/** The page and its translation, when `path` has one. */
export function alternatesOf(path: string): { vi: string; en: string } | undefined {
  const pair = LANGUAGE_PAIRS.find(([vi, en]) => vi === path || en === path);
  return pair && { vi: pair[0], en: pair[1] };
}

/**
 * Where the header's language link leads from `path`: its translation, or else the other
 * language's home (`/en/` from a news article, `/` from an English page).
 */
export function otherLanguagePath(path: string): string {
  const pair = alternatesOf(path);
  if (languageOf(path) === 'en') return pair?.vi ?? '/';
  return pair?.en ?? ENGLISH_PATHS.about;
}
