import { describe, expect, test } from 'vitest';
import {
  encodeStroke,
  exactFirst,
  hasMarks,
  excerptParts,
  fromDateToken,
  fromMetaToken,
  restoreStroke,
  STROKE_MARK,
  toDateToken,
  toMetaToken,
  toSearchQuery,
} from '../../src/lib/search/search-text';

/** Pagefind's own query folding (pagefind_web_js): NFD, then every combining mark removed. */
const pagefindFold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

describe('encodeStroke / restoreStroke', () => {
  test.each([
    ['đổi', `d${STROKE_MARK}ổi`],
    ['Điện Biên', `D${STROKE_MARK}iện Biên`],
    ['ĐẢNG ủy', `D${STROKE_MARK}ẢNG ủy`],
    ['QĐ-UBND', `QD${STROKE_MARK}-UBND`],
    ['không có chữ đê', `không có chữ d${STROKE_MARK}ê`],
    ['plain ascii', 'plain ascii'],
  ])('%s', (text, encoded) => {
    expect(encodeStroke(text)).toBe(encoded);
    expect(restoreStroke(encoded)).toBe(text);
  });

  test('NFD input is composed first', () => {
    const nfd = 'Điện Biên đổi mới'.normalize('NFD');
    expect(restoreStroke(encodeStroke(nfd))).toBe('Điện Biên đổi mới');
  });

  test('folded the way Pagefind folds tone marks, đ meets d', () => {
    expect(pagefindFold(encodeStroke('Điện Biên đổi mới'))).toBe('dien bien doi moi');
    expect(pagefindFold(encodeStroke('dien bien doi moi'))).toBe('dien bien doi moi');
  });

  test('the marker counts as a letter, so Pagefind keeps it inside the word', () => {
    expect(/\p{Alphabetic}/u.test(STROKE_MARK)).toBe(true);
    expect(/\p{Mn}/u.test(STROKE_MARK)).toBe(true);
  });
});

describe('toSearchQuery', () => {
  test.each([
    ['chuyen doi so', 'chuyen doi so'],
    ['  chuyển   đổi  số ', `chuyển d${STROKE_MARK}ổi số`],
    ['ĐIỆN BIÊN', `D${STROKE_MARK}IỆN BIÊN`],
    ['“chuyển đổi số”', `"chuyển d${STROKE_MARK}ổi số"`],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(toSearchQuery(input)).toBe(expected);
  });

  test('NFD and NFC typing give the same query', () => {
    expect(toSearchQuery('Điện Biên chuyển đổi số'.normalize('NFD'))).toBe(toSearchQuery('Điện Biên chuyển đổi số'));
  });
});

describe('excerptParts', () => {
  test('splits highlights and restores đ', () => {
    expect(excerptParts(`Người dân <mark>D${STROKE_MARK}iện</mark> Biên <mark>d${STROKE_MARK}ổi</mark> mới`)).toEqual([
      { text: 'Người dân ', match: false },
      { text: 'Điện', match: true },
      { text: ' Biên ', match: false },
      { text: 'đổi', match: true },
      { text: ' mới', match: false },
    ]);
  });

  test('escaped angle brackets come back as text, never as markup', () => {
    expect(excerptParts('a &lt;script&gt; <mark>b</mark>')).toEqual([
      { text: 'a <script> ', match: false },
      { text: 'b', match: true },
    ]);
  });

  test('an excerpt that starts with a match', () => {
    expect(excerptParts('<mark>số</mark> hóa')).toEqual([
      { text: 'số', match: true },
      { text: ' hóa', match: false },
    ]);
  });
});

describe('metadata tokens', () => {
  test('a URL becomes one unsearchable word and comes back', () => {
    const url = '/_astro/anh-dien-bien.C4Wyp0Bj_o8aSe.webp';
    const token = toMetaToken(url);
    expect(token).toMatch(/^[0-9a-f]+$/);
    expect(fromMetaToken(token)).toBe(url);
  });

  test('a Vietnam-time date round-trips through its token', () => {
    expect(toDateToken('2022-11-28T17:13:46+07:00')).toBe('20221128171346');
    expect(fromDateToken('20221128171346')?.toISOString()).toBe('2022-11-28T10:13:46.000Z');
    expect(fromDateToken('2022-11-28')).toBeUndefined();
  });
});

describe('exact matches first', () => {
  test('hasMarks tells a query typed with marks from one without', () => {
    expect(hasMarks('đổi')).toBe(true);
    expect(hasMarks('dồi')).toBe(true);
    expect(hasMarks('Điện Biên'.normalize('NFD'))).toBe(true);
    expect(hasMarks('doi moi')).toBe(false);
  });
  test('exactFirst moves exact matches forward and keeps each group in order', () => {
    const all = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    expect(exactFirst(all, [{ id: 'd' }, { id: 'b' }]).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(exactFirst(all, []).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
