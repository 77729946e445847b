/**
 * The loader for one YAML file of the content tree (the site's settings, the organisation's data), which checks
 * the file against its schema from `src/schemas/` before Astro does, so that a mistake stops the
 * build with the lines `npm run check` prints for articles —
 * `path:line: field — what is wrong — what to write` — rather than Astro's own report.
 */
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { readDataFile } from '../content-check/data-file.ts';
import { guardContentFile, stopWith } from '../content-check/guard.ts';

/**
 * One YAML file as a single entry, keeping its path so images beside it resolve. With `check`
 * (the file's schema, with a plain `image`), the file is validated first.
 */
export function yamlFileLoader(contentDir: string, path: string, id: string, check: z.ZodType = z.unknown()): Loader {
  return {
    name: 'yaml-file',
    load: async ({ store, parseData, config }) => {
      guardContentFile(contentDir, path);
      const { raw, problems } = readDataFile(path, check, basename(path));
      if (problems.length > 0) stopWith(problems);
      const data = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
      store.clear();
      const parsed = await parseData({ id, data, filePath: path });
      store.set({ id, data: parsed, filePath: relative(fileURLToPath(config.root), path) });
    },
  };
}
