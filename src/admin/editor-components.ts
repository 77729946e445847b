/**
 * The content components (src/components/content/names.ts) as forms in the admin's editor: each
 * reads the MDX a developer writes (`<Figure src="./anh-1.jpg" alt="…" />`), edits it in a form
 * and writes it back the way the editors' guide shows it, one component per block, values in
 * double quotes (`"` as `&quot;`, which MDX decodes). The preview uses the markup and classes of
 * the site's own components, so the site's CSS (src/pages/admin/preview.css.ts) styles it.
 *
 * Decap does not enforce `required` inside these forms: a save is checked against names.ts by
 * `componentProblems` (src/admin/client/validate.ts), with the check's own messages.
 * Pure, for the browser bundle and the unit tests.
 */
import {
  CONTENT_COMPONENTS,
  missingPropMessage,
  type ContentComponentName,
  type ContentComponentSpec,
} from '../components/content/names.ts';
import { vi } from '../i18n/vi.ts';
import { fileTypeLabel } from '../lib/media/files.ts';
import { fileHint, fileWidget } from './config.ts';
import { withDotSlash } from './formats.ts';

type Values = Record<string, string | undefined>;

/** What Decap's preview hands a component: the URL of a file beside the entry. */
export type AssetUrl = (path: string, field: unknown) => { toString(): string } | string;

/** An editor component, as `CMS.registerEditorComponent` takes it. */
export interface EditorComponent {
  id: string;
  label: string;
  fields: Array<Record<string, unknown>>;
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, unknown>;
  toBlock(data: Record<string, unknown>): string;
  toPreview(data: Record<string, unknown>, getAsset: AssetUrl, fields?: unknown): string;
}

/** `name="value"` attributes, any number, each preceded by white space. */
const ATTRIBUTES = '((?:\\s+[A-Za-z]+="[^"]*")*)';

/** The attributes of a tag, their character references decoded. */
export function parseAttributes(text = ''): Values {
  const values: Values = {};
  for (const [, name, value] of text.matchAll(/([A-Za-z]+)="([^"]*)"/g))
    values[name!] = value!.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  return values;
}

