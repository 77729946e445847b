/**
 * MDX and Markdown that the parser cannot read: its English error, at its line and column,
 * explained in Vietnamese with what to write instead. The parser is the one the build uses, so a
 * file this accepts is a file the build can read.
 */
import type { Problem } from '../problems.ts';

/** A parser error turned into a problem an editor can act on, with line and column when the parser gives them. */
export function syntaxProblem(file: string, error: unknown): Problem {
  const text = error instanceof Error ? error.message : String(error);
  // The parser writes `line:column: what (rule-name)`; the rule name means nothing to an editor.
  const match = /^(\d+):(\d+):\s*([\s\S]*?)(?:\s*\([\w:-]+\))?$/.exec(text);
  const field = 'nội dung (MDX)';
  if (!match) return { file, line: 1, field, message: explainSyntaxError(text) };
  return { file, line: Number(match[1]), column: Number(match[2]), field, message: explainSyntaxError(match[3] ?? text) };
}

/** The parser's English message, explained in Vietnamese with what to write instead. */
export function explainSyntaxError(detail: string): string {
  let m: RegExpExecArray | null;
  if ((m = /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/.exec(detail))) {
    return `thẻ đóng </${m[1]}> không khớp với thẻ mở <${m[2]}> — đóng thẻ <${m[2]}> bằng </${m[2]}> trước`;
  }
  if ((m = /Unexpected closing tag `<\/([^>]*)>`/.exec(detail))) {
    return `thẻ đóng </${m[1]}> không có thẻ mở tương ứng — xóa </${m[1]}> hoặc thêm <${m[1]}> phía trước`;
  }
  if ((m = /Expected a closing tag for `<([^>]*)>`/.exec(detail))) {
    return `thẻ <${m[1]}> chưa được đóng — thêm </${m[1]}> sau nội dung của thẻ, hoặc viết <${m[1]} … /> nếu thẻ không có nội dung`;
  }
  if (/comment in MDX/.test(detail)) {
    return `MDX không dùng ghi chú <!-- … --> — viết {/* ghi chú */}`;
  }
  if (/closing brace|expression/i.test(detail)) {
    return `dấu { không hợp lệ ở đây — muốn hiện dấu ngoặc nhọn thì viết \\{ ; ghi chú ẩn thì viết {/* ghi chú */}`;
  }
  if (/after `<`|valid JSX tag|before name|attribute/i.test(detail)) {
    return `thẻ <…> viết chưa đúng (thiếu dấu > hoặc />, hoặc giá trị thiếu dấu ngoặc kép) — viết, ví dụ: <Figure src="./anh-1.jpg" alt="Mô tả ảnh" />; muốn hiện dấu < thì viết \\<`;
  }
  return `MDX sai cú pháp (${detail}) — kiểm tra các thẻ <…> đã đóng đủ, giá trị trong dấu ngoặc kép, và viết \\{ \\< nếu muốn hiện các dấu này`;
}
