/**
 * The shape of the admin's table (src/admin/collections/index.ts): what a collection names (its
 * schema, where its files are, the Vietnamese text of every field), the lists fields choose from,
 * and what a schema factory of src/schemas/ is given. Pure; the browser bundle uses it too.
 */
import type { z } from 'astro/zod';
import type { ImageHelper } from '../../schemas/fields.ts';

/**
 * The lists a field may choose from, read from the content tree (src/admin/site-files.ts): the
 * chuyên mục of `categories.yaml`, the people of `organisation/` (leaders and heads of units) and
 * the leaders alone, the public service portals of `thu-tuc-hanh-chinh.yaml`, the document types of
 * `documents/loai-van-ban.yaml`.
 */
export const CHOICE_LISTS = ['category', 'person', 'leader', 'portal', 'documentType'] as const;
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
  /** Every person's id (`readOrganisationIds`): whom `co-quan.yaml` may name. */
  personIds: readonly string[];
  /** The leaders' ids: a unit's head may not take one. */
  leaderIds: readonly string[];
  /** The document types a registry document may name. */
  typeSlugs: readonly string[];
}

/** The context a schema factory is given, from the values of each choice list. */
export function schemaContext(
  values: Readonly<Record<ChoiceList, readonly string[]>>,
  image: () => z.ZodType,
  file: () => z.ZodType,
): SchemaContext {
  return {
    image,
    file,
    categorySlugs: values.category,
    personIds: values.person,
    leaderIds: values.leader,
    typeSlugs: values.documentType,
  };
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
  /** A photo or file field: the folder beside the file its uploads go in (`anh` → `./anh/x.jpg`), if not beside it. */
  folder?: string;
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
      /** Whether editors may add entries (not where each file needs a page made for it: `/en/`). */
      create?: boolean;
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
  /** A file of the content tree without which the collection is left out (a tree with no registry has no document types). */
  requires?: string;
  /** The preview shows the entry as a page of the site (title, sapo, body with the site's CSS). */
  pagePreview?: boolean;
}

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
