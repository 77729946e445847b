/**
 * Every content collection of the site. The schemas live in src/schemas/ (article, site and
 * footer, pages, chuyên mục, organisation), plain TypeScript that `npm run check` runs with the same objects, so
 * the field descriptions there are the editors' reference. The loaders hold every file to the
 * content rules as they read it (src/content-check/guard.ts), so that a build started without the
 * check refuses what the check refuses.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { buildOptions } from './build-options';
import { guardContentFile } from './content-check/guard';
import { fileScope } from './content-check/rules/files';
import { PAGE_PATTERN, pageSlug } from './lib/content/page-files';
import { articleLoader } from './loaders/articles';
import { contentGlob } from './loaders/content-glob';
import { createArticleSchema, SHARE_PHOTO } from './schemas/article';
import { CATEGORIES_FILE, categorySchema, parseCategories, readCategorySlugs } from './schemas/categories';
import { pageSchema } from './schemas/pages';
import { createFooterSchema, createSiteSchema, SITE_FILE } from './schemas/site';
import { yamlFileLoader } from './loaders/yaml-file';
import { imageFileSchema } from './content-check/rules/images';
import { createAgencySchema, createLeadersSchema, createUnitsSchema, readOrganisationIds } from './schemas/organisation';
import { organisationTextSchema, proceduresSchema, relatedLinksSchema } from './schemas/organisation-links';
import { documentLoader } from './loaders/documents';
import {
  createDocumentSchema,
  DOCUMENT_TYPES_FILE,
  documentFileName,
  documentTypeSchema,
  parseDocumentTypes,
  readDocumentTypeSlugs,
} from './schemas/document';

const { contentDir } = buildOptions;

guardContentFile(contentDir, join(contentDir, CATEGORIES_FILE));
const categorySlugs = readCategorySlugs(contentDir);
if (existsSync(join(contentDir, DOCUMENT_TYPES_FILE))) guardContentFile(contentDir, join(contentDir, DOCUMENT_TYPES_FILE));
const documentTypeSlugs = readDocumentTypeSlugs(contentDir);

const organisationDir = join(contentDir, 'organisation');
const leadersFile = join(organisationDir, 'lanh-dao.yaml');
// People are named across files by id (co-quan.yaml → lanh-dao.yaml, don-vi.yaml), as articles
// name their chuyên mục: the ids are read first, so each file's schema can refuse an unknown one.
const { leaderIds, personIds } = readOrganisationIds(contentDir);
const agencySchema = createAgencySchema({ personIds });
const unitsSchema = createUnitsSchema({ leaderIds });

/** A loader for a file a content tree may leave out: without the file, the collection is empty. */
function ifPresent(path: string, loader: Loader): Loader {
  return { name: loader.name, load: async (context) => (existsSync(path) ? loader.load(context) : context.store.clear()) };
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

/**
 * The site's own settings (`content/site/site.yaml`): URL, logo, description, page size, menu. The
 * department's name and contacts are in `content/organisation/co-quan.yaml`. See `src/schemas/site.ts`.
 */
const site = defineCollection({
  loader: yamlFileLoader(contentDir, join(contentDir, SITE_FILE), 'site'),
  schema: ({ image }) => createSiteSchema({ image }),
});

/**
 * The footer's own prose (`content/site/footer.mdx`), shown on every page below the department's
 * name and contacts (`content/organisation/co-quan.yaml`): see `src/schemas/site.ts`.
 */
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

/** The registry's documents (`content/documents/<năm>/<slug>/index.md`): see `src/schemas/document.ts`. */
const documents = defineCollection({
  loader: documentLoader(contentDir),
  schema: createDocumentSchema({ file: documentFileName, typeSlugs: documentTypeSlugs }),
});

/** The document types (`content/documents/loai-van-ban.yaml`); a tree without documents may leave the file out. */
const documentTypes = defineCollection({
  loader: ifPresent(join(contentDir, DOCUMENT_TYPES_FILE), file(join(contentDir, DOCUMENT_TYPES_FILE), { parser: parseDocumentTypes })),
  schema: documentTypeSchema,
});

/** The department's identity, office and designated people (`content/organisation/co-quan.yaml`): see `src/schemas/organisation.ts`. */
const agency = defineCollection({
  loader: yamlFileLoader(contentDir, join(organisationDir, 'co-quan.yaml'), 'co-quan', agencySchema),
  schema: agencySchema,
});

/** The leaders (`content/organisation/lanh-dao.yaml`), with optional photos beside the file. */
const leaders = defineCollection({
  loader: yamlFileLoader(
    contentDir,
    leadersFile,
    'lanh-dao',
    createLeadersSchema({ image: () => imageFileSchema(() => fileScope(contentDir, leadersFile)) }),
  ),
  schema: ({ image }) => createLeadersSchema({ image }),
});

/** The divisions and attached units (`content/organisation/don-vi.yaml`). */
const units = defineCollection({
  loader: yamlFileLoader(contentDir, join(organisationDir, 'don-vi.yaml'), 'don-vi', unitsSchema),
  schema: unitsSchema,
});

/** Links to related agencies (`content/organisation/lien-ket.yaml`). */
const relatedLinks = defineCollection({
  loader: yamlFileLoader(contentDir, join(organisationDir, 'lien-ket.yaml'), 'lien-ket', relatedLinksSchema),
  schema: relatedLinksSchema,
});

/** Administrative procedures and the public service portals (`content/organisation/thu-tuc-hanh-chinh.yaml`). */
const procedures = defineCollection({
  loader: yamlFileLoader(contentDir, join(organisationDir, 'thu-tuc-hanh-chinh.yaml'), 'thu-tuc-hanh-chinh', proceduresSchema),
  schema: proceduresSchema,
});

/** The organisation's prose: functions and tasks (`organisation/chuc-nang-nhiem-vu.mdx`), the English "about" (`en/gioi-thieu.mdx`). */
const organisationTexts = defineCollection({
  loader: contentGlob({
    contentDir,
    folder: '',
    pattern: ['organisation/*.mdx', 'en/*.mdx'],
    slugOf: (entry) => entry.replace(/\.mdx$/, ''),
  }),
  schema: organisationTextSchema,
});

export const collections = {
  articles,
  documents,
  documentTypes,
  categories,
  site,
  footer,
  pages,
  agency,
  leaders,
  units,
  relatedLinks,
  procedures,
  organisationTexts,
};
