import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildOptions } from '../build-options';
import { ARTICLE_PATTERNS, slugFromEntryPath } from '../lib/content/article-files';
import { firstPhoto } from '../lib/content/first-image';
import { SHARE_PHOTO } from '../schemas/article';
import { contentGlob } from './content-glob';
import type { EntryTypes } from './entry-types';
import { normalizingEntryTypes } from './normalized-entries';
import { plainMdxAsMarkdown } from './plain-mdx';

/**
 * Articles from `<content>/articles/**` (`.md` and `.mdx`), through the content tree's guarded glob
 * (src/loaders/content-glob.ts: the file and body rules, two files with one slug stop the build
 * naming both). Every file is read as NFC text, and its frontmatter keeps unzoned times as text
 * (Vietnam time, see `parseVietnamDateTime`). `.mdx` files that use no MDX feature are rendered as
 * Markdown (see `plainMdxAsMarkdown`).
 */
export function articleLoader(contentDir: string): Loader {
  const articlesDir = join(contentDir, 'articles');
  return contentGlob({
    contentDir,
    folder: 'articles',
    pattern: ARTICLE_PATTERNS,
    slugOf: slugFromEntryPath,
    address: { of: (slug) => `/tin-tuc/${slug}/`, noun: 'bài viết' },
    // Pages use the rendered HTML, never the Markdown source; keeping both would double what the
    // content store (bundled into the build) holds for 10,000 articles.
    retainBody: false,
    prepare: (context: LoaderContext, entryTypes: EntryTypes) => {
      const normalized = normalizingEntryTypes(entryTypes, context.config.base, (data, body) => {
        // An article without a cover is shared with its first photo (see the build's schema in content.config.ts).
        delete data[SHARE_PHOTO];
        const photo = data.cover ? undefined : firstPhoto(body);
        if (photo) data[SHARE_PHOTO] = photo;
      });
      const idOf = (fileUrl: URL) => {
        const path = fileURLToPath(fileUrl);
        return resolve(path).startsWith(resolve(articlesDir)) ? slugFromEntryPath(path) : undefined;
      };
      const fast = !buildOptions.articlesMdxFastPath ? undefined : plainMdxAsMarkdown(context, normalized, idOf);
      return {
        entryTypes: fast?.entryTypes ?? normalized,
        store: fast?.store,
        done: () => {
          if (fast?.rendered()) context.logger.info(`${fast.rendered()} bài .mdx không dùng thành phần nào: dựng như Markdown`);
        },
      };
    },
  });
}
