import type { Loader } from 'astro/loaders';
import { contentFileLoader } from './content-files';

/**
 * Registry documents from `<content>/documents/<năm>/<slug>/index.md` (or `<slug>.md`), their files
 * beside them, read by the shared content-file loader (NFC, slugs, Vietnam-time dates, duplicates).
 */
export function documentLoader(documentsDir: string): Loader {
  return contentFileLoader({ name: 'document-loader', dir: documentsDir, noun: 'văn bản', pathOf: (slug) => `/van-ban/${slug}/` });
}
