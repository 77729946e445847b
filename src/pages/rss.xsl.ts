import type { APIRoute } from 'astro';
import { vi } from '../i18n/vi';
import { rssStylesheet } from '../lib/feeds/rss-stylesheet';

/** The stylesheet every RSS feed names, so a browser shows a feed as a Vietnamese page. */
export const GET: APIRoute = () => new Response(rssStylesheet(vi.feedPage), { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
