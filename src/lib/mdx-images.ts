/** The content components whose `src="./…"` names a file beside the article. */
const IMAGE_COMPONENTS = ['Figure', 'GalleryImage'];
const SRC_PATTERN = new RegExp(`(<(?:${IMAGE_COMPONENTS.join('|')})\\b[^>]*?\\bsrc=)"(\\.{1,2}/[^"]+)"`, 'g');
const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/** A relative file a content component points at, with the line it is written on. */
export interface LocalImageReference {
  path: string;
  line: number;
}

/**
 * Rewrites `<Figure src="./anh-1.jpg" …>` in MDX source into an import of the photo, so that
 * editors write plain paths (no `import` lines) and Astro still optimises the image.
 * Returns the new source and the files it refers to, for the caller to check they exist.
 */
export function importLocalImages(source: string): { code: string; references: LocalImageReference[] } {
  const references: LocalImageReference[] = [];
  const body = source.replace(SRC_PATTERN, (_match, prefix: string, path: string, offset: number) => {
    const line = source.slice(0, offset).split('\n').length;
    references.push({ path, line });
    return `${prefix}{__contentImage${references.length - 1}}`;
  });
  if (references.length === 0) return { code: source, references };
  const imports = references.map((r, i) => `import __contentImage${i} from ${JSON.stringify(r.path)};`).join('\n');
  const frontmatter = FRONTMATTER.exec(body)?.[0] ?? '';
  return { code: `${frontmatter}${imports}\n\n${body.slice(frontmatter.length)}`, references };
}
