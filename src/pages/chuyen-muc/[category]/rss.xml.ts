import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getFeedChannel, rssResponse } from '../../../data/feeds';
import { categoryFeedUrl, categoryUrl, getArticlesInCategory, getCategories } from '../../../data/site';

export const getStaticPaths = (async () =>
  (await getCategories()).map((category) => ({ params: { category: category.id }, props: { category } }))) satisfies GetStaticPaths;

/** One chuyên mục's feed. */
export const GET: APIRoute = async ({ props }) => {
  const { category } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  const channel = await getFeedChannel({
    title: category.data.name,
    description: category.data.description,
    path: categoryUrl(category.id),
    feedPath: categoryFeedUrl(category.id),
  });
  return rssResponse(channel, await getArticlesInCategory(category.id));
};
