/**
 * Attributes of the tags in a body, written in MDX or as raw HTML: no `on…` event handler (it runs
 * code when the reader clicks or a photo loads), no `{…}` code, and every address checked by
 * `checkUrl`. One rule for both syntaxes, so raw HTML in a `.md` file cannot slip past.
 */
import type { Node, RuleContext } from '../types.ts';
import { checkSpreadAttribute, checkValueExpression } from './code.ts';
import { checkUrl } from './links.ts';

/** Attributes whose value is an address a browser loads or follows (compared in lower case). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'cite', 'background', 'longdesc']);
/** Attributes whose value is a list of addresses: `srcset` (comma-separated, each with a size), `ping` (space-separated). */
const URL_LIST_ATTRIBUTES: Record<string, (value: string) => string[]> = {
  srcset: (value) => value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
  ping: (value) => value.split(/\s+/),
};

/**
 * Checks every attribute of an MDX tag (`<span …>`, `<Figure …>`), reported under `label`. The
 * props in `fileProps` name a content component's file, which the component rule has already held
 * to the file rule (scheme included): they are not reported twice.
 */
export function checkJsxAttributes(node: Node, label: string, line: number, ctx: RuleContext, fileProps?: ReadonlySet<string>): void {
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      checkSpreadAttribute(label, line, ctx);
      continue;
    }
    const name = attribute.name ?? '';
    const isCode = Boolean(attribute.value) && typeof attribute.value === 'object';
    checkAttribute(label, name, isCode || fileProps?.has(name) ? undefined : attribute.value, line, ctx);
    if (isCode) checkValueExpression(label, name, line, ctx);
  }
}

/** Checks every attribute of a raw HTML element, named as written in HTML (`onerror`, `xlink:href`). */
export function checkHtmlAttributes(node: Node, label: string, line: number, ctx: RuleContext): void {
  for (const [property, value] of Object.entries(node.properties ?? {})) {
    // hast keeps list attributes (`ping`, and `srcset` in some parsers) as arrays.
    checkAttribute(label, htmlName(property), Array.isArray(value) ? value.join(property === 'srcSet' ? ', ' : ' ') : value, line, ctx);
  }
}

/** One attribute: an event handler is reported, an address (or each of a list) is checked. */
function checkAttribute(label: string, name: string, value: unknown, line: number, ctx: RuleContext): void {
  const lower = name.toLowerCase();
  if (/^on/i.test(name)) {
    ctx.report(line, `${label} ${name}`, `thuộc tính ${name} chạy mã trên máy người đọc, không được phép — xóa thuộc tính này`);
  } else if (typeof value === 'string' && URL_ATTRIBUTES.has(lower)) {
    checkUrl(value, line, `${label} ${name}`, ctx);
  } else if (typeof value === 'string' && URL_LIST_ATTRIBUTES[lower]) {
    for (const url of URL_LIST_ATTRIBUTES[lower](value).filter(Boolean)) checkUrl(url, line, `${label} ${name}`, ctx);
  }
}

/** The HTML name of a hast property (`onError` → `onerror`, `xLinkHref` → `xlink:href`, `srcSet` → `srcset`), as the editor wrote it. */
const htmlName = (property: string) => property.replace(/^xLink(?=[A-Z])/, 'xlink:').toLowerCase();
