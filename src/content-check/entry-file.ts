/**
 * One Markdown/MDX file of a collection (an article, a page, the footer), checked as every such
 * file is: its frontmatter against the collection's schema (the build's own), its body by the body
 * rules, its links to articles and the registry documents it names recorded for the check of the
 * whole tree. A collection's check
 * (src/content-check/collections/) adds only what is its own.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { checkBody } from './body.ts';
import { checkFrontmatter, type FrontmatterHelp } from './frontmatter.ts';
import { fileScope, type FileScope } from './rules/files.ts';
import { imageFileSchema } from './rules/images.ts';
import type { ArticleLink, CheckContext } from './types.ts';

/** What checking one file found: its frontmatter when valid, its text (NFC) and its links to articles. */
export interface CheckedEntry<T> {
  data?: T;
  source: string;
  /** For the caller to record in `ctx.linksOf` with the file's publication data (see `LinkSource`). */
  links: ArticleLink[];
}

/** Checks `file` (absolute) against `schema`, recording its problems in `ctx`. */
export function checkEntryFile<T>(ctx: CheckContext, file: string, schema: z.ZodType<T>, help: FrontmatterHelp): CheckedEntry<T> {
  const source = readFileSync(file, 'utf8').normalize('NFC');
  const frontmatter = checkFrontmatter(file, source, schema, help);
  ctx.problems.push(...frontmatter.problems);
  const body = checkBody(file, source, { contentDir: ctx.contentDir, siteUrl: ctx.siteUrl });
  ctx.problems.push(...body.problems);
  if (body.references.length > 0) {
    const draft = (frontmatter.data as { draft?: unknown } | undefined)?.draft === true;
    ctx.references.push({ file, draft, references: body.references });
  }
  return { data: frontmatter.data, source, links: body.links };
}

/**
 * The check's `image` helper for a collection's schema (in place of Astro's `image()`): the file
 * rule, from whichever file `at(file)` last named. Astro builds a schema per file for the same reason.
 */
export function checkedImages(contentDir: string, kind: 'image' | 'emblem' = 'image') {
  let scope: FileScope = fileScope(contentDir, contentDir);
  return {
    image: () => imageFileSchema(() => scope, kind),
    at: (file: string) => {
      scope = fileScope(contentDir, file);
    },
  };
}
