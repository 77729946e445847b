import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * A Markdown/MDX source cut into its frontmatter block (fences included, `''` when there is
 * none), the YAML inside it, and the body after it.
 */
export function splitFrontmatter(source: string): { block: string; yaml: string; body: string } {
  const match = FRONTMATTER.exec(source);
  const block = match?.[0] ?? '';
  return { block, yaml: match?.[1] ?? '', body: source.slice(block.length) };
}

/**
 * Reads a Markdown/MDX file's frontmatter as plain data. The YAML 1.2 core schema is used on
 * purpose: it keeps `2022-08-08 09:30` as text, so a time written without an offset can be
 * read as Vietnam time instead of UTC (YAML 1.1 parsers silently turn it into UTC). js-yaml
 * reads it some five times faster than the `yaml` package, which matters for 10,000 articles a
 * build; `npm run check` also parses with `yaml`, only to find the line of a field the schema
 * rejects (src/content-check/).
 */
export function readFrontmatter(source: string): Record<string, unknown> {
  const { block, yaml } = splitFrontmatter(source);
  return block ? parseFrontmatterYaml(yaml) : {};
}

/** The YAML inside a frontmatter block (see `splitFrontmatter`) as plain data, read as `readFrontmatter` reads it. */
export function parseFrontmatterYaml(yaml: string): Record<string, unknown> {
  const data: unknown = load(yaml, { schema: CORE_SCHEMA });
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The line (1-based) on which a top-level frontmatter field is written, if it is. */
export function frontmatterFieldLine(source: string, field: string): number | undefined {
  const lines = source.split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? undefined : index + 1;
}

/** Every string inside `value`, recursively, normalised to NFC (text arrives NFD from some systems). */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(normalizeStrings) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeStrings(v)])) as T;
  }
  return value;
}

/**
 * Frontmatter parsed in this process, by absolute file path: the article loader parses every
 * article's and the sitemap reads its dates from the same parse. Kept on `globalThis` because
 * Astro loads `astro.config.mjs` and the content layer as separate module instances.
 */
const parsedByFile = ((globalThis as Record<symbol, unknown>)[Symbol.for('stttt:frontmatter')] ??= new Map()) as Map<
  string,
  Record<string, unknown>
>;

/** Records a file's frontmatter as read by the loader (NFC strings), for `frontmatterOfFile`. */
export function rememberFrontmatter(file: string, data: Record<string, unknown>): void {
  parsedByFile.set(file, data);
}

/** A file's frontmatter with NFC strings, parsed at most once per process (see `rememberFrontmatter`). */
export function frontmatterOfFile(file: string): Record<string, unknown> {
  let data = parsedByFile.get(file);
  if (!data) parsedByFile.set(file, (data = normalizeStrings(readFrontmatter(readFileSync(file, 'utf8').normalize('NFC')))));
  return data;
}
