/**
 * What the admin needs to know of a content schema, read from the Zod schema itself (src/schemas/):
 * each field's name, kind, whether it is required, its default, its choices, limits and pattern,
 * and the fields inside objects and lists. The admin's forms are built from this
 * (src/admin/config.ts), so a field added to a schema appears in the admin, and the unit test
 * fails until it has a Vietnamese label.
 *
 * Zod 4's definitions (`schema._zod.def`) are read directly: Zod has no public walker.
 */
import type { z } from 'astro/zod';

/** What kind of value a field holds, as the admin edits it. */
export type FieldKind =
  'text' | 'url' | 'email' | 'datetime' | 'image' | 'file' | 'number' | 'boolean' | 'choice' | 'object' | 'list' | 'record';

/** One field of a content schema. */
export interface SchemaField {
  name: string;
  kind: FieldKind;
  /** Must be written: neither optional nor defaulted. */
  required: boolean;
  /** The schema's default, when it has one. */
  default?: unknown;
  /** `choice`: the values allowed. */
  options?: readonly string[];
  /** `object`, or `list` of objects: the fields inside. */
  fields?: SchemaField[];
  /** `list` of single values, or `record`: what each item (value) is. */
  item?: FieldKind;
  /** `number`: limits, and whether it must be whole. */
  min?: number;
  max?: number;
  integer?: boolean;
  /** `text`: a regular expression the value must match. */
  pattern?: string;
}

/** The parts of Zod's internal definition the walk reads. */
interface Definition {
  type: string;
  innerType?: ZodLike;
  defaultValue?: unknown;
  in?: ZodLike;
  out?: ZodLike;
  options?: ZodLike[];
  shape?: Record<string, ZodLike>;
  element?: ZodLike;
  entries?: Record<string, string | number>;
  values?: unknown[];
  valueType?: ZodLike;
  format?: string;
  checks?: Array<{ _zod: { def: { check: string; format?: string; pattern?: RegExp; value?: number; inclusive?: boolean } } }>;
}
interface ZodLike {
  _zod: { def: Definition };
}

const def = (schema: ZodLike) => schema._zod.def;

/** The schemas the caller passed as a schema's helpers, and the kind of field each marks. */
export type Markers = ReadonlyMap<unknown, 'image' | 'file'>;

/**
 * The fields of an object schema. `markers` are the schemas the caller passed as the schema's
 * helpers: a field that is one (or pipes into one) is a photo (`image()`: `cover.src`, `logo`) or
 * an attached file (`file()`: a registry document's `files[].src`).
 */
export function schemaFields(schema: z.ZodType, markers: Markers): SchemaField[] {
  const root = schema as unknown as ZodLike;
  const { type, shape } = def(unwrap(root));
  if (type !== 'object' || !shape) throw new Error(`schemaFields: expected an object schema, got ${type}`);
  return Object.entries(shape).map(([name, field]) => describe(name, field, markers, name));
}

/** Past the wrappers that do not change what an editor writes (a whole-object refinement is a pipe of itself). */
function unwrap(schema: ZodLike): ZodLike {
  const d = def(schema);
  if (d.type === 'pipe' && d.in && def(d.out!).type === 'transform') return unwrap(d.in);
  return schema;
}

function describe(name: string, schema: ZodLike, markers: Markers, path: string): SchemaField {
  let required = true;
  let fallback: { value: unknown } | undefined;
  let current = schema;
  for (;;) {
    const d = def(current);
    const marked = markers.get(current);
    if (marked) return withDefault({ name, kind: marked, required }, fallback);
    if (d.type === 'optional' || d.type === 'nullable') {
      required = false;
      current = d.innerType!;
    } else if (d.type === 'default' || d.type === 'prefault') {
      required = false;
      fallback = { value: d.defaultValue };
      current = d.innerType!;
    } else if (d.type === 'pipe') {
      // A field whose value is handed to the image helper is a photo; otherwise what the editor
      // writes is the pipe's input (the output is a transform: NFC text, a Date…).
      const into = markers.get(d.out);
      if (into) return withDefault({ name, kind: into, required }, fallback);
      current = d.in!;
    } else {
      break;
    }
  }
  return withDefault({ name, required, ...kindOf(current, markers, path) }, fallback);
}

function withDefault(field: SchemaField, fallback: { value: unknown } | undefined): SchemaField {
  return fallback ? { ...field, default: fallback.value } : field;
}

/** The kind of a value (past optional, default and pipes), with what the kind needs. */
function kindOf(schema: ZodLike, markers: Markers, path: string): Omit<SchemaField, 'name' | 'required'> {
  const d = def(schema);
  switch (d.type) {
    case 'string':
      return stringKind(d);
    case 'number':
      return numberKind(d);
    case 'boolean':
      return { kind: 'boolean' };
    case 'date':
      return { kind: 'datetime' };
    case 'enum':
      return { kind: 'choice', options: Object.values(d.entries ?? {}).map(String) };
    case 'literal':
      return { kind: 'choice', options: (d.values ?? []).map(String) };
    case 'union': {
      // A date written as text or read as a Date by YAML (`publishedAt`).
      const kinds = (d.options ?? []).map((option) => def(option).type);
      if (kinds.includes('date')) return { kind: 'datetime' };
      if (kinds.every((kind) => kind === 'literal'))
        return { kind: 'choice', options: (d.options ?? []).flatMap((o) => (def(o).values ?? []).map(String)) };
      break;
    }
    case 'object':
      return { kind: 'object', fields: Object.entries(d.shape ?? {}).map(([n, f]) => describe(n, f, markers, `${path}.${n}`)) };
    case 'record':
      // A map of values by key (a procedure group's page on each portal).
      return { kind: 'record', item: describe('value', d.valueType!, markers, `${path}{}`).kind };
    case 'array': {
      const item = describe('item', d.element!, markers, `${path}[]`);
      return item.kind === 'object' ? { kind: 'list', fields: item.fields } : { kind: 'list', item: item.kind };
    }
  }
  throw new Error(`schemaFields: ${path} is a Zod ${d.type}, which the admin cannot edit yet — map it in src/admin/schema-fields.ts`);
}

function stringKind(d: Definition): Omit<SchemaField, 'name' | 'required'> {
  if (d.format === 'url') return { kind: 'url' };
  if (d.format === 'email') return { kind: 'email' };
  const regex = d.checks?.map((check) => check._zod.def).find((check) => check.check === 'string_format' && check.format === 'regex');
  return regex?.pattern ? { kind: 'text', pattern: regex.pattern.source } : { kind: 'text' };
}

function numberKind(d: Definition): Omit<SchemaField, 'name' | 'required'> {
  const field: Omit<SchemaField, 'name' | 'required'> = { kind: 'number' };
  for (const { _zod } of d.checks ?? []) {
    const check = _zod.def;
    if (check.check === 'number_format' && /int/.test(check.format ?? '')) field.integer = true;
    if (check.check === 'greater_than' && check.value !== undefined) field.min = check.inclusive ? check.value : check.value + 1;
    if (check.check === 'less_than' && check.value !== undefined) field.max = check.inclusive ? check.value : check.value - 1;
  }
  return field;
}
