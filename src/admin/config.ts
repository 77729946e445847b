/**
 * The admin's configuration, derived from the content schemas (src/schemas/) through the table of
 * src/admin/collections/: every schema field becomes a form field of the right kind, required
 * where the schema requires it, with the schema's default, its choices and limits, and the
 * table's Vietnamese label and hint. The chuyên mục come from `categories.yaml`, the Git host
 * from `site/admin.yaml`. Written to `/admin/config.json` by the build (src/integrations/admin.ts)
 * and read by the browser (src/admin/client/main.ts). Pure: the caller reads the files.
 */
import { MAX_SLUG_LENGTH } from '../lib/text/slug.ts';
import { z } from 'astro/zod';
import { FILE_EXTENSIONS, FILE_SIZE_LIMITS, type FileKind } from '../components/content/names.ts';
import { formatFileSize } from '../lib/media/files.ts';
import type { AdminSettings } from '../schemas/admin.ts';
import {
  ADMIN_COLLECTIONS,
  CHOICE_LISTS,
  schemaContext,
  schemaOf,
  type AdminCollection,
  type ChoiceList,
  type ChoiceOption,
  type CollectionFiles,
  type FieldText,
} from './collections/index.ts';
import { backendOf } from './backends.ts';
import { LIST_FIELD } from './formats.ts';
import { LOCAL_API } from './page.ts';
import { schemaFields, type SchemaField } from './schema-fields.ts';

/** What the configuration is made from. */
export interface AdminConfigInput {
  /** `site/admin.yaml`, when the content tree has one. */
  settings: AdminSettings | undefined;
  /** The values of each choice list, in file order: the chuyên mục of `categories.yaml`… */
  choices: Readonly<Record<ChoiceList, readonly ChoiceOption[]>>;
  /** The content tree's folder in the Git repository: `content`. */
  contentPath: string;
  /** `npm run dev`: save through the dev server into the local clone (Decap's `local_backend`). */
  local: boolean;
  /** Whether a file is in the content tree (`documents/loai-van-ban.yaml`): a collection whose file is missing is left out. */
  exists: (relative: string) => boolean;
  /** The year folders of each `byYear` collection's folder (`articles` → 2022, 2024), and the current year. */
  years: (folder: string) => readonly number[];
}

/** What the browser needs of a collection besides Decap's own configuration. */
export interface ClientCollection {
  /** The entry of `ADMIN_COLLECTIONS` it comes from: `articles` for `articles-2024`. */
  group: string;
  files: CollectionFiles;
  /** The schema's fields: what the file format writes, in order, with defaults and photo fields. */
  fields: SchemaField[];
  /** The file format registered for it (Decap reads formats per collection). */
  format: string;
}

/** `/admin/config.json`. */
export interface AdminConfigFile {
  /** Decap CMS's configuration (`CMS.init({ config })`), without the local backend's address. */
  cms: Record<string, unknown>;
  /** Whether to look for the dev server's local backend (`npm run dev`). */
  local: boolean;
  /** Whether `site/admin.yaml` names a Git host: without it the admin works only in local mode. */
  hosted: boolean;
  collections: Record<string, ClientCollection>;
  /** Each choice list (the chuyên mục an article may name…), for the address field and the browser's check of a save. */
  choices: Readonly<Record<ChoiceList, readonly ChoiceOption[]>>;
}

/** The admin-only field of `entries` collections: the address, from the title by `toSlug` (src/admin/client/slug-widget.ts). */
export const SLUG_FIELD = 'slug';
/** The widget of that field. */
export const SLUG_WIDGET = 'stttt-slug';
/** The datetime format frontmatter takes: Vietnam time without an offset (`2024-03-15 09:30`). */
const DATETIME = { widget: 'datetime', format: 'YYYY-MM-DD HH:mm', date_format: 'DD/MM/YYYY', time_format: 'HH:mm', picker_utc: false };
/** A day without a time (`2022-06-24`). */
const DATE = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: false };

/** The schema's fields of a collection, its image and file helpers being plain paths (what an editor writes). */
export function collectionFields(collection: AdminCollection): SchemaField[] {
  const image = z.string();
  const file = z.string();
  const none = Object.fromEntries(CHOICE_LISTS.map((list) => [list, []])) as unknown as Record<ChoiceList, string[]>;
  const markers = new Map<unknown, 'image' | 'file'>([
    [image, 'image'],
    [file, 'file'],
  ]);
  return schemaFields(
    schemaOf(
      collection,
      schemaContext(
        none,
        () => image,
        () => file,
      ),
    ),
    markers,
  );
}

