/**
 * How the admin reads and writes content files, so that it writes what a developer would: Decap
 * CMS's own formats rewrite the whole frontmatter on every save (every field, empty ones included,
 * comments dropped, long lines folded, photos as `anh-1.jpg` where the check wants `./anh-1.jpg`).
 *
 * These formats patch the file as read instead: a field the editor did not change keeps its bytes
 * (quotes, comments, flow lists), a changed one is rewritten, an emptied one or one set back to its
 * schema default is removed, and a file nobody changed is written back byte for byte. What is
 * written follows the schema's fields (src/admin/schema-fields.ts): only schema fields, in the
 * schema's order for a new file, NFC text, `./` before a photo's file name.
 *
 * Pure (the `yaml` library only): the browser registers them (src/admin/client/main.ts) and the
 * unit tests run them on the real content files.
 */
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import type { CollectionFiles } from './collections/index.ts';
import type { SchemaField } from './schema-fields.ts';

/** Decap's custom format: text to data and back. */
export interface ContentFormat {
  fromFile(content: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

/**
 * The key under which the data keeps the file as it was read. Decap keeps keys no field owns
 * (serializeEntryValues), so the file travels with its data to `toFile`.
 */
export const SOURCE_KEY = '__source';

/** What `toFile` needs of the file as read. */
interface Source {
  /** Everything before the YAML: `---\n` for frontmatter, nothing for a YAML file. */
  open: string;
  yaml: string;
  /** The closing `---` line of frontmatter. */
  close: string;
  /** The blank lines between the frontmatter and the body. */
  gap: string;
}

type Data = Record<string, unknown>;
type Path = Array<string | number>;

/** The one field a `list-file` collection is edited through: Decap edits a map, the file is a list. */
export const LIST_FIELD = 'items';

/** The format of a collection's files, from where they are and the schema's fields. */
export function formatFor(kind: CollectionFiles['kind'], fields: readonly SchemaField[]): ContentFormat {
  if (kind === 'data-file') return yamlFormat(fields);
  if (kind === 'list-file') return yamlListFormat(fields, LIST_FIELD);
  return frontmatterFormat(fields);
}

/** A Markdown/MDX file: YAML frontmatter, then the body (`body`). */
export function frontmatterFormat(fields: readonly SchemaField[]): ContentFormat {
  return {
    fromFile(content) {
      const source = splitFile(content);
      if (!source) return { body: content };
      const body = content.slice(source.open.length + source.yaml.length + source.close.length + source.gap.length);
      return { ...withDefaults(parseYaml(source.yaml), fields), body, [SOURCE_KEY]: source };
    },
    toFile(data) {
      const source = data[SOURCE_KEY] as Source | undefined;
      const yaml = patchYaml(source?.yaml, fields, data);
      const body = String(data.body ?? '');
      if (!source) return `---\n${yaml}---\n${body.trim() ? `\n${body.trim()}\n` : ''}`;
      const ending = body && !body.endsWith('\n') ? '\n' : '';
      return `${source.open}${yaml}${source.close}${source.gap}${body}${ending}`;
    },
  };
}

/** A YAML file whose top is a map (`site/site.yaml`). */
export function yamlFormat(fields: readonly SchemaField[]): ContentFormat {
  return {
    fromFile: (content) => ({ ...withDefaults(parseYaml(content), fields), [SOURCE_KEY]: yamlSource(content) }),
    toFile: (data) => patchYaml((data[SOURCE_KEY] as Source | undefined)?.yaml, fields, data),
  };
}

/**
 * A YAML file whose top is a list (`categories.yaml`), edited as the one list field `key` of a
 * map (Decap edits maps only).
 */
export function yamlListFormat(fields: readonly SchemaField[], key: string): ContentFormat {
  const list: SchemaField[] = [{ name: key, kind: 'list', required: true, fields: [...fields] }];
  return {
    fromFile(content) {
      const items = parseDocument(content).toJS() as unknown;
      return { ...withDefaults({ [key]: Array.isArray(items) ? items : [] }, list), [SOURCE_KEY]: yamlSource(content) };
    },
    toFile(data) {
      const source = data[SOURCE_KEY] as Source | undefined;
      const doc = parseDocument(source?.yaml ?? '[]\n');
      const before = doc.toJS() as unknown;
      const changed = patchList(doc, [], fields, data[key], Array.isArray(before) ? before : []);
      return changed || !source ? stringify(doc) : source.yaml;
    },
  };
}

function yamlSource(content: string): Source {
  return { open: '', yaml: content, close: '', gap: '' };
}

/** The parts of a file's frontmatter, or `undefined` when the file has none. */
function splitFile(content: string): Source | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(content)?.[0];
  if (!open) return undefined;
  const rest = content.slice(open.length);
  // The first `---` line closes it (at once for an empty frontmatter: `---\n---\n`).
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) return undefined;
  const afterClose = rest.slice(close.index + close[0].length);
  return { open, yaml: rest.slice(0, close.index), close: close[0], gap: /^(?:[ \t]*\r?\n)*/.exec(afterClose)![0] };
}

