/**
 * What the admin checks before it saves (Decap's `preSave` event): what `npm run check` would
 * refuse is refused here, with the check's own words, before anything reaches the Git host.
 * - a new entry's address: filled from the title when left blank, and not one another entry has;
 * - the body's content components: their required props (names.ts), which Decap does not enforce
 *   inside its component forms (an empty alt text would be saved);
 * - the file as it will be written (src/admin/formats.ts), read back and validated against the
 *   build's own schema (src/schemas/), e.g. a cover photo without its description.
 */
import { z } from 'astro/zod';
import type { Map as ImmutableMap } from 'immutable';
import { parse } from 'yaml';
import {
  ADMIN_COLLECTIONS,
  CHOICE_LISTS,
  schemaContext,
  schemaOf,
  slugSourceOf,
  type AdminCollection,
  type AdminCollectionName,
  type ChoiceList,
} from '../collections/index.ts';
import type { AdminConfigFile } from '../config.ts';
import { componentProblems } from '../editor-components.ts';
import { formatFor, LIST_FIELD } from '../formats.ts';
import { toSlug } from '../../lib/text/slug.ts';
import { documentFileName } from '../../schemas/document.ts';
import { fileWithSlug } from './slug-widget.ts';

type Entry = ImmutableMap<string, unknown>;

/** The problems of an entry about to be saved, one line each; none when it may be saved. */
export async function saveProblems(admin: AdminConfigFile, entry: Entry): Promise<{ data: Entry; problems: string[] }> {
  const name = String(entry.get('collection'));
  const collection = admin.collections[name];
  let data = entry.get('data') as Entry;
  if (!collection) return { data, problems: [] };
  const problems: string[] = [];

  if (collection.files.kind === 'entries' && entry.get('newRecord')) {
    const table: Record<string, AdminCollection> = ADMIN_COLLECTIONS;
    const source = slugSourceOf(table[collection.group]!, data.toJS() as Record<string, unknown>, admin.choices);
    const slug = toSlug(String(data.get('slug') ?? ''), Infinity) || toSlug(source);
    data = data.set('slug', slug);
    const address = `${collection.files.address}${slug}/`;
    const clash = slug ? await fileWithSlug(name, slug) : undefined;
    if (!slug) problems.push('Địa chỉ — chưa có địa chỉ — điền tiêu đề (địa chỉ được tạo từ đó) hoặc ô Địa chỉ');
    else if (clash) problems.push(`Địa chỉ — ${address} đã là địa chỉ của ${clash} — sửa ô Địa chỉ (thêm vài chữ) cho khác`);
  }

  const body = data.get('body');
  if (typeof body === 'string') problems.push(...componentProblems(body));

  const written = formatFor(collection.files.kind, collection.fields).toFile(data.toJS() as Record<string, unknown>);
  const spec = ADMIN_COLLECTIONS[collection.group as AdminCollectionName];
  if (spec) {
    // Photos and attached files are checked by name only: that they exist is the check's (they are uploaded with the entry).
    const schema = schemaOf(
      spec,
      schemaContext(
        Object.fromEntries(CHOICE_LISTS.map((list) => [list, admin.choices[list].map((option) => option.value)])) as Record<
          ChoiceList,
          string[]
        >,
        () => z.string(),
        documentFileName,
      ),
    );
    const parsed =
      collection.files.kind === 'list-file' ? z.array(schema).safeParse(parse(written)) : schema.safeParse(frontmatterOf(written));
    for (const issue of parsed.error?.issues ?? []) {
      const field = issue.path.length ? issue.path.map(String).join('.') : 'thông tin';
      problems.push(`${collection.files.kind === 'list-file' ? `${LIST_FIELD}.` : ''}${field} — ${issue.message}`);
    }
  }
  return { data, problems };
}

/** The YAML data a written file holds: its frontmatter, or the whole file for a YAML file. */
function frontmatterOf(text: string): unknown {
  const match = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m.exec(text);
  return parse(match ? match[1]! : text) ?? {};
}

/**
 * Decap's `preSave` listener: the entry's data with its address filled in, or an error that
 * Decap shows ("Không thể lưu mục: …") and that keeps everything the editor wrote.
 */
export function beforeSave(admin: AdminConfigFile) {
  return async ({ entry }: { entry: Entry }) => {
    const { data, problems } = await saveProblems(admin, entry);
    if (problems.length)
      throw new Error(`Chưa lưu được, cần sửa: ${problems.map((problem, index) => `(${index + 1}) ${problem}`).join('; ')}`);
    return data;
  };
}
