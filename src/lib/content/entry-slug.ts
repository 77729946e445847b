/**
 * An entry's address from its path: plain string work with no Node import, so that the admin's
 * browser bundle (src/admin/) names an article exactly as the loader and `npm run check` do.
 */
import { toSlug } from '../text/slug.ts';

/**
 * The entry's slug: its file name, or its folder's name for `<slug>/index.mdx`. The year folders
 * above it are not part of the URL. Either separator, `/` or `\`, is read.
 *
 * @example slugFromEntryPath('2022/ten-bai-co-anh/index.mdx') // 'ten-bai-co-anh'
 */
export function slugFromEntryPath(entry: string): string {
  const parts = entry.split(/[\\/]/).filter(Boolean);
  const name = (parts.pop() ?? '').replace(/\.(md|mdx)$/i, '');
  return toSlug(name === 'index' ? (parts.pop() ?? '') : name, Infinity);
}
