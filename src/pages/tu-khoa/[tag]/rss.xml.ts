import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getFeedChannel, rssResponse } from '../../../data/feeds';
import { getArticlesWithTag, getTags, tagFeedUrl, tagUrl } from '../../../data/site';
import { vi } from '../../../i18n/vi';

export const getStaticPaths = (async () =>
  (await getTags()).map((tag) => ({ params: { tag: tag.slug }, props: { tag } }))) satisfies GetStaticPaths;

/** One tag's feed. */
export const GET: APIRoute = async ({ props }) => {
  const { tag } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  const channel = await getFeedChannel({
    title: vi.tagHeading(tag.name),
    description: vi.tagFeedDescription(tag.name),
    path: tagUrl(tag.slug),
    feedPath: tagFeedUrl(tag.slug),
  });
  return rssResponse(channel, await getArticlesWithTag(tag.slug));
};