/** The whole configuration, of the admin's collections (`table`: the tests pass their own). */
export function adminConfig(input: AdminConfigInput, table: Record<string, AdminCollection> = ADMIN_COLLECTIONS): AdminConfigFile {
  const collections: Record<string, ClientCollection> = {};
  const cmsCollections = Object.entries(table).flatMap(([group, collection]) => {
    const files = collection.files;
    if ((files.kind !== 'entries' && !input.exists(files.file)) || (collection.requires && !input.exists(collection.requires))) return [];
    const fields = collectionFields(collection);
    // One list per year folder, newest first (see `byYear`); every one writes the same format.
    const parts = files.kind === 'entries' && files.byYear ? [...input.years(files.folder)].sort((a, b) => b - a).map(String) : [undefined];
    return parts.map((year) => {
      const name = year ? `${group}-${year}` : group;
      collections[name] = { group, files, fields, format: `stttt-${group}` };
      return cmsCollection({ group, name, year }, collection, fields, input);
    });
  });
  const backend = input.settings ? backendOf(input.settings) : undefined;
  return {
    cms: {
      load_config_file: false,
      locale: 'vi',
      // Without a Git host the admin only runs against `npm run dev`, which replaces this backend.
      backend: backend?.cms ?? { name: 'proxy', proxy_url: LOCAL_API },
      publish_mode: input.settings?.review ? 'editorial_workflow' : 'simple',
      // Every collection keeps its photos beside its files; this folder is only the media page's,
      // which the admin does not show (src/admin/page.ts).
      media_folder: `${input.contentPath}/_tep-tai-len`,
      public_folder: '.',
      show_preview_links: false,
      // Uploaded files are named as the guide asks, lower case without tone marks (`Ảnh Hội nghị.JPG` →
      // `anh-hoi-nghi.jpg`); entries' addresses come from the address field, already in that form.
      slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
      search: true,
      collections: cmsCollections,
    },
    local: input.local,
    hosted: backend !== undefined,
    collections,
    choices: input.choices,
  };
}

