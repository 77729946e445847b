/**
 * Feed building without Astro: what an RSS 2.0 item and channel and a JSON Feed 1.1 document
 * contain, and how rendered article HTML is made safe to read outside the site (absolute URLs,
 * plain images). The endpoints in `src/pages` gather the data and hand it here.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { ELEMENT_NODE, type ElementNode, parse, renderSync, walkSync } from 'ultrahtml';
import { formatRfc822Vietnam, toVietnamIso } from '../dates/dates';

/** How many articles a feed carries: enough for a reader who checks weekly, small enough for 3G. */
export const FEED_SIZE = 50;

/** A file as the site serves it (a photo, a document's file): where, how many bytes, which MIME type. */
export interface FeedImage {
  url: string;
  length: number;
  type: string;
}

/** One item of an RSS feed, whatever it stands for (an article, a registry document); all URLs absolute. */
export interface FeedItem {
  url: string;
  title: string;
  description: string;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  /** What full-content readers show after the description, as HTML with absolute URLs (see `absolutizeHtml`). */
  contentHtml: string;
  /** The item's categories, most general first. */
  categories: readonly string[];
  /** A file to download with the item: an article's cover photo, a document's file. */
  enclosure?: FeedImage | undefined;
}

/** One article as every feed format needs it (its body as `contentHtml`); all URLs absolute. */
export interface FeedArticle extends Omit<FeedItem, 'categories' | 'enclosure'> {
  /** The chuyên mục's name. */
  category: string;
  tags: readonly string[];
  author?: string | undefined;
  cover?: FeedImage | undefined;
}

/** An article as a feed item: its chuyên mục, then its tags, as categories; its cover as enclosure. */
export function articleFeedItem(article: FeedArticle): FeedItem {
  const { cover, category, tags, ...item } = article;
  return { ...item, categories: [category, ...tags], enclosure: cover };
}

/** A feed's own facts; all URLs absolute. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed stands for (home, chuyên mục or tag page). */
  homeUrl: string;
  /** The feed's own address, for `atom:link rel="self"` and JSON Feed `feed_url`. */
  feedUrl: string;
  /** The department's logo as PNG, for RSS `<image>` and JSON Feed `icon`. */
  logo: { url: string; width: number; height: number };
  /** Author of everything in the feed: the department. */
  publisher: { name: string; url: string };
}

/** MIME types of the image formats Astro reports (`ImageMetadata.format`). */
const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  tiff: 'image/tiff',
};

