/**
 * Which files are articles and what their slugs are: one definition for the Astro loader and for
 * `npm run check`, so both see the same articles under the same addresses.
 */
import { readContentTree } from './content-tree.ts';

// The slug rule itself is plain string work in its own module, which the admin's browser bundle imports.
export { slugFromEntryPath } from './entry-slug.ts';

/** The glob patterns of article files under `articles/`: `.md`/`.mdx`, skipping `_`-prefixed files and folders. */
export const ARTICLE_PATTERNS = ['**/*.{md,mdx}', '!**/_*/**', '!**/_*'];

/** Whether a path relative to `articles/` is an article file (the same rule as `ARTICLE_PATTERNS`). */
export function isArticleFile(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/);
  return /\.mdx?$/.test(relativePath) && !parts.some((part) => part.startsWith('_'));
}

/**
 * Article files under `articlesDir`, relative to it, in a stable order (none if it does not exist).
 * Only regular files: a symbolic link is never an article (`npm run check` reports each one).
 */
export function listArticleFiles(articlesDir: string): string[] {
  return readContentTree(articlesDir).files.filter(isArticleFile);
}