function parseYaml(text: string): Data {
  const data = parseDocument(text).toJS() as unknown;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Data) : {};
}

/** The data with every default the schema would apply filled in, so that a switch shows what the site does. */
function withDefaults(data: Data, fields: readonly SchemaField[]): Data {
  const out: Data = { ...data };
  for (const field of fields) {
    const value = out[field.name];
    if (value === undefined && field.default !== undefined) out[field.name] = structuredClone(field.default);
    if (field.kind === 'record' && isPlainObject(out[field.name])) out[field.name] = recordToPairs(out[field.name] as Data);
    else if (field.kind === 'object' && field.fields && isPlainObject(value)) out[field.name] = withDefaults(value, field.fields);
    else if (field.kind === 'list' && field.fields && Array.isArray(value))
      out[field.name] = value.map((item) => (isPlainObject(item) ? withDefaults(item, field.fields!) : item));
  }
  return out;
}

/** The YAML `text` (a new document when undefined) with `data` written into it; the text itself when nothing changed. */
function patchYaml(text: string | undefined, fields: readonly SchemaField[], data: Data): string {
  const doc = text === undefined || text.trim() === '' ? new Document({}) : parseDocument(text);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({});
  const before = (doc.toJS() as Data | null) ?? {};
  const changed = patchMap(doc, [], fields, data, before);
  return changed || text === undefined || text.trim() === '' ? stringify(doc) : text;
}

const stringify = (doc: Document) => doc.toString({ lineWidth: 0 });

/**
 * Writes each field of `next` into the map at `path`, where `prev` was read. Returns whether
 * anything changed. Keys of the file that are no schema field are left as they are.
 */
function patchMap(doc: Document, path: Path, fields: readonly SchemaField[], next: Data, prev: Data): boolean {
  let changed = false;
  for (const field of fields) {
    const at = [...path, field.name];
    const value = clean(next[field.name], field);
    const had = Object.hasOwn(prev, field.name);
    const old = prev[field.name];
    if (had && equal(value, clean(old, field))) continue;
    if (value === undefined || equal(value, field.default)) {
      if (had) doc.deleteIn(at);
      changed ||= had;
      continue;
    }
    if (had && field.kind === 'object' && field.fields && isPlainObject(old) && isPlainObject(value)) {
      changed = patchMap(doc, at, field.fields, value, old) || changed;
    } else if (had && field.kind === 'list' && field.fields && Array.isArray(old) && Array.isArray(value)) {
      changed = patchList(doc, at, field.fields, value, old) || changed;
    } else {
      doc.setIn(at, value);
      changed = true;
    }
  }
  return changed;
}

