/**
 * MDX escapes through the admin's rich-text editor. An article's `\{` and `\<` (a brace or an
 * angle bracket meant as text: MDX would read code or a tag) are read by the editor's Markdown
 * parser as plain `{` and `<`, and its serializer writes them back bare, which `npm run check`
 * then refuses. `remarkMdxEscapes` puts the backslash back in every text node as the editor writes
 * Markdown: text only, so code, raw HTML and the content components' blocks are left alone.
 */

/** `text` with each `{` and `<` not already escaped preceded by a backslash. */
export function escapeMdxText(text: string): string {
  let out = '';
  let backslashes = 0;
  for (const char of text) {
    if ((char === '{' || char === '<') && backslashes % 2 === 0) out += '\\';
    out += char;
    backslashes = char === '\\' ? backslashes + 1 : 0;
  }
  return out;
}

/** What remark-stringify's compiler looks like to a plugin. */
interface Compiler {
  prototype: { visitors: Record<string, (node: unknown, parent?: unknown) => string> };
}

/**
 * A remark plugin for Decap's Markdown widget (`CMS.registerRemarkPlugin`): on the way out
 * (Markdown written from the editor), each text node is escaped. Decap also runs it on the way in,
 * where there is no compiler: it does nothing then.
 */
export function remarkMdxEscapes(this: { Compiler?: Compiler }): void {
  const visitors = this.Compiler?.prototype?.visitors;
  if (!visitors?.text) return;
  const text = visitors.text;
  visitors.text = function (this: unknown, node, parent) {
    return escapeMdxText(text.call(this, node, parent));
  };
}
