import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { formatRfc822Vietnam } from '../../src/lib/dates/dates';
import {
  absolutizeHtml,
  articleFeedItem,
  escapeXml,
  type FeedArticle,
  type FeedChannel,
  imageMimeType,
  lastChange,
  rssChannelData,
  toJsonFeed,
  toRssItem,
} from '../../src/lib/feeds/feeds';

const SITE = 'https://stttt.laichau.gov.vn';
const article: FeedArticle = {
  url: `${SITE}/tin-tuc/phien-hop/`,
  title: 'Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số & <DTI>',
  description: 'Sáng nay (08/8), Ủy ban Quốc gia về chuyển đổi số tổ chức phiên họp.',
  publishedAt: new Date('2022-08-08T04:45:00Z'),
  updatedAt: new Date('2022-08-09T01:00:00Z'),
  contentHtml:
    '<p>Dự phiên họp tại điểm cầu tỉnh Lai Châu.</p><figure><img src="https://stttt.laichau.gov.vn/_astro/a.jpg" alt="Điểm cầu"></figure>',
  category: 'Tin tức - Sự kiện',
  tags: ['Chuyển đổi số', '2022'],
  cover: { url: `${SITE}/_astro/anh.jpg`, length: 8315, type: 'image/jpeg' },
};
const channel: FeedChannel = {
  title: 'Sở TT&TT Lai Châu',
  description: 'Trang tin điện tử',
  homeUrl: `${SITE}/`,
  feedUrl: `${SITE}/rss.xml`,
  logo: { url: `${SITE}/_astro/logo.png`, width: 512, height: 512 },
  publisher: { name: 'Sở Thông tin và Truyền thông tỉnh Lai Châu', url: `${SITE}/` },
};

describe('formatRfc822Vietnam', () => {
  test.each([
    ['2022-08-08T04:45:00Z', 'Mon, 08 Aug 2022 11:45:00 +0700'],
    // 20:30 UTC on New Year's Eve is already the next year in Vietnam.
    ['2024-12-31T20:30:05Z', 'Wed, 01 Jan 2025 03:30:05 +0700'],
    ['2024-02-29T00:00:00+07:00', 'Thu, 29 Feb 2024 00:00:00 +0700'],
  ])('%s → %s', (iso, expected) => {
    expect(formatRfc822Vietnam(new Date(iso))).toBe(expected);
  });
});

describe('absolutizeHtml', () => {
  const base = `${SITE}/tin-tuc/phien-hop/`;
  test('makes links, images and srcset absolute and keeps other URLs', () => {
    const html = absolutizeHtml(
      '<p><a href="/tu-khoa/x/">x</a> <a href="../khac/">k</a> <a href="#muc">m</a> <a href="mailto:a@b.vn">e</a> ' +
        '<a href="https://other.example/">o</a> <a href="/t?a=1&amp;b=2">q</a></p>' +
        '<img src="/_astro/a.jpg" srcset="/_astro/a-360.jpg 360w, /_astro/a-720.jpg 720w" alt="a">',
      base,
    );
    expect(html).toContain(`href="${SITE}/tu-khoa/x/"`);
    expect(html).toContain(`href="${SITE}/tin-tuc/khac/"`);
    expect(html).toContain('href="#muc"');
    expect(html).toContain('href="mailto:a@b.vn"');
    expect(html).toContain('href="https://other.example/"');
    expect(html).toContain(`href="${SITE}/t?a=1&amp;b=2"`);
    expect(html).toContain(`srcset="${SITE}/_astro/a-360.jpg 360w, ${SITE}/_astro/a-720.jpg 720w"`);
  });

  test('reduces <picture> to its <img> and drops site-only attributes', () => {
    const html = absolutizeHtml(
      '<figure class="my-6"><picture><source srcset="/a.avif" type="image/avif"><img src="/a.jpg" alt="Ảnh" loading="lazy" class="w-full" width="1200" height="675"></picture>' +
        '<figcaption class="italic">Chú thích</figcaption></figure>',
      base,
    );
    expect(html).toBe(`<figure><img src="${SITE}/a.jpg" alt="Ảnh" width="1200" height="675"><figcaption>Chú thích</figcaption></figure>`);
  });

  test('keeps Vietnamese text and entities as they are', () => {
    expect(absolutizeHtml('<p>Lai Châu &amp; Điện Biên &lt;3</p>', base)).toBe('<p>Lai Châu &amp; Điện Biên &lt;3</p>');
  });
});

