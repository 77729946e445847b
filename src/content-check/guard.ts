/**
 * The build's side of the content rules. `npm run build` runs the check first, but Astro starts
 * beside it, and `astro build` or `astro dev` may run without it: every place where the build reads
 * a content file calls these, so that it refuses what the check refuses, with the check's lines.
 *
 * - the loaders (src/loaders/content-glob.ts, src/content.config.ts): `guardEntry` for each
 *   Markdown/MDX entry they read, `guardContentFile` for each data file;
 * - the Vite guard (src/integrations/content-mdx.ts): `guardEntry` for each MDX module it compiles,
 *   and `guardImport` for every file a content file makes Vite import (an MDX file's photos and
 *   documents, `astro:assets`' imports of covers and Markdown images, the content modules themselves).
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkBody } from './body.ts';
import { formatProblem, sortProblems, type Problem } from './problems.ts';
import { contentFileProblem, fileScope, isInside, localFileProblem, realTree } from './rules/files.ts';

/** One line per problem, in reading order, as `npm run check` prints them. */
const report = (problems: Problem[]) =>
  sortProblems(problems)
    .map((problem) => formatProblem(problem))
    .join('\n');

/** Stops the build with one line per problem, as `npm run check` prints them; nothing when there are none. */
export function stopOn(problems: Problem[]): void {
  if (problems.length > 0) throw new Error(report(problems));
}

/**
 * Stops a content loader with one line per problem. Astro prints a loader error's `loc` as its
 * location and its stack below it: pointing both at the editor's file keeps the loader's internals
 * out of the message.
 */
export function stopWith(problems: Problem[]): never {
  const [first] = sortProblems(problems);
  const error = new Error(report(problems));
  error.stack = error.message;
  throw Object.assign(error, first && { loc: { file: first.file, line: first.line, column: 1 } });
}

/** Stops the build unless `file` is a regular file really inside the content tree (the file rule). */
export function guardContentFile(contentDir: string, file: string): void {
  const message = contentFileProblem(contentDir, file);
  stopOn(message ? [{ file, line: 1, field: 'tệp', message }] : []);
}

/**
 * Stops the build unless the Markdown/MDX file `file` passes the file rule and its body (`source`,
 * the whole file) the body rules: no code, no forbidden tag or handler, no address outside the
 * scheme allow-list, no file outside its folder or behind a link.
 */
export function guardEntry(contentDir: string, file: string, source: string): void {
  guardContentFile(contentDir, file);
  stopOn(checkBody(file, source.normalize('NFC'), { contentDir }).problems);
}

/**
 * Stops the build when Vite is about to read a file of the content tree that the file rule refuses.
 * `source` and `importer` are what Vite's `resolveId` hook is given; `projectRoot` resolves the
 * `importer=` that astro:assets puts in its content image imports (`./anh.jpg?astroContentImageFlag&importer=…`).
 * Only two kinds of import are a content file's: a relative path from a file inside the tree, and
 * an absolute path into the tree. Vite resolves links to their targets before any later hook, so
 * this must run when the path is still the one content names.
 */
export function guardImport(contentDir: string, source: string, importer: string | undefined, projectRoot: string): void {
  const [path = '', query = ''] = source.split('?');
  const importerParam = query ? new URLSearchParams(query).get('importer') : null;
  const from = importerParam ? fileURLToPath(new URL(importerParam, pathToFileURL(`${projectRoot}/`))) : importer?.split('?')[0];
  const fromTree = from && /^\.\.?\//.test(path) ? treeOf(contentDir, resolve(from)) : undefined;
  if (from && fromTree) {
    const message = localFileProblem(fileScope(fromTree, from), path, 'file');
    stopOn(message ? [{ file: from, line: 1, field: 'tệp', message }] : []);
    return;
  }
  const targetTree = isAbsolute(path) ? treeOf(contentDir, resolve(path)) : undefined;
  if (targetTree) guardContentFile(targetTree, resolve(path));
}

/**
 * Which spelling of the content tree `path` lies in, if any: as written, or as its real path, by
 * which Vite names the files it has resolved (see `realTree`).
 */
function treeOf(contentDir: string, path: string): string | undefined {
  return [resolve(contentDir), realTree(contentDir)].find((root) => isInside(path, root));
}
