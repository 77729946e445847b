/**
 * The site's data as pages use it: published articles, chuyên mục, tags, identity and footer.
 * Pages call these instead of querying collections, so publication rules live in one place.
 */
import { getImage } from 'astro:assets';
import { type CollectionEntry, getCollection, getEntry, render } from 'astro:content';
import { byNewest, isPublished } from '../lib/listings/publishing';
import { tagKey, toSlug } from '../lib/text/slug';
import { assignTagSlugs, groupTags, type TagGroup } from '../lib/listings/tags';
import { createRelatedFinder, neighbours } from '../lib/listings/related';
import { withBase, withoutBase } from '../lib/content/url';
import { getAgency } from './organisation';

export type Article = CollectionEntry<'articles'>;
export type Category = CollectionEntry<'categories'>;

/** The moment this build counts as "now": for articles' publication and documents' tình trạng hiệu lực. */
export const buildTime = new Date();

let publishedCache: Promise<Article[]> | undefined;

/** Every article readers may see (no drafts, nothing scheduled for later), newest first. */
export function getPublishedArticles(): Promise<Article[]> {
  publishedCache ??= getCollection('articles', ({ data }) => isPublished(data, buildTime)).then((all) =>
    all.sort((a, b) => byNewest({ id: a.id, ...a.data }, { id: b.id, ...b.data })),
  );
  return publishedCache;
}

// Every page's header, and every card of a listing, asks for chuyên mục and the site's identity:
// read and resolved once per build, as content does not change while a build runs. (Each
// getEntry resolves the entry's images again: 14,000 pages made that seconds of a build.)
let categoriesCache: Promise<Category[]> | undefined;
let categoryBySlugCache: Promise<Map<string, Category>> | undefined;

/** The chuyên mục in menu order. */
export async function getCategories(): Promise<Category[]> {
  categoriesCache ??= getCollection('categories').then((categories) =>
    categories.sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'vi')),
  );
  // A copy, so a caller that sorts or filters in place cannot change what the next page gets.
  return [...(await categoriesCache)];
}

/** One chuyên mục by slug; every article's category was checked to exist when content loaded. */
export async function getCategory(slug: string): Promise<Category> {
  categoryBySlugCache ??= getCategories().then((all) => new Map(all.map((c) => [c.id, c])));
  const category = (await categoryBySlugCache).get(slug);
  if (!category) throw new Error(`Unknown category "${slug}"`);
  return category;
}

let byCategoryCache: Promise<Map<string, Article[]>> | undefined;

/** Published articles of one chuyên mục, newest first. */
export async function getArticlesInCategory(slug: string): Promise<Article[]> {
  // Grouped once: every article page asks for its chuyên mục, and filtering 10,000 articles
  // per page would make the build quadratic.
  byCategoryCache ??= getPublishedArticles().then((all) => Map.groupBy(all, (a) => a.data.category));
  return (await byCategoryCache).get(slug) ?? [];
}

let tagSlugsCache: Promise<Map<string, string>> | undefined;
let tagsCache: Promise<TagGroup[]> | undefined;
let byTagCache: Promise<Map<string, Article[]>> | undefined;

/** Tag key → URL slug for every tag of a published article (see `assignTagSlugs`), once per build. */
function getTagSlugs(): Promise<Map<string, string>> {
  tagSlugsCache ??= getPublishedArticles().then((all) => assignTagSlugs(all.flatMap((a) => a.data.tags)));
  return tagSlugsCache;
}

/** Every tag in use on published articles, by name. */
export async function getTags(): Promise<TagGroup[]> {
  tagsCache ??= Promise.all([getPublishedArticles(), getTagSlugs()]).then(([all, slugs]) =>
    groupTags(
      all.map((a) => a.data),
      slugs,
    ),
  );
  // A copy, so a caller that sorts or filters in place cannot change what the next page gets.
  return [...(await tagsCache)];
}

/** A tag's URL slug in `slugs` (from `getTagSlugs`), or its own slug for a tag no published article has. */
const slugIn = (slugs: Map<string, string>, tag: string) => slugs.get(tagKey(tag)) ?? toSlug(tag);

/** The URL slug of a tag as written in an article (see `assignTagSlugs`). */
export async function tagSlug(tag: string): Promise<string> {
  return slugIn(await getTagSlugs(), tag);
}

/** Published articles carrying a tag, newest first. */
export async function getArticlesWithTag(slug: string): Promise<Article[]> {
  // Grouped once, as for chuyên mục: every tag page asks. An article's tags are already one per key (the schema).
  byTagCache ??= Promise.all([getPublishedArticles(), getTagSlugs()]).then(([all, slugs]) => {
    const byTag = new Map<string, Article[]>();
    for (const article of all) {
      for (const tag of article.data.tags) {
        const tagSlugOf = slugIn(slugs, tag);
        const withTag = byTag.get(tagSlugOf) ?? [];
        withTag.push(article);
        byTag.set(tagSlugOf, withTag);
      }
    }
    return byTag;
  });
  return (await byTagCache).get(slug) ?? [];
}

