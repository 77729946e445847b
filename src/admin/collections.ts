/**
 * What the editors' admin (`/admin/`) edits: one entry per collection, naming its schema (from
 * src/schemas/, never restated), where its files are, and the Vietnamese label and hint of every
 * field, keyed by the field's path (`cover.alt`). The forms are built from the schema itself
 * (src/admin/config.ts); a schema field without a label here fails `tests/unit/admin-config.test.ts`.
 *
 * A new collection in the admin is one entry in `ADMIN_COLLECTIONS`. The same table gives the
 * browser the schema each save is validated against (src/admin/client/validate.ts).
 */
import type { z } from 'astro/zod';
import { createArticleSchema } from '../schemas/article.ts';
import { adminSettingsSchema } from '../schemas/admin.ts';
import { categorySchema } from '../schemas/categories.ts';
import type { ImageHelper } from '../schemas/fields.ts';
import { pageSchema } from '../schemas/pages.ts';
import { createFooterSchema, createSiteSchema } from '../schemas/site.ts';

/**
 * The lists a field may choose from, read from the content tree (src/admin/site-files.ts): the
 * chuyên mục of `categories.yaml`.
 */
export const CHOICE_LISTS = ['category'] as const;
export type ChoiceList = (typeof CHOICE_LISTS)[number];
/** One value of a choice list, with the label editors see. */
export interface ChoiceOption {
  value: string;
  label: string;
}

/** What a schema factory of src/schemas/ may be given; each takes what it needs. */
export interface SchemaContext {
  image: ImageHelper<z.ZodType>;
  /** The schema of an attached file's name (a registry document's `files[].src`). */
  file: () => z.ZodType;
  categorySlugs: readonly string[];
}

/** The context a schema factory is given, from the values of each choice list. */
export function schemaContext(
  values: Readonly<Record<ChoiceList, readonly string[]>>,
  image: () => z.ZodType,
  file: () => z.ZodType,
): SchemaContext {
  return { image, file, categorySlugs: values.category };
}

/** A schema, or the factory of src/schemas/ that makes it. */
export type SchemaSource = z.ZodType | ((context: SchemaContext) => z.ZodType);

/** How one field looks in the admin. */
export interface FieldText {
  /** The label editors see (the admin adds "không bắt buộc" to optional fields itself). */
  label: string;
  /** One line of help under the field. */
  hint?: string;
  /** Text on several lines (a sapo) rather than one. */
  multiline?: boolean;
  /** A choice among the values of a list of the content tree (the schema only checks the value exists). */
  choice?: ChoiceList;
  /** A `record` field: the list its keys come from. */
  keys?: ChoiceList;
  /** A day (`2022-06-24`), not a moment: a text field the schema reads as a date. */
  date?: boolean;
  /** Labels of a choice's values, by value. */
  options?: Record<string, string>;
  /** What a new entry starts with when it differs from the schema's default (and why, in a comment). */
  initial?: unknown;
}

/** Where a collection's files are, relative to the content tree. */
export type CollectionFiles =
  | {
      /** One Markdown/MDX file per entry, its file name (or folder name) being its address. */
      kind: 'entries';
      folder: string;
      extension: 'mdx' | 'md';
      /** The entry's public address before its slug: `/tin-tuc/`. */
      address: string;
      /**
       * Entries go in year folders (`articles/2024/…`), which the admin shows as one list each,
       * newest year first: Decap's nested folders would list a `<slug>/index.mdx` article as a
       * folder, not an entry, and a list of ten thousand entries is slow to load.
       */
      byYear: boolean;
      /** Each entry is a folder, `<slug>/index.mdx`, with its photos and documents beside it. */
      inFolder: boolean;
    }
  | { kind: 'entry-file'; file: string }
  | { kind: 'data-file'; file: string }
  | {
      /** A YAML file that is a list at its top (`categories.yaml`). */
      kind: 'list-file';
      file: string;
      /** What one item is called: "chuyên mục". */
      item: string;
      /** How an item is shown in the list: `{{fields.name}}`. */
      summary: string;
    };

/** One collection of the admin. */
export interface AdminCollection {
  /** The name in the admin's side bar. */
  label: string;
  /** One entry: "bài viết". */
  labelSingular: string;
  /** One line under the collection's name. */
  description?: string;
  schema: SchemaSource;
  files: CollectionFiles;
  /** Every field of the schema, by path (`cover.alt`, `menu.href`). */
  fields: Record<string, FieldText>;
  /** The Markdown body (`entries` and `entry-file`), and whether the content components are offered in it. */
  body?: FieldText & { components: boolean };
  /** How an entry is shown in the list, with Decap's `{{…}}` fields. */
  summary?: string;
  /** Fields editors may sort the list by. */
  sortBy?: string[];
  /** `entries`: the field that names an entry in lists, after which the address field comes (default `title`). */
  identifier?: string;
  /**
   * `entries`: the text a new entry's address is made from by `toSlug` (default: its title), as
   * `npm run new` makes it.
   */
  slugSource?: (data: Readonly<Record<string, unknown>>, choices: Readonly<Record<ChoiceList, readonly ChoiceOption[]>>) => string;
  /** The preview shows the entry as a page of the site (title, sapo, body with the site's CSS). */
  pagePreview?: boolean;
}

