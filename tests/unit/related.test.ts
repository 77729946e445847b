import { describe, expect, test } from 'vitest';
import { createRelatedFinder, neighbours, pickRelated } from '../../src/lib/listings/related';

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

describe('createRelatedFinder', () => {
  test('gives exactly what pickRelated gives, for every article of a varied site', () => {
    const tags = ['Chuyển đổi số', 'chuyển đổi số'.normalize('NFD'), 'Lai Châu', 'Điện Biên', 'Báo chí', 'Viễn thông'];
    const categories = ['tin-tuc', 'thong-bao', 'chuyen-doi-so'];
    let state = 7;
    const next = (n: number) => (state = (state * 1103515245 + 12345) % 2 ** 31) % n;
    // Several articles share a publication day, so ties between equal scores and times occur.
    const site = Array.from({ length: 300 }, (_, i) =>
      article(`a${i}`, categories[next(3)]!, [...new Set(Array.from({ length: next(3) }, () => tags[next(tags.length)]!))], 1 + next(20)),
    ).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
    const find = createRelatedFinder(site);
    for (const a of site)
      expect(
        find(a).map((r) => r.id),
        a.id,
      ).toEqual(pickRelated(a, site).map((r) => r.id));
  });
});