/** A collection as Decap configures it: `group` of the table, as `name`, for `year` (a `byYear` collection's folder). */
function cmsCollection(
  { group, name, year }: { group: string; name: string; year: string | undefined },
  collection: AdminCollection,
  fields: SchemaField[],
  input: AdminConfigInput,
) {
  const form = fields.map((field) => formField(field, group, collection, input, field.name));
  const body = collection.body && {
    name: 'body',
    label: collection.body.label,
    hint: collection.body.hint,
    widget: 'markdown',
    required: false,
    // Rich text is the editors' default; Markdown mode is one switch away. Only the site's own
    // components are offered, no Markdown image (a photo needs a caption and credit: <Figure>).
    modes: ['rich_text', 'raw'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: collection.body.components ? EDITOR_COMPONENT_IDS : [],
    sanitize_preview: true,
  };
  const common = {
    name,
    label: year ? `${collection.label} ${year}` : collection.label,
    label_singular: collection.labelSingular,
    description: collection.description,
    format: `stttt-${group}`,
    editor: { preview: collection.pagePreview === true },
  };
  const files = collection.files;
  const path = (relative: string) => `${input.contentPath}/${relative}`;
  switch (files.kind) {
    case 'entries': {
      const slug = { name: SLUG_FIELD, label: 'Địa chỉ', widget: SLUG_WIDGET, required: false, hint: slugHint(files.address) };
      const hasDraft = fields.some((field) => field.name === 'draft');
      const identifier = collection.identifier ?? 'title';
      const titleAt = form.findIndex((field) => field.name === identifier);
      const sortable = (collection.sortBy ?? []).map((field, index) => (index === 0 ? { field, default_sort: 'desc' } : field));
      return {
        ...common,
        folder: path(year ? `${files.folder}/${year}` : files.folder),
        extension: files.extension,
        create: files.create !== false,
        delete: files.create !== false,
        identifier_field: identifier,
        // The file's name is the address, made by the address field (src/admin/client/slug-widget.ts).
        slug: `{{fields.${SLUG_FIELD}}}`,
        // An entry with its photos is a folder, `<slug>/index.mdx`: listed as one entry (Decap's
        // nested folders, whose default treats a folder holding one file as that entry).
        ...(files.inFolder ? { path: '{{slug}}/index', nested: { depth: 2 } } : {}),
        media_folder: '',
        public_folder: '.',
        summary: collection.summary,
        sortable_fields: sortable,
        ...(hasDraft ? { view_filters: [{ label: 'Bản nháp', field: 'draft', pattern: true }] } : {}),
        // The address right under the field that names the entry.
        fields: [...form.slice(0, titleAt + 1), slug, ...form.slice(titleAt + 1), ...(body ? [body] : [])],
      };
    }
    case 'entry-file':
    case 'data-file':
      return {
        ...common,
        files: [
          {
            name,
            label: collection.label,
            file: path(files.file),
            media_folder: '',
            public_folder: '.',
            fields: [...form, ...(body ? [body] : [])],
          },
        ],
      };
    case 'list-file':
      return {
        ...common,
        files: [
          {
            name,
            label: collection.label,
            file: path(files.file),
            fields: [
              {
                name: LIST_FIELD,
                label: collection.label,
                label_singular: files.item,
                widget: 'list',
                summary: files.summary,
                collapsed: true,
                fields: form,
              },
            ],
          },
        ],
      };
  }
}

/** The ids of the content components' editor forms (src/admin/editor-components.ts). */
export const EDITOR_COMPONENT_IDS = ['figure', 'gallery', 'document', 'note', 'video', 'comment'];

function slugHint(address: string): string {
  return `Tự tạo từ tiêu đề: chữ thường không dấu, nối bằng dấu -, tối đa ${MAX_SLUG_LENGTH} ký tự. Địa chỉ bài là ${address}<địa-chỉ>/ và không đổi được sau khi tạo.`;
}

/** The form field of a schema field at `path` (`cover.alt`), with its text from the table. */
function formField(
  field: SchemaField,
  name: string,
  collection: AdminCollection,
  input: AdminConfigInput,
  path: string,
  inOptional = false,
): Record<string, unknown> {
  const text: FieldText | undefined = collection.fields[path];
  if (!text) throw new Error(`src/admin/collections/: ${name}.${path} has no label — add it to the fields of ${name}`);
  // Inside an optional object (a cover), a required field is required only when the object is
  // filled in: Decap cannot say so, the save's schema check does (src/admin/client/validate.ts).
  const required = field.required && !inOptional;
  const hint = [required || !field.required ? undefined : 'Cần điền khi có phần này.', text.hint].filter(Boolean).join(' ');
  const initial = text.initial ?? field.default;
  const base = {
    name: field.name,
    label: text.label,
    required,
    ...(hint ? { hint } : {}),
    ...(initial !== undefined ? { default: initial } : {}),
  };
  switch (field.kind) {
    case 'text':
      if (text.choice)
        return { ...base, widget: 'select', options: input.choices[text.choice].map(({ label, value }) => ({ label, value })) };
      if (text.date) return { ...base, ...DATE, ...(field.required ? {} : { default: '' }) };
      return {
        ...base,
        widget: text.multiline ? 'text' : 'string',
        ...(field.pattern ? { pattern: [field.pattern, 'chưa đúng dạng — xem gợi ý dưới ô'] } : {}),
      };
    case 'url':
      return { ...base, widget: 'string', pattern: ['^https?://', 'phải là địa chỉ đầy đủ, bắt đầu bằng https://'] };
    case 'email':
      return {
        ...base,
        widget: 'string',
        pattern: ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'phải là địa chỉ thư điện tử, ví dụ ten@laichau.gov.vn'],
      };
    case 'datetime':
      return { ...base, ...DATETIME, ...(field.required ? {} : { default: '' }) };
    case 'image':
    case 'file': {
      const kind = field.kind === 'image' ? 'image' : 'document';
      // Decap finds an existing file by its name in the media folder: one in a sub-folder needs that folder.
      const folder = text.folder ? { media_folder: text.folder, public_folder: `./${text.folder}` } : {};
      return { ...base, ...fileWidget(kind), ...folder, hint: [hint, fileHint(kind)].filter(Boolean).join(' ') };
    }
    case 'record':
      // A map, edited as a list of pairs (src/admin/formats.ts turns it back into a map).
      return {
        ...base,
        ...(field.default !== undefined ? { default: [] } : {}),
        widget: 'list',
        collapsed: false,
        summary: '{{fields.key}}',
        fields: [
          text.keys
            ? {
                name: 'key',
                label: 'Khóa',
                widget: 'select',
                options: input.choices[text.keys].map(({ label, value }) => ({ label, value })),
              }
            : { name: 'key', label: 'Khóa', widget: 'string' },
          {
            name: 'value',
            label: 'Giá trị',
            widget: 'string',
            ...(field.item === 'url' ? { pattern: ['^https://', 'phải là địa chỉ đầy đủ, bắt đầu bằng https://'] } : {}),
          },
        ],
      };
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: field.integer ? 'int' : 'float',
        ...(field.min !== undefined ? { min: field.min } : {}),
        ...(field.max !== undefined ? { max: field.max } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'choice':
      return {
        ...base,
        widget: 'select',
        options: (field.options ?? []).map((value) => ({ label: text.options?.[value] ?? value, value })),
      };
    case 'object':
      return {
        ...base,
        widget: 'object',
        collapsed: !field.required,
        fields: (field.fields ?? []).map((inner) =>
          formField(inner, name, collection, input, `${path}.${inner.name}`, inOptional || !field.required),
        ),
      };
    case 'list':
      if (field.fields)
        return {
          ...base,
          widget: 'list',
          collapsed: true,
          fields: field.fields.map((inner) => formField(inner, name, collection, input, `${path}.${inner.name}`, inOptional)),
        };
      // A list of words (tags): one text box, items separated by commas.
      return { ...base, widget: 'list', default: initial ?? [] };
  }
}

/** An image or file widget holding its upload to the site's size limit, and to local files only. */
export function fileWidget(kind: FileKind) {
  return {
    widget: kind === 'image' ? 'image' : 'file',
    choose_url: false,
    media_library: { config: { max_file_size: FILE_SIZE_LIMITS[kind] } },
  };
}

/** What files a photo, document or video field takes: `Tệp jpg, png…; tối đa 5 MB.` */
export function fileHint(kind: FileKind): string {
  return `Tệp ${FILE_EXTENSIONS[kind].join(', ')}; tối đa ${formatFileSize(FILE_SIZE_LIMITS[kind])}.`;
}