/** ` name="value"` for each of `names` that has a value, in that order: text in NFC on one line. */
export function writeAttributes(data: Record<string, unknown>, names: readonly string[]): string {
  return names
    .map(
      (name) =>
        [
          name,
          String(data[name] ?? '')
            .normalize('NFC')
            .replace(/\s+/g, ' ')
            .trim(),
        ] as const,
    )
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`)
    .join('');
}

/** A file beside the entry as the site writes it: `./anh-1.jpg`. */
const local = (path: unknown) => {
  const text = String(path ?? '').trim();
  return text && withDotSlash(text);
};

const html = (text: unknown) =>
  String(text ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** A form field of a component's prop, required as names.ts says. */
function prop(component: ContentComponentName, name: string, label: string, widget: Record<string, unknown>, hint?: string) {
  const required = Object.hasOwn(CONTENT_COMPONENTS[component].required, name);
  return { name, label, required, ...widget, ...(hint ? { hint } : {}) };
}

const text = { widget: 'string' };

/** The fields of one photo (`<Figure>`, `<GalleryImage>`). */
const photoFields = (component: 'Figure' | 'GalleryImage') => [
  prop(component, 'src', 'Ảnh', fileWidget('image'), `Chọn hoặc tải ảnh lên; ảnh được lưu cạnh bài. ${fileHint('image')}`),
  prop(component, 'alt', 'Mô tả ảnh', text, 'Bắt buộc: ảnh chụp gì, cho người không xem được ảnh.'),
  prop(component, 'caption', 'Chú thích', text),
  prop(component, 'credit', 'Người chụp', text, 'Ví dụ: Ngọc Anh, hoặc "Ảnh minh họa".'),
];

const PHOTO_PROPS = ['src', 'alt', 'caption', 'credit'] as const;

/** A photo's preview, as `Figure.astro` / `GalleryImage.astro` render it. */
function photoPreview(data: Values, getAsset: AssetUrl, gallery: boolean): string {
  const src = data.src ? String(getAsset(data.src, undefined)) : '';
  const credit = vi.photoCreditLine(data.credit);
  const caption = [data.caption && html(data.caption), credit && `<span class="not-italic">(${html(credit)})</span>`]
    .filter(Boolean)
    .join(' ');
  const image = gallery ? 'aspect-[4/3] h-auto w-full rounded bg-slate-200 object-cover' : 'h-auto w-full rounded bg-slate-200';
  const captionClass = gallery ? 'mt-1 text-xs text-muted' : 'mt-2 text-center text-sm text-muted italic';
  return `<figure${gallery ? '' : ' class="my-6"'}><img src="${html(src)}" alt="${html(data.alt)}" class="${image}" />${caption ? `<figcaption class="${captionClass}">${caption}</figcaption>` : ''}</figure>`;
}

export const figure: EditorComponent = {
  id: 'figure',
  label: 'Ảnh có chú thích (Figure)',
  fields: photoFields('Figure'),
  pattern: new RegExp(`^<Figure${ATTRIBUTES}\\s*/>`),
  fromBlock: (match) => parseAttributes(match[1]),
  toBlock: (data) => `<Figure${writeAttributes({ ...data, src: local(data.src) }, PHOTO_PROPS)} />`,
  toPreview: (data, getAsset) => photoPreview(data as Values, getAsset, false),
};

const GALLERY_IMAGE = new RegExp(`<GalleryImage${ATTRIBUTES}\\s*/>`, 'g');

export const gallery: EditorComponent = {
  id: 'gallery',
  label: 'Bộ ảnh (Gallery)',
  fields: [
    prop('Gallery', 'caption', 'Chú thích cả bộ ảnh', text),
    { name: 'images', label: 'Ảnh', label_singular: 'ảnh', widget: 'list', summary: '{{fields.alt}}', fields: photoFields('GalleryImage') },
  ],
  pattern: new RegExp(`^<Gallery${ATTRIBUTES}\\s*>\\s*((?:<GalleryImage(?:\\s+[A-Za-z]+="[^"]*")*\\s*/>\\s*)*)</Gallery>`),
  fromBlock: (match) => ({
    ...parseAttributes(match[1]),
    images: [...(match[2] ?? '').matchAll(GALLERY_IMAGE)].map((image) => parseAttributes(image[1])),
  }),
  toBlock: (data) => {
    const images = (Array.isArray(data.images) ? data.images : []) as Array<Record<string, unknown>>;
    const lines = images.map((image) => `  <GalleryImage${writeAttributes({ ...image, src: local(image.src) }, PHOTO_PROPS)} />`);
    return [`<Gallery${writeAttributes(data, ['caption'])}>`, ...lines, '</Gallery>'].join('\n');
  },
  toPreview: (data, getAsset) => {
    const images = (Array.isArray(data.images) ? data.images : []) as Values[];
    const items = images.map((image) => `<li>${photoPreview(image, getAsset, true)}</li>`).join('');
    const caption = data.caption ? `<figcaption class="mt-2 text-center text-sm text-muted italic">${html(data.caption)}</figcaption>` : '';
    return `<figure class="gallery my-6"><ul class="grid grid-cols-2 gap-2 sm:grid-cols-3" role="list">${items}</ul>${caption}</figure>`;
  },
};

export const documentComponent: EditorComponent = {
  id: 'document',
  label: 'Văn bản tải về (Document)',
  // Either a document of the registry, by its address, or a file beside the article with its title:
  // names.ts requires `src` and `title` only without `slug`, which the save's check knows.
  fields: [
    {
      name: 'slug',
      label: 'Văn bản trong mục Văn bản',
      widget: 'string',
      required: false,
      hint: 'Văn bản đã có ở mục Văn bản: viết địa chỉ của nó (nghi-dinh-42-2022-nd-cp) và để trống các ô dưới. Nếu không, chọn tệp và viết tên văn bản.',
    },
    {
      ...prop('Document', 'src', 'Tệp', fileWidget('document'), `Chọn hoặc tải tệp lên; tệp được lưu cạnh bài. ${fileHint('document')}`),
      required: false,
    },
    { ...prop('Document', 'title', 'Tên văn bản', text, 'Ví dụ: Kế hoạch số 12/KH-STTTT về chuyển đổi số năm 2024.'), required: false },
    prop('Document', 'description', 'Mô tả ngắn', text, 'Ví dụ: Ban hành ngày 15/3/2024.'),
  ],
  pattern: new RegExp(`^<Document${ATTRIBUTES}\\s*/>`),
  fromBlock: (match) => parseAttributes(match[1]),
  toBlock: (data) =>
    String(data.slug ?? '').trim()
      ? `<Document${writeAttributes(data, ['slug'])} />`
      : `<Document${writeAttributes({ ...data, src: local(data.src) }, ['src', 'title', 'description'])} />`,
  toPreview: (data) => {
    if (String(data.slug ?? '').trim())
      return `<div class="document my-6 rounded border border-slate-300 bg-slate-50 p-3"><p class="m-0"><a class="font-semibold">/van-ban/${html(data.slug)}/</a></p></div>`;
    const name =
      String(data.src ?? '')
        .split('/')
        .pop() ?? '';
    return `<div class="document my-6 flex items-start gap-3 rounded border border-slate-300 bg-slate-50 p-3"><p class="m-0"><a class="font-semibold">${html(data.title)}</a><span class="block text-sm text-muted">${html(vi.documentDetails(fileTypeLabel(name)))}</span>${data.description ? `<span class="block text-sm">${html(data.description)}</span>` : ''}</p></div>`;
  },
};

export const note: EditorComponent = {
  id: 'note',
  label: 'Ghi chú, cảnh báo (Note)',
  fields: [
    {
      name: 'type',
      label: 'Loại',
      widget: 'select',
      default: 'info',
      options: [
        { label: vi.noteInfo, value: 'info' },
        { label: vi.noteWarning, value: 'warning' },
      ],
    },
    prop('Note', 'title', 'Tiêu đề', text, `Để trống: "${vi.noteInfo}" hoặc "${vi.noteWarning}".`),
    {
      name: 'content',
      label: 'Nội dung',
      widget: 'text',
      hint: 'Markdown: **đậm**, *nghiêng*, - danh sách; một dòng trống giữa hai đoạn.',
    },
  ],
  pattern: new RegExp(`^<Note${ATTRIBUTES}\\s*>([\\s\\S]*?)</Note>`),
  fromBlock: (match) => ({ type: 'info', ...parseAttributes(match[1]), content: (match[2] ?? '').trim() }),
  // Blank lines around the content, so that it may hold several paragraphs of Markdown.
  toBlock: (data) =>
    `<Note${writeAttributes({ ...data, type: data.type === 'warning' ? 'warning' : undefined }, ['type', 'title'])}>\n\n${String(data.content ?? '').trim()}\n\n</Note>`,
  toPreview: (data) => {
    const heading = String(data.title || (data.type === 'warning' ? vi.noteWarning : vi.noteInfo));
    const tone = data.type === 'warning' ? 'border-amber-600 bg-amber-50' : 'border-brand bg-blue-50';
    const paragraphs = String(data.content ?? '')
      .split(/\n\s*\n/)
      .map((paragraph) => `<p>${html(paragraph.trim())}</p>`)
      .join('');
    return `<aside class="note my-6 rounded border-l-4 p-4 ${tone}"><p class="m-0 font-bold">${html(heading)}</p><div class="mt-1 [&>*+*]:mt-2">${paragraphs}</div></aside>`;
  },
};

export const video: EditorComponent = {
  id: 'video',
  label: 'Video',
  fields: [
    // A text box, not a file picker: most videos are on the department's channel; a file beside
    // the article is written `./phong-su.mp4` (up to the size limit of names.ts).
    prop(
      'Video',
      'src',
      'Địa chỉ video',
      text,
      `Địa chỉ trang video (https://www.youtube.com/watch?v=…), hoặc tệp cạnh bài: ./phong-su.mp4. ${fileHint('video')}`,
    ),
    prop('Video', 'title', 'Tên video', text),
    prop('Video', 'poster', 'Ảnh xem trước', fileWidget('image'), 'Ảnh hiện trước khi người đọc bấm xem.'),
  ],
  pattern: new RegExp(`^<Video${ATTRIBUTES}\\s*/>`),
  fromBlock: (match) => parseAttributes(match[1]),
  toBlock: (data) =>
    `<Video${writeAttributes({ ...data, poster: data.poster ? local(data.poster) : undefined }, ['src', 'title', 'poster'])} />`,
  toPreview: (data, getAsset) => {
    const poster = data.poster
      ? `<img src="${html(String(getAsset(String(data.poster), undefined)))}" alt="" class="h-auto w-full rounded-t opacity-80" />`
      : '';
    let host: string;
    try {
      host = new URL(String(data.src)).hostname.replace(/^www\./, '');
    } catch {
      host = String(data.src ?? '');
    }
    return `<figure class="video my-6"><a class="group block rounded bg-slate-900 text-white no-underline">${poster}<span class="flex items-center gap-3 p-3"><span><span class="block font-semibold underline">${html(vi.watchVideo(String(data.title ?? '')))}</span><span class="block text-sm text-slate-200">${html(vi.videoOpensOn(host))}</span></span></span></a></figure>`;
  },
};

/** `{/* … *\/}`: the editors' hidden note, kept whole (the rich-text editor would mangle its `*`). */
export const comment: EditorComponent = {
  id: 'comment',
  label: 'Ghi chú ẩn (không hiện trên trang)',
  fields: [{ name: 'text', label: 'Ghi chú cho người biên tập', widget: 'string' }],
  pattern: /^\{\/\*([\s\S]*?)\*\/\}/,
  fromBlock: (match) => ({ text: (match[1] ?? '').trim() }),
  toBlock: (data) => `{/* ${String(data.text ?? '').replaceAll('*/', '* /')} */}`,
  toPreview: () => '',
};

/** Every editor component, in the order of the editor's "+" menu. */
export const EDITOR_COMPONENTS: readonly EditorComponent[] = [figure, gallery, documentComponent, note, video, comment];

/** The components whose props names.ts requires, as they appear in a body (a `<GalleryImage>` inside its `<Gallery>` too). */
const CHECKED_TAG = /<(Figure|GalleryImage|Document|Video)\b((?:\s+[A-Za-z]+="[^"]*")*)\s*\/>/g;

/**
 * The required props missing from the content components of `body` (MDX), as the check words them
 * (`<Figure> alt — thiếu mô tả ảnh … — viết, ví dụ: …`). Code blocks are skipped.
 */
export function componentProblems(body: string): string[] {
  const outsideCode = body.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '').replace(/`[^`\n]*`/g, '');
  const problems: string[] = [];
  for (const [, name, attributes] of outsideCode.matchAll(CHECKED_TAG)) {
    const component = name as ContentComponentName;
    const values = parseAttributes(attributes);
    // A registry document by its address: the check verifies that it exists.
    const spec: ContentComponentSpec = CONTENT_COMPONENTS[component];
    if (Object.keys(spec.references ?? {}).some((prop) => values[prop]?.trim())) continue;
    for (const required of Object.keys(CONTENT_COMPONENTS[component].required))
      if (!values[required]?.trim()) problems.push(`<${component}> ${required} — ${missingPropMessage(component, required)}`);
  }
  return problems;
}
