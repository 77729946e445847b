import type { APIRoute } from 'astro';
import { documentRssResponse } from '../../data/feeds';

/** The registry's feed: documents newest issued first. */
export const GET: APIRoute = () => documentRssResponse();