describe('RSS', () => {
  test('an item has link, guid, +0700 date, full content, categories and enclosure', async () => {
    const xml = await getRssString({
      title: channel.title,
      description: channel.description,
      site: channel.homeUrl,
      xmlns: { atom: 'http://www.w3.org/2005/Atom' },
      customData: rssChannelData(channel, lastChange([article])),
      items: [toRssItem(articleFeedItem(article))],
    });
    const rss = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml).rss;
    const { channel: ch } = rss;
    expect(ch.title).toBe('Sở TT&TT Lai Châu');
    expect(ch.language).toBe('vi');
    expect(ch['atom:link']).toMatchObject({ '@_href': `${SITE}/rss.xml`, '@_rel': 'self' });
    expect(ch.lastBuildDate).toBe('Tue, 09 Aug 2022 08:00:00 +0700');
    expect(ch.image).toMatchObject({ url: `${SITE}/_astro/logo.png`, width: '144', height: '144', link: `${SITE}/` });
    const item = ch.item;
    expect(item.title).toBe(article.title);
    expect(item.link).toBe(article.url);
    expect(item.guid).toMatchObject({ '#text': article.url, '@_isPermaLink': 'true' });
    expect(item.pubDate).toBe('Mon, 08 Aug 2022 11:45:00 +0700');
    // The sapo first, as on the article page, then the body.
    expect(item['content:encoded']).toBe(`<p><strong>${article.description}</strong></p>${article.contentHtml}`);
    expect(item.category).toEqual(['Tin tức - Sự kiện', 'Chuyển đổi số', '2022']);
    expect(item.enclosure).toMatchObject({ '@_url': article.cover!.url, '@_length': '8315', '@_type': 'image/jpeg' });
  });

  test('lastChange takes the newest publication or correction; an empty feed has none, so it is the same on every build', () => {
    expect(lastChange([])).toBeUndefined();
    expect(lastChange([{ publishedAt: new Date(5) }, { publishedAt: new Date(1), updatedAt: new Date(9) }])).toEqual(new Date(9));
    expect(rssChannelData(channel, undefined)).not.toContain('lastBuildDate');
  });

  test('escapeXml and image types', () => {
    expect(escapeXml(`Sở TT&TT <"Lai Châu">'`)).toBe('Sở TT&amp;TT &lt;&quot;Lai Châu&quot;&gt;&apos;');
    expect(imageMimeType('jpg')).toBe('image/jpeg');
    expect(imageMimeType('PNG')).toBe('image/png');
    expect(() => imageMimeType('bmpx')).toThrow(/bmpx/);
  });
});

describe('JSON Feed', () => {
  test('has the 1.1 required fields and the RSS feed’s items', () => {
    const feed = toJsonFeed(channel, [
      article,
      { ...article, url: `${SITE}/tin-tuc/khac/`, cover: undefined, updatedAt: undefined, author: 'Minh Anh' },
    ]);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: channel.title,
      home_page_url: `${SITE}/`,
      feed_url: channel.feedUrl,
      language: 'vi',
    });
    expect(feed.items[0]).toMatchObject({
      id: article.url,
      url: article.url,
      content_html: `<p><strong>${article.description}</strong></p>${article.contentHtml}`,
      summary: article.description,
      image: article.cover!.url,
      date_published: '2022-08-08T11:45:00+07:00',
      date_modified: '2022-08-09T08:00:00+07:00',
      tags: ['Tin tức - Sự kiện', 'Chuyển đổi số', '2022'],
      authors: [channel.publisher],
    });
    expect(feed.items[1]).not.toHaveProperty('image');
    expect(feed.items[1]).not.toHaveProperty('date_modified');
    expect(feed.items[1]!.authors).toEqual([{ name: 'Minh Anh' }]);
  });
});
