import { isAbsolute, resolve } from 'node:path';

/**
 * The content tree the site is built from: `CONTENT_DIR` when set (benchmarks, tests and
 * forks point it elsewhere), else `content/` in the project. Always an absolute path.
 */
export function resolveContentDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  const dir = env.CONTENT_DIR?.trim() || 'content';
  return isAbsolute(dir) ? dir : resolve(cwd, dir);
}
