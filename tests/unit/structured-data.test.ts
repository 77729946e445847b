import { describe, expect, test } from 'vitest';
import { archiveByYearMonth, monthAnchor } from '../../src/lib/dates/archive';
import { sitemapLastmods } from '../../src/lib/metadata/sitemap';
import {
  breadcrumbJsonLd,
  homeJsonLd,
  newsArticleJsonLd,
  type OrganizationFacts,
  serializeJsonLd,
} from '../../src/lib/metadata/structured-data';

const SITE = 'https://stttt.laichau.gov.vn/';
const org: OrganizationFacts = {
  name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu',
  alternateName: 'Sở TT&TT Lai Châu',
  url: SITE,
  logo: { url: `${SITE}_astro/logo.png`, width: 512, height: 512 },
  address: 'Tầng 7, Nhà D, Trung tâm Hành chính - Chính trị tỉnh Lai Châu',
  phone: '0213.3791.558',
  email: 'banbientap@laichau.gov.vn',
  parentOrganization: 'Ủy ban nhân dân tỉnh Lai Châu',
};

describe('JSON-LD', () => {
  const facts = {
    url: `${SITE}tin-tuc/x/`,
    headline: 'Tiêu đề',
    description: 'Sapo',
    image: { url: `${SITE}_astro/x.jpg`, width: 1200, height: 675 },
    publishedAt: new Date('2022-08-08T04:45:00Z'),
    section: 'Tin tức - Sự kiện',
    keywords: ['Lai Châu', 'Chuyển đổi số'],
  };

  test('NewsArticle: dates with +07:00, the department as publisher (and author without a byline)', () => {
    const data = newsArticleJsonLd(facts, org);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tiêu đề',
      datePublished: '2022-08-08T11:45:00+07:00',
      dateModified: '2022-08-08T11:45:00+07:00',
      mainEntityOfPage: { '@id': facts.url },
      keywords: 'Lai Châu, Chuyển đổi số',
      author: [{ '@type': 'GovernmentOrganization', name: org.name }],
      publisher: { '@type': 'GovernmentOrganization', logo: { url: org.logo.url }, telephone: org.phone, email: org.email },
    });
    const withByline = newsArticleJsonLd({ ...facts, author: 'Minh Anh', updatedAt: new Date('2022-08-09T01:00:00Z') }, org);
    expect(withByline).toMatchObject({ author: [{ '@type': 'Person', name: 'Minh Anh' }], dateModified: '2022-08-09T08:00:00+07:00' });
  });

  test('home: WebSite published by the GovernmentOrganization with address, phone, email', () => {
    const graph = homeJsonLd({ name: org.name, description: 'Trang tin', url: SITE }, org)['@graph'] as Record<string, unknown>[];
    expect(graph.map((node) => node['@type'])).toEqual(['WebSite', 'GovernmentOrganization']);
    expect(graph[0]!.publisher).toEqual({ '@id': graph[1]!['@id'] });
    expect(graph[1]).toMatchObject({
      address: { streetAddress: org.address, addressCountry: 'VN' },
      telephone: org.phone,
      email: org.email,
    });
  });

  test('BreadcrumbList numbers its steps from 1', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Trang chủ', url: SITE },
        { name: 'Tin tức', url: `${SITE}tin-tuc/` },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: SITE },
      { '@type': 'ListItem', position: 2, name: 'Tin tức', item: `${SITE}tin-tuc/` },
    ]);
  });

  test('serialised JSON cannot close its <script> element', () => {
    const text = serializeJsonLd({ headline: 'a</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text).headline).toBe('a</script><script>alert(1)</script>');
  });
});

describe('sitemap lastmod', () => {
  test('articles by correction or publication; listings by their newest article', () => {
    const lastmods = sitemapLastmods([
      { slug: 'a', category: 'tin-tuc', tags: ['Chuyển đổi số'], publishedAt: new Date(10), updatedAt: new Date(50) },
      { slug: 'b', category: 'tin-tuc', tags: ['Điện Biên'], publishedAt: new Date(30) },
      { slug: 'c', category: 'thong-bao', tags: [], publishedAt: new Date(20), updatedAt: new Date(5) },
    ]);
    expect(lastmods.get('/tin-tuc/a/')).toEqual(new Date(50));
    expect(lastmods.get('/tin-tuc/c/')).toEqual(new Date(20));
    expect(lastmods.get('/chuyen-muc/tin-tuc/')).toEqual(new Date(50));
    expect(lastmods.get('/chuyen-muc/thong-bao/')).toEqual(new Date(20));
    expect(lastmods.get('/tu-khoa/dien-bien/')).toEqual(new Date(30));
    expect(lastmods.get('/')).toEqual(new Date(50));
    expect(lastmods.get('/tin-tuc/')).toEqual(new Date(50));
  });
});

describe('archive by year and month', () => {
  test('groups in Vietnam time, newest year and month first', () => {
    const items = [
      { id: 'new-year', publishedAt: new Date('2024-12-31T17:30:00Z') }, // 00:30 on 1 Jan 2025 in Vietnam
      { id: 'dec', publishedAt: new Date('2024-12-10T03:00:00Z') },
      { id: 'aug', publishedAt: new Date('2024-08-01T00:00:00Z') },
      { id: 'dec-2', publishedAt: new Date('2024-12-01T03:00:00Z') },
    ];
    const archive = archiveByYearMonth(items, (i) => i.publishedAt);
    expect(archive.map((y) => [y.year, y.count, y.months.map((m) => [m.month, m.items.map((i) => i.id)])])).toEqual([
      [2025, 1, [[1, ['new-year']]]],
      [
        2024,
        3,
        [
          [12, ['dec', 'dec-2']],
          [8, ['aug']],
        ],
      ],
    ]);
    expect(monthAnchor(8)).toBe('thang-08');
  });
});
