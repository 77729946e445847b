/**
 * The article frontmatter schema, shared by the Astro build (`src/content.config.ts`) and
 * `npm run check` (`scripts/check.ts`), so that both apply exactly the same rules.
 * It imports nothing from Astro's runtime (only `astro/zod`, plain Zod), and imports its
 * own modules with `.ts` extensions, so that Node runs it directly for the fast check.
 *
 * Every message is written for editors: what is wrong, then ` — ` and what to write instead.
 */
import { z } from 'astro/zod';
import { parseVietnamDateTime } from '../lib/dates/dates.ts';
import { normalizeText, tagKey, toSlug } from '../lib/text/slug.ts';
import { imageField, optionalText, requiredText, type ImageHelper } from './fields.ts';

/** A date and time; written without an offset (`2022-08-08 09:30`) it is Vietnam time. */
const vietnamDateTime = (field: string) =>
  z
    .union([z.string(), z.date()], { error: `thiếu hoặc sai ngày giờ — viết, ví dụ: ${field}: 2022-08-08 09:30` })
    .transform((value, ctx) => {
      if (value instanceof Date) return value;
      const date = parseVietnamDateTime(value);
      if (!date) {
        ctx.addIssue({
          code: 'custom',
          message: `"${value}" không phải ngày giờ có thật — viết theo dạng ${field}: 2022-08-08 09:30 (giờ Việt Nam)`,
        });
        return z.NEVER;
      }
      return date;
    });

/** What the article schema needs from its caller. */
export interface ArticleSchemaOptions<Image extends z.ZodType> {
  /**
   * The schema of an image field. Astro's build passes its `image()` (which resolves and
   * optimises the photo); the check passes one that applies the file rule (src/content-check/rules/files.ts).
   */
  image: ImageHelper<Image>;
  /** The chuyên mục an article may name in `category`. */
  categorySlugs: readonly string[];
}

/** The fields of an article other than its cover photo, built once per chuyên mục list. */
function articleFields(categorySlugs: readonly string[]) {
  const choices = categorySlugs.join(', ');
  return {
    /** Tiêu đề: the headline, shown on the page, in lists, feeds and search. */
    title: requiredText('tiêu đề', 'title: "Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số"'),
    /** Sapo: the lead paragraph, shown under the title, in lists and as the page description. */
    description: requiredText('sapo', 'description: "Sáng nay (08/8), Ủy ban Quốc gia…"'),
    /** Ngày đăng. Without an offset it is Vietnam time. A future date schedules the article. */
    publishedAt: vietnamDateTime('publishedAt'),
    /** Ngày cập nhật, when the article was corrected after publication. Never reorders lists. */
    updatedAt: vietnamDateTime('updatedAt').optional(),
    /** Chuyên mục: one `slug` from `content/categories.yaml`. */
    category: z.string({ error: `thiếu chuyên mục — chọn một trong: ${choices}` }).refine((slug) => categorySlugs.includes(slug), {
      error: (issue) => `chuyên mục "${String(issue.input)}" không có trong content/categories.yaml — chọn một trong: ${choices}`,
    }),
    /** Từ khóa: free tags. Tags that differ only by case or Unicode composition are one tag. */
    tags: z
      .array(
        z
          .string({ error: 'mỗi từ khóa phải là chữ — đặt từ khóa trong dấu ngoặc kép "…"' })
          // A tag gets its own page (/tu-khoa/<slug>/): one of only symbols or emoji would have none.
          .refine((tag) => toSlug(tag) !== '', {
            message: 'từ khóa phải có chữ hoặc số (chỉ có ký hiệu thì không tạo được trang từ khóa) — ví dụ: "chuyển đổi số"',
          }),
        {
          error: 'từ khóa phải là một danh sách — viết, ví dụ: tags: ["chuyển đổi số", "Lai Châu"]',
        },
      )
      .default([])
      .transform((tags) => {
        const seen = new Set<string>();
        return tags.map(normalizeText).filter((tag) => tag && !seen.has(tagKey(tag)) && seen.add(tagKey(tag)));
      }),
    /** Tác giả (byline). */
    author: optionalText,
    /** Nguồn: where the article was first published, if not here. */
    source: optionalText,
    /** `true` keeps the article out of the built site. */
    draft: z.boolean({ error: 'phải là true hoặc false — viết draft: true (bản nháp) hoặc bỏ dòng này' }).default(false),
    /** `true` puts the article in the home page's featured block. */
    featured: z.boolean({ error: 'phải là true hoặc false — viết featured: true hoặc bỏ dòng này' }).default(false),
  };
}

/** The cover's fields other than the photo file itself. */
const coverFields = {
  /** What the photo shows, for readers who cannot see it. Required. */
  alt: requiredText('mô tả ảnh', 'alt: "Quang cảnh điểm cầu tỉnh Lai Châu"'),
  /** Chú thích shown under the photo. */
  caption: optionalText,
  /** Who took the photo, or "Ảnh minh họa". */
  credit: optionalText,
};

const fieldsByCategories = new Map<string, ReturnType<typeof articleFields>>();

/**
 * The frontmatter of an article (`content/articles/<năm>/<slug>.mdx`).
 * Astro asks for the schema once per article (its `image` knows the article's folder), so only
 * the cover's `src` is built each time: building all of it for 10,000 articles took over a second.
 */
export function createArticleSchema<Image extends z.ZodType>({ image, categorySlugs }: ArticleSchemaOptions<Image>) {
  const key = categorySlugs.join('\n');
  let fields = fieldsByCategories.get(key);
  if (!fields) fieldsByCategories.set(key, (fields = articleFields(categorySlugs)));
  const { title, description, publishedAt, updatedAt, category, tags, ...rest } = fields;
  return z.object({
    title,
    description,
    publishedAt,
    updatedAt,
    category,
    tags,
    /** Ảnh đại diện: a photo beside the article, with required alt text. */
    cover: z
      .object(
        {
          /** The photo file, relative to the article: `./anh-1.jpg`. */
          src: imageField(image),
          ...coverFields,
        },
        { error: 'ảnh đại diện phải có src và alt — viết, ví dụ: cover: { src: ./anh-1.jpg, alt: "…" }' },
      )
      .optional(),
    ...rest,
  });
}

/**
 * The field the build adds to an article without a cover: the first photo its body shows
 * (`src/loaders/articles.ts`), so that sharing it shows that photo rather than the logo. Never
 * written by editors: the loader replaces whatever a file says.
 */
export const SHARE_PHOTO = 'sharePhoto' as const;

/** An article's frontmatter after validation. */
export type ArticleData<Image extends z.ZodType = z.ZodType<string>> = z.output<ReturnType<typeof createArticleSchema<Image>>>;
