import type { APIRoute } from 'astro';
import { getDocumentRegistryJson } from '../../data/documents';

/** The document registry as open data, for other portals (its shape is documented in the README). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getDocumentRegistryJson(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
