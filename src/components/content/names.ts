/**
 * What MDX articles may use: the content components, their required props, and which props name
 * a file beside the article. Plain data with no Astro imports, shared by the MDX integration
 * (which turns file props into imports), `npm run check` and `index.ts` (which must provide
 * exactly these components).
 */

/** How a prop's value names a file beside the article. */
export type FileKind = 'image' | 'document' | 'video';

/** The rules of one content component. */
export interface ContentComponentSpec {
  /** Props that must be present and not blank, with an example of each for error messages. */
  required: Record<string, string>;
  /** Props naming a file beside the article (`./anh-1.jpg`), by the kind of file expected. */
  files: Record<string, FileKind>;
  /** Props that may also be an https address on another site (a video page) instead of a file. */
  urls?: string[];
  /**
   * Props naming an entry of the document registry by its slug (`<Document slug="nghi-dinh-42-2022-nd-cp" />`)
   * instead of a file: with one of them, `required` and `files` do not apply, and the entry must exist.
   */
  references?: Record<string, 'documents'>;
}

/** A photo component (`<Figure>`, `<GalleryImage>`): a file and its alt text, with examples. */
const photo = (src: string, alt: string) => ({ required: { src: `src="${src}"`, alt: `alt="${alt}"` }, files: { src: 'image' } }) as const;

export const CONTENT_COMPONENTS = {
  Figure: photo('./anh-1.jpg', 'Quang cảnh hội nghị'),
  Gallery: { required: {}, files: {} },
  GalleryImage: photo('./anh-2.jpg', 'Đại biểu phát biểu'),
  Document: {
    required: { src: 'src="./ke-hoach.pdf"', title: 'title="Kế hoạch số 12/KH-STTTT"' },
    files: { src: 'document' },
    references: { slug: 'documents' },
  },
  Note: { required: {}, files: {} },
  Video: {
    required: { src: 'src="https://www.youtube.com/watch?v=…"', title: 'title="Phóng sự: chuyển đổi số ở Lai Châu"' },
    files: { src: 'video', poster: 'image' },
    urls: ['src'],
  },
} as const satisfies Record<string, ContentComponentSpec>;

/** The name of a content component, as written in MDX: `<Figure …>`. */
export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;

/** File extensions accepted for each kind of file (lower case, without the dot). */
export const FILE_EXTENSIONS: Record<FileKind, readonly string[]> = {
  // No SVG: an SVG can carry script, and editors' files are served from the site's own origin.
  image: ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tif', 'tiff'],
  document: ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods', 'zip'],
  video: ['mp4', 'webm'],
};

/** Whether `name` is one of the content components. */
export function isContentComponent(name: string): name is ContentComponentName {
  return Object.hasOwn(CONTENT_COMPONENTS, name);
}