let relatedCache: Promise<(article: Article) => Article[]> | undefined;

/** "Tin liên quan" and the older/newer article of the same chuyên mục. */
export async function getArticleContext(article: Article) {
  // One index for the whole build (see createRelatedFinder): comparing each article with all
  // the others is what made a 10,000-article build take minutes.
  relatedCache ??= getPublishedArticles().then((published) => {
    const find = createRelatedFinder(published.map((a) => ({ ...a.data, id: a.id, entry: a })));
    return (a: Article) => find({ id: a.id, ...a.data }).map((r) => r.entry);
  });
  const related = (await relatedCache)(article);
  const { older, newer } = neighbours(article.id, await getArticlesInCategory(article.data.category));
  return { related, older, newer };
}

let siteCache: ReturnType<typeof loadSiteIdentity> | undefined;

/**
 * The site's identity: its settings from `content/site/site.yaml` (URL, logo, description, page
 * size, menu) and the department's names from `content/organisation/co-quan.yaml`, where a
 * rename is one edit.
 */
export function getSiteIdentity() {
  siteCache ??= loadSiteIdentity();
  return siteCache;
}

async function loadSiteIdentity() {
  const site = await getEntry('site', 'site');
  if (!site) throw new Error('content/site/site.yaml is missing');
  const { name, shortName, governingBody, nameEn, shortNameEn, governingBodyEn } = await getAgency();
  return { ...site.data, name, shortName, governingBody, nameEn, shortNameEn, governingBodyEn };
}

let footerCache: ReturnType<typeof loadFooter> | undefined;

/** The footer's own prose from `content/site/footer.mdx` (the contacts are the department's: `getAgency`), with its rendered body. */
export function getFooter() {
  // Every page shows it: load and render the entry once per build, not once per page.
  footerCache ??= loadFooter();
  return footerCache;
}

async function loadFooter() {
  const footer = await getEntry('footer', 'footer');
  if (!footer) throw new Error('content/site/footer.mdx is missing');
  return { data: footer.data, Content: (await render(footer)).Content };
}

let standalonePagesCache: Promise<CollectionEntry<'pages'>[]> | undefined;

/** The standalone pages (`content/pages/`), in footer order. */
export async function getStandalonePages() {
  // Once per build: every page's footer lists them (and a tree without pages would otherwise
  // log Astro's "collection is empty" warning once per page).
  standalonePagesCache ??= getCollection('pages').then((pages) =>
    pages.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'vi')),
  );
  return [...(await standalonePagesCache)];
}

/** A site path under the base the site is built for. */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
/** A page's path without the base (`/stttt/lien-he/` → `/lien-he/`), as `href()` takes it. */
export const sitePath = (pathname: string) => withoutBase(import.meta.env.BASE_URL, pathname);
/** The URL of an article. */
export const articleUrl = (article: { id: string }) => href(`/tin-tuc/${article.id}/`);
/** The URL of a chuyên mục's first page. */
export const categoryUrl = (slug: string) => href(`/chuyen-muc/${slug}/`);
/** The URL of a tag's first page. */
export const tagUrl = (slug: string) => href(`/tu-khoa/${slug}/`);
/** The absolute URL of a path as `href()` and `articleUrl()` return it, for feeds and metadata. */
export const absoluteUrl = (path: string) => new URL(path, import.meta.env.SITE).href;
/** The URL of the site's RSS feed (latest news of every chuyên mục). */
export const siteFeedUrl = () => href('/rss.xml');
/** The URL of a chuyên mục's RSS feed. */
export const categoryFeedUrl = (slug: string) => href(`/chuyen-muc/${slug}/rss.xml`);
/** The URL of a tag's RSS feed. */
export const tagFeedUrl = (slug: string) => href(`/tu-khoa/${slug}/rss.xml`);
/** The human sitemap's archive page of a year. */
export const archiveYearUrl = (year: number) => href(`/so-do-trang/${year}/`);

const siteImages = new Map<string, ReturnType<typeof getImage>>();

/**
 * `getImage` for an image every page shows (the header logo, the footer badge): the same file at
 * the same size on 14,000 pages, worked out once per build. `key` names it; render the result as
 * `<img src={image.src} {...image.attributes} />`, as `<Image>` does.
 */
export function getSiteImage(key: string, options: Parameters<typeof getImage>[0]): ReturnType<typeof getImage> {
  let image = siteImages.get(key);
  if (!image) siteImages.set(key, (image = getImage(options)));
  return image;
}
