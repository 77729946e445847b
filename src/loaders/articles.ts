import type { Loader } from 'astro/loaders';
import { buildOptions } from '../build-options';
import { firstPhoto } from '../lib/content/first-image';
import { SHARE_PHOTO } from '../schemas/article';
import { contentFileLoader } from './content-files';

/**
 * Articles from `<content>/articles/**` (`.md` and `.mdx`), read by the shared content-file loader
 * (NFC, slugs, Vietnam-time dates, duplicates). `.mdx` files that use no MDX feature are rendered as
 * Markdown (see `plainMdxAsMarkdown`), and an article without a cover is shared with its first photo.
 */
export function articleLoader(articlesDir: string): Loader {
  return contentFileLoader({
    name: 'article-loader',
    dir: articlesDir,
    noun: 'bài viết',
    pathOf: (slug) => `/tin-tuc/${slug}/`,
    plainMdx: buildOptions.articlesMdxFastPath,
    derive: (data, body) => {
      // An article without a cover is shared with its first photo (see the build's schema in content.config.ts).
      delete data[SHARE_PHOTO];
      const photo = data.cover ? undefined : firstPhoto(body);
      if (photo) data[SHARE_PHOTO] = photo;
    },
  });
}
