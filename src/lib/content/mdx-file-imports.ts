import { CONTENT_COMPONENTS, type FileKind } from '../../components/content/names.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** The query that marks a document or video import, answered by the content-mdx plugin with its URL and size. */
export const CONTENT_FILE_QUERY = '?content-file';

/** Every (component, prop) pair naming a file beside the article, with a pattern matching it. */
const FILE_PROPS = Object.entries(CONTENT_COMPONENTS).flatMap(([component, spec]) =>
  Object.entries(spec.files as Record<string, FileKind>).map(([prop, kind]) => ({
    component,
    prop,
    kind,
    pattern: new RegExp(`(<${component}\\b[^>]*?\\b${prop}=)"(\\.{1,2}/[^"]+)"`, 'g'),
  })),
);

/** A relative file a content component points at, with the line it is written on. */
export interface LocalFileReference {
  path: string;
  line: number;
  kind: FileKind;
  /** The component and prop that name it (`Figure`, `src`), for messages. */
  component: string;
  prop: string;
}

/**
 * Rewrites the content components' relative file props (`<Figure src="./anh-1.jpg" …>`,
 * `<Document src="./ke-hoach.pdf" …>`, `<Video poster="./anh.jpg" …>`) in MDX source into imports,
 * so that editors write plain paths (no `import` lines) while photos are optimised by Astro and
 * documents are shipped with the site. Photos import as image metadata; documents and videos
 * import with `CONTENT_FILE_QUERY`, which the content-mdx plugin turns into `{ url, bytes, name }`.
 * Returns the new source and the files it refers to, for the caller to check they exist.
 */
export function importLocalFiles(source: string): { code: string; references: LocalFileReference[] } {
  const found: Array<LocalFileReference & { offset: number; length: number; prefix: string }> = [];
  for (const { pattern, ...named } of FILE_PROPS) {
    for (const match of source.matchAll(pattern)) {
      const [whole, prefix = '', path = ''] = match;
      const line = source.slice(0, match.index).split('\n').length;
      found.push({ path, line, ...named, offset: match.index, length: whole.length, prefix });
    }
  }
  if (found.length === 0) return { code: source, references: [] };
  found.sort((a, b) => a.offset - b.offset);
  let body = '';
  let cursor = 0;
  found.forEach((ref, i) => {
    body += `${source.slice(cursor, ref.offset)}${ref.prefix}{__contentFile${i}}`;
    cursor = ref.offset + ref.length;
  });
  body += source.slice(cursor);
  const imports = found
    .map((r, i) => `import __contentFile${i} from ${JSON.stringify(r.kind === 'image' ? r.path : `${r.path}${CONTENT_FILE_QUERY}`)};`)
    .join('\n');
  const { block, body: afterFrontmatter } = splitFrontmatter(body);
  const references = found.map(({ path, line, kind, component, prop }) => ({ path, line, kind, component, prop }));
  return { code: `${block}${imports}\n\n${afterFrontmatter}`, references };
}
