import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildSearchIndex } from '../../scripts/search-index.mjs';
import { IndexClient } from '../../src/lib/search/index-client';
import type { IndexManifest } from '../../src/lib/search/index-plan';
import type { SearchRecord } from '../../src/lib/search/records';
import { temporaryFolder } from '../build/build-helpers';

/** A news article's search record: what a test does not set is empty, dated 2024-01-01. */
export function searchRecord(fields: Partial<SearchRecord> & { title: string }): SearchRecord {
  const slug = fields.url ?? `/tin-tuc/${encodeURIComponent(fields.title)}/`;
  const date = fields.date ?? '2024-01-01T08:00:00+07:00';
  return {
    url: slug,
    kind: 'tin-bai',
    summary: '',
    tags: [],
    date,
    time: date,
    section: 'Tin tức',
    image: '',
    body: '',
    filters: { 'noi-dung': 'tin-bai', ...(date && { nam: date.slice(0, 4) }) },
    ...fields,
  };
}

/**
 * The index the build would make of `records` (the real indexer, in a temporary folder), and a
 * client that reads it from there, recording every file it asks for.
 */
export function indexOf(records: readonly SearchRecord[], { shardSize = 10_000 } = {}) {
  const dir = temporaryFolder('stttt-index-');
  const file = join(dir, 'records.jsonl');
  writeFileSync(file, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  const { manifest } = buildSearchIndex(file, join(dir, 'out'), { shardSize, base: '/chi-muc/' }) as { manifest: IndexManifest };
  const requested: string[] = [];
  const client = new IndexClient(manifest, async (url) => {
    requested.push(url);
    return new Uint8Array(gunzipSync(readFileSync(join(dir, 'out', url.slice('/chi-muc/'.length)))));
  });
  return { manifest, client, requested, dir: join(dir, 'out') };
}

/** The titles a search finds, in order. */
export async function titlesFound(client: IndexClient, query: string, request: Partial<Parameters<IndexClient['search']>[0]> = {}) {
  const answer = await client.search({ query, filters: {}, newest: false, everything: false, ...request });
  const titles = await Promise.all(answer.ids.map(async (id) => (await client.page(id)).title));
  return { ...answer, titles };
}
