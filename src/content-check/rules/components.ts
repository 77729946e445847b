/**
 * The content components (`<Figure>`, `<Document>`…): only those of src/components/content/ may be
 * used, each with its required props, and the files they name pass the file rule.
 */
import { CONTENT_COMPONENTS, isContentComponent, missingPropMessage, type ContentComponentSpec } from '../../components/content/names.ts';
import type { Node, RuleContext } from '../types.ts';
import { localFileProblem } from './files.ts';

/**
 * Checks the component `name` (a capitalised or dotted MDX tag) on `line`: an unknown one is
 * reported and `false` returned, so that the caller skips what it holds.
 */
export function checkComponent(node: Node, name: string, line: number, ctx: RuleContext): boolean {
  if (!isContentComponent(name)) {
    const known = Object.keys(CONTENT_COMPONENTS).map((n) => `<${n}>`);
    ctx.report(line, `<${name}>`, `không có thành phần <${name}> — dùng một trong: ${known.join(', ')}`);
    return false;
  }
  const spec: ContentComponentSpec = CONTENT_COMPONENTS[name];
  const values = textValues(node);
  // A registry reference (`<Document slug="…">`) stands instead of a file and its title.
  const reference = Object.keys(spec.references ?? {}).find((prop) => values.has(prop));
  if (reference) {
    const slug = values.get(reference)!.trim();
    // A `{…}` value is reported as code by the attribute rules.
    if (slug === CODE) return true;
    if (slug === '')
      ctx.report(
        line,
        `<${name}> ${reference}`,
        `thiếu tên văn bản — viết tên thư mục của văn bản, ví dụ: <${name} ${reference}="nghi-dinh-42-2022-nd-cp" />`,
      );
    else ctx.reference({ slug, line });
    return true;
  }
  for (const prop of Object.keys(spec.required)) {
    const value = values.get(prop);
    if (value === undefined || value.trim() === '') ctx.report(line, `<${name}> ${prop}`, missingPropMessage(name, prop));
  }
  for (const [prop, kind] of Object.entries(spec.files)) {
    const value = values.get(prop);
    // A `{…}` value is reported as code by the attribute rules; there is no file name to check.
    if (!value || value === CODE) continue;
    if (spec.urls?.includes(prop) && /^https:\/\//i.test(value)) continue;
    const problem = localFileProblem(ctx.scope, value, kind);
    if (problem) ctx.report(line, `<${name}> ${prop}`, problem);
  }
  return true;
}

/** The props of the component `name` that name a file (held to the file rule here, not again as addresses). */
export function fileProps(name: string): ReadonlySet<string> | undefined {
  return isContentComponent(name) ? new Set(Object.keys(CONTENT_COMPONENTS[name].files)) : undefined;
}

/** What a `{…}` value counts as: present (not a missing prop), but not a file name. */
const CODE = '{…}';

/** The component's props by name: their text, `''` for a bare prop, `CODE` for `{…}`. */
function textValues(node: Node): Map<string, string> {
  const values = new Map<string, string>();
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name)
      values.set(attribute.name, typeof attribute.value === 'string' ? attribute.value : attribute.value == null ? '' : CODE);
  }
  return values;
}
