/**
 * Every content schema of the site. The field descriptions double as the editors' reference:
 * an article's frontmatter is checked against `createArticleSchema` (src/schemas/article.ts, shared
 * with `npm run check`) on every build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { buildOptions } from './build-options';
import { normalizeStrings } from './lib/content/frontmatter';
import { articleLoader } from './loaders/articles';
import { documentLoader } from './loaders/documents';
import { createArticleSchema, optionalText, readCategorySlugs, requiredText, SHARE_PHOTO } from './schemas/article';
import { createDocumentSchema, DOCUMENT_TYPES_FILE, documentFileName, documentTypeSchema, readDocumentTypeSlugs } from './schemas/document';

const { contentDir } = buildOptions;

const categorySlugs = readCategorySlugs(contentDir);
const documentTypeSlugs = readDocumentTypeSlugs(contentDir);

/** One YAML file as a single entry, keeping its path so images beside it resolve. */
function singleYamlFile(path: string, id: string): Loader {
  return {
    name: 'single-yaml-file',
    load: async ({ store, parseData, config }) => {
      const raw = normalizeStrings(parse(readFileSync(path, 'utf8')) as Record<string, unknown>);
      store.clear();
      const data = await parseData({ id, data: raw, filePath: path });
      store.set({ id, data, filePath: relative(fileURLToPath(config.root), path) });
    },
  };
}

/** A loader for a file a content tree may leave out: without the file, the collection is empty. */
function ifPresent(path: string, loader: Loader): Loader {
  return { name: loader.name, load: async (context) => (existsSync(path) ? loader.load(context) : context.store.clear()) };
}

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

/** The site's identity (`content/site/site.yaml`): name, governing body, address, menu. */
const site = defineCollection({
  loader: singleYamlFile(join(contentDir, 'site/site.yaml'), 'site'),
  schema: ({ image }) =>
    z.object({
      /** The site's full name, as in the header: "Sở Thông tin và Truyền thông tỉnh Lai Châu". */
      name: requiredText('tên đơn vị (name)', 'name: "Sở Thông tin và Truyền thông tỉnh Lai Châu"'),
      /** A short name for titles and feeds: "Sở TT&TT Lai Châu". */
      shortName: requiredText('tên viết tắt (shortName)', 'shortName: "Sở TT&TT Lai Châu"'),
      /** The body the department belongs to, shown above its name: "Ủy ban nhân dân tỉnh Lai Châu". */
      governingBody: requiredText('cơ quan chủ quản (governingBody)', 'governingBody: "UBND tỉnh Lai Châu"'),
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

/** The contact footer (`content/site/footer.mdx`) shown on every page. */
const footer = defineCollection({
  loader: glob({ base: join(contentDir, 'site'), pattern: 'footer.{md,mdx}' }),
  schema: ({ image }) =>
    z.object({
      /** The department, in capitals as on its seal: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LAI CHÂU". */
      department: requiredText('tên cơ quan (department)', 'department: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LAI CHÂU"'),
      /** The governing body: "Ủy ban nhân dân tỉnh Lai Châu". */
      governingBody: requiredText('cơ quan chủ quản (governingBody)', 'governingBody: "Ủy ban nhân dân tỉnh Lai Châu"'),
      /** The person responsible for content, with their title. */
      responsible: z.object({
        name: requiredText('người chịu trách nhiệm (responsible.name)', 'name: "Ông Phạm Quang Cường"'),
        title: requiredText('chức vụ (responsible.title)', 'title: "Phó Giám đốc Sở …"'),
      }),
      /** Trụ sở: the office address. */
      address: requiredText('địa chỉ (address)', 'address: "Tầng 7, Nhà D, …"'),
      /** Điện thoại, as printed: "0213.3791.558". */
      phone: requiredText('số điện thoại (phone)', 'phone: "0213.3791.558"'),
      /** The newsroom's email. */
      email: z.email({ error: 'email không hợp lệ, ví dụ banbientap@laichau.gov.vn' }),
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

/** The registry's documents (`content/documents/<năm>/<slug>/index.md`): see `src/schemas/document.ts`. */
const documents = defineCollection({
  loader: documentLoader(join(contentDir, 'documents')),
  schema: createDocumentSchema({ file: documentFileName, typeSlugs: documentTypeSlugs }),
});

/** The document types (`content/documents/loai-van-ban.yaml`); a tree without documents may leave the file out. */
const documentTypes = defineCollection({
  loader: ifPresent(
    join(contentDir, DOCUMENT_TYPES_FILE),
    file(join(contentDir, DOCUMENT_TYPES_FILE), {
      parser: (text) => (parse(text) as Array<Record<string, unknown>>).map((t) => ({ ...t, id: String(t.slug) })),
    }),
  ),
  schema: documentTypeSchema,
});

export const collections = { articles, categories, site, footer, pages, documents, documentTypes };
