/**
 * The site's feeds as endpoints serve them: articles rendered to full HTML from their MDX with
 * the project's content components, the logo as PNG, and the RSS/JSON responses. Pure shaping
 * lives in `src/lib/feeds/feeds.ts`.
 */
import { statSync } from 'node:fs';
import rss from '@astrojs/rss';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import type { ImageMetadata } from 'astro';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { contentComponents } from '../components/content';
import { vi } from '../i18n/vi';
import { documentFeedItem } from '../lib/feeds/documents';
import { documentFeedUrl, documentsUrl, documentTypeUrl, getPublishedDocuments } from './documents';
import { getLogoPng } from './metadata';
import {
  absoluteUrl,
  type Article,
  articleUrl,
  categoryFeedUrl,
  getCategories,
  getCategory,
  getSiteIdentity,
  getTags,
  href,
  siteFeedUrl,
  tagFeedUrl,
} from './site';
import {
  absolutizeHtml,
  articleFeedItem,
  FEED_SIZE,
  type FeedArticle,
  type FeedChannel,
  type FeedItem,
  type FeedImage,
  imageMimeType,
  lastChange,
  rssChannelData,
  toJsonFeed,
  toRssItem,
} from '../lib/feeds/feeds';

let containerPromise: Promise<AstroContainer> | undefined;
/** One container for the whole build: it renders MDX bodies outside a page. */
function getContainer() {
  containerPromise ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return containerPromise;
}

/** The cover photo as the site serves its original: URL, real byte size, MIME type. */
function coverEnclosure(image: ImageMetadata): FeedImage | undefined {
  // Astro keeps the source path of imported images on a hidden `fsPath`; the emitted
  // original under /_astro/ is a byte-for-byte copy of that file.
  const fsPath = (image as ImageMetadata & { fsPath?: string }).fsPath;
  if (!fsPath) return undefined;
  return { url: absoluteUrl(image.src), length: statSync(fsPath).size, type: imageMimeType(image.format) };
}

const feedArticles = new Map<string, Promise<FeedArticle>>();

/** An article as feeds carry it, rendered once per build however many feeds list it. */
export function getFeedArticle(article: Article): Promise<FeedArticle> {
  let cached = feedArticles.get(article.id);
  if (!cached) {
    cached = (async () => {
      const { data } = article;
      const url = absoluteUrl(articleUrl(article));
      const { Content } = await render(article);
      const html = await (await getContainer()).renderToString(Content, { props: { components: contentComponents } });
      return {
        url,
        title: data.title,
        description: data.description,
        publishedAt: data.publishedAt,
        updatedAt: data.updatedAt,
        contentHtml: absolutizeHtml(html, url),
        category: (await getCategory(data.category)).data.name,
        tags: data.tags,
        author: data.author,
        cover: data.cover && coverEnclosure(data.cover.src),
      };
    })();
    feedArticles.set(article.id, cached);
  }
  return cached;
}

/**
 * A feed's channel. `path` is the listing the feed stands for (`href('/')`, `categoryUrl(x)`…),
 * `feedPath` the feed's own path, both as `href()` returns them.
 */
export async function getFeedChannel(options: {
  title?: string | undefined;
  description?: string | undefined;
  path: string;
  feedPath: string;
}): Promise<FeedChannel> {
  const site = await getSiteIdentity();
  return {
    title: options.title ? vi.rssTitle(options.title, site.shortName) : site.name,
    description: options.description ?? site.description,
    homeUrl: absoluteUrl(options.path),
    feedUrl: absoluteUrl(options.feedPath),
    logo: await getLogoPng(144),
    publisher: { name: site.name, url: absoluteUrl(href('/')) },
  };
}

/** The RSS 2.0 response of a news feed: the newest `FEED_SIZE` of `articles` (already newest first). */
export async function rssResponse(channel: FeedChannel, articles: readonly Article[]): Promise<Response> {
  const items = await Promise.all(articles.slice(0, FEED_SIZE).map(getFeedArticle));
  return rssItemsResponse(channel, items.map(articleFeedItem));
}

/** The registry's feed (`/van-ban/rss.xml`): the newest `FEED_SIZE` documents by day of issue. */
export async function documentRssResponse(): Promise<Response> {
  const channel = await getFeedChannel({
    title: vi.documents.feed,
    description: vi.documents.lead,
    path: documentsUrl(),
    feedPath: documentFeedUrl(),
  });
  const documents = (await getPublishedDocuments()).slice(0, FEED_SIZE);
  return rssItemsResponse(
    channel,
    documents.map((document) => documentFeedItem(document, absoluteUrl, documentTypeUrl)),
  );
}

/** The RSS 2.0 response of a feed's items (already newest first, at most `FEED_SIZE`). */
async function rssItemsResponse(channel: FeedChannel, items: readonly FeedItem[]): Promise<Response> {
  const response = await rss({
    title: channel.title,
    description: channel.description,
    site: channel.homeUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: rssChannelData(channel, lastChange(items)),
    items: items.map(toRssItem),
  });
  // A browser shows the raw XML (no XSLT: Chromium is removing it), so the file opens with a
  // comment that says what it is and where the feeds are explained. Served with its charset, so
  // Vietnamese reads right.
  const comment = `<!-- ${vi.feeds.xmlComment(channel.publisher.name, absoluteUrl(href('/rss/'))).replaceAll('--', '–')} -->`;
  const xml = (await response.text()).replace(/^(<\?xml[^>]*\?>)/, `$1${comment}`);
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

/** The JSON Feed 1.1 response with the same items as the matching RSS feed. */
export async function jsonFeedResponse(channel: FeedChannel, articles: readonly Article[]): Promise<Response> {
  const items = await Promise.all(articles.slice(0, FEED_SIZE).map(getFeedArticle));
  const icon = await getLogoPng(512);
  const feed = toJsonFeed({ ...channel, logo: icon }, items);
  return new Response(JSON.stringify(feed), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}

/** A feed as the feeds page lists it. */
export interface FeedLink {
  label: string;
  /** The feed's path, as `href()` returns it. */
  href: string;
}

/** Every feed of the site, grouped as the feeds page (`/rss/`) lists them. */
export async function getFeedDirectory(): Promise<{ site: FeedLink[]; categories: FeedLink[]; tags: FeedLink[] }> {
  return {
    site: [
      { label: vi.feeds.latest, href: siteFeedUrl() },
      { label: vi.feeds.jsonFeed, href: href('/feed.json') },
      { label: vi.feeds.documents, href: documentFeedUrl() },
    ],
    categories: (await getCategories()).map((category) => ({ label: category.data.name, href: categoryFeedUrl(category.id) })),
    tags: (await getTags()).map((tag) => ({ label: tag.name, href: tagFeedUrl(tag.slug) })),
  };
}
