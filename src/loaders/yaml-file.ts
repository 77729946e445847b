/**
 * The loader for one YAML file of the content tree (the site's settings, the organisation's data), which checks
 * the file against its schema from `src/schemas/` before Astro does, so that a mistake stops the
 * build with the lines `npm run check` prints for articles —
 * `path:line: field — what is wrong — what to write` — rather than Astro's own report.
 */
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse, YAMLParseError } from 'yaml';
import { yamlFieldLines, yamlSyntaxProblem } from '../content-check/frontmatter.ts';
import { guardContentFile, stopWith } from '../content-check/guard.ts';
import { issuesToProblems } from '../content-check/problems.ts';
import { normalizeStrings } from '../lib/content/frontmatter';

/**
 * One YAML file as a single entry, keeping its path so images beside it resolve. With `check`
 * (the file's schema, with a plain `image`), the file is validated first.
 */
export function yamlFileLoader(contentDir: string, path: string, id: string, check?: z.ZodType): Loader {
  return {
    name: 'yaml-file',
    load: async ({ store, parseData, config }) => {
      guardContentFile(contentDir, path);
      const { text, data } = readYaml(path);
      if (check) {
        const result = check.safeParse(data);
        if (!result.success) stopWith(issuesToProblems(path, result.error.issues, yamlFieldLines(text), basename(path)));
      }
      store.clear();
      const parsed = await parseData({ id, data, filePath: path });
      store.set({ id, data: parsed, filePath: relative(fileURLToPath(config.root), path) });
    },
  };
}

/** The file's text and its data with NFC strings; a missing file or a YAML mistake stops the build. */
function readYaml(path: string): { text: string; data: Record<string, unknown> } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return stopWith([{ file: path, line: 1, field: 'tệp', message: 'không có tệp này — tạo tệp theo mẫu trong content/ của dự án' }]);
  }
  try {
    const data: unknown = parse(text);
    return { text, data: normalizeStrings(data && typeof data === 'object' ? (data as Record<string, unknown>) : {}) };
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 1) : 1;
    return stopWith([yamlSyntaxProblem(path, line, basename(path), `tệp ${basename(path)}`)]);
  }
}
