/**
 * Loaders for content files other than articles (the organisation's YAML and prose), which check
 * each file against its schema from `src/schemas/` before Astro does, so that a mistake stops the
 * build with the lines `npm run check` prints for articles —
 * `path:line: field — what is wrong — what to write` — rather than Astro's own report.
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse, YAMLParseError } from 'yaml';
import { checkFrontmatter } from '../content-check/frontmatter.ts';
import { formatProblem, issuesToProblems, type Problem } from '../content-check/problems.ts';
import { normalizeStrings } from '../lib/content/frontmatter';
import { yamlFieldLines } from '../lib/content/yaml-lines';

/**
 * One YAML file as a single entry, keeping its path so images beside it resolve. With `check`
 * (the file's schema, with a plain `image`), the file is validated first.
 */
export function yamlFileLoader(path: string, id: string, check?: z.ZodType): Loader {
  return {
    name: 'yaml-file',
    load: async ({ store, parseData, config }) => {
      const { text, data } = readYaml(path);
      if (check) {
        const result = check.safeParse(data);
        if (!result.success) stop(issuesToProblems(path, result.error.issues, yamlFieldLines(text)));
      }
      store.clear();
      const parsed = await parseData({ id, data, filePath: path });
      store.set({ id, data: parsed, filePath: relative(fileURLToPath(config.root), path) });
    },
  };
}

/**
 * Astro's glob loader for the MDX files matching `patterns` under `base`, with every file's
 * frontmatter validated against `schema` first (the check's own rule, line numbers included).
 */
export function checkedMdxLoader(base: string, patterns: string[], schema: z.ZodType): Loader {
  const inner = glob({ base, pattern: patterns });
  return {
    name: 'checked-mdx',
    load: async (context) => {
      const files = globSync(patterns, { cwd: base }).map((file) => join(base, file));
      const problems = files.flatMap((file) => checkFrontmatter(file, readFileSync(file, 'utf8').normalize('NFC'), schema).problems);
      if (problems.length > 0) stop(problems);
      await inner.load(context);
    },
  };
}

/** The file's text and its data with NFC strings; a missing file or a YAML mistake stops the build. */
function readYaml(path: string): { text: string; data: Record<string, unknown> } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return stop([{ file: path, line: 1, field: 'tệp', message: 'không có tệp này — tạo tệp theo mẫu trong content/ của dự án' }]);
  }
  try {
    const data: unknown = parse(text);
    return { text, data: normalizeStrings(data && typeof data === 'object' ? (data as Record<string, unknown>) : {}) };
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 1) : 1;
    return stop([
      {
        file: path,
        line,
        field: 'YAML',
        message:
          'viết sai cú pháp YAML — mỗi dòng dạng ten: giá trị, thụt lề bằng dấu cách; giá trị có dấu : hoặc # thì đặt trong dấu ngoặc kép "…"',
      },
    ]);
  }
}

/**
 * Stops the build with one line per problem. Astro prints an error's `loc` as its location and
 * its stack below it: pointing both at the editor's file keeps the loader's internals out of the message.
 */
function stop(problems: Problem[]): never {
  const [first] = problems;
  const error = new Error(problems.map((problem) => formatProblem(problem)).join('\n'));
  error.stack = error.message;
  throw Object.assign(error, first && { loc: { file: first.file, line: first.line, column: 1 } });
}
