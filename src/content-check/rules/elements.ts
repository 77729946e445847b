/**
 * HTML tags an article may not use, written in MDX (`<iframe …>`) or as raw HTML in a `.md` file:
 * they run code, embed other sites, restyle the page or send readers' input elsewhere.
 */
import type { RuleContext } from '../types.ts';

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'frame',
  'frameset',
  'base',
  'link',
  'meta',
  'form',
  'img',
]);

/** What to write instead of a forbidden tag, where there is a better way than removing it. */
const INSTEAD: Record<string, string> = {
  iframe: 'để đưa video, dùng <Video src="https://…" title="…" />',
  // A photo from an <img> would skip the optimised sizes, and could come from another site.
  img: 'dùng <Figure src="./anh-1.jpg" alt="…" /> với ảnh đặt cạnh bài viết',
};

/**
 * Reports the HTML tag `name` (as written: `iframe`, `iFrame`) on `line` when an article may not
 * use it. Returns whether it did, so that the caller can skip what the tag holds.
 */
export function checkElement(name: string, line: number, ctx: RuleContext): boolean {
  const tag = name.toLowerCase();
  if (!FORBIDDEN_ELEMENTS.has(tag)) return false;
  ctx.report(line, `<${name}>`, `thẻ <${tag}> không được dùng trong bài viết (an toàn cho người đọc) — ${INSTEAD[tag] ?? 'xóa thẻ này'}`);
  return true;
}
