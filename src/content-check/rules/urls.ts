/**
 * Addresses in an article's body (`[…](url)`, `href`, `src`…): every one passes `checkUrl`, which
 * refuses the ones that would run code and records the ones that lead to another article.
 */
import type { RuleContext } from '../types.ts';
import { articleSlugOf } from './links.ts';

/**
 * What is wrong with an address in an article, or `undefined` when a reader may follow it.
 * Today: `javascript:` and `vbscript:` addresses, however spaced or capitalised.
 */
export function urlProblem(url: string): string | undefined {
  // Browsers drop control characters and spaces inside a URL's scheme, so they must not hide one.
  // eslint-disable-next-line no-control-regex
  if (!/^(?:javascript|vbscript):/i.test(url.replace(/[\u0000-\u0020]/g, ''))) return undefined;
  return `liên kết "javascript:" chạy mã trên máy người đọc, không được phép — viết địa chỉ trang, ví dụ https://laichau.gov.vn/…`;
}

/** Checks one address written on `line` (reported under `field`); a link to an article is recorded. */
export function checkUrl(url: string, line: number, field: string, ctx: RuleContext): void {
  const problem = urlProblem(url);
  if (problem) {
    ctx.report(line, field, problem);
    return;
  }
  const slug = articleSlugOf(url, ctx.siteUrl);
  if (slug) ctx.link({ slug, line });
}
