/**
 * One YAML data file of the content tree (`site/site.yaml`, `categories.yaml`, the organisation's
 * files, the document types), checked as the build reads it: parsed with the same parser, strings in NFC, then
 * validated against the build's own schema, each problem on the line of its field.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { normalizeStrings } from '../lib/content/frontmatter.ts';
import { yamlFieldLines, yamlSyntaxProblem } from './frontmatter.ts';
import { issuesToProblems, type Problem } from './problems.ts';
import type { CheckContext } from './types.ts';

/** What reading one YAML data file found: its data when valid, the parsed YAML either way (`undefined` when unreadable). */
export interface DataFileReport<T> {
  data?: T;
  raw?: unknown;
  problems: Problem[];
}

/**
 * Reads the YAML file `file` (absolute) and validates it against `schema`, each problem on the
 * line of its field, named `name` when it concerns the whole file. The check and the build's YAML
 * loader (src/loaders/yaml-file.ts) both read data files through it.
 */
export function readDataFile<T>(file: string, schema: z.ZodType<T>, name: string): DataFileReport<T> {
  const text = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = normalizeStrings(parse(text));
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 1;
    return { problems: [yamlSyntaxProblem(file, line, name, `tệp ${name}`)] };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, raw, problems: [] };
  return { raw, problems: issuesToProblems(file, result.error.issues, yamlFieldLines(text, 1), name) };
}

/** `readDataFile`, recording its problems in `ctx`. */
export function checkDataFile<T>(ctx: CheckContext, file: string, schema: z.ZodType<T>, name: string): { data?: T; raw?: unknown } {
  const { problems, ...found } = readDataFile(file, schema, name);
  ctx.problems.push(...problems);
  return found;
}

/** Every `slug` a YAML list writes, valid or not, as the build's loaders read them (`parseSlugList`). */
export const listedSlugs = (raw: unknown): string[] =>
  Array.isArray(raw) ? raw.map((item: { slug?: unknown } | null) => String(item?.slug)) : [];
