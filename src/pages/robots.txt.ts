import type { APIRoute } from 'astro';
import { absoluteUrl, href } from '../data/site';

/** Every page may be indexed; search engines find all of them through the sitemap. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(href('/sitemap-index.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
