import { describe, expect, test } from 'vitest';
import { listingPaths, pageLinks, pageUrl, paginate } from '../../src/lib/listings/paginate';

describe('paginate', () => {
  test.each([
    [0, 10, [0]],
    [1, 10, [1]],
    [10, 10, [10]],
    [11, 10, [10, 1]],
    [25, 10, [10, 10, 5]],
  ])('%i items by %i per page', (count, size, sizes) => {
    const pages = paginate(
      Array.from({ length: count }, (_, i) => i),
      size,
    );
    expect(pages.map((p) => p.items.length)).toEqual(sizes);
    expect(pages.every((p, i) => p.number === i + 1 && p.total === sizes.length)).toBe(true);
  });

  test('keeps order across pages', () => {
    expect(paginate(['a', 'b', 'c'], 2).flatMap((p) => p.items)).toEqual(['a', 'b', 'c']);
  });

  test('rejects a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 1.5)).toThrow(RangeError);
  });
});

describe('page URLs', () => {
  test('page 1 is the listing itself, later pages under trang/', () => {
    expect(pageUrl('/tin-tuc/', 1)).toBe('/tin-tuc/');
    expect(pageUrl('/chuyen-muc/thong-bao/', 3)).toBe('/chuyen-muc/thong-bao/trang/3/');
  });

  test('one route serves every page: page 1 without a rest parameter, later pages under trang/', () => {
    const paths = listingPaths([1, 2, 3, 4, 5], 2, { category: 'tin-tuc' }, { name: 'Tin tức' });
    expect(paths.map((p) => p.params)).toEqual([
      { category: 'tin-tuc', page: undefined },
      { category: 'tin-tuc', page: 'trang/2' },
      { category: 'tin-tuc', page: 'trang/3' },
    ]);
    expect(paths[2]?.props).toEqual({ name: 'Tin tức', page: { number: 3, total: 3, items: [5] } });
  });

  test('an empty listing still has its first page', () => {
    expect(listingPaths([], 10).map((p) => p.params)).toEqual([{ page: undefined }]);
  });
});

describe('pageLinks', () => {
  test.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 'gap', 10]],
    [5, 10, [1, 'gap', 4, 5, 6, 'gap', 10]],
    [3, 10, [1, 2, 3, 4, 'gap', 10]],
    [10, 10, [1, 'gap', 9, 10]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])('page %i of %i', (current, total, expected) => {
    expect(pageLinks(current, total)).toEqual(expected);
  });
});
