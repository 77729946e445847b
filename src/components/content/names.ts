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

const MB = 1024 * 1024;

/**
 * The largest file of each kind a content file may name, in bytes (units of 1024, as
 * `formatFileSize` shows them). `npm run check`, the build's guard and the admin's upload dialog
 * hold files to these numbers; the editors' guide states them.
 * - Photos, 5 MB: a phone photo is 2–4 MB and the site never sends readers more than 1080 px
 *   wide, so a bigger file adds nothing they see; every version stays in the Git history for
 *   good, and the admin sends a file through the Git host's API as base64 text (a third larger).
 * - Documents, 20 MB: a scanned official letter or plan at 150–200 dpi is 1–10 MB; readers on
 *   3G wait a minute and a half for 20 MB, and the page tells them the size first.
 * - Videos, 50 MB: GitHub warns about files above 50 MB and refuses them above 100 MB; longer
 *   videos belong on the department's video channel, shown with `<Video src="https://…">`.
 */
export const FILE_SIZE_LIMITS: Record<FileKind, number> = { image: 5 * MB, document: 20 * MB, video: 50 * MB };

/** The kind of file a name is, by its extension, or undefined when the site publishes no such file. */
export function fileKindOf(name: string): FileKind | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return (Object.keys(FILE_EXTENSIONS) as FileKind[]).find((kind) => FILE_EXTENSIONS[kind].includes(extension));
}

/**
 * What to tell an editor whose `<name>` lacks the required `prop`: the check's message, and the
 * admin's when it refuses to save (src/admin/), so both say the same.
 */
export function missingPropMessage(name: ContentComponentName, prop: string): string {
  const spec: ContentComponentSpec = CONTENT_COMPONENTS[name];
  const what = prop === 'alt' ? 'thiếu mô tả ảnh cho người không xem được ảnh' : `thiếu ${prop}`;
  return `${what} — viết, ví dụ: <${name} ${spec.required[prop] ?? `${prop}="…"`} … />`;
}

/** Whether `name` is one of the content components. */
export function isContentComponent(name: string): name is ContentComponentName {
  return Object.hasOwn(CONTENT_COMPONENTS, name);
}
