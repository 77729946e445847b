/**
 * `npm run check` and the first step of `npm run build`: every article of a content tree
 * validated without building pages. Plain Node (no Vite, no Astro runtime), so 10,000 articles
 * take seconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isArticleFile, slugFromEntryPath } from '../lib/content/article-files.ts';
import { readContentTree } from '../lib/content/content-tree.ts';
import { frontmatterFieldLine } from '../lib/content/frontmatter.ts';
import { PLACEHOLDER_DESCRIPTION } from '../lib/content/new-article.ts';
import { createArticleSchema, type ArticleData } from '../schemas/article.ts';
import { readCategorySlugs } from '../schemas/categories.ts';
import { checkBody } from './body.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { type Problem, sortProblems } from './problems.ts';
import { duplicateAddressProblem } from './rules/duplicates.ts';
import { fileScope, symlinkProblem, type FileScope } from './rules/files.ts';
import { imageFileSchema } from './rules/images.ts';
import { linkProblems } from './rules/links.ts';
import type { ArticleLink, CheckedArticle } from './types.ts';

/** What the check found in a content tree. */
export interface CheckReport {
  /** Every article file, valid or not. */
  articles: CheckedArticle[];
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
 * Checks every article under `<contentDir>/articles` as of `now`: frontmatter (the build's own
 * schema), body (MDX syntax, safety, components, alt text, files), duplicate slugs and links to
 * articles that do not exist or are not yet public. A symbolic link anywhere in the tree is an
 * error, and nothing behind one is read.
 */
export function checkContent(contentDir: string, now = new Date()): CheckReport {
  const tree = readContentTree(contentDir);
  const problems: Problem[] = tree.links.map((link) => ({
    file: join(contentDir, link),
    line: 1,
    field: 'tệp',
    message: symlinkProblem(contentDir, join(contentDir, link)),
  }));
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

  // The schema is the build's own; only `image` differs: here it applies the file rule to the
  // cover, from the article being checked, where the build would import and optimise it.
  let scope: FileScope = fileScope(contentDir, contentDir);
  const schema = createArticleSchema({ image: () => imageFileSchema(() => scope), categorySlugs });

  const articlesDir = join(contentDir, 'articles');
  const files = tree.files
    .filter((path) => path.startsWith('articles/') && isArticleFile(path.slice('articles/'.length)))
    .map((path) => path.slice('articles/'.length));
  const articles: CheckedArticle[] = [];
  const bySlug = new Map<string, CheckedArticle>();
  const linksOf = new Map<CheckedArticle, ArticleLink[]>();

  for (const relativePath of files) {
    const file = join(articlesDir, relativePath);
    const source = readFileSync(file, 'utf8').normalize('NFC');
    const article: CheckedArticle = { file, slug: slugFromEntryPath(relativePath) };
    articles.push(article);

    scope = fileScope(contentDir, file);
    const frontmatter = checkFrontmatter(file, source, schema);
    problems.push(...frontmatter.problems);
    if (frontmatter.data) article.data = frontmatter.data;

    const body = checkBody(file, source, { contentDir, siteUrl });
    problems.push(...body.problems);
    linksOf.set(article, body.links);

    const earlier = bySlug.get(article.slug);
    if (earlier) problems.push(duplicateAddressProblem(file, earlier.file, `/tin-tuc/${article.slug}/`, 'bài viết'));
    else bySlug.set(article.slug, article);
  }

  problems.push(...linkProblems(linksOf, bySlug, now));

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