const photoHint = 'Chọn ảnh có sẵn hoặc tải ảnh lên; ảnh được lưu cạnh tệp nội dung.';

/** Every collection the admin edits, in the order of its side bar. */
export const ADMIN_COLLECTIONS = {
  articles: {
    label: 'Bài viết',
    labelSingular: 'bài viết',
    description: 'Tin bài của trang: mỗi bài là một thư mục content/articles/<năm>/<địa-chỉ>/ chứa index.mdx và ảnh của bài.',
    schema: createArticleSchema,
    files: { kind: 'entries', folder: 'articles', extension: 'mdx', address: '/tin-tuc/', byYear: true, inFolder: true },
    summary: '{{title}} · {{publishedAt}}',
    sortBy: ['publishedAt', 'title'],
    pagePreview: true,
    fields: {
      title: { label: 'Tiêu đề', hint: 'Hiện trên trang bài, trong danh sách tin, RSS và tìm kiếm. Địa chỉ bài được tạo từ tiêu đề.' },
      description: {
        label: 'Sapo',
        multiline: true,
        hint: 'Một, hai câu tóm tắt, hiện dưới tiêu đề, trong danh sách tin, RSS và kết quả tìm kiếm.',
      },
      publishedAt: {
        label: 'Ngày giờ đăng (giờ Việt Nam)',
        hint: 'Tin được xếp theo ngày này. Một thời điểm sau này là hẹn giờ đăng: bài lên trang ở lần dựng trang đầu tiên sau thời điểm đó.',
      },
      updatedAt: { label: 'Ngày giờ cập nhật', hint: 'Chỉ điền khi sửa bài sau khi đã đăng. Sửa bài không đẩy bài lên đầu danh sách.' },
      category: { label: 'Chuyên mục', choice: 'category' },
      tags: { label: 'Từ khóa', hint: 'Cách nhau bằng dấu phẩy: Chuyển đổi số, Lai Châu. Viết hoa hay thường đều là một từ khóa.' },
      cover: {
        label: 'Ảnh đại diện',
        hint: 'Ảnh của bài trong danh sách tin và khi chia sẻ. Không chọn ảnh: dùng ảnh đầu tiên trong bài.',
      },
      'cover.src': { label: 'Ảnh', hint: photoHint },
      'cover.alt': { label: 'Mô tả ảnh', hint: 'Ảnh chụp gì, cho người không xem được ảnh (người khiếm thị, mạng chậm).' },
      'cover.caption': { label: 'Chú thích ảnh' },
      'cover.credit': { label: 'Người chụp', hint: 'Ví dụ: Ngọc Anh, hoặc "Ảnh minh họa".' },
      author: { label: 'Tác giả', hint: 'Ví dụ: Ngọc Anh.' },
      source: { label: 'Nguồn', hint: 'Khi đăng lại bài của nơi khác, ví dụ: Báo Lai Châu.' },
      // A new article starts as a draft, as `npm run new` makes it: saving never publishes by surprise.
      draft: { label: 'Bản nháp', hint: 'Bật: bài chưa lên trang. Tắt khi bài đã sẵn sàng để đăng.', initial: true },
      featured: { label: 'Tin nổi bật', hint: 'Đưa bài vào khối Tin nổi bật ở trang chủ.' },
    },
    body: {
      label: 'Nội dung',
      components: true,
      hint: 'Nút "+" (Add Component) chèn ảnh có chú thích, bộ ảnh, văn bản tải về, ghi chú hay video.',
    },
  },
  pages: {
    label: 'Trang riêng',
    labelSingular: 'trang',
    description: 'Các trang riêng (Tuyên bố về khả năng tiếp cận…), có liên kết ở chân trang: content/pages/<địa-chỉ>.mdx.',
    schema: pageSchema,
    files: { kind: 'entries', folder: 'pages', extension: 'mdx', address: '/', byYear: false, inFolder: false },
    summary: '{{title}}',
    sortBy: ['order', 'title'],
    pagePreview: true,
    fields: {
      title: { label: 'Tiêu đề' },
      description: { label: 'Mô tả', multiline: true, hint: 'Một câu cho máy tìm kiếm và khi chia sẻ trang.' },
      order: { label: 'Thứ tự', hint: 'Vị trí của liên kết ở chân trang (số nhỏ đứng trước).' },
    },
    body: { label: 'Nội dung', components: true },
  },
  categories: {
    label: 'Chuyên mục',
    labelSingular: 'chuyên mục',
    description: 'Danh sách chuyên mục tin (content/categories.yaml): địa chỉ /chuyen-muc/<slug>/, tên, thứ tự trên menu.',
    schema: categorySchema,
    files: { kind: 'list-file', file: 'categories.yaml', item: 'chuyên mục', summary: '{{fields.name}} ({{fields.slug}})' },
    fields: {
      slug: {
        label: 'Địa chỉ (slug)',
        hint: 'Chữ a–z không dấu, số và dấu -: chuyen-doi-so. Đổi địa chỉ của chuyên mục đã có bài thì phải sửa cả các bài đó.',
      },
      name: { label: 'Tên chuyên mục' },
      description: { label: 'Mô tả', hint: 'Một câu giới thiệu chuyên mục.' },
      order: { label: 'Thứ tự', hint: 'Vị trí trên menu và trang chủ (số nhỏ đứng trước).' },
      menu: { label: 'Hiện trên menu' },
    },
  },
  site: {
    label: 'Danh tính trang',
    labelSingular: 'danh tính trang',
    description: 'Tên đơn vị, cơ quan chủ quản, địa chỉ trang web, biểu trưng và menu (content/site/site.yaml).',
    schema: createSiteSchema,
    files: { kind: 'data-file', file: 'site/site.yaml' },
    fields: {
      name: { label: 'Tên đơn vị', hint: 'Tên đầy đủ, như ở đầu trang: Sở Thông tin và Truyền thông tỉnh Lai Châu.' },
      shortName: { label: 'Tên viết tắt', hint: 'Cho tiêu đề trang và RSS: Sở TT&TT Lai Châu.' },
      governingBody: { label: 'Cơ quan chủ quản', hint: 'Hiện phía trên tên đơn vị: Ủy ban nhân dân tỉnh Lai Châu.' },
      description: { label: 'Mô tả trang', multiline: true, hint: 'Một câu giới thiệu trang, cho máy tìm kiếm và RSS.' },
      url: { label: 'Địa chỉ trang web', hint: 'Địa chỉ đầy đủ: https://stttt.laichau.gov.vn' },
      logo: { label: 'Biểu trưng', hint: 'Ảnh SVG hoặc PNG, rộng ít nhất 512 điểm ảnh.' },
      pageSize: { label: 'Số bài mỗi trang', hint: 'Số tin trên mỗi trang danh sách (1–100).' },
      menu: { label: 'Mục menu thêm', hint: 'Liên kết trên thanh menu, sau các chuyên mục.' },
      'menu.label': { label: 'Tên mục' },
      'menu.href': { label: 'Liên kết', hint: 'Đường dẫn trong trang (/so-do-trang/) hoặc địa chỉ https://…' },
    },
  },
  footer: {
    label: 'Chân trang',
    labelSingular: 'chân trang',
    description: 'Thông tin liên hệ ở cuối mọi trang (content/site/footer.mdx).',
    schema: createFooterSchema,
    files: { kind: 'entry-file', file: 'site/footer.mdx' },
    fields: {
      department: { label: 'Tên cơ quan (chữ in hoa)', hint: 'Như trên con dấu: SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LAI CHÂU.' },
      governingBody: { label: 'Cơ quan chủ quản' },
      responsible: { label: 'Người chịu trách nhiệm nội dung' },
      'responsible.name': { label: 'Họ tên', hint: 'Ví dụ: Ông Phạm Quang Cường.' },
      'responsible.title': { label: 'Chức vụ' },
      address: { label: 'Địa chỉ trụ sở' },
      phone: { label: 'Điện thoại', hint: 'Viết như muốn hiện: 0213.3791.558' },
      email: { label: 'Thư điện tử' },
      citation: { label: 'Lời nhắc ghi nguồn', hint: 'Ghi rõ nguồn … khi sử dụng thông tin trên website này.' },
      trustBadge: { label: 'Huy hiệu Tín nhiệm mạng' },
      'trustBadge.image': { label: 'Ảnh huy hiệu' },
      'trustBadge.alt': { label: 'Mô tả huy hiệu' },
      'trustBadge.href': { label: 'Liên kết chứng nhận', hint: 'Ví dụ: https://tinnhiemmang.vn/…' },
    },
    body: { label: 'Dòng thêm ở chân trang', components: false, hint: 'Không bắt buộc: vài dòng Markdown hiện dưới thông tin liên hệ.' },
  },
} satisfies Record<string, AdminCollection>;

/** The name of an admin collection, as in its address: `#/collections/articles`. */
export type AdminCollectionName = keyof typeof ADMIN_COLLECTIONS;

/**
 * Schemas of src/schemas/ the admin does not edit, and why. `tests/unit/admin-config.test.ts`
 * fails on a schema that is in neither table.
 */
export const NOT_IN_ADMIN: ReadonlyArray<{ schema: SchemaSource; why: string }> = [
  {
    schema: adminSettingsSchema,
    why: 'where the admin itself saves: an editor who changed it from the admin could lock everyone out; a developer edits content/site/admin.yaml',
  },
];

/** The text the address of a new entry of `collection` is made from. */
export function slugSourceOf(
  collection: AdminCollection,
  data: Readonly<Record<string, unknown>>,
  choices: Readonly<Record<ChoiceList, readonly ChoiceOption[]>>,
): string {
  return collection.slugSource ? collection.slugSource(data, choices) : String(data.title ?? '');
}

/** The schema an entry of `collection` is checked against, as the build checks it. */
export function schemaOf(collection: AdminCollection, context: SchemaContext): z.ZodType {
  return typeof collection.schema === 'function' ? collection.schema(context) : collection.schema;
}
