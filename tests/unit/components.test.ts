import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import Pagination from '../../src/components/Pagination.astro';

describe('Pagination', () => {
  test('numbers, gaps, previous/next and the current page', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Pagination, { props: { current: 5, total: 10, baseUrl: '/tin-tuc/' } });
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      '/tin-tuc/trang/4/',
      '/tin-tuc/',
      '/tin-tuc/trang/4/',
      '/tin-tuc/trang/6/',
      '/tin-tuc/trang/10/',
      '/tin-tuc/trang/6/',
    ]);
    expect(html).toContain('aria-current="page"');
    expect(html).toMatch(/Trang hiện tại: <\/span>5/);
    expect(html.match(/…/g)).toHaveLength(2);
    expect(html).toContain('rel="prev"');
    expect(html).toContain('rel="next"');
  });

  test('a single page shows no pagination at all', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Pagination, { props: { current: 1, total: 1, baseUrl: '/tin-tuc/' } });
    expect(html).not.toContain('<nav');
  });
});
