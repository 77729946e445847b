import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { guardEntry, stopOn } from '../content-check/guard';
import { duplicateAddressProblem } from '../content-check/rules/duplicates';
import type { EntryTypes } from './entry-types';

/** A collection of Markdown/MDX files in one folder of the content tree. */
export interface ContentGlobOptions {
  /** The content tree. */
  contentDir: string;
  /** The collection's folder in it: `articles`, `pages`, `site`. */
  folder: string;
  /** Glob patterns of its files, relative to the folder. */
  pattern: string | string[];
  /** An entry's id (its slug) from its path relative to the folder. */
  slugOf: (entry: string) => string;
  /** Where an entry is published, and what the entries are called (`bài viết`): two files with one address stop the build. */
  address?: { of: (slug: string) => string; noun: string };
  /** Whether the store keeps each entry's Markdown source (Astro's default: yes). */
  retainBody?: boolean;
  /** Changes how entries are read and stored (the article loader's NFC dates, its plain-MDX path); `done` runs after loading. */
  prepare?: (context: LoaderContext, entryTypes: EntryTypes) => { entryTypes: EntryTypes; store?: DataStore; done?: () => void };
}

/**
 * Astro's glob loader for one folder of the content tree, with the content rules the build must
 * hold even without `npm run check` (src/content-check/guard.ts): each entry must be a regular file
 * really inside the tree (the glob follows symbolic links, to files and to folders) and its body
 * must pass the body rules (`.md` bodies are never compiled by the Vite guard), and two entries
 * may not share one address.
 */
export function contentGlob(options: ContentGlobOptions): Loader {
  const { contentDir, folder, pattern, slugOf, address, retainBody, prepare } = options;
  const base = `${join(contentDir, folder)}/`;
  const fileBySlug = new Map<string, string>();
  const inner = glob({
    base,
    pattern,
    ...(retainBody === undefined ? {} : { retainBody }),
    generateId: ({ entry }) => {
      const slug = slugOf(entry);
      const file = join(base, entry);
      const earlier = fileBySlug.get(slug);
      // A file renamed while `astro dev` runs leaves its old path behind: that one no longer counts.
      if (address && earlier && earlier !== file && existsSync(earlier))
        stopOn([duplicateAddressProblem(file, earlier, address.of(slug), address.noun)]);
      fileBySlug.set(slug, file);
      return slug;
    },
  });
  return {
    name: `content-glob:${folder}`,
    load: async (context: LoaderContext) => {
      // A tree without this folder (a new agency's, a test's) has an empty collection.
      if (!existsSync(base)) {
        context.store.clear();
        return;
      }
      // Astro hands loaders its entry types at run time without declaring them in LoaderContext.
      const { entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
      const prepared = prepare?.(context, entryTypes) ?? { entryTypes };
      const guarded = guardedEntryTypes(prepared.entryTypes, contentDir);
      await inner.load({ ...context, entryTypes: guarded, ...(prepared.store && { store: prepared.store }) } as LoaderContext);
      prepared.done?.();
    },
  };
}

/** Entry types that hold each file to the content rules (see `guardEntry`) before anything reads it further. */
function guardedEntryTypes(entryTypes: EntryTypes, contentDir: string): EntryTypes {
  const guarded: EntryTypes = new Map();
  for (const [extension, entryType] of entryTypes) {
    guarded.set(extension, {
      ...entryType,
      getEntryInfo: (params) => {
        guardEntry(contentDir, fileURLToPath(params.fileUrl), params.contents);
        return entryType.getEntryInfo(params);
      },
    });
  }
  return guarded;
}
