import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckContext } from '../types.ts';

/**
 * Reports that the file `path` (relative to the content tree) the site needs is missing, naming
 * `what` it is and `how` to write it. Nothing when something else stands there (a link, a folder):
 * the file rule has already reported it.
 */
export function missingFileProblem(ctx: CheckContext, path: string, what: string, how: string): void {
  const file = join(ctx.contentDir, path);
  if (lstatSync(file, { throwIfNoEntry: false })) return;
  ctx.problems.push({ file, line: 1, field: 'tệp', message: `thiếu ${what} (${path}) — tạo tệp này; ${how}` });
}