/** Writes a list of objects item by item, so that unchanged items keep their bytes. */
function patchList(doc: Document, path: Path, fields: readonly SchemaField[], next: unknown, prev: unknown[]): boolean {
  const items = (Array.isArray(next) ? next : []).map((item) =>
    clean(item, { name: 'item', kind: 'object', required: true, fields: [...fields] }),
  );
  const kept = items.filter((item): item is Data => item !== undefined);
  let changed = false;
  for (let index = prev.length - 1; index >= kept.length; index--) {
    doc.deleteIn([...path, index]);
    changed = true;
  }
  kept.forEach((item, index) => {
    const old = prev[index];
    if (index < prev.length && isPlainObject(old)) {
      changed = patchMap(doc, [...path, index], fields, item, old) || changed;
    } else {
      const list = path.length ? doc.getIn(path) : doc.contents;
      if (isSeq(list)) list.add(doc.createNode(item));
      else doc.setIn([...path, index], item);
      changed = true;
    }
  });
  return changed;
}

/**
 * A value as the file should hold it, or `undefined` when there is nothing to write: text in NFC
 * and trimmed, `./` before a photo's file name, empty texts, lists and objects left out.
 */
export function clean(value: unknown, field: SchemaField): unknown {
  if (value === undefined || value === null) return undefined;
  switch (field.kind) {
    case 'object': {
      if (!isPlainObject(value)) return undefined;
      const out: Data = {};
      for (const inner of field.fields ?? []) {
        const innerValue = clean(value[inner.name], inner);
        if (innerValue !== undefined) out[inner.name] = innerValue;
      }
      // Keys no field owns stay as they were.
      for (const [key, innerValue] of Object.entries(value))
        if (!(key in out) && !field.fields?.some((f) => f.name === key) && key !== SOURCE_KEY) out[key] = innerValue;
      return Object.keys(out).length ? out : undefined;
    }
    case 'record': {
      // Edited as a list of `{ key, value }` pairs (src/admin/config.ts), written as a map.
      const pairs = Array.isArray(value) ? value : isPlainObject(value) ? recordToPairs(value) : [];
      const itemField: SchemaField = { name: 'value', kind: field.item ?? 'text', required: true };
      const entries = pairs.flatMap((pair) => {
        const key = isPlainObject(pair) ? clean(pair.key, { name: 'key', kind: 'text', required: true }) : undefined;
        const item = isPlainObject(pair) ? clean(pair.value, itemField) : undefined;
        return typeof key === 'string' && item !== undefined ? [[key, item] as const] : [];
      });
      return entries.length ? Object.fromEntries(entries) : undefined;
    }
    case 'list': {
      if (!Array.isArray(value)) return undefined;
      const itemField: SchemaField = field.fields
        ? { name: 'item', kind: 'object', required: true, fields: field.fields }
        : { name: 'item', kind: field.item ?? 'text', required: true };
      const items = value.map((item) => clean(item, itemField)).filter((item) => item !== undefined);
      return items.length ? items : undefined;
    }
    case 'image':
    case 'file':
      return typeof value === 'string' && value.trim() ? withDotSlash(value.trim().normalize('NFC')) : undefined;
    case 'number':
      return value === '' ? undefined : value;
    case 'boolean':
      return value;
    default:
      if (typeof value !== 'string') return value;
      return value.normalize('NFC').trim() || undefined;
  }
}

/** A map as the list of pairs the admin edits it as. */
function recordToPairs(record: Data): Data[] {
  return Object.entries(record).map(([key, value]) => ({ key, value }));
}

/** `anh-1.jpg` (how Decap names a file beside the entry) as the site writes it: `./anh-1.jpg`. */
export function withDotSlash(path: string): string {
  return /^(?:\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(path) ? path : `./${path}`;
}

function isPlainObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Deep equality of plain data (key order does not matter). */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => equal(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const other = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === other.length && keys.every((key) => equal(a[key], b[key]));
  }
  return false;
}
