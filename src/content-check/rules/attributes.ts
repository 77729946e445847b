/**
 * Attributes of the tags in an article, written in MDX or as raw HTML: no `on…` event handler
 * (it runs code when the reader clicks or a photo loads), no `{…}` code, and every address
 * checked by `checkUrl`. One rule for both syntaxes, so raw HTML in a `.md` file cannot slip past.
 */
import type { Node, RuleContext } from '../types.ts';
import { checkSpreadAttribute, checkValueExpression } from './code.ts';
import { checkUrl } from './urls.ts';

/** Attributes whose value is an address a browser loads or follows (compared in lower case). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href']);

/** Checks every attribute of an MDX tag (`<span …>`, `<Figure …>`), reported under `label`. */
export function checkJsxAttributes(node: Node, label: string, line: number, ctx: RuleContext): void {
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      checkSpreadAttribute(label, line, ctx);
      continue;
    }
    const name = attribute.name ?? '';
    const isCode = Boolean(attribute.value) && typeof attribute.value === 'object';
    checkAttribute(label, name, isCode ? undefined : attribute.value, line, ctx);
    if (isCode) checkValueExpression(label, name, line, ctx);
  }
}

/** Checks every attribute of a raw HTML element, named as written in HTML (`onerror`, `xlink:href`). */
export function checkHtmlAttributes(node: Node, label: string, line: number, ctx: RuleContext): void {
  for (const [property, value] of Object.entries(node.properties ?? {})) checkAttribute(label, htmlName(property), value, line, ctx);
}

/** One attribute: an event handler is reported, an address is checked. */
function checkAttribute(label: string, name: string, value: unknown, line: number, ctx: RuleContext): void {
  if (/^on/i.test(name)) {
    ctx.report(line, `${label} ${name}`, `thuộc tính ${name} chạy mã trên máy người đọc, không được phép — xóa thuộc tính này`);
  } else if (typeof value === 'string' && URL_ATTRIBUTES.has(name.toLowerCase())) {
    checkUrl(value, line, `${label} ${name}`, ctx);
  }
}

/** The HTML name of a hast property (`onError` → `onerror`, `xLinkHref` → `xlink:href`), as the editor wrote it. */
const htmlName = (property: string) => property.replace(/^xLink(?=[A-Z])/, 'xlink:').toLowerCase();
