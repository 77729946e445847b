/**
 * Photos in an article: Markdown images (`![mô tả](./anh-1.jpg)`) need alt text and a file
 * beside the article; the cover photo's file is checked by the same rule as the body's.
 */
import { z } from 'astro/zod';
import type { Node, RuleContext } from '../types.ts';
import { localFileProblem } from './files.ts';

/** Checks a Markdown image on `line`: its alt text and its file. */
export function checkImage(node: Node, line: number, ctx: RuleContext): void {
  if (!node.alt?.trim())
    ctx.report(
      line,
      'ảnh',
      `thiếu mô tả ảnh cho người không xem được ảnh — viết mô tả trong ngoặc vuông: ![Quang cảnh hội nghị](${node.url})`,
    );
  if (node.url) {
    const problem = localFileProblem(ctx.dir, node.url, 'image');
    if (problem) ctx.report(line, 'ảnh', problem);
  }
}

/**
 * The schema of the cover photo's `src` for `npm run check`, in place of the build's `image()`:
 * it checks that the file lies in the folder `dirOf()` returns (the article being checked), where
 * the build would import and optimise it.
 */
export function imageFileSchema(dirOf: () => string) {
  return z.string({ error: 'thiếu đường dẫn ảnh — viết, ví dụ: src: ./anh-1.jpg' }).superRefine((reference, ctx) => {
    const problem = localFileProblem(dirOf(), reference, 'image');
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}