/** The MIME type of an image format name (`jpg` → `image/jpeg`). */
export function imageMimeType(format: string): string {
  const type = IMAGE_TYPES[format.toLowerCase()];
  if (!type) throw new Error(`Unknown image format "${format}"`);
  return type;
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/**
 * The moment a feed last changed: its newest publication or correction; `undefined` for a feed
 * with no article (it then has no date at all, so that two builds of the same content write
 * the same feed).
 */
export function lastChange(articles: readonly Pick<FeedArticle, 'publishedAt' | 'updatedAt'>[]): Date | undefined {
  let newest: Date | undefined;
  for (const { publishedAt, updatedAt } of articles) {
    for (const date of [publishedAt, updatedAt]) if (date && (!newest || date > newest)) newest = date;
  }
  return newest;
}

/**
 * What full-content feeds carry for an article: the sapo first, bold as on the article page,
 * then the body. Feed readers that show the full text would otherwise start at the second paragraph.
 */
export function fullContentHtml(article: Pick<FeedArticle, 'description' | 'contentHtml'>): string {
  return `<p><strong>${escapeXml(article.description)}</strong></p>${article.contentHtml}`;
}

/**
 * The channel elements @astrojs/rss does not write itself, as its `customData`: language,
 * `atom:link rel="self"` (feed validators require it), lastBuildDate in Vietnam time (none for an
 * empty feed), and the logo as `<image>`. Needs `xmlns: { atom: 'http://www.w3.org/2005/Atom' }`.
 */
export function rssChannelData(channel: FeedChannel, lastBuildDate: Date | undefined): string {
  const { logo } = channel;
  // RSS 2.0 caps <image> at 144×400 pixels.
  const width = Math.min(logo.width, 144);
  const height = Math.min(Math.round((logo.height * width) / logo.width), 400);
  return [
    '<language>vi</language>',
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    lastBuildDate ? `<lastBuildDate>${formatRfc822Vietnam(lastBuildDate)}</lastBuildDate>` : '',
    `<image><url>${escapeXml(logo.url)}</url><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.homeUrl)}</link>` +
      `<width>${width}</width><height>${height}</height></image>`,
  ].join('');
}

/**
 * One RSS item for @astrojs/rss. `pubDate` goes through `customData` because the library writes
 * dates in GMT; the department's readers expect the +0700 of the newsroom's clock.
 */
export function toRssItem(item: FeedItem): RSSFeedItem {
  return {
    title: item.title,
    link: item.url,
    description: item.description,
    content: fullContentHtml(item),
    customData: `<pubDate>${formatRfc822Vietnam(item.publishedAt)}</pubDate>`,
    categories: [...item.categories],
    ...(item.enclosure && { enclosure: item.enclosure }),
  };
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) with the same items as the RSS feed. */
export function toJsonFeed(channel: FeedChannel, articles: readonly FeedArticle[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrl,
    description: channel.description,
    icon: channel.logo.url,
    favicon: channel.logo.url,
    language: 'vi',
    authors: [channel.publisher],
    items: articles.map((article) => ({
      id: article.url,
      url: article.url,
      title: article.title,
      summary: article.description,
      content_html: fullContentHtml(article),
      ...(article.cover && { image: article.cover.url }),
      date_published: toVietnamIso(article.publishedAt),
      ...(article.updatedAt && { date_modified: toVietnamIso(article.updatedAt) }),
      authors: [article.author ? { name: article.author } : channel.publisher],
      tags: [article.category, ...article.tags],
    })),
  };
}

/** Attributes whose value is one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'action', 'data'];
/** Attributes that only style or script the page on the site itself; a feed reader has no use for them. */
const SITE_ONLY_ATTRIBUTES = /^(class|style|sizes|loading|decoding|fetchpriority|data-astro-.*|data-pagefind-.*)$/;

const decodeAttribute = (value: string) =>
  value.replace(/&(amp|quot|#39|apos|lt|gt);/g, (_, e: string) => ({ amp: '&', quot: '"', '#39': "'", apos: "'", lt: '<', gt: '>' })[e]!);
const encodeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** One URL made absolute against `base`; `mailto:`, `tel:`, `#…` and absolute URLs stay as they are. */
function absoluteUrl(value: string, base: string): string {
  const url = decodeAttribute(value.trim());
  if (url === '' || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return new URL(url, base).href;
}

/**
 * Rendered article HTML made readable away from the site, for `content:encoded` and
 * `content_html`: every link and image URL absolute (against the article's own URL, so
 * relative links resolve as on the page), `<picture>` reduced to its `<img>` (feed readers
 * drop `<source>`), and site-only styling attributes removed.
 */
export function absolutizeHtml(html: string, base: string): string {
  const doc = parse(html);
  const pictures: ElementNode[] = [];
  walkSync(doc, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(node.attributes as Record<string, string>)) {
      if (SITE_ONLY_ATTRIBUTES.test(name)) continue;
      if (URL_ATTRIBUTES.includes(name)) attributes[name] = encodeAttribute(absoluteUrl(value, base));
      else if (name === 'srcset') {
        attributes[name] = encodeAttribute(
          decodeAttribute(value)
            .split(',')
            .map((candidate) => {
              const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
              return [absoluteUrl(url, base), ...descriptor].join(' ');
            })
            .join(', '),
        );
      } else attributes[name] = value;
    }
    node.attributes = attributes;
    if (node.name === 'picture') pictures.push(node);
  });
  // Unwrapped after the walk, so the walk never sees its parent's children change under it.
  for (const picture of pictures) {
    const siblings: unknown[] = picture.parent.children;
    const img = picture.children.find((child: { type: number; name?: string }) => child.type === ELEMENT_NODE && child.name === 'img');
    if (img) img.parent = picture.parent;
    siblings.splice(siblings.indexOf(picture), 1, ...(img ? [img] : []));
  }
  return renderSync(doc);
}
