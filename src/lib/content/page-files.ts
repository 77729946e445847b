/**
 * Which files are standalone pages and what their addresses are: one definition for the Astro
 * loader and for `npm run check`. A page's address is its file name, like an article's:
 * `content/pages/gioi-thieu.mdx` → `/gioi-thieu/`.
 */
import { basename } from 'node:path';
import { toSlug } from '../text/slug.ts';

/** The glob pattern of page files under `pages/`: `.md` and `.mdx`, not in sub-folders. */
export const PAGE_PATTERN = '*.{md,mdx}';

/** Whether a path relative to `pages/` is a page file (the same rule as `PAGE_PATTERN`). */
export const isPageFile = (relativePath: string) => /^[^/\\]+\.mdx?$/.test(relativePath);

/** A page's slug: its file name without the extension, as an address (`Giới thiệu.mdx` → `gioi-thieu`). */
export const pageSlug = (entry: string) => toSlug(basename(entry).replace(/\.mdx?$/i, ''), Infinity);
