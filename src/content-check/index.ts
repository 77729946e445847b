/**
 * `npm run check` and the first step of `npm run build`: every file of a content tree validated
 * without building pages. Plain Node (no Vite, no Astro runtime), so 10,000 articles take seconds.
 *
 * One check per collection (src/content-check/collections/), all sharing the same rules
 * (src/content-check/rules/: the file rule, the URL schemes, the body rules), the same schemas as
 * the build (src/schemas/) and one formatter (problems.ts). A new collection is one module there
 * and one line in `COLLECTIONS`.
 */
import { join } from 'node:path';
import { readContentTree } from '../lib/content/content-tree.ts';
import { PLACEHOLDER_DESCRIPTION } from '../lib/content/new-article.ts';
import type { ArticleData } from '../schemas/article.ts';
import { checkArticles } from './collections/articles.ts';
import { checkCategories } from './collections/categories.ts';
import { checkDocuments, documentReferenceProblems, hasPlaceholder } from './collections/documents.ts';
import { checkOrganisation } from './collections/organisation.ts';
import { checkPages } from './collections/pages.ts';
import { checkSite } from './collections/site.ts';
import { type Problem, sortProblems } from './problems.ts';
import { symlinkProblem } from './rules/files.ts';
import { linkProblems } from './rules/links.ts';
import type { CheckContext, CheckedArticle, CheckedDocument, CollectionCheck } from './types.ts';
import type { DocumentData } from '../schemas/document.ts';

/**
 * The collections, in the order they are checked: the chuyên mục and the site's address first,
 * which later checks read (`ctx.categorySlugs`, `ctx.siteUrl`); the registry after the articles,
 * which its documents name.
 */
const COLLECTIONS: readonly CollectionCheck[] = [checkCategories, checkSite, checkOrganisation, checkPages, checkArticles, checkDocuments];

/** What the check found in a content tree. */
export interface CheckReport {
  /** Every article file, valid or not. */
  articles: CheckedArticle[];
  /** Every registry document file, valid or not. */
  documents: CheckedDocument[];
  /** Valid registry documents marked `draft: true`. */
  documentDrafts: CheckedDocument[];
  /** Valid draft documents still carrying a sentence `npm run new` wrote as a placeholder (số ký hiệu, trích yếu). */
  documentPlaceholders: CheckedDocument[];
  /** What else was checked, for the summary: `1 trang`, `7 chuyên mục`, `chân trang`. */
  checked: string[];
  /** Everything wrong, in reading order. Empty when the tree may be built. */
  problems: Problem[];
  /** Valid articles whose `publishedAt` is after `now`: they appear on the first build after that time. */
  scheduled: CheckedArticle[];
  /** Valid articles marked `draft: true`. */
  drafts: CheckedArticle[];
  /** Valid articles still carrying the sapo `npm run new` wrote as a placeholder. */
  placeholders: CheckedArticle[];
}

/**
 * Checks every file under `contentDir` as of `now`: no symbolic link anywhere in the tree, then each
 * collection (frontmatter and data against the build's schemas, bodies, the files they name,
 * duplicate addresses), then every link to an article, and every registry document named, that does
 * not exist or is not yet public.
 */
export function checkContent(contentDir: string, now = new Date()): CheckReport {
  const tree = readContentTree(contentDir);
  const ctx: CheckContext = {
    contentDir,
    now,
    files: tree.files,
    categorySlugs: [],
    problems: tree.links.map((link) => ({
      file: join(contentDir, link),
      line: 1,
      field: 'tệp',
      message: symlinkProblem(contentDir, join(contentDir, link)),
    })),
    linksOf: new Map(),
    articles: [],
    documents: [],
    references: [],
    checked: [],
  };
  for (const check of COLLECTIONS) check(ctx);

  const bySlug = new Map<string, CheckedArticle>();
  for (const article of ctx.articles) if (!bySlug.has(article.slug)) bySlug.set(article.slug, article);
  ctx.problems.push(...linkProblems(ctx.linksOf, bySlug, now));
  ctx.problems.push(...documentReferenceProblems(ctx.references, ctx.documents));

  const validDocuments = ctx.documents.filter((d): d is CheckedDocument & { data: DocumentData } => d.data !== undefined);
  const valid = ctx.articles.filter((a): a is CheckedArticle & { data: ArticleData } => a.data !== undefined);
  return {
    articles: ctx.articles,
    documents: ctx.documents,
    documentDrafts: validDocuments.filter((d) => d.data.draft),
    documentPlaceholders: validDocuments.filter((d) => d.data.draft && hasPlaceholder(d.data)),
    checked: ctx.checked,
    problems: sortProblems(ctx.problems),
    scheduled: valid
      .filter((a) => !a.data.draft && a.data.publishedAt > now)
      .sort((a, b) => a.data.publishedAt.getTime() - b.data.publishedAt.getTime()),
    drafts: valid.filter((a) => a.data.draft),
    placeholders: valid.filter((a) => a.data.draft && a.data.description === PLACEHOLDER_DESCRIPTION),
  };
}
