import { basename } from 'node:path';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { siteFiles } from '../../scripts/lib/site-paths.mjs';
import { SEED_ARTICLE, SMALL_SITE } from './site';

/** Each served build: where its files are, where it is served, and the public URL it was built for. */
const BUILDS = [
  { name: 'site', dir: '.test-dist/site', served: '', url: 'https://stttt.laichau.gov.vn' },
  { name: 'small', dir: '.test-dist/small', served: SMALL_SITE, url: 'https://thu-nghiem.example.gov.vn' },
];
const RFC_822_VIETNAM =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0700$/;
const ISO_VIETNAM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (_name: string, jpath: unknown) =>
    ['rss.channel.item', 'rss.channel.item.category', 'urlset.url', 'sitemapindex.sitemap'].includes(String(jpath)),
});

/** Every RSS feed file a build wrote, as site paths. */
function builtFeeds(dir: string): string[] {
  return siteFiles(dir)
    .filter((file) => basename(file) === 'rss.xml')
    .map((file) => `/${file}`);
}

/** Every URL inside rendered HTML (href, src, srcset candidates). */
function htmlUrls(html: string): string[] {
  const urls = [...html.matchAll(/\s(?:href|src|poster)="([^"]*)"/g)].map((m) => m[1]!);
  for (const [, srcset] of html.matchAll(/\ssrcset="([^"]*)"/g)) urls.push(...srcset!.split(',').map((c) => c.trim().split(/\s+/)[0]!));
  return urls;
}

async function getText(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
}

