import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { guardEntry, guardImport, stopOn } from '../content-check/guard.ts';
import type { Problem } from '../content-check/problems.ts';
import { fileScope, localFileProblem, realTree } from '../content-check/rules/files.ts';
import { eagerFirstFigure } from '../lib/content/first-image';
import { CONTENT_FILE_QUERY, importLocalFiles, type LocalFileReference } from '../lib/content/mdx-file-imports';
import { prefixSiteLinks } from '../lib/content/url';

/**
 * A Vite plugin for the content tree: reads its MDX files as NFC text (Vietnamese typed on some
 * systems arrives decomposed), and turns content components' relative file paths into imports,
 * stopping with `npm run check`'s own messages (the same rules, the same formatter) when a file is
 * unsafe or a file it names is missing, outside its folder or a symbolic link. Every import of a
 * file of the content tree passes the file rule first (see `guardImport`): the covers and Markdown
 * images astro:assets imports, and the content modules themselves. The check, run first by the
 * build, reports all of this earlier; this guards `npm run dev`, `astro build` and a build whose
 * Astro has started before the check stopped it.
 *
 * A document or video import (`./ke-hoach.pdf?content-file`) becomes `{ url, bytes, name }`: the
 * file is emitted with the site (never inlined as data), and its size is known for the reader.
 * The first photo of an article without a cover loads eagerly (see `eagerFirstFigure`), and site
 * links get the base of a sub-path build (see `prefixSiteLinks`).
 */
export function contentMdx(contentDir: string, base = '/'): Plugin {
  const root = resolve(contentDir);
  // Vite loads files by their real path: where the tree itself lies behind a link (macOS's /tmp),
  // its MDX files are recognised by the tree's real path.
  const realRoot = realTree(root);
  let projectRoot = process.cwd();
  return {
    name: 'stttt:content-mdx',
    enforce: 'pre',
    configResolved(config) {
      projectRoot = config.root;
    },
    resolveId(source, importer) {
      try {
        guardImport(root, source, importer, projectRoot);
      } catch (error) {
        // Raised inside astro:assets' own `this.resolve` (covers, Markdown images), the error
        // reaches the build's output as "Errored while resolving" without its message: print it.
        console.error((error as Error).message);
        throw error;
      }
      return null;
    },
    load(id) {
      const [path = '', query = ''] = id.split('?');
      if (`?${query}` === CONTENT_FILE_QUERY) {
        const bytes = statSync(path).size;
        return `import url from ${JSON.stringify(`${path}?url&no-inline`)};\nexport default { url, bytes: ${bytes}, name: ${JSON.stringify(basename(path))} };`;
      }
      if (!path.endsWith('.mdx') || !resolve(path).startsWith(`${realRoot}/`)) return null;
      const original = readFileSync(path, 'utf8').normalize('NFC');
      // The check's safety rules (no import/export, no code, only the content components, no
      // script/iframe/style or on… handlers) hold for every MDX file of the content tree —
      // articles, pages and the footer — however the build is started (npm run dev, astro build),
      // so an editor's file can never run code on the machine that builds the site.
      guardEntry(realRoot, path, original);
      const source = prefixSiteLinks(original, base);
      const { code, references } = importLocalFiles(eagerFirstFigure(source));
      // What is imported is what this text scan found, not what the check's parser saw: each file
      // passes the check's file rule again, so no import reaches a file the check refuses.
      stopOn(references.flatMap((reference) => referenceProblems(realRoot, path, reference)));
      return code;
    },
  };
}

/** What the check's file rule says of a file an MDX file's component names (none when it is fine). */
function referenceProblems(contentDir: string, file: string, { path, line, kind, component, prop }: LocalFileReference): Problem[] {
  const message = localFileProblem(fileScope(contentDir, file), path, kind);
  return message ? [{ file, line, field: `<${component}> ${prop}`, message }] : [];
}
