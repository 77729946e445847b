import { vietnamYearMonth } from './dates';

/** One month of the archive: its articles, newest first. */
export interface ArchiveMonth<T> {
  month: number;
  items: T[];
}

/** One year of the archive, its months newest first. */
export interface ArchiveYear<T> {
  year: number;
  count: number;
  months: ArchiveMonth<T>[];
}

/**
 * Articles grouped by the year and month of their publication in Vietnam time (an article
 * published at 00:30 on 1 August in Lai Châu belongs to August, whatever the build machine's
 * zone). Years and months newest first; articles keep the order given.
 */
export function archiveByYearMonth<T>(articles: readonly T[], publishedAt: (article: T) => Date): ArchiveYear<T>[] {
  const years = new Map<number, Map<number, T[]>>();
  for (const article of articles) {
    const { year, month } = vietnamYearMonth(publishedAt(article));
    const months = years.get(year) ?? new Map<number, T[]>();
    const list = months.get(month) ?? [];
    list.push(article);
    months.set(month, list);
    years.set(year, months);
  }
  return [...years]
    .sort(([a], [b]) => b - a)
    .map(([year, months]) => {
      const sorted = [...months].sort(([a], [b]) => b - a).map(([month, items]) => ({ month, items }));
      return { year, count: sorted.reduce((n, m) => n + m.items.length, 0), months: sorted };
    });
}

/** The fragment id of a month on its year's archive page: `thang-08`. */
export const monthAnchor = (month: number) => `thang-${String(month).padStart(2, '0')}`;
