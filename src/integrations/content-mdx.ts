import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkBody } from '../content-check/body.ts';
import { formatProblem, sortProblems, type Problem } from '../content-check/problems.ts';
import { localFileProblem } from '../content-check/rules/files.ts';
import { eagerFirstFigure } from '../lib/content/first-image';
import { CONTENT_FILE_QUERY, importLocalFiles, type LocalFileReference } from '../lib/content/mdx-file-imports';
import { prefixSiteLinks } from '../lib/content/url';

/**
 * A Vite plugin for the MDX files of the content tree: reads them as NFC text (Vietnamese typed
 * on some systems arrives decomposed), and turns content components' relative file paths into
 * imports, stopping with `npm run check`'s own messages (the same rules, the same formatter) when a
 * file is unsafe or a file it names is missing. The check, run first by the build, reports them
 * earlier; this guards `npm run dev`, `astro build` and the MDX files outside the articles too.
 *
 * A document or video import (`./ke-hoach.pdf?content-file`) becomes `{ url, bytes, name }`: the
 * file is emitted with the site (never inlined as data), and its size is known for the reader.
 * The first photo of an article without a cover loads eagerly (see `eagerFirstFigure`), and site
 * links get the base of a sub-path build (see `prefixSiteLinks`).
 */
export function contentMdx(contentDir: string, base = '/'): Plugin {
  const root = resolve(contentDir);
  return {
    name: 'stttt:content-mdx',
    enforce: 'pre',
    load(id) {
      const [path = '', query = ''] = id.split('?');
      if (`?${query}` === CONTENT_FILE_QUERY) {
        const bytes = statSync(path).size;
        return `import url from ${JSON.stringify(`${path}?url&no-inline`)};\nexport default { url, bytes: ${bytes}, name: ${JSON.stringify(basename(path))} };`;
      }
      if (!path.endsWith('.mdx') || !resolve(path).startsWith(`${root}/`)) return null;
      const original = readFileSync(path, 'utf8').normalize('NFC');
      // The check's safety rules (no import/export, no code, only the content components, no
      // script/iframe/style or on… handlers) hold for every MDX file of the content tree —
      // articles, pages and the footer — however the build is started (npm run dev, astro build),
      // so an editor's file can never run code on the machine that builds the site.
      stopOn(checkBody(path, original, true).problems);
      const source = prefixSiteLinks(original, base);
      const { code, references } = importLocalFiles(eagerFirstFigure(source));
      // What is imported is what this text scan found, not what the check's parser saw: each file
      // passes the check's file rule again, so no import reaches a file the check refuses.
      stopOn(references.flatMap((reference) => referenceProblems(path, reference)));
      return code;
    },
  };
}

/** Stops the build with one line per problem, as `npm run check` prints them. */
function stopOn(problems: Problem[]): void {
  if (problems.length > 0)
    throw new Error(
      sortProblems(problems)
        .map((problem) => formatProblem(problem))
        .join('\n'),
    );
}

/** What the check's file rule says of a file an MDX file's component names (none when it is fine). */
function referenceProblems(file: string, { path, line, kind, component, prop }: LocalFileReference): Problem[] {
  const message = localFileProblem(dirname(file), path, kind);
  return message ? [{ file, line, field: `<${component}> ${prop}`, message }] : [];
}
