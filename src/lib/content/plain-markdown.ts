/**
 * Constructs the two pipelines write differently, byte for byte, though a browser shows them
 * alike: void elements (`<hr>` vs `<hr/>`, `<br>`, task-list `<input>`), boolean attributes
 * (footnotes), attribute order (Markdown images), and code highlighting. Rare in news prose.
 */
const SERIALISED_DIFFERENTLY = [
  /!\[/, // image
  /\[\^/, // footnote
  /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/m, // thematic break (or a setext heading underline)
  /^ {0,3}=+[ \t]*$/m, // setext heading underline
  /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[[ xX]\]/m, // task list item
  / {2,}$|\\$/m, // hard line break
  /^ {0,3}(?:```|~~~)/m, // fenced code
];

/**
 * Whether the body of an `.mdx` file is plain Markdown that the MDX compiler and the Markdown
 * pipeline turn into the same HTML: no `import`/`export`, no JSX or HTML tag (`<`), no
 * expression (`{`, `}`), no indented line (MDX has no indented code blocks, Markdown does),
 * and none of the constructs the two serialise differently (see above).
 * Such files skip the MDX compiler, which costs a build far more time and memory per file.
 * Deliberately conservative: anything doubtful takes the MDX path, which is always correct.
 *
 * @example isPlainMarkdown('Một đoạn **văn**.') // true
 * @example isPlainMarkdown('<Figure src="./anh-1.jpg" alt="…" />') // false
 */
export function isPlainMarkdown(body: string): boolean {
  if (/[<{}]/.test(body) || /^(?:import|export)\b|^(?: {4}|\t)/m.test(body)) return false;
  return !SERIALISED_DIFFERENTLY.some((pattern) => pattern.test(body));
}

/**
 * Brings the Markdown pipeline's HTML to the exact bytes the MDX compiler writes for the same
 * plain body. The two serialise two details differently: table cell alignment
 * (`style="text-align: right"` vs `style="text-align:right"`) and a trailing newline.
 * Only attributes are touched: text that reads `style="…"` is escaped (`&quot;`) in HTML.
 */
export function asMdxWouldWrite(html: string): string {
  return html.replace(/ style="text-align: (left|right|center)"/g, ' style="text-align:$1"').replace(/\n+$/, '');
}
