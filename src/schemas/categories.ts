/**
 * The chuyên mục list (`content/categories.yaml`), shared by the build's collection
 * (src/content.config.ts) and `npm run check`. Plain TypeScript with `.ts` imports, no Astro runtime.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { optionalText, parseSlugList, requiredText, SLUG_PATTERN } from './fields.ts';

/** One chuyên mục, in menu order. */
export const categorySchema = z.object({
  /** The URL part: `/chuyen-muc/<slug>/`. Letters a–z, digits and `-`. */
  slug: z
    .string({ error: 'thiếu slug — viết, ví dụ: slug: chuyen-doi-so' })
    .regex(SLUG_PATTERN, 'slug chỉ gồm chữ a–z không dấu, số và dấu - — viết, ví dụ: slug: chuyen-doi-so'),
  /** The name readers see. */
  name: requiredText('tên chuyên mục (name)', 'name: "Chuyển đổi số"'),
  /** One sentence about what the chuyên mục covers. */
  description: optionalText,
  /** Position in menus and on the home page (smaller first). */
  order: z.number({ error: 'order phải là một số nguyên — viết, ví dụ: order: 2' }).int().default(100),
  /** Show in the header menu. */
  menu: z.boolean({ error: 'menu phải là true hoặc false — viết menu: false để không hiện trên thanh menu' }).default(true),
});

/** The file, relative to the content tree. */
export const CATEGORIES_FILE = 'categories.yaml';

/** What `categories.yaml` must be, and the message when it is not. */
export const CATEGORIES_SHAPE = 'phải là một danh sách chuyên mục — mỗi mục viết: - slug: tin-tuc, name: Tin tức';

/** The entries of `categories.yaml` as the build's loader reads them: each with its `slug` as id. */
export function parseCategories(text: string): Array<Record<string, unknown>> {
  return parseSlugList(text, CATEGORIES_FILE, CATEGORIES_SHAPE);
}

/** The chuyên mục slugs listed in `<contentDir>/categories.yaml`. */
export function readCategorySlugs(contentDir: string): string[] {
  return parseCategories(readFileSync(join(contentDir, CATEGORIES_FILE), 'utf8')).map((c) => c.id as string);
}
