import type { APIRoute } from 'astro';
import { getFeedChannel, jsonFeedResponse } from '../data/feeds';
import { getPublishedArticles, href } from '../data/site';

/** The site's feed as JSON Feed 1.1, with the same items as /rss.xml. */
export const GET: APIRoute = async () =>
  jsonFeedResponse(await getFeedChannel({ path: href('/'), feedPath: href('/feed.json') }), await getPublishedArticles());
