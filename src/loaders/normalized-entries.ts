import { fileURLToPath } from 'node:url';
import { normalizeStrings, parseFrontmatterYaml, rememberFrontmatter, splitFrontmatter } from '../lib/content/frontmatter';
import { prefixSiteLinks } from '../lib/content/url';
import type { EntryTypes } from './entry-types';

/**
 * Entry types whose files are read as NFC, whose frontmatter keeps unzoned dates as text (Vietnam
 * time, see `parseVietnamDateTime`), and whose site links get the base of a sub-path build. The
 * frontmatter is parsed once, here (and remembered for the rest of the process, see
 * `rememberFrontmatter`), and the entry info built as Astro's Markdown and MDX entry types build it
 * (body without the frontmatter, trimmed), instead of letting Astro parse it too and throwing its
 * data away. `derive` adds or replaces derived fields before the schema sees them. Used by the
 * dated collections: articles and registry documents.
 */
export function normalizingEntryTypes(
  entryTypes: EntryTypes,
  base: string,
  derive?: (data: Record<string, unknown>, body: string) => void,
): EntryTypes {
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
