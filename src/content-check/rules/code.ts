/**
 * Code in an MDX article: `import`/`export` lines, `{…}` expressions and `{…}` attributes. MDX
 * would run them on the machine that builds the site, so an article may hold none of them; the
 * content components are available without an import.
 */
import type { RuleContext } from '../types.ts';

/** An `import` or `export` line (an `mdxjsEsm` node) on `line`. */
export function checkImportExport(line: number, ctx: RuleContext): void {
  ctx.report(
    line,
    'import/export',
    `bài viết không được nhập (import) hay xuất (export) mã — xóa dòng này; các thành phần <Figure>, <Gallery>, <Document>, <Note>, <Video> đã có sẵn, không cần import`,
  );
}

/** A `{…}` expression in the text; only a comment, `{/* … *\/}`, is allowed. */
export function checkExpression(code: string, line: number, ctx: RuleContext): void {
  if (isComment(code)) return;
  ctx.report(
    line,
    'nội dung',
    `dấu { … } là mã lập trình, không được dùng trong bài viết — muốn hiện dấu ngoặc nhọn thì viết \\{ ; ghi chú ẩn thì viết {/* ghi chú */}`,
  );
}

/** A `{...code}` attribute on the tag labelled `label` (`<Figure>`). */
export function checkSpreadAttribute(label: string, line: number, ctx: RuleContext): void {
  ctx.report(line, label, `thuộc tính {…} là mã lập trình, không được dùng trong bài viết — viết từng thuộc tính dạng ten="giá trị"`);
}

/** An attribute `name={code}` on the tag labelled `label`. */
export function checkValueExpression(label: string, name: string, line: number, ctx: RuleContext): void {
  ctx.report(
    line,
    `${label} ${name}`,
    `giá trị {…} là mã lập trình, không được dùng trong bài viết — viết giá trị trong dấu ngoặc kép: ${name}="…"`,
  );
}

/** Whether an expression is only one comment: `{/* a *\/ x /* b *\/}` holds code between two. */
const isComment = (code: string) => /^\s*\/\*[\s\S]*?\*\/\s*$/.test(code) && !/\*\/[\s\S]*\/\*/.test(code);
