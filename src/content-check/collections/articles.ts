/**
 * The articles (`articles/<year>/<slug>.mdx`, `…/<slug>/index.mdx`): frontmatter against the build's
 * schema, bodies by the body rules, no two files with one address or one folder, and no placeholder
 * sapo left in an article readers will see.
 */
import { join } from 'node:path';
import { isArticleFile } from '../../lib/content/article-files.ts';
import { slugFromEntryPath } from '../../lib/content/entry-slug.ts';
import { frontmatterFieldLine } from '../../lib/content/frontmatter.ts';
import { PLACEHOLDER_DESCRIPTION } from '../../lib/content/new-article.ts';
import { createArticleSchema } from '../../schemas/article.ts';
import { checkEntryFile, checkedImages } from '../entry-file.ts';
import { duplicateAddressProblem, strayArticleProblem } from '../rules/duplicates.ts';
import type { CheckedArticle, CollectionCheck } from '../types.ts';

const FOLDER = 'articles/';
/** The file of an article that is a folder: `<slug>/index.mdx`. */
const INDEX = /\/index\.mdx?$/;

/** Checks every article, adding each to `ctx.articles` (with its data when valid). */
export const checkArticles: CollectionCheck = (ctx) => {
  // The schema is the build's own; only `image` differs: here it applies the file rule to the
  // cover, from the article being checked, where the build would import and optimise it.
  const images = checkedImages(ctx.contentDir);
  const schema = createArticleSchema({ image: images.image, categorySlugs: ctx.categorySlugs });
  const bySlug = new Map<string, CheckedArticle>();
  const paths = ctx.files.filter((path) => path.startsWith(FOLDER) && isArticleFile(path.slice(FOLDER.length)));
  const articleFolders = new Set(paths.filter((path) => INDEX.test(path)).map((path) => path.slice(0, path.lastIndexOf('/'))));

  for (const path of paths) {
    const file = join(ctx.contentDir, path);
    const folder = path.slice(0, path.lastIndexOf('/'));
    if (!INDEX.test(path) && articleFolders.has(folder)) ctx.problems.push(strayArticleProblem(file, `${folder}/`));
    const article: CheckedArticle = { file, slug: slugFromEntryPath(path) };
    ctx.articles.push(article);
    images.at(file);
    const entry = checkEntryFile(ctx, file, schema, {
      of: 'bài viết',
      fields: 'title:, description:, publishedAt:, category:',
      hint: '(tạo bài mới bằng npm run new để có sẵn mẫu)',
    });
    if (entry.data) article.data = entry.data;
    if (entry.links.length > 0) ctx.linksOf.set(article, entry.links);

    const earlier = bySlug.get(article.slug);
    if (earlier) ctx.problems.push(duplicateAddressProblem(file, earlier.file, `/tin-tuc/${article.slug}/`, 'bài viết'));
    else bySlug.set(article.slug, article);

    // The placeholder sapo of `npm run new` is fine in a draft, but must never reach readers.
    if (entry.data && !entry.data.draft && entry.data.description === PLACEHOLDER_DESCRIPTION) {
      ctx.problems.push({
        file,
        line: frontmatterFieldLine(entry.source, 'description') ?? 1,
        field: 'description',
        message: 'sapo vẫn là câu mẫu của npm run new — viết một hai câu tóm tắt bài, hoặc thêm draft: true nếu bài chưa xong',
      });
    }
  }
};
