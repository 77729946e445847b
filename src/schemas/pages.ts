/**
 * Standalone pages (`content/pages/<slug>.mdx` → `/<slug>/`, listed in the footer), shared by the
 * build's collection (src/content.config.ts) and `npm run check`. Plain TypeScript with `.ts` imports.
 */
import { z } from 'astro/zod';
import { requiredText } from './fields.ts';

/** The frontmatter of a page. */
export const pageSchema = z.object({
  /** The page's heading and title. */
  title: requiredText('tiêu đề (title)', 'title: "Tuyên bố về khả năng tiếp cận"'),
  /** One sentence for search engines. */
  description: requiredText('mô tả (description)', 'description: "…"'),
  /** Position among the footer links (smaller first). */
  order: z.number({ error: 'order phải là một số nguyên — viết, ví dụ: order: 2' }).int().default(100),
});
