import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { displayPath } from '../lib/display-path';
import { normalizeStrings, readFrontmatter } from '../lib/frontmatter';
import { ARTICLE_PATTERNS, slugFromEntryPath } from '../lib/article-files';

export { slugFromEntryPath };

/**
 * Articles from `<content>/articles/**` (`.md` and `.mdx`). Wraps Astro's glob loader so that
 * every file is read as NFC text, its frontmatter keeps unzoned times as text (Vietnam time,
 * see `parseVietnamDateTime`), and two files with one slug stop the build naming both.
 */
export function articleLoader(articlesDir: string): Loader {
  const fileBySlug = new Map<string, string>();
  const base = articlesDir.endsWith('/') ? articlesDir : `${articlesDir}/`;
  const inner = glob({
    base,
    pattern: ARTICLE_PATTERNS,
    generateId: ({ entry }) => {
      const slug = slugFromEntryPath(entry);
      const file = join(base, entry);
      const earlier = fileBySlug.get(slug);
      if (earlier && earlier !== file && existsSync(earlier)) {
        throw new Error(
          `Hai bài viết trùng địa chỉ /tin-tuc/${slug}/:\n  ${displayPath(earlier)}\n  ${displayPath(file)}\n` +
            `Mỗi bài cần một tên tệp (slug) riêng: đổi tên một trong hai tệp.`,
        );
      }
      fileBySlug.set(slug, file);
      return slug;
    },
  });
  return {
    name: 'article-loader',
    load: (context: LoaderContext) => {
      // Astro hands loaders its entry types at run time without declaring them in LoaderContext.
      const { entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
      return inner.load({ ...context, entryTypes: normalizingEntryTypes(entryTypes) } as LoaderContext);
    },
  };
}

interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}
type EntryTypes = Map<string, EntryType>;

/** Entry types whose files are read as NFC and whose frontmatter keeps unzoned dates as text. */
function normalizingEntryTypes(entryTypes: EntryTypes): EntryTypes {
  const wrapped: EntryTypes = new Map();
  for (const [extension, entryType] of entryTypes) {
    wrapped.set(extension, {
      ...entryType,
      getEntryInfo: async ({ contents, fileUrl }) => {
        const nfc = contents.normalize('NFC');
        const info = (await entryType.getEntryInfo({ contents: nfc, fileUrl })) as Record<string, unknown>;
        return { ...info, data: normalizeStrings(readFrontmatter(nfc)) };
      },
    });
  }
  return wrapped;
}
