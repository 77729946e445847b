/**
 * Every content schema of the site. The field descriptions double as the editors' reference:
 * an article's frontmatter is checked against `articleSchema` on every build.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { resolveContentDir } from './lib/content-dir';
import { parseVietnamDateTime } from './lib/dates';
import { normalizeStrings } from './lib/frontmatter';
import { normalizeText, tagKey } from './lib/slug';
import { articleLoader } from './loaders/articles';

const contentDir = resolveContentDir();

/** A date and time; written without an offset (`2022-08-08 09:30`) it is Vietnam time. */
const vietnamDateTime = (field: string) =>
  z.union([z.string(), z.date()], { error: `${field} phải là ngày giờ, ví dụ 2022-08-08 09:30` }).transform((value, ctx) => {
    if (value instanceof Date) return value;
    const date = parseVietnamDateTime(value);
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" không phải ngày giờ có thật. Viết theo dạng 2022-08-08 09:30 (giờ Việt Nam).`,
      });
      return z.NEVER;
    }
    return date;
  });

const requiredText = (what: string, example: string) =>
  z
    .string({ error: `thiếu ${what}. Viết, ví dụ: ${example}` })
    .transform(normalizeText)
    .refine((text) => text.length > 0, { message: `${what} không được để trống. Viết, ví dụ: ${example}` });

const optionalText = z.string().transform(normalizeText).optional();

/** The chuyên mục slugs of `categories.yaml`, read once so that `category` can be checked against them. */
function readCategorySlugs(): string[] {
  const path = join(contentDir, 'categories.yaml');
  const data: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path}: phải là một danh sách chuyên mục (mỗi mục có slug, name).`);
  return data.map((c: { slug?: unknown }) => String(c.slug));
}
const categorySlugs = readCategorySlugs();

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

/** The frontmatter of an article (`content/articles/<năm>/<slug>.mdx`). */
const articles = defineCollection({
  loader: articleLoader(join(contentDir, 'articles')),
  schema: ({ image }) =>
    z.object({
      /** Tiêu đề: the headline, shown on the page, in lists, feeds and search. */
      title: requiredText('tiêu đề (title)', 'title: "Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số"'),
      /** Sapo: the lead paragraph, shown under the title, in lists and as the page description. */
      description: requiredText('sapo (description)', 'description: "Sáng nay (08/8), Ủy ban Quốc gia…"'),
      /** Ngày đăng. Without an offset it is Vietnam time. A future date schedules the article. */
      publishedAt: vietnamDateTime('publishedAt'),
      /** Ngày cập nhật, when the article was corrected after publication. Never reorders lists. */
      updatedAt: vietnamDateTime('updatedAt').optional(),
      /** Chuyên mục: one `slug` from `content/categories.yaml`. */
      category: z
        .string({ error: `thiếu chuyên mục (category). Chọn một trong: ${categorySlugs.join(', ')}` })
        .refine((slug) => categorySlugs.includes(slug), {
          message: `chuyên mục không có trong content/categories.yaml. Chọn một trong: ${categorySlugs.join(', ')}`,
        }),
      /** Từ khóa: free tags. Tags that differ only by case or Unicode composition are one tag. */
      tags: z
        .array(z.string({ error: 'mỗi từ khóa (tags) phải là chữ' }), {
          error: 'tags phải là một danh sách, ví dụ: tags: ["chuyển đổi số", "Lai Châu"]',
        })
        .default([])
        .transform((tags) => {
          const seen = new Set<string>();
          return tags.map(normalizeText).filter((tag) => tag && !seen.has(tagKey(tag)) && seen.add(tagKey(tag)));
        }),
      /** Ảnh đại diện: a photo beside the article, with required alt text. */
      cover: z
        .object({
          /** The photo file, relative to the article: `./anh-1.jpg`. */
          src: image(),
          /** What the photo shows, for readers who cannot see it. Required. */
          alt: requiredText('mô tả ảnh (cover.alt)', 'alt: "Quang cảnh điểm cầu tỉnh Lai Châu"'),
          /** Chú thích shown under the photo. */
          caption: optionalText,
          /** Who took the photo, or "Ảnh minh họa". */
          credit: optionalText,
        })
        .optional(),
      /** Tác giả (byline). */
      author: optionalText,
      /** Nguồn: where the article was first published, if not here. */
      source: optionalText,
      /** `true` keeps the article out of the built site. */
      draft: z.boolean({ error: 'draft phải là true hoặc false' }).default(false),
      /** `true` puts the article in the home page's featured block. */
      featured: z.boolean({ error: 'featured phải là true hoặc false' }).default(false),
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
      menu: z.array(z.object({ label: z.string(), href: z.string() })).default([]),
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

export const collections = { articles, categories, site, footer, pages };
