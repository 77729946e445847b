import { describe, expect, test } from 'vitest';
import { neighbours, pickRelated } from '../../src/lib/related';

const article = (id: string, category: string, tags: string[], day: number) => ({
  id,
  category,
  tags,
  publishedAt: new Date(Date.UTC(2022, 10, day)),
});

const seed = article('seed', 'tin-tuc', ['Chuyển đổi số', 'Lai Châu'], 1);

describe('pickRelated', () => {
  test('shared tags outrank the shared chuyên mục, then the newest wins', () => {
    const candidates = [
      article('same-category-new', 'tin-tuc', [], 30),
      article('one-tag', 'thong-bao', ['lai châu'], 5),
      article('two-tags', 'thong-bao', ['CHUYỂN ĐỔI SỐ', 'Lai Châu'], 2),
      article('tag-and-category', 'tin-tuc', ['Lai Châu'], 3),
      article('unrelated', 'thong-bao', ['Điện Biên'], 29),
    ];
    expect(pickRelated(seed, candidates).map((a) => a.id)).toEqual(['two-tags', 'tag-and-category', 'one-tag', 'same-category-new']);
  });

  test('never lists the article itself and stops at the count', () => {
    const candidates = [seed, ...Array.from({ length: 8 }, (_, i) => article(`a${i}`, 'tin-tuc', [], i + 2))];
    const related = pickRelated(seed, candidates, 5);
    expect(related).toHaveLength(5);
    expect(related.map((a) => a.id)).not.toContain('seed');
    expect(related.map((a) => a.id)).toEqual(['a7', 'a6', 'a5', 'a4', 'a3']);
  });

  test('tags typed in NFD match their NFC twins', () => {
    const nfd = article('nfd', 'thong-bao', ['Chuyển đổi số'.normalize('NFD')], 2);
    expect(pickRelated(seed, [nfd]).map((a) => a.id)).toEqual(['nfd']);
  });

  test('an article with nothing in common has no related news', () => {
    expect(pickRelated(seed, [article('x', 'thong-bao', [], 2)])).toEqual([]);
  });
});

describe('neighbours', () => {
  const list = [{ id: 'newest' }, { id: 'middle' }, { id: 'oldest' }];
  test.each([
    ['middle', 'newest', 'oldest'],
    ['newest', undefined, 'middle'],
    ['oldest', 'middle', undefined],
    ['missing', undefined, undefined],
  ])('%s: newer %s, older %s', (id, newer, older) => {
    const result = neighbours(id, list);
    expect(result.newer?.id).toBe(newer);
    expect(result.older?.id).toBe(older);
  });
});
