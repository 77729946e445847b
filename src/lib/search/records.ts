/**
 * What a page gives the search index: one record, written while Astro renders the page
 * (`SearchSource.astro`) to a file the indexer (scripts/search-index.mjs) reads once Astro has
 * exited. Any collection can give records: news articles today, registry documents and the
 * organisation's pages with the same fields.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOptions } from '../../build-options.ts';
import { normalizeText } from '../text/slug.ts';

/** One searchable page. Text fields are plain text (NFC); values of filters are slugs. */
export interface SearchRecord {
  /** Its address, the site's base included (`/tin-tuc/bai-viet/`). */
  url: string;
  /** What it is: a value of `SEARCH_KINDS` (`tin-bai`). */
  kind: string;
  title: string;
  /** The sapo, or a document's or page's summary: ranked after the title, before the body. */
  summary: string;
  /** Tags, searched with the summary. */
  tags: string[];
  /** When it was published, in Vietnam time (`2022-11-28T17:13:46+07:00`); `''` for a page without a date. */
  date: string;
  /** The date as lists show it (`28/11/2022 5:13:46 CH`); `''` without a date. */
  time: string;
  /** Where it is filed, as a result names it: the chuyên mục's name, a document's type. */
  section: string;
  /** A thumbnail's URL for the results list, or `''`. */
  image: string;
  /** The value(s) it has for each search filter, by the filter's field name (`chuyen-muc`, `nam`). */
  filters: Record<string, string | string[]>;
  /** Its text, markup removed. */
  body: string;
}

/** A record before its body: what a page states about itself. */
export type SearchFields = Omit<SearchRecord, 'body'>;

/** What the index keeps of a page for showing it as a result (one file per page). */
export type IndexedPage = Pick<SearchRecord, 'url' | 'kind' | 'title' | 'summary' | 'date' | 'time' | 'section' | 'image' | 'body'>;

/** The file of records in the build's search input folder: one JSON record a line. */
export const RECORDS_FILE = 'records.jsonl';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text of rendered HTML: tags become spaces, entities characters, white space one space, NFC (`normalizeText`). */
export function htmlText(html: string): string {
  return normalizeText(
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
        if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return String.fromCodePoint(code);
      }),
  );
}

/**
 * Adds a page's record to the build's search input (`SEARCH_INPUT_DIR`); without that folder
 * (`astro dev`, a bare `astro build`), nothing. Synchronous: no record can be lost when Astro's
 * process ends, and one append per page costs the render thread next to nothing.
 */
export function writeSearchRecord(record: SearchRecord, dir = buildOptions.searchInputDir): void {
  if (!dir) return;
  appendFileSync(join(dir, RECORDS_FILE), `${JSON.stringify(record)}\n`);
}
