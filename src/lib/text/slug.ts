/** Longest slug we produce; long Vietnamese titles are cut at a word boundary below this. */
export const MAX_SLUG_LENGTH = 80;

/**
 * Turns Vietnamese text into a URL slug: tone marks removed, `đ`/`Đ` → `d`, lower case,
 * anything else that is not a letter or digit becomes a single `-`.
 * NFC and NFD input give the same slug. Slugs made from titles are cut at a word boundary
 * to at most `maxLength` characters; pass `Infinity` to keep a file name whole.
 *
 * @example toSlug('Điện Biên: chuyển đổi số') // 'dien-bien-chuyen-doi-so'
 */
export function toSlug(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const folded = text
    .normalize('NFC')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, maxLength)).replace(/-+$/, '');
}

/**
 * The key under which two tags count as the same tag: NFC, trimmed, inner spaces collapsed,
 * lower case (Vietnamese-aware). "Chuyển đổi số" and "chuyển  ĐỔI số" share one key.
 */
export function tagKey(tag: string): string {
  return normalizeText(tag).toLocaleLowerCase('vi');
}

/** Unicode NFC with surrounding white space trimmed and inner runs of white space collapsed. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}
