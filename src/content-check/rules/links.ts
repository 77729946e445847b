/**
 * Addresses in a body (`[…](url)`, `href`, `src`…): each passes the scheme allow-list, a relative
 * path to a file (`./ke-hoach.pdf`) passes the file rule, and a link to an article
 * (`/tin-tuc/<slug>/`) is recorded, then checked once every article is known, so that none leads a
 * reader to a missing, draft or not-yet-published article.
 */
import type { Problem } from '../problems.ts';
import type { ArticleLink, CheckedArticle, LinkSource, RuleContext } from '../types.ts';
import { isRemote, localFileProblem } from './files.ts';
import { urlProblem } from './urls.ts';

/** A relative path to a file beside the content file: `./…` or `../…`, ending in a file name with an extension. */
const LOCAL_FILE = /^\.\.?\/(?:[^/]*\/)*[^/]+\.[a-z0-9]{1,5}$/i;

/**
 * Checks one address written on `line` (reported under `field`): its scheme; the file, when it is
 * a relative path to one (`./ke-hoach.pdf`); a link to an article is recorded.
 */
export function checkUrl(url: string, line: number, field: string, ctx: RuleContext): void {
  const schemeProblem = urlProblem(url);
  if (schemeProblem) {
    ctx.report(line, field, schemeProblem);
    return;
  }
  const path = url.trim().split(/[?#]/)[0] ?? '';
  if (LOCAL_FILE.test(path)) {
    const problem = localFileProblem(ctx.scope, safeDecode(path), 'file');
    if (problem) ctx.report(line, field, problem);
    return;
  }
  const slug = articleSlugOf(url, ctx.siteUrl);
  if (slug) ctx.link({ slug, line });
}

/** A path with its `%xx` escapes decoded, as the browser asks the server for it (unchanged when malformed). */
function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The slug of an article link (`/tin-tuc/<slug>/`, also as a full address on this site), else `undefined`. */
export function articleSlugOf(url: string, siteUrl?: string): string | undefined {
  let path = url.trim();
  if (isRemote(path) || path.startsWith('//')) {
    if (!siteUrl) return undefined;
    let target: URL;
    let site: URL;
    try {
      target = new URL(path, siteUrl);
      site = new URL(siteUrl);
    } catch {
      return undefined;
    }
    if (target.host !== site.host || !/^https?:$/.test(target.protocol)) return undefined;
    path = target.pathname;
  }
  const match = /^\/tin-tuc\/([^/?#]+)\/?(?:[?#].*)?$/.exec(path);
  const slug = match?.[1];
  if (!slug || slug === 'trang') return undefined;
  try {
    return decodeURIComponent(slug).normalize('NFC');
  } catch {
    return slug;
  }
}

/**
 * When readers see a page or the footer: always, as if published before any article, so that a
 * link from it to a draft, or to an article still scheduled, is reported like one from an article.
 */
export const ALWAYS_PUBLIC = { draft: false, publishedAt: new Date(-8.64e15) } as const;

/** Every link of `linksOf` that would lead readers nowhere, on the linking file's line. */
export function linkProblems(linksOf: Map<LinkSource, ArticleLink[]>, bySlug: Map<string, CheckedArticle>, now: Date): Problem[] {
  const problems: Problem[] = [];
  for (const [source, links] of linksOf) {
    for (const link of links) {
      const message = linkProblem(source, bySlug.get(link.slug), link.slug, now);
      if (message) problems.push({ file: source.file, line: link.line, field: 'liên kết', message });
    }
  }
  return problems;
}

/**
 * Why a link to `/tin-tuc/<slug>/` would lead readers nowhere: no such article, or it is a draft,
 * or it is still scheduled (not yet on the site) and will appear only after the linking file. A
 * link from an old article to a newer one that is already published is fine.
 */
function linkProblem(from: LinkSource, to: CheckedArticle | undefined, slug: string, now: Date): string | undefined {
  if (!to)
    return `không có bài viết nào ở địa chỉ /tin-tuc/${slug}/ — sửa lại địa chỉ theo tên tệp của bài muốn liên kết (không có năm): /tin-tuc/ten-tep-bai-viet/`;
  if (!from.data || !to.data || from.data.draft) return undefined;
  if (to.data.draft)
    return `bài /tin-tuc/${slug}/ đang là bản nháp (draft: true) nên người đọc chưa mở được — đăng bài đó trước, hoặc bỏ liên kết`;
  if (to.data.publishedAt > now && from.data === ALWAYS_PUBLIC)
    return `bài /tin-tuc/${slug}/ hẹn giờ đăng, chưa lên trang nên liên kết sẽ hỏng đến lúc đó — thêm liên kết sau khi bài đó đã lên trang`;
  if (to.data.publishedAt > now && to.data.publishedAt > from.data.publishedAt)
    return `bài /tin-tuc/${slug}/ hẹn giờ đăng sau bài này, liên kết sẽ hỏng đến lúc đó — đặt publishedAt của bài này sau bài kia, hoặc bỏ liên kết`;
  return undefined;
}
