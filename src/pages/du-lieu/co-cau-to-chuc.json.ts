import type { APIRoute } from 'astro';
import { getOrganisationOpenData } from '../../data/open-data';

/** The organisation as open data for other portals: see "Open data" in the README. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getOrganisationOpenData(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
