import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import {
  bootstrapScript,
  INDEX_MANIFEST_ID,
  NO_INDEX,
  PREFETCH_GLOBAL,
  withIndexManifest,
  type IndexManifest,
} from '../../src/lib/search/index-plan';
import { indexOf, searchRecord } from '../lib/search-index';

const records = [
  searchRecord({ title: 'Chuyển đổi số ở Lai Châu', filters: { 'chuyen-muc': 'chuyen-doi-so', nam: '2024' } }),
  searchRecord({ title: 'Cá độ bóng đá', date: '2023-01-01T08:00:00+07:00', filters: { 'chuyen-muc': 'tin-tuc', nam: '2023' } }),
  searchRecord({ title: 'Tin cũ', date: '2015-01-01T08:00:00+07:00', filters: { 'chuyen-muc': 'tin-tuc', nam: '2015' } }),
];

/** Runs the bootstrap as the search page's head does, at `search`; the URLs it fetched. */
function bootstrap(manifest: IndexManifest, search: string): string[] {
  const fetched: string[] = [];
  const window: Record<string, unknown> = {
    location: { search },
    URLSearchParams,
    TextEncoder,
    document: { getElementById: (id: string) => (id === INDEX_MANIFEST_ID ? { textContent: JSON.stringify(manifest) } : null) },
    fetch: (url: string) => {
      fetched.push(url);
      return Promise.resolve({ ok: true });
    },
  };
  window.globalThis = window;
  runInNewContext(bootstrapScript('q'), window);
  const left = window[PREFETCH_GLOBAL] as Map<string, unknown> | undefined;
  expect([...(left?.keys() ?? [])]).toEqual(fetched);
  return fetched;
}

describe('the bootstrap in the search page’s head', () => {
  test.each([
    ['?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91', { query: 'chuyển đổi số', filters: {} }],
    ['?q=ca+do&chuyen-muc=tin-tuc', { query: 'ca do', filters: { 'chuyen-muc': 'tin-tuc' } }],
    ['?q=tin&nam=2015&sap-xep=moi-nhat', { query: 'tin', filters: { nam: '2015' } }],
    ['?chuyen-muc=tin-tuc', { query: '', filters: { 'chuyen-muc': 'tin-tuc' } }],
  ])('%s: fetches at once exactly the index files the page’s first search reads', async (search, request) => {
    // A new index each time: the client reads each file once per page.
    const { manifest, client, requested } = indexOf(records, { shardSize: 2 });
    const fetched = bootstrap(manifest, search);
    const answer = await client.search({ ...request, newest: false, everything: false });
    const indexFiles = requested.filter((url) => !url.includes('/p/'));
    expect(fetched.length).toBeGreaterThan(0);
    expect(new Set(fetched)).toEqual(new Set(indexFiles));
    expect(answer.ids.length).toBeGreaterThan(0);
  });

  test('nothing without a search, and nothing for a site built without an index', () => {
    const { manifest } = indexOf(records, { shardSize: 2 });
    expect(bootstrap(manifest, '')).toEqual([]);
    expect(bootstrap(manifest, '?q=+&sap-xep=moi-nhat')).toEqual([]);
    expect(bootstrap(NO_INDEX, '?q=so')).toEqual([]);
  });
});

describe('withIndexManifest', () => {
  const page = `<head><script type="application/json" id="${INDEX_MANIFEST_ID}">${JSON.stringify(NO_INDEX)}</script><script>boot()</script></head>`;
  test('writes the manifest into the page, and only there', () => {
    const manifest: IndexManifest = {
      base: '/tim-kiem/chi-muc/abc/',
      undated: 0,
      shards: [{ size: 1, buckets: 16, from: '', to: '', filters: { x: ['</script>'] } }],
    };
    const html = withIndexManifest(page, manifest);
    expect(html).toContain('<script>boot()</script>');
    const json = /<script type="application\/json" id="tim-kiem-chi-muc">(.*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual(manifest);
    expect(json).not.toContain('<');
  });
  test('a page without the element is an error, not a search page without an index', () => {
    expect(() => withIndexManifest('<head></head>', NO_INDEX)).toThrow(INDEX_MANIFEST_ID);
  });
});
