import { describe, expect, test } from 'vitest';
import { ByteWriter, decodeIds, encodeIds, readKey, writeKey } from '../../src/lib/search/index-format';
import { fold, keyHash, queryTerms, syllables } from '../../src/lib/search/index-plan';

describe('syllables', () => {
  test.each<[string, string[]]>([
    ['Chuyển đổi số', ['chuyển', 'đổi', 'số']],
    ['Điện Biên'.normalize('NFD'), ['điện', 'biên']],
    ['ĐẢNG ỦY', ['đảng', 'ủy']],
    ['Số 42/2022/NĐ-CP', ['số', '42', '2022', 'nđ', 'cp']],
    ['“chuyển   đổi”, số…', ['chuyển', 'đổi', 'số']],
    ['1.024 tổ; 65% hồ sơ', ['1', '024', 'tổ', '65', 'hồ', 'sơ']],
    ['Lai Châu 🇻🇳 — tin mới!', ['lai', 'châu', 'tin', 'mới']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(syllables(text)).toEqual(expected);
  });

  test('NFD and NFC text give the same syllables', () => {
    const text = 'Người dân Điện Biên đổi mới cách làm việc nhờ chuyển đổi số';
    expect(syllables(text.normalize('NFD'))).toEqual(syllables(text));
  });
});

describe('fold', () => {
  test.each([
    ['đổi', 'doi'],
    ['dồi', 'doi'],
    ['số', 'so'],
    ['sống', 'song'],
    ['nđ', 'nd'],
    ['ưu', 'uu'],
    ['thủy', 'thuy'],
    ['2022', '2022'],
  ])('%s → %s', (syllable, folded) => {
    expect(fold(syllable)).toBe(folded);
  });
});

describe('queryTerms', () => {
  test('folded syllables, then adjacent pairs, each once', () => {
    expect(queryTerms('Số hóa số hóa')).toEqual({
      typed: ['số', 'hóa', 'số', 'hóa'],
      folded: ['so', 'hoa', 'so', 'hoa'],
      keys: ['so', 'hoa', 'so hoa', 'hoa so'],
      cut: 0,
    });
  });
  test('a query typed with d for đ looks up the same keys', () => {
    expect(queryTerms('chuyen doi so').keys).toEqual(queryTerms('CHUYỂN ĐỔI SỐ'.normalize('NFD')).keys);
  });
  test('at most the limit, with what was cut', () => {
    expect(queryTerms('a b c d', 2)).toMatchObject({ typed: ['a', 'b'], keys: ['a', 'b', 'a b'], cut: 2 });
  });
});

test('keyHash is FNV-1a over UTF-8, as the bucket files were named', () => {
  expect(keyHash('')).toBe(0x811c9dc5);
  expect(keyHash('a')).toBe(0xe40c292c);
  expect(keyHash('đ')).not.toBe(keyHash('d'));
});

describe('the index format', () => {
  test('keys and their forms come back from a bucket as written', () => {
    const bucket = new ByteWriter();
    const many = Array.from({ length: 300 }, (_, i) => i * 97);
    writeKey(bucket, 'so', [
      { form: 'số', ids: [0, 5, 200], fields: Uint8Array.of(4, 1, 7), count: 3 },
      { form: 'sở', ids: many, fields: new Uint8Array(many.length).fill(2), count: many.length },
    ]);
    writeKey(bucket, 'doi so', [{ form: 'đổi số', ids: [70_000, 1_000_000], fields: Uint8Array.of(1, 2, 9), count: 2 }]);
    const bytes = bucket.view().slice();
    expect(readKey(bytes, 'so')).toEqual([
      { form: 'số', ids: Uint32Array.of(0, 5, 200), fields: Uint8Array.of(4, 1, 7) },
      { form: 'sở', ids: Uint32Array.from(many), fields: new Uint8Array(many.length).fill(2) },
    ]);
    expect(readKey(bytes, 'doi so')).toEqual([{ form: 'đổi số', ids: Uint32Array.of(70_000, 1_000_000), fields: Uint8Array.of(1, 2) }]);
    expect(readKey(bytes, 'song')).toBeUndefined();
    expect(readKey(new Uint8Array(0), 'so')).toBeUndefined();
  });

  test('id lists round-trip', () => {
    const ids = [0, 1, 2, 130, 20_000, 2 ** 21];
    expect(decodeIds(encodeIds(ids))).toEqual(Uint32Array.from(ids));
    expect(decodeIds(encodeIds([]))).toEqual(new Uint32Array(0));
  });
});
