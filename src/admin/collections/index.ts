/**
 * What the editors' admin (`/admin/`) edits: one entry per collection, naming its schema (from
 * src/schemas/, never restated), where its files are, and the Vietnamese label and hint of every
 * field, keyed by the field's path (`cover.alt`). The forms are built from the schema itself
 * (src/admin/config.ts); a schema field without a label here fails `tests/unit/admin-config.test.ts`.
 *
 * A new collection in the admin is one entry in one of these tables (news.ts, documents.ts,
 * organisation.ts, site.ts). The same table gives the browser the schema each save is validated against
 * (src/admin/client/validate.ts).
 */
import { adminSettingsSchema } from '../../schemas/admin.ts';
import { personSchema } from '../../schemas/organisation.ts';
import { DOCUMENT_COLLECTIONS } from './documents.ts';
import { NEWS_COLLECTIONS } from './news.ts';
import { ORGANISATION_COLLECTIONS } from './organisation.ts';
import { SITE_COLLECTIONS } from './site.ts';
import type { AdminCollection, SchemaSource } from './types.ts';

export * from './types.ts';

/** Every collection the admin edits, in the order of its side bar. */
export const ADMIN_COLLECTIONS = {
  ...NEWS_COLLECTIONS,
  ...DOCUMENT_COLLECTIONS,
  ...ORGANISATION_COLLECTIONS,
  ...SITE_COLLECTIONS,
} satisfies Record<string, AdminCollection>;

/** The name of an admin collection, as in its address: `#/collections/articles`. */
export type AdminCollectionName = keyof typeof ADMIN_COLLECTIONS;

/**
 * Schemas of src/schemas/ the admin does not edit as a collection, and why.
 * `tests/unit/admin-config.test.ts` fails on a schema that is in neither table.
 */
export const NOT_IN_ADMIN: ReadonlyArray<{ schema: SchemaSource; why: string }> = [
  {
    schema: adminSettingsSchema,
    why: 'where the admin itself saves: an editor who changed it from the admin could lock everyone out; a developer edits content/site/admin.yaml',
  },
  { schema: personSchema, why: 'a part of Đơn vị (the head of a unit), edited there; no file of its own' },
];
