import type { APIRoute } from 'astro';
import { getFeedChannel, rssResponse } from '../data/feeds';
import { getPublishedArticles, href, siteFeedUrl } from '../data/site';

/** The site's feed: the latest news of every chuyên mục. */
export const GET: APIRoute = async () =>
  rssResponse(await getFeedChannel({ path: href('/'), feedPath: siteFeedUrl() }), await getPublishedArticles());
