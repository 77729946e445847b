/**
 * One YAML data file of the content tree (`site/site.yaml`, `categories.yaml`, and the organisation
 * files to come), checked as the build reads it: parsed with the same parser, strings in NFC, then
 * validated against the build's own schema, each problem on the line of its field.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { normalizeStrings } from '../lib/content/frontmatter.ts';
import { yamlFieldLines, yamlSyntaxProblem } from './frontmatter.ts';
import { issuesToProblems } from './problems.ts';
import type { CheckContext } from './types.ts';

/**
 * Checks the YAML file `file` (absolute) against `schema`, recording its problems in `ctx`.
 * Returns the data when valid, and the parsed YAML either way (`undefined` when unreadable).
 */
export function checkDataFile<T>(ctx: CheckContext, file: string, schema: z.ZodType<T>, name: string): { data?: T; raw?: unknown } {
  const text = readFileSync(file, 'utf8');
  let raw: unknown;
  try {
    raw = normalizeStrings(parse(text));
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 1;
    ctx.problems.push(yamlSyntaxProblem(file, line, name, `tệp ${name}`));
    return {};
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, raw };
  ctx.problems.push(...issuesToProblems(file, result.error.issues, yamlFieldLines(text, 1), name));
  return { raw };
}
