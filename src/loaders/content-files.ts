import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { displayPath } from '../lib/content/display-path';
import { normalizeStrings, parseFrontmatterYaml, rememberFrontmatter, splitFrontmatter } from '../lib/content/frontmatter';
import { ARTICLE_PATTERNS, slugFromEntryPath } from '../lib/content/article-files';
import { prefixSiteLinks } from '../lib/content/url';
import type { EntryTypes } from './entry-types';
import { plainMdxAsMarkdown } from './plain-mdx';

/** How one collection of Markdown/MDX files is read (articles, registry documents). */
export interface ContentFileLoaderOptions {
  /** The loader's name in Astro's logs. */
  name: string;
  /** The collection's folder (`<content>/articles`); an absent folder is an empty collection. */
  dir: string;
  /** What one entry is called in messages: "bài viết", "văn bản". */
  noun: string;
  /** The site path of the page an entry becomes, for messages: `(slug) => /tin-tuc/${slug}/`. */
  pathOf: (slug: string) => string;
  /** Adds or replaces derived fields of an entry's parsed frontmatter (NFC) before the schema sees it. */
  derive?: (data: Record<string, unknown>, body: string) => void;
  /** Render `.mdx` files that use no MDX feature as Markdown (see `plainMdxAsMarkdown`). */
  plainMdx?: boolean;
}

/**
 * The files of a collection folder (`.md` and `.mdx`, see `ARTICLE_PATTERNS`). Wraps Astro's glob
 * loader so that every file is read as NFC text, its frontmatter keeps unzoned times as text (Vietnam
 * time, see `parseVietnamDateTime`), the file's name is its slug (no year in the URL), and two files
 * with one slug stop the build naming both. Shared by every collection of content files, so they
 * all follow these rules.
 */
export function contentFileLoader(options: ContentFileLoaderOptions): Loader {
  const { dir, noun, pathOf } = options;
  const fileBySlug = new Map<string, string>();
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  const inner = glob({
    base,
    pattern: ARTICLE_PATTERNS,
    // Pages use the rendered HTML, never the Markdown source; keeping both would double what the
    // content store (bundled into the build) holds for 10,000 articles.
    retainBody: false,
    generateId: ({ entry }) => {
      const slug = slugFromEntryPath(entry);
      const file = join(base, entry);
      const earlier = fileBySlug.get(slug);
      if (earlier && earlier !== file && existsSync(earlier)) {
        throw new Error(
          `Hai ${noun} trùng địa chỉ ${pathOf(slug)}:\n  ${displayPath(earlier)}\n  ${displayPath(file)}\n` +
            `Mỗi ${noun} cần một tên tệp (slug) riêng: đổi tên một trong hai tệp.`,
        );
      }
      fileBySlug.set(slug, file);
      return slug;
    },
  });
  return {
    name: options.name,
    load: async (context: LoaderContext) => {
      if (!existsSync(dir)) {
        context.store.clear();
        return;
      }
      // Astro hands loaders its entry types at run time without declaring them in LoaderContext.
      const { entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
      const normalized = normalizingEntryTypes(entryTypes, context.config.base, options.derive);
      const idOf = (fileUrl: URL) => {
        const path = fileURLToPath(fileUrl);
        return resolve(path).startsWith(resolve(base)) ? slugFromEntryPath(path) : undefined;
      };
      const fast = options.plainMdx ? plainMdxAsMarkdown(context, normalized, idOf) : undefined;
      await inner.load({ ...context, entryTypes: fast?.entryTypes ?? normalized, ...(fast && { store: fast.store }) } as LoaderContext);
      if (fast?.rendered()) context.logger.info(`${fast.rendered()} ${noun} .mdx không dùng thành phần nào: dựng như Markdown`);
    },
  };
}

/**
 * Entry types whose files are read as NFC, whose frontmatter keeps unzoned dates as text, and
 * whose site links get the base of a sub-path build. The frontmatter is parsed once, here, and
 * the entry info built as Astro's Markdown and MDX entry types build it (body without the
 * frontmatter, trimmed), instead of letting Astro parse it too and throwing its data away.
 */
function normalizingEntryTypes(entryTypes: EntryTypes, base: string, derive: ContentFileLoaderOptions['derive']): EntryTypes {
  const wrapped: EntryTypes = new Map();
  for (const [extension, entryType] of entryTypes) {
    wrapped.set(extension, {
      ...entryType,
      getEntryInfo: async ({ contents, fileUrl }) => {
        const nfc = prefixSiteLinks(contents.normalize('NFC'), base);
        const { block, yaml, body } = splitFrontmatter(nfc);
        const data = normalizeStrings(block ? parseFrontmatterYaml(yaml) : {});
        rememberFrontmatter(fileURLToPath(fileUrl), data);
        derive?.(data, body);
        return { data, body: body.trim(), slug: data.slug, rawData: yaml };
      },
    });
  }
  return wrapped;
}
