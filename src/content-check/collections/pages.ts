/**
 * The standalone pages (`pages/<slug>.mdx` → `/<slug>/`): frontmatter against the build's schema,
 * bodies by the body rules, and no two files with one address.
 */
import { join } from 'node:path';
import { isPageFile, pageSlug } from '../../lib/content/page-files.ts';
import { pageSchema } from '../../schemas/pages.ts';
import { checkEntryFile } from '../entry-file.ts';
import { duplicateAddressProblem } from '../rules/duplicates.ts';
import { ALWAYS_PUBLIC } from '../rules/links.ts';
import type { CollectionCheck } from '../types.ts';

const FOLDER = 'pages/';

/** Checks every page. */
export const checkPages: CollectionCheck = (ctx) => {
  const files = ctx.files.filter((path) => path.startsWith(FOLDER) && isPageFile(path.slice(FOLDER.length)));
  const bySlug = new Map<string, string>();
  for (const path of files) {
    const file = join(ctx.contentDir, path);
    const slug = pageSlug(path);
    const earlier = bySlug.get(slug);
    if (earlier) ctx.problems.push(duplicateAddressProblem(file, earlier, `/${slug}/`, 'trang'));
    else bySlug.set(slug, file);
    const entry = checkEntryFile(ctx, file, pageSchema, { of: 'trang', fields: 'title:, description:' });
    if (entry.links.length > 0) ctx.linksOf.set({ file, data: ALWAYS_PUBLIC }, entry.links);
  }
  if (files.length > 0) ctx.checked.push(`${files.length} trang`);
};