for (const build of BUILDS) {
  test(`${build.name}: every RSS feed is complete and valid`, async ({ request }) => {
    const feeds = builtFeeds(build.dir);
    expect(feeds).toContain('/rss.xml');
    expect(feeds.some((f) => f.startsWith('/chuyen-muc/'))).toBe(true);
    expect(feeds.some((f) => f.startsWith('/tu-khoa/'))).toBe(true);
    for (const path of feeds) {
      const response = await request.get(`${build.served}${path}`);
      expect(response.status(), path).toBe(200);
      const xml = await response.text();
      // No XSLT (Chromium is removing it): a comment says what the file is and where feeds are explained.
      expect(xml, path).not.toContain('xml-stylesheet');
      expect(xml, path).toMatch(new RegExp(`^<\\?xml [^>]*\\?><!-- Đây là nguồn tin RSS của .*: ${build.url}/rss/ -->`));
      const { channel } = parser.parse(xml).rss;
      expect(channel.title, path).toBeTruthy();
      expect(channel.description, path).toBeTruthy();
      expect(channel.link, path).toMatch(new RegExp(`^${build.url}/`));
      expect(channel.language).toBe('vi');
      expect(channel['atom:link']).toMatchObject({ '@_href': `${build.url}${path}`, '@_rel': 'self', '@_type': 'application/rss+xml' });
      // An empty feed has no date of its own, so that every build of the same content writes the same file.
      if (channel.item) expect(channel.lastBuildDate, path).toMatch(RFC_822_VIETNAM);
      else expect(channel.lastBuildDate, path).toBeUndefined();
      expect(channel.image.url).toMatch(new RegExp(`^${build.url}/.*\\.png$`));
      expect((await request.get(`${build.served}${new URL(channel.image.url).pathname}`)).headers()['content-type']).toBe('image/png');
      for (const item of channel.item ?? []) {
        const where = `${path} › ${item.title}`;
        expect(item.link, where).toMatch(new RegExp(`^${build.url}/(tin-tuc|van-ban)/[a-z0-9-]+/$`));
        expect(item.guid).toMatchObject({ '#text': item.link, '@_isPermaLink': 'true' });
        expect(item.pubDate, where).toMatch(RFC_822_VIETNAM);
        expect(item.description, where).toBeTruthy();
        expect(item.category.length, where).toBeGreaterThanOrEqual(1);
        const content: string = item['content:encoded'];
        expect(content, where).toMatch(/^<(p|figure|h2|ul|ol|blockquote)/);
        // Nothing of MDX left raw: no components, imports, exports or JSX expressions.
        expect(content, where).not.toMatch(/<[A-Z][A-Za-z]*[\s/>]|^\s*(import|export)\s|\{[^}]*\}|class=|<picture|<source/m);
        for (const url of htmlUrls(content)) expect(url, where).toMatch(/^(https?:|mailto:|tel:|#)/);
        if (item.enclosure) {
          const file = await request.get(`${build.served}${new URL(item.enclosure['@_url']).pathname}`);
          expect(file.status(), where).toBe(200);
          expect(Number(item.enclosure['@_length']), where).toBe((await file.body()).length);
          expect(file.headers()['content-type'], where).toBe(item.enclosure['@_type']);
        }
      }
    }
  });
}

test('the seed article is in the feed in full, photos and all', async ({ request }) => {
  const { channel } = parser.parse(await getText(request, '/rss.xml')).rss;
  const seed = channel.item.find((i: { link: string }) => i.link.endsWith(SEED_ARTICLE));
  expect(seed.pubDate).toBe('Mon, 08 Aug 2022 11:45:00 +0700');
  expect(seed.category).toEqual(['Tin tức - Sự kiện', 'Chuyển đổi số', 'Ủy ban Quốc gia về chuyển đổi số', 'Lai Châu']);
  const content: string = seed['content:encoded'];
  // Full-content readers show content:encoded alone: it starts with the sapo, as the page does.
  expect(content.startsWith(`<p><strong>${seed.description}</strong></p>`)).toBe(true);
  expect(seed.description).toContain('Ủy ban Quốc gia về chuyển đổi số');
  expect(content).toContain('Dự phiên họp tại điểm cầu tỉnh Lai Châu có đồng chí Giàng A Tính');
  expect(content).toContain('việc chuyển đổi số của các doanh nghiệp vừa và nhỏ gặp nhiều khó khăn.');
  expect(content.match(/<figure>/g)).toHaveLength(4);
  expect(content).toContain('<figcaption>Quang cảnh điểm cầu tỉnh Lai Châu <span>(Ảnh minh họa)</span></figcaption>');
  for (const [, src] of content.matchAll(/<img src="([^"]+)"/g)) {
    const photo = await request.get(new URL(src!).pathname);
    expect(photo.status()).toBe(200);
    expect(photo.headers()['content-type']).toMatch(/^image\//);
  }
  // The only article with a cover carries it as an enclosure.
  const covered = channel.item.filter((i: { enclosure?: unknown }) => i.enclosure);
  expect(covered.map((i: { title: string }) => i.title)).toEqual([
    'Sở Thông tin và Truyền thông Điện Biên thăm và làm việc với Sở Thông tin và Truyền thông Lai Châu',
  ]);
});

test('JSON Feed 1.1 has the required fields and the same items as /rss.xml', async ({ request }) => {
  const response = await request.get('/feed.json');
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  const feed = await response.json();
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.title).toBe('Sở Thông tin và Truyền thông tỉnh Lai Châu');
  expect(feed.feed_url).toBe('https://stttt.laichau.gov.vn/feed.json');
  expect(feed.home_page_url).toBe('https://stttt.laichau.gov.vn/');
  const { channel } = parser.parse(await getText(request, '/rss.xml')).rss;
  expect(feed.items.map((i: { id: string }) => i.id)).toEqual(channel.item.map((i: { link: string }) => i.link));
  const seed = feed.items.find((i: { url: string }) => i.url.endsWith(SEED_ARTICLE));
  expect(seed.content_html.startsWith(`<p><strong>${seed.summary}</strong></p>`)).toBe(true);
  for (const item of feed.items) {
    expect(typeof item.id).toBe('string');
    expect(item.content_html.length).toBeGreaterThan(50);
    expect(item.date_published).toMatch(ISO_VIETNAM);
    expect(item.url).toBe(item.id);
  }
});

