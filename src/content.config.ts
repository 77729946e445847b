/**
 * Every content collection of the site. The schemas live in src/schemas/ (article, site and
 * footer, pages, chuyên mục), plain TypeScript that `npm run check` runs with the same objects, so
 * the field descriptions there are the editors' reference. The loaders hold every file to the
 * content rules as they read it (src/content-check/guard.ts), so that a build started without the
 * check refuses what the check refuses.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { buildOptions } from './build-options';
import { guardContentFile } from './content-check/guard';
import { normalizeStrings } from './lib/content/frontmatter';
import { PAGE_PATTERN, pageSlug } from './lib/content/page-files';
import { articleLoader } from './loaders/articles';
import { contentGlob } from './loaders/content-glob';
import { createArticleSchema, SHARE_PHOTO } from './schemas/article';
import { CATEGORIES_FILE, categorySchema, parseCategories, readCategorySlugs } from './schemas/categories';
import { pageSchema } from './schemas/pages';
import { createFooterSchema, createSiteSchema, SITE_FILE } from './schemas/site';

const { contentDir } = buildOptions;

guardContentFile(contentDir, join(contentDir, CATEGORIES_FILE));
const categorySlugs = readCategorySlugs(contentDir);

/** One YAML file as a single entry, keeping its path so images beside it resolve. */
function singleYamlFile(path: string, id: string): Loader {
  return {
    name: 'single-yaml-file',
    load: async ({ store, parseData, config }) => {
      guardContentFile(contentDir, path);
      const raw = normalizeStrings(parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
      store.clear();
      const data = await parseData({ id, data: raw, filePath: path });
      store.set({ id, data, filePath: relative(fileURLToPath(config.root), path) });
    },
  };
}

/** The frontmatter of an article (`content/articles/<năm>/<slug>.mdx`): see `src/schemas/article.ts`. */
const articles = defineCollection({
  loader: articleLoader(contentDir),
  schema: ({ image }) =>
    createArticleSchema({ image, categorySlugs }).extend({
      /** Derived, never written by editors: see `SHARE_PHOTO`. */
      [SHARE_PHOTO]: z.object({ src: image(), alt: z.string() }).optional(),
    }),
});

/** The chuyên mục list (`content/categories.yaml`), in menu order: see `src/schemas/categories.ts`. */
const categories = defineCollection({
  loader: file(join(contentDir, CATEGORIES_FILE), { parser: parseCategories }),
  schema: categorySchema,
});

/** The site's identity (`content/site/site.yaml`): see `src/schemas/site.ts`. */
const site = defineCollection({
  loader: singleYamlFile(join(contentDir, SITE_FILE), 'site'),
  schema: ({ image }) => createSiteSchema({ image }),
});

/** The contact footer (`content/site/footer.mdx`) shown on every page: see `src/schemas/site.ts`. */
const footer = defineCollection({
  loader: contentGlob({ contentDir, folder: 'site', pattern: 'footer.{md,mdx}', slugOf: () => 'footer' }),
  schema: ({ image }) => createFooterSchema({ image }),
});

/** Standalone pages (`content/pages/<slug>.mdx` → `/<slug>/`), listed in the footer: see `src/schemas/pages.ts`. */
const pages = defineCollection({
  loader: contentGlob({
    contentDir,
    folder: 'pages',
    pattern: PAGE_PATTERN,
    slugOf: pageSlug,
    address: { of: (slug) => `/${slug}/`, noun: 'trang' },
  }),
  schema: pageSchema,
});

export const collections = { articles, categories, site, footer, pages };
