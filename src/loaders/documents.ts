import type { Loader, LoaderContext } from 'astro/loaders';
import { ARTICLE_PATTERNS, slugFromEntryPath } from '../lib/content/article-files';
import { contentGlob } from './content-glob';
import type { EntryTypes } from './entry-types';
import { normalizingEntryTypes } from './normalized-entries';

/**
 * Registry documents from `<content>/documents/<năm>/<slug>/index.md` (or `<slug>.md`), their files
 * beside them, through the content tree's guarded glob like the articles (the file and body rules,
 * two files with one slug stop the build): NFC, the file's name as slug, Vietnam-time dates.
 */
export function documentLoader(contentDir: string): Loader {
  return contentGlob({
    contentDir,
    folder: 'documents',
    pattern: ARTICLE_PATTERNS,
    slugOf: slugFromEntryPath,
    address: { of: (slug) => `/van-ban/${slug}/`, noun: 'văn bản' },
    retainBody: false,
    prepare: (context: LoaderContext, entryTypes: EntryTypes) => ({ entryTypes: normalizingEntryTypes(entryTypes, context.config.base) }),
  });
}
