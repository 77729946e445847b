/**
 * Every content schema of the site. The field descriptions double as the editors' reference:
 * an article's frontmatter is checked against `createArticleSchema` (src/schemas/article.ts, shared
 * with `npm run check`) on every build.
 */
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { buildOptions } from './build-options';
import { imageFileSchema } from './content-check/rules/images';
import { articleLoader } from './loaders/articles';
import { checkedMdxLoader, yamlFileLoader } from './loaders/checked-files';
import { createArticleSchema, optionalText, readCategorySlugs, requiredText, SHARE_PHOTO } from './schemas/article';
import { createAgencySchema, createLeadersSchema, createUnitsSchema, readLeaderIds, readPersonIds } from './schemas/organisation';
import { organisationTextSchema, proceduresSchema, relatedLinksSchema } from './schemas/organisation-links';

const { contentDir } = buildOptions;

const categorySlugs = readCategorySlugs(contentDir);
const organisationDir = join(contentDir, 'organisation');
// People are named across files by id (co-quan.yaml → lanh-dao.yaml, don-vi.yaml), as articles
// name their chuyên mục: the ids are read first, so each file's schema can refuse an unknown one.
const agencySchema = createAgencySchema({ personIds: readPersonIds(contentDir) });
const unitsSchema = createUnitsSchema({ leaderIds: readLeaderIds(contentDir) });

/** The frontmatter of an article (`content/articles/<năm>/<slug>.mdx`): see `src/schemas/article.ts`. */
const articles = defineCollection({
  loader: articleLoader(join(contentDir, 'articles')),
  schema: ({ image }) =>
    createArticleSchema({ image, categorySlugs }).extend({
      /** Derived, never written by editors: see `SHARE_PHOTO`. */
      [SHARE_PHOTO]: z.object({ src: image(), alt: z.string() }).optional(),
    }),
});

/** The chuyên mục list (`content/categories.yaml`), in menu order. */
const categories = defineCollection({
  loader: file(join(contentDir, 'categories.yaml'), {
    parser: (text) => (parse(text) as Array<Record<string, unknown>>).map((c) => ({ ...c, id: String(c.slug) })),
  }),
  schema: z.object({
    /** The URL part: `/chuyen-muc/<slug>/`. Letters a–z, digits and `-`. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug chỉ gồm chữ a–z không dấu, số và dấu -'),
    /** The name readers see. */
    name: requiredText('tên chuyên mục (name)', 'name: "Chuyển đổi số"'),
    /** One sentence about what the chuyên mục covers. */
    description: optionalText,
    /** Position in menus and on the home page (smaller first). */
    order: z.number().int().default(100),
    /** Show in the header menu. */
    menu: z.boolean().default(true),
  }),
});

/**
 * The site's own settings (`content/site/site.yaml`): URL, logo, description, page size, menu. The
 * department's name and contacts are in `content/organisation/co-quan.yaml`.
 */
const site = defineCollection({
  loader: yamlFileLoader(join(contentDir, 'site/site.yaml'), 'site'),
  schema: ({ image }) =>
    z.object({
      /** One sentence describing the site, for search engines and feeds. */
      description: requiredText('mô tả (description)', 'description: "Trang tin điện tử …"'),
      /** The public address of the site, e.g. https://stttt.laichau.gov.vn */
      url: z.url({ error: 'url phải là địa chỉ đầy đủ, ví dụ https://stttt.laichau.gov.vn' }),
      /** The emblem shown in the header. */
      logo: image(),
      /** Articles per page in listings. */
      pageSize: z.number().int().min(1).max(100).default(10),
      /** Extra header menu links after the chuyên mục (label, href). */
      menu: z
        .array(
          z.object({
            label: z.string(),
            href: z.string().regex(/^(\/|https:\/\/)/, 'href — phải là đường dẫn trong trang (bắt đầu bằng /) hoặc địa chỉ https://'),
          }),
        )
        .default([]),
    }),
});

/**
 * The footer's own prose (`content/site/footer.mdx`), shown on every page below the department's
 * name and contacts, which come from `content/organisation/co-quan.yaml`.
 */
const footer = defineCollection({
  loader: glob({ base: join(contentDir, 'site'), pattern: 'footer.{md,mdx}' }),
  schema: ({ image }) =>
    z.object({
      /** The notice asking re-users to cite the source. */
      citation: requiredText('lời nhắc ghi nguồn (citation)', 'citation: "Ghi rõ nguồn … khi sử dụng thông tin trên website này."'),
      /** The network-trust certification badge: image, alt text and the certificate's link. */
      trustBadge: z
        .object({
          image: image(),
          alt: requiredText('mô tả huy hiệu (trustBadge.alt)', 'alt: "Chứng nhận Tín nhiệm mạng"'),
          href: z.url(),
        })
        .optional(),
    }),
});

/** Standalone pages (`content/pages/<slug>.mdx` → `/<slug>/`), listed in the footer. */
const pages = defineCollection({
  loader: glob({ base: join(contentDir, 'pages'), pattern: '*.{md,mdx}' }),
  schema: z.object({
    /** The page's heading and title. */
    title: requiredText('tiêu đề (title)', 'title: "Tuyên bố về khả năng tiếp cận"'),
    /** One sentence for search engines. */
    description: requiredText('mô tả (description)', 'description: "…"'),
    /** Position among the footer links (smaller first). */
    order: z.number().int().default(100),
  }),
});

/** The department's identity, office and designated people (`content/organisation/co-quan.yaml`): see `src/schemas/organisation.ts`. */
const agency = defineCollection({
  loader: yamlFileLoader(join(organisationDir, 'co-quan.yaml'), 'co-quan', agencySchema),
  schema: agencySchema,
});

/** The leaders (`content/organisation/lanh-dao.yaml`), with optional photos beside the file. */
const leaders = defineCollection({
  loader: yamlFileLoader(
    join(organisationDir, 'lanh-dao.yaml'),
    'lanh-dao',
    createLeadersSchema({ image: () => imageFileSchema(() => organisationDir) }),
  ),
  schema: ({ image }) => createLeadersSchema({ image }),
});

/** The divisions and attached units (`content/organisation/don-vi.yaml`). */
const units = defineCollection({
  loader: yamlFileLoader(join(organisationDir, 'don-vi.yaml'), 'don-vi', unitsSchema),
  schema: unitsSchema,
});

/** Links to related agencies (`content/organisation/lien-ket.yaml`). */
const relatedLinks = defineCollection({
  loader: yamlFileLoader(join(organisationDir, 'lien-ket.yaml'), 'lien-ket', relatedLinksSchema),
  schema: relatedLinksSchema,
});

/** Administrative procedures and the public service portals (`content/organisation/thu-tuc-hanh-chinh.yaml`). */
const procedures = defineCollection({
  loader: yamlFileLoader(join(organisationDir, 'thu-tuc-hanh-chinh.yaml'), 'thu-tuc-hanh-chinh', proceduresSchema),
  schema: proceduresSchema,
});

/** The organisation's prose: functions and tasks (`organisation/chuc-nang-nhiem-vu.mdx`), the English "about" (`en/gioi-thieu.mdx`). */
const organisationTexts = defineCollection({
  loader: checkedMdxLoader(contentDir, ['organisation/*.mdx', 'en/*.mdx'], organisationTextSchema),
  schema: organisationTextSchema,
});

export const collections = {
  articles,
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
