import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, expect, test } from 'vitest';
import { readKey } from '../../src/lib/search/index-format';
import { bucketPath, INDEX_MANIFEST_ID, keyHash, pagePath, type IndexManifest } from '../../src/lib/search/index-plan';
import type { IndexedPage } from '../../src/lib/search/records';
import { build, listFiles, SMALL_TREE } from './build-helpers';

let built: ReturnType<typeof build>;
let manifest: IndexManifest;
/** A file of the built index, gunzipped. */
const indexFile = (path: string) => gunzipSync(readFileSync(join(built.dist, manifest.base, path)));
const page = (id: number): IndexedPage => JSON.parse(indexFile(pagePath(id)).toString('utf8'));

beforeAll(() => {
  // Shards of four articles: the small tree's nine published ones make three, and the organisation's
  // five pages (no date) join the first.
  built = build(SMALL_TREE, { SEARCH_SHARD_SIZE: '4' });
  const html = readFileSync(join(built.dist, 'tim-kiem/index.html'), 'utf8');
  manifest = JSON.parse(new RegExp(`<script type="application/json" id="${INDEX_MANIFEST_ID}">(.*?)</script>`).exec(html)![1]!);
});

test('the build writes the index and its manifest into the search page', () => {
  expect(built.status, built.output).toBe(0);
  expect(built.output).toMatch(/✓ chỉ mục tìm kiếm: 14 trang, 3 phần, \d+ tệp/);
  expect(manifest.base).toMatch(/^\/tim-kiem\/chi-muc\/[0-9a-f]{12}\/$/);
  expect(manifest.shards.map((s) => [s.size, s.from, s.to])).toEqual([
    [9, '2024-03', '2025-01'],
    [4, '2024-03', '2024-03'],
    [1, '2023-06', '2023-06'],
  ]);
  expect(manifest.shards[0]!.filters).toEqual({
    'chuyen-muc': ['chuyen-doi-so', 'tin-tuc'],
    nam: ['2024', '2025'],
    'noi-dung': ['tin-bai', 'trang'],
  });
  // Nothing of an earlier index, nothing but the index under its folder.
  const files = listFiles(join(built.dist, 'tim-kiem/chi-muc'));
  expect(files.every((file) => file.startsWith(manifest.base.slice('/tim-kiem/chi-muc/'.length)) && file.endsWith('.bin'))).toBe(true);
});

test('pages are numbered newest first; each keeps what its result shows, its text without the page around it', () => {
  // The organisation's pages first, by address: they have no date.
  expect(Array.from({ length: 5 }, (_, id) => page(id).url)).toEqual([
    '/gioi-thieu/',
    '/gioi-thieu/co-cau-to-chuc/',
    '/gioi-thieu/lanh-dao/',
    '/lien-he/',
    '/thu-tuc-hanh-chinh/',
  ]);
  expect(page(3)).toMatchObject({ kind: 'trang', title: 'Liên hệ', date: '', section: 'Giới thiệu' });
  expect(page(3).body).toContain('0200.000.000');
  expect(page(5)).toMatchObject({
    url: '/tin-tuc/dien-bien-chuyen-doi-so/',
    kind: 'tin-bai',
    title: 'Điện Biên: chuyển đổi số ở vùng cao',
    date: '2025-01-15T09:30:00+07:00',
    time: '15/01/2025 9:30:00 SA',
    section: 'Chuyển đổi số',
    body: 'Người dân Điện Biên đổi mới cách làm việc nhờ chuyển đổi số.',
  });
  expect(page(5).summary).toBe('Bài viết gõ bằng Unicode tổ hợp (NFD) phải hiển thị như chữ dựng sẵn (NFC).'.normalize('NFC'));
  expect(page(13).title).toBe('Nguồn lực dồi dào cho vùng cao');
  // Drafts and scheduled articles are not in the index.
  const titles = Array.from({ length: 14 }, (_, id) => page(id).title);
  expect(titles.join()).not.toMatch(/Bản nháp|hẹn giờ/);
});

test('a key lists every written form with its pages and fields: title 4, sapo and tags 2, body 1', () => {
  const lookup = (shard: number, key: string) =>
    readKey(new Uint8Array(indexFile(bucketPath(shard, keyHash(key) % manifest.shards[shard]!.buckets))), key);
  expect(lookup(0, 'doi')).toEqual([{ form: 'đổi', ids: Uint32Array.of(5, 6), fields: Uint8Array.of(7, 7) }]);
  expect(lookup(2, 'doi')).toEqual([{ form: 'dồi', ids: Uint32Array.of(0), fields: Uint8Array.of(5) }]);
  expect(lookup(0, 'chuyen doi')?.[0]).toMatchObject({ form: 'chuyển đổi', ids: Uint32Array.of(5, 6) });
  // The article page's date line and tag list are not its text: "đăng" stands nowhere.
  expect(lookup(0, 'dang')).toBeUndefined();
});

test('article pages carry nothing for the index', () => {
  const html = readFileSync(join(built.dist, 'tin-tuc/dien-bien-chuyen-doi-so/index.html'), 'utf8');
  expect(html).not.toMatch(/pagefind|data-search/);
});
