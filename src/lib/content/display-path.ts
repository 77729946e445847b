import { isAbsolute, relative } from 'node:path';

/** A file path as an editor recognises it: relative to the project when inside it, else absolute. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
