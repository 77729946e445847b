/**
 * One collection folder of Markdown files walked as the check reads every collection (articles,
 * registry documents): each file read as NFC text, its frontmatter checked against the build's own
 * schema, its body by the body rules, its slug from its name, and a slug that cannot be used (two
 * files with one slug) reported on the file that has it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'astro/zod';
import { listArticleFiles, slugFromEntryPath } from '../lib/content/article-files.ts';
import { checkBody } from './body.ts';
import { checkFrontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';
import type { ArticleLink, DocumentReference } from './types.ts';

/** A file of a collection seen by the check: its data when its frontmatter is valid. */
export interface CollectionFile<T> {
  file: string;
  slug: string;
  data?: T;
}

/** What walking a collection found. */
export interface CollectionReport<T> {
  /** Every file, valid or not, in a stable order. */
  entries: CollectionFile<T>[];
  /** The files by slug (the first of two with one slug). */
  bySlug: Map<string, CollectionFile<T>>;
  problems: Problem[];
  /** Links from each file's body to articles, to be checked once every article is known. */
  links: Map<CollectionFile<T>, ArticleLink[]>;
  /** Registry documents each file (by path) names with `<Document slug>`. */
  references: Map<string, DocumentReference[]>;
}

/** How to walk one collection. */
export interface CollectionOptions<T> {
  /** The collection's folder: `<content>/articles`. */
  dir: string;
  /** The build's schema of the collection's frontmatter. */
  schema: z.ZodType<T>;
  /** Told each file's folder before its frontmatter is checked: the files its schema names lie there. */
  enter: (folder: string) => void;
  /** The site's public address, so that full links to this site count as article links. */
  siteUrl?: string | undefined;
  /** Why a file cannot have its slug (`earlier` has it already), or `undefined`. */
  slugProblem: (file: CollectionFile<T>, earlier: CollectionFile<T> | undefined) => string | undefined;
}

/** Checks every Markdown file under `options.dir` (see `ARTICLE_PATTERNS`). */
export function checkCollection<T>({ dir, schema, enter, siteUrl, slugProblem }: CollectionOptions<T>): CollectionReport<T> {
  const report: CollectionReport<T> = { entries: [], bySlug: new Map(), problems: [], links: new Map(), references: new Map() };
  for (const relativePath of listArticleFiles(dir)) {
    const file = join(dir, relativePath);
    const source = readFileSync(file, 'utf8').normalize('NFC');
    const entry: CollectionFile<T> = { file, slug: slugFromEntryPath(relativePath) };
    report.entries.push(entry);

    enter(dirname(file));
    const frontmatter = checkFrontmatter(file, source, schema);
    report.problems.push(...frontmatter.problems);
    if (frontmatter.data) entry.data = frontmatter.data;

    const body = checkBody(file, source, file.endsWith('.mdx'), siteUrl);
    report.problems.push(...body.problems);
    report.links.set(entry, body.links);
    report.references.set(file, body.references);

    const message = slugProblem(entry, report.bySlug.get(entry.slug));
    if (message) report.problems.push({ file, line: 1, field: 'tên tệp', message });
    else report.bySlug.set(entry.slug, entry);
  }
  return report;
}
