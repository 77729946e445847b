import type { APIRoute } from 'astro';
import css from '../../styles/global.css?inline';

/**
 * The site's stylesheet as a file, for the admin's preview (src/admin/client/preview.ts): the
 * same compiled CSS every page inlines, so a previewed article looks as it will on the site. No
 * reader page links to it.
 */
export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
