/**
 * `npm run check` and the first step of `npm run build`: every article and registry document of a
 * content tree validated without building pages. Plain Node (no Vite, no Astro runtime), so 10,000
 * articles take seconds. The registry's part is `documents.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { displayPath } from '../lib/content/display-path.ts';
import { frontmatterFieldLine } from '../lib/content/frontmatter.ts';
import { PLACEHOLDER_DESCRIPTION } from '../lib/content/new-article.ts';
import { createArticleSchema, readCategorySlugs, type ArticleData } from '../schemas/article.ts';
import { checkCollection } from './collection.ts';
import { type CheckedDocument, checkDocuments, documentReferenceProblems } from './documents.ts';
import { type Problem, sortProblems } from './problems.ts';
import { imageFileSchema } from './rules/images.ts';
import { linkProblems } from './rules/links.ts';
import type { ArticleLink, CheckedArticle } from './types.ts';

/** What the check found in a content tree. */
export interface CheckReport {
  /** Every article file, valid or not. */
  articles: CheckedArticle[];
  /** Every registry document file, valid or not. */
  documents: CheckedDocument[];
  /** Everything wrong, in reading order. Empty when the tree may be built. */
  problems: Problem[];
  /** Valid articles whose `publishedAt` is after `now`: they appear on the first build after that time. */
  scheduled: CheckedArticle[];
  /** Valid articles marked `draft: true`. */
  drafts: CheckedArticle[];
  /** Valid articles still carrying the sapo `npm run new` wrote as a placeholder. */
  placeholders: CheckedArticle[];
  /** Valid registry documents marked `draft: true`. */
  documentDrafts: CheckedDocument[];
  /** Valid registry drafts still carrying a sentence `npm run new` wrote as a placeholder. */
  documentPlaceholders: CheckedDocument[];
}

/**
 * Checks every article under `<contentDir>/articles` as of `now`: frontmatter (the build's own
 * schema), body (MDX syntax, safety, components, alt text, files), duplicate slugs and links to
 * articles that do not exist or are not yet public; then the registry (`checkDocuments`) and the
 * registry documents that articles and documents name (`<Document slug="…">`).
 */
export function checkContent(contentDir: string, now = new Date()): CheckReport {
  const problems: Problem[] = [];
  const categoriesFile = join(contentDir, 'categories.yaml');
  let categorySlugs: string[] = [];
  try {
    categorySlugs = readCategorySlugs(contentDir);
  } catch (error) {
    problems.push({
      file: categoriesFile,
      line: 1,
      field: 'categories.yaml',
      message: `không đọc được danh sách chuyên mục (${(error as Error).message}) — mỗi mục viết: - slug: tin-tuc, name: Tin tức`,
    });
  }
  const siteUrl = readSiteUrl(contentDir);

  // The schema is the build's own; only `image` differs: here it checks that the file exists
  // beside the article being checked, where the build would import and optimise it.
  let articleDir = '';
  const schema = createArticleSchema({ image: () => imageFileSchema(() => articleDir), categorySlugs });

  const {
    entries: articles,
    bySlug,
    problems: articleProblems,
    links: linksOf,
    references: referencesOf,
  } = checkCollection({
    dir: join(contentDir, 'articles'),
    schema,
    enter: (folder) => (articleDir = folder),
    siteUrl,
    slugProblem: (article, earlier) =>
      earlier &&
      `hai bài viết trùng địa chỉ /tin-tuc/${article.slug}/: tệp này và ${displayPath(earlier.file)} — mỗi bài cần một tên tệp riêng: đổi tên một trong hai tệp`,
  });
  problems.push(...articleProblems);

  const registry = checkDocuments(contentDir, bySlug, siteUrl);
  problems.push(...registry.problems);
  // A document's links to articles are held to the articles' rule as far as it goes without a date: the article must exist.
  const documentLinks = [...registry.links].map(([document, links]): [CheckedArticle, ArticleLink[]] => [
    { file: document.file, slug: document.slug },
    links,
  ]);
  problems.push(...linkProblems(new Map([...linksOf, ...documentLinks]), bySlug, now));
  const drafts = new Set([...articles, ...registry.documents].filter((entry) => entry.data?.draft).map((entry) => entry.file));
  problems.push(
    ...documentReferenceProblems(new Map([...referencesOf, ...registry.references]), registry.bySlug, (file) => drafts.has(file)),
  );

  const valid = articles.filter((a): a is CheckedArticle & { data: ArticleData } => a.data !== undefined);
  // The placeholder sapo of `npm run new` is fine in a draft, but must never reach readers.
  for (const article of valid) {
    if (article.data.draft || article.data.description !== PLACEHOLDER_DESCRIPTION) continue;
    problems.push({
      file: article.file,
      line: frontmatterFieldLine(readFileSync(article.file, 'utf8'), 'description') ?? 1,
      field: 'description',
      message: 'sapo vẫn là câu mẫu của npm run new — viết một hai câu tóm tắt bài, hoặc thêm draft: true nếu bài chưa xong',
    });
  }
  return {
    articles,
    documents: registry.documents,
    documentDrafts: registry.drafts,
    documentPlaceholders: registry.placeholders,
    problems: sortProblems(problems),
    scheduled: valid
      .filter((a) => !a.data.draft && a.data.publishedAt > now)
      .sort((a, b) => a.data.publishedAt.getTime() - b.data.publishedAt.getTime()),
    drafts: valid.filter((a) => a.data.draft),
    placeholders: valid.filter((a) => a.data.draft && a.data.description === PLACEHOLDER_DESCRIPTION),
  };
}

/** The site's public address from `site/site.yaml`, so full links to this site are checked too. */
function readSiteUrl(contentDir: string): string | undefined {
  try {
    const site = parse(readFileSync(join(contentDir, 'site/site.yaml'), 'utf8')) as { url?: unknown };
    return typeof site?.url === 'string' ? site.url : undefined;
  } catch {
    return undefined;
  }
}
