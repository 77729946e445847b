import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { asMdxWouldWrite, isPlainMarkdown } from '../lib/content/plain-markdown';
import type { EntryType, EntryTypes, RenderFunction } from './entry-types';

type DataEntry = Parameters<DataStore['set']>[0];
type Rendered = NonNullable<DataEntry['rendered']>;

/**
 * Lets `.mdx` articles that use no MDX feature (see `isPlainMarkdown`) go through the Markdown
 * pipeline, rendered once at load time and kept in the content store exactly like `.md` files.
 * Only articles that use content components are compiled as MDX modules: on 10,000 articles
 * that is the difference between a build that fits the time and memory budget and one that
 * does not. The HTML is the same either way (tests/build/plain-mdx.test.ts builds both).
 *
 * Returns the entry types and store to hand to the glob loader, or undefined when Astro offers
 * no Markdown renderer (then every `.mdx` file simply stays on the MDX path).
 * `idOf` gives the entry id a file will get, so an unchanged file is not rendered again.
 */
export function plainMdxAsMarkdown(
  context: LoaderContext,
  entryTypes: EntryTypes,
  idOf: (fileUrl: URL) => string | undefined,
): { entryTypes: EntryTypes; store: DataStore; rendered: () => number } | undefined {
  const mdx = entryTypes.get('.mdx');
  const markdown = entryTypes.get('.md');
  if (!mdx || !markdown?.getRenderFunction) return undefined;
  const getRenderFunction = markdown.getRenderFunction.bind(markdown);
  const root = fileURLToPath(context.config.root);
  const renderedByFile = new Map<string, Rendered>();
  let renderer: Promise<RenderFunction> | undefined;
  let renderedCount = 0;

  const plainMdx: EntryType = {
    ...mdx,
    getEntryInfo: async ({ contents, fileUrl }) => {
      const info = (await mdx.getEntryInfo({ contents, fileUrl })) as { body?: string; data: Record<string, unknown> };
      if (info.body === undefined || !isPlainMarkdown(info.body)) return info;
      const path = fileURLToPath(fileUrl);
      const id = idOf(fileUrl);
      const existing = id === undefined ? undefined : context.store.get(id);
      if (
        existing &&
        existing.filePath &&
        resolve(root, existing.filePath) === path &&
        existing.digest === context.generateDigest(contents)
      ) {
        // Unchanged since the last build: the glob loader keeps the stored entry as it is, so
        // there is nothing to render, unless it was stored as an MDX module (an older build):
        // forget it so that it is loaded again, as Markdown.
        if (!existing.deferredRender) return info;
        context.store.delete(id!);
      }
      renderer ??= getRenderFunction(context.config);
      const rendered = (await (await renderer)({ id: id ?? path, data: info.data, body: info.body, filePath: path })) as Rendered;
      renderedByFile.set(path, { ...rendered, html: asMdxWouldWrite(rendered.html) });
      renderedCount++;
      return info;
    },
  };

  const store = new Proxy(context.store, {
    get(target, property, receiver) {
      if (property === 'set') {
        return (entry: DataEntry) => {
          const path = entry.filePath && resolve(root, entry.filePath);
          const rendered = path ? renderedByFile.get(path) : undefined;
          if (!path || !rendered || !entry.deferredRender) return target.set(entry);
          renderedByFile.delete(path);
          const { deferredRender: _deferred, ...rest } = entry;
          return target.set({ ...rest, rendered, assetImports: rendered.metadata?.imagePaths ?? [] });
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

  return { entryTypes: new Map(entryTypes).set('.mdx', plainMdx), store, rendered: () => renderedCount };
}
