import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { buildOptions } from '../build-options';
import { displayPath } from '../lib/content/display-path';
import { normalizeStrings, parseFrontmatterYaml, rememberFrontmatter, splitFrontmatter } from '../lib/content/frontmatter';
import { ARTICLE_PATTERNS, slugFromEntryPath } from '../lib/content/article-files';
import { prefixSiteLinks } from '../lib/content/url';
import { firstPhoto } from '../lib/content/first-image';
import { SHARE_PHOTO } from '../schemas/article';
import type { EntryTypes } from './entry-types';
import { plainMdxAsMarkdown } from './plain-mdx';

/**
 * Articles from `<content>/articles/**` (`.md` and `.mdx`). Wraps Astro's glob loader so that
 * every file is read as NFC text, its frontmatter keeps unzoned times as text (Vietnam time,
 * see `parseVietnamDateTime`), and two files with one slug stop the build naming both.
 * `.mdx` files that use no MDX feature are rendered as Markdown (see `plainMdxAsMarkdown`).
 */
export function articleLoader(articlesDir: string): Loader {
  const fileBySlug = new Map<string, string>();
  const base = articlesDir.endsWith('/') ? articlesDir : `${articlesDir}/`;
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
    load: async (context: LoaderContext) => {
      // Astro hands loaders its entry types at run time without declaring them in LoaderContext.
      const { entryTypes } = context as LoaderContext & { entryTypes: EntryTypes };
      const normalized = normalizingEntryTypes(entryTypes, context.config.base);
      const idOf = (fileUrl: URL) => {
        const path = fileURLToPath(fileUrl);
        return resolve(path).startsWith(resolve(base)) ? slugFromEntryPath(path) : undefined;
      };
      const fast = !buildOptions.articlesMdxFastPath ? undefined : plainMdxAsMarkdown(context, normalized, idOf);
      await inner.load({ ...context, entryTypes: fast?.entryTypes ?? normalized, ...(fast && { store: fast.store }) } as LoaderContext);
      if (fast?.rendered()) context.logger.info(`${fast.rendered()} bài .mdx không dùng thành phần nào: dựng như Markdown`);
    },
  };
}

/**
 * Entry types whose files are read as NFC, whose frontmatter keeps unzoned dates as text, and
 * whose site links get the base of a sub-path build. The frontmatter is parsed once, here, and
 * the entry info built as Astro's Markdown and MDX entry types build it (body without the
 * frontmatter, trimmed), instead of letting Astro parse it too and throwing its data away.
 */
function normalizingEntryTypes(entryTypes: EntryTypes, base: string): EntryTypes {
  const wrapped: EntryTypes = new Map();
  for (const [extension, entryType] of entryTypes) {
    wrapped.set(extension, {
      ...entryType,
      getEntryInfo: async ({ contents, fileUrl }) => {
        const nfc = prefixSiteLinks(contents.normalize('NFC'), base);
        const { block, yaml, body } = splitFrontmatter(nfc);
        const data = normalizeStrings(block ? parseFrontmatterYaml(yaml) : {});
        rememberFrontmatter(fileURLToPath(fileUrl), data);
        // An article without a cover is shared with its first photo (see the build's schema in content.config.ts).
        delete data[SHARE_PHOTO];
        const photo = data.cover ? undefined : firstPhoto(body);
        if (photo) data[SHARE_PHOTO] = photo;
        return { data, body: body.trim(), slug: data.slug, rawData: yaml };
      },
    });
  }
  return wrapped;
}