test('every article carries NewsArticle and BreadcrumbList JSON-LD and Open Graph', async ({ request }) => {
  const sitemap = parser.parse(await getText(request, '/sitemap-0.xml'));
  const articles = sitemap.urlset.url
    .map((u: { loc: string }) => new URL(u.loc).pathname)
    .filter((p: string) => p.startsWith('/tin-tuc/') && p !== '/tin-tuc/' && !p.includes('/trang/'));
  expect(articles.length).toBe(6);
  for (const path of articles) {
    const html = await getText(request, path);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
    const article = blocks.find((b) => b['@type'] === 'NewsArticle');
    expect(article, path).toMatchObject({
      '@context': 'https://schema.org',
      headline: expect.any(String),
      description: expect.any(String),
      image: [expect.objectContaining({ url: expect.stringMatching(/^https:\/\/stttt\.laichau\.gov\.vn\/_astro\//) })],
      datePublished: expect.stringMatching(ISO_VIETNAM),
      dateModified: expect.stringMatching(ISO_VIETNAM),
      author: [expect.objectContaining({ name: expect.any(String) })],
      publisher: expect.objectContaining({
        '@type': 'GovernmentOrganization',
        logo: expect.objectContaining({ url: expect.stringMatching(/\.png$/) }),
      }),
      mainEntityOfPage: { '@type': 'WebPage', '@id': `https://stttt.laichau.gov.vn${path}` },
    });
    const breadcrumb = blocks.find((b) => b['@type'] === 'BreadcrumbList');
    expect(breadcrumb.itemListElement[0]).toMatchObject({ position: 1, name: 'Trang chủ', item: 'https://stttt.laichau.gov.vn/' });
    expect(html).toContain(`<link rel="canonical" href="https://stttt.laichau.gov.vn${path}">`);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toMatch(/<meta property="article:published_time" content="[^"]+\+07:00">/);
    expect(html).toMatch(/<meta property="og:image" content="https:\/\/stttt\.laichau\.gov\.vn\/_astro\/[^"]+">/);
    expect(html).toMatch(/<meta name="twitter:card" content="summary(_large_image)?">/);
    // Autodiscovery of the site's feed and the article's chuyên mục feed.
    expect(html).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Sở Thông tin và Truyền thông tỉnh Lai Châu" href="/rss.xml">',
    );
    expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/chuyen-muc\/[a-z-]+\/rss\.xml">/);
  }
});

test('an article without a cover is shared with its first photo, not the logo; the 404 page claims no URL', async ({ request }) => {
  const html = await getText(request, SEED_ARTICLE);
  const photo = /<meta property="og:image" content="([^"]+)">/.exec(html)![1]!;
  expect(photo).toMatch(/\/_astro\/anh-1\.[\w-]+\.jpeg$/);
  expect(html).toContain('<meta property="og:image:alt" content="Các điểm cầu trực tuyến của phiên họp trên toàn quốc">');
  const jsonLd = JSON.parse(
    /<script type="application\/ld\+json">(\{"@context":"https:\/\/schema.org","@type":"NewsArticle".*?)<\/script>/s.exec(html)![1]!,
  );
  expect(jsonLd.image[0].url).toBe(photo);
  const shared = await request.get(new URL(photo).pathname);
  expect(shared.headers()['content-type']).toBe('image/jpeg');
  const missing = await request.get('/khong-co-trang-nay/');
  expect(missing.status()).toBe(404);
  const notFound = await missing.text();
  expect(notFound).toContain('Không tìm thấy trang');
  expect(notFound).not.toContain('og:url');
  expect(notFound).not.toContain('rel="canonical"');
});

test('the home page describes the site and the department', async ({ request }) => {
  const html = await getText(request, '/');
  const graph = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
    .map((m) => JSON.parse(m[1]!))
    .find((b) => b['@graph'])['@graph'];
  expect(graph[0]).toMatchObject({ '@type': 'WebSite', url: 'https://stttt.laichau.gov.vn/', inLanguage: 'vi' });
  expect(graph[1]).toMatchObject({
    '@type': 'GovernmentOrganization',
    address: { streetAddress: 'Tầng 7, Nhà D, Trung tâm Hành chính - Chính trị tỉnh Lai Châu' },
    telephone: '0213.3791.558',
    email: 'banbientap@laichau.gov.vn',
  });
  expect(html).toContain('<meta property="og:type" content="website">');
});

test('a reader who opens a feed is told what it is, and /rss/ explains every feed', async ({ page, request }) => {
  await page.goto('/rss.xml');
  await expect(page.getByText(/Đây là nguồn tin RSS của Sở Thông tin và Truyền thông tỉnh Lai Châu/)).toBeVisible();
  await expect(page.getByText(/https:\/\/stttt\.laichau\.gov\.vn\/rss\//)).toBeVisible();

  await page.goto('/rss/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nguồn tin RSS');
  await expect(page.getByRole('heading', { name: 'Cách theo dõi' })).toBeVisible();
  const site = page.getByRole('region', { name: 'Toàn trang' });
  await expect(site.getByRole('link', { name: 'Tin mới nhất, mọi chuyên mục (RSS)' })).toHaveAttribute('href', '/rss.xml');
  await expect(site).toContainText('Địa chỉ: https://stttt.laichau.gov.vn/rss.xml');
  await expect(site.getByRole('link', { name: /JSON Feed/ })).toHaveAttribute('href', '/feed.json');
  // Every feed the build wrote is on the page, and every feed on the page exists.
  const listed = await page
    .getByRole('main')
    .locator('a[href$=".xml"], a[href$=".json"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(listed.sort()).toEqual(builtFeeds(BUILDS[0]!.dir).concat('/feed.json').sort());
  for (const href of listed) expect((await request.get(href!)).status(), href!).toBe(200);
});

test('RSS links: in the footer, on chuyên mục and tag pages, and in the sitemap page', async ({ page }) => {
  await page.goto('/chuyen-muc/tin-tuc/');
  await expect(page.locator('head link[rel=alternate][href="/chuyen-muc/tin-tuc/rss.xml"]')).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('link', { name: 'Theo dõi Tin tức - Sự kiện qua RSS' })).toHaveAttribute(
    'href',
    '/chuyen-muc/tin-tuc/rss.xml',
  );
  await page.goto('/tu-khoa/lai-chau/');
  await expect(page.getByRole('main').getByRole('link', { name: /Theo dõi từ khóa “Lai Châu” qua RSS/ })).toHaveAttribute(
    'href',
    '/tu-khoa/lai-chau/rss.xml',
  );
  await expect(page.getByRole('contentinfo').getByRole('link', { name: /RSS/ })).toHaveAttribute('href', '/rss/');
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: 'Sơ đồ trang' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sơ đồ trang');
  await page.getByRole('link', { name: 'Tháng 8/2022' }).click();
  await expect(page).toHaveURL(/\/so-do-trang\/2022\/#thang-08$/);
  await expect(page.getByRole('region', { name: /Tháng 8\/2022/ }).getByRole('link')).toHaveText([
    'Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số',
  ]);
});

test('robots.txt and the sitemap index point search engines to every page with its date', async ({ request }) => {
  expect(await getText(request, '/robots.txt')).toContain('Sitemap: https://stttt.laichau.gov.vn/sitemap-index.xml');
  const index = parser.parse(await getText(request, '/sitemap-index.xml'));
  expect(index.sitemapindex.sitemap[0].loc).toBe('https://stttt.laichau.gov.vn/sitemap-0.xml');
  const urls = parser.parse(await getText(request, '/sitemap-0.xml')).urlset.url;
  const seed = urls.find((u: { loc: string }) => u.loc.endsWith(SEED_ARTICLE));
  expect(new Date(seed.lastmod).toISOString()).toBe('2022-08-08T04:45:00.000Z');
  expect(urls.map((u: { loc: string }) => u.loc)).toContain('https://stttt.laichau.gov.vn/so-do-trang/');
});

test.describe('drafts and scheduled articles', () => {
  test.use({ baseURL: SMALL_SITE });
  const hidden = /ban-nhap|bai-hen-gio|Bản nháp chưa đăng|Bài hẹn giờ đăng năm 2099/;

  test('appear in no feed, sitemap or listing', async ({ request }) => {
    const paths = [
      ...builtFeeds('.test-dist/small'),
      '/feed.json',
      '/sitemap-0.xml',
      '/so-do-trang/',
      '/so-do-trang/2025/',
      '/tin-tuc/',
      '/chuyen-muc/tin-tuc/',
    ];
    for (const path of paths) expect(await getText(request, path), path).not.toMatch(hidden);
    // The 2025 feed items that are published are there, so the check above is not vacuous.
    expect(await getText(request, '/rss.xml')).toContain('/tin-tuc/chuyen-doi-so-lai-chau/');
  });

  test('an updated article gives its correction time as modified time', async ({ request }) => {
    const html = await getText(request, '/tin-tuc/chuyen-doi-so-lai-chau/');
    expect(html).toContain('<meta property="article:modified_time" content="2025-02-01T08:15:00+07:00">');
    const feed = await (await request.get('/feed.json')).json();
    expect(feed.items.find((i: { id: string }) => i.id.endsWith('/chuyen-doi-so-lai-chau/')).date_modified).toBe(
      '2025-02-01T08:15:00+07:00',
    );
  });
});
