/**
 * Photos: Markdown images (`![mô tả](./anh-1.jpg)`) need alt text and a file that passes the file
 * rule; the image fields of frontmatter and data files (a cover, the logo) pass the same rule.
 */
import { z } from 'astro/zod';
import type { Node, RuleContext } from '../types.ts';
import { localFileProblem, type FileScope, type ReferenceKind } from './files.ts';

/** Checks a Markdown image on `line`: its alt text and its file. */
export function checkImage(node: Node, line: number, ctx: RuleContext): void {
  if (!node.alt?.trim())
    ctx.report(
      line,
      'ảnh',
      `thiếu mô tả ảnh cho người không xem được ảnh — viết mô tả trong ngoặc vuông: ![Quang cảnh hội nghị](${node.url})`,
    );
  if (node.url) {
    const problem = localFileProblem(ctx.scope, node.url, 'image');
    if (problem) ctx.report(line, 'ảnh', problem);
  }
}

/**
 * The schema of an image field for `npm run check`, in place of the build's `image()`: the file
 * rule, from the file `scopeOf()` returns (the one being checked), where the build would import
 * and optimise it. `kind` is `emblem` for the site's own SVG emblem and badge.
 */
export function imageFileSchema(scopeOf: () => FileScope, kind: ReferenceKind = 'image') {
  return z.string({ error: 'thiếu đường dẫn ảnh — viết, ví dụ: src: ./anh-1.jpg' }).superRefine((reference, ctx) => {
    const problem = localFileProblem(scopeOf(), reference, kind);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}
