/**
 * Where the organisation's pages live. Paths are site paths without the base (`href()` in
 * `src/data/site.ts` adds it).
 */

/** The Vietnamese pages of the organisation. */
export const ORGANISATION_PATHS = {
  about: '/gioi-thieu/',
  chart: '/gioi-thieu/co-cau-to-chuc/',
  leaders: '/gioi-thieu/lanh-dao/',
  contact: '/lien-he/',
  procedures: '/thu-tuc-hanh-chinh/',
} as const;
