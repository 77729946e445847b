/**
 * The organisation's open data (`/du-lieu/co-cau-to-chuc.json`): the content of
 * `content/organisation/` shaped by `organisationOpenData`, with absolute URLs for the pages and
 * the leaders' photos.
 */
import { getImage } from 'astro:assets';
import { organisationOpenData } from '../lib/organisation/open-data';
import { ENGLISH_PATHS, ORGANISATION_PATHS } from '../lib/organisation/paths';
import { getAgency, getLeaders, getUnits } from './organisation';
import { absoluteUrl, href } from './site';

/** Width of a leader's photo in the open data: enough for a portal's staff list. */
const PHOTO_WIDTH = 240;

/** The organisation as open data, ready for `JSON.stringify` (see the README for its shape). */
export async function getOrganisationOpenData() {
  const page = (path: string) => absoluteUrl(href(path));
  const leaders = await Promise.all(
    (await getLeaders()).map(async ({ photo, ...leader }) => ({
      ...leader,
      photo: photo && page((await getImage({ src: photo, width: Math.min(PHOTO_WIDTH, photo.width), format: 'jpeg' })).src),
    })),
  );
  const { divisions, units } = await getUnits();
  return organisationOpenData({
    urls: {
      self: page(ORGANISATION_PATHS.openData),
      website: page('/'),
      about: page(ORGANISATION_PATHS.about),
      chart: page(ORGANISATION_PATHS.chart),
      leaders: page(ORGANISATION_PATHS.leaders),
      contact: page(ORGANISATION_PATHS.contact),
      procedures: page(ORGANISATION_PATHS.procedures),
      english: page(ENGLISH_PATHS.about),
    },
    agency: await getAgency(),
    leaders,
    divisions,
    units,
  });
}
