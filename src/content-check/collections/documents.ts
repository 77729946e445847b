/**
 * The document registry (`documents/loai-van-ban.yaml` and `documents/<năm>/<slug>/index.md`):
 * the type list against its schema; each document's frontmatter against the build's own schema
 * (its attached files held to the file rule), its body by the body rules; duplicate and reserved
 * slugs; `replacedBy`, `relatedArticles`; the placeholders of `npm run new` left in a document
 * readers will see. Runs after the articles, which `relatedArticles` names.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { isArticleFile, slugFromEntryPath } from '../../lib/content/article-files.ts';
import { frontmatterFieldLine } from '../../lib/content/frontmatter.ts';
import { replacedByProblem } from '../../lib/documents/relations.ts';
import {
  createDocumentSchema,
  DOCUMENT_TYPES_FILE,
  type DocumentData,
  documentFileSchema,
  documentTypeSchema,
  PLACEHOLDER_NUMBER,
  PLACEHOLDER_SUMMARY,
} from '../../schemas/document.ts';
import { checkDataFile, listedSlugs } from '../data-file.ts';
import { checkEntryFile } from '../entry-file.ts';
import { duplicateAddressProblem } from '../rules/duplicates.ts';
import type { Problem } from '../problems.ts';
import type { CheckContext, CheckedDocument, CollectionCheck, DocumentReferences } from '../types.ts';

const FOLDER = 'documents/';

/** Slugs the registry's own pages use below `/van-ban/`: a document cannot have them. */
const RESERVED_SLUGS = ['trang', 'loai', 'nam'];

/** The fields `npm run new` fills with a sentence to replace, each with that sentence and what to do. */
const PLACEHOLDERS = [
  { field: 'summary', text: PLACEHOLDER_SUMMARY, fix: 'viết trích yếu đúng như in trên văn bản' },
  { field: 'number', text: PLACEHOLDER_NUMBER, fix: 'viết số ký hiệu đúng như in trên văn bản, ví dụ number: "42/2022/NĐ-CP"' },
] as const;

/** Whether a document still has a placeholder of `npm run new`. */
export const hasPlaceholder = (data: DocumentData) => PLACEHOLDERS.some(({ field, text }) => data[field] === text);

/** The whole type list, with a type written twice refused on its second entry. */
const typesSchema = z
  .array(documentTypeSchema, { error: 'phải là một danh sách loại văn bản — mỗi mục viết: - slug: nghi-dinh, name: Nghị định' })
  .superRefine((types, ctx) => {
    types.forEach((type, index) => {
      if (types.findIndex((other) => other.slug === type.slug) < index)
        ctx.addIssue({
          code: 'custom',
          path: [index, 'slug'],
          message: `loại văn bản "${type.slug}" viết hai lần — xóa một trong hai mục`,
        });
    });
  });

/** Checks the registry, adding each document to `ctx.documents`. */
export const checkDocuments: CollectionCheck = (ctx) => {
  const typeSlugs = checkTypes(ctx);
  // The schema is the build's own; only the files differ: here each is held to the file rule, beside the document checked.
  let documentFile = ctx.contentDir;
  const schema = createDocumentSchema({ file: () => documentFileSchema(ctx.contentDir, () => documentFile), typeSlugs });
  const bySlug = new Map<string, CheckedDocument>();
  // Each file's text as the check read it, for the lines of the relations' problems.
  const sources = new Map<string, string>();
  for (const path of ctx.files) {
    if (!path.startsWith(FOLDER) || !isArticleFile(path.slice(FOLDER.length))) continue;
    const file = join(ctx.contentDir, path);
    const document: CheckedDocument = { file, slug: slugFromEntryPath(path) };
    ctx.documents.push(document);
    documentFile = file;
    const entry = checkEntryFile(ctx, file, schema, {
      of: 'văn bản',
      fields: 'number:, type:, issuer:, issuedAt:, summary:, files:',
      hint: '(tạo văn bản mới bằng npm run new -- --van-ban để có sẵn mẫu)',
    });
    if (entry.data) document.data = entry.data;
    sources.set(file, entry.source);
    // A document's links to articles are held to the articles' rule as far as it goes without a date: the article must exist.
    if (entry.links.length > 0) ctx.linksOf.set({ file }, entry.links);

    const earlier = bySlug.get(document.slug);
    if (RESERVED_SLUGS.includes(document.slug))
      ctx.problems.push({
        file,
        line: 1,
        field: 'tên tệp',
        message: `"${document.slug}" là tên các trang danh mục (/van-ban/${document.slug}/…) — đặt tên khác cho thư mục văn bản, ví dụ theo số ký hiệu: nghi-dinh-42-2022-nd-cp`,
      });
    else if (earlier) ctx.problems.push(duplicateAddressProblem(file, earlier.file, `/van-ban/${document.slug}/`, 'văn bản'));
    else bySlug.set(document.slug, document);
  }
  checkRelations(ctx, bySlug, sources);
  const count = ctx.documents.length;
  if (count > 0 || typeSlugs.length > 0) ctx.checked.push(`${count} văn bản`);
};

/** The slug of every type in `loai-van-ban.yaml` as the build reads them (none without the file). */
function checkTypes(ctx: CheckContext): string[] {
  // A tree without a registry has no type list; a document written there is told its type is unknown.
  if (!ctx.files.includes(DOCUMENT_TYPES_FILE)) return [];
  const { raw } = checkDataFile(ctx, join(ctx.contentDir, DOCUMENT_TYPES_FILE), typesSchema, 'loai-van-ban.yaml');
  return listedSlugs(raw);
}

/** `replacedBy`, `relatedArticles` and the placeholders, for every valid document. */
function checkRelations(ctx: CheckContext, bySlug: ReadonlyMap<string, CheckedDocument>, sources: ReadonlyMap<string, string>): void {
  const articles = new Map(ctx.articles.map((article) => [article.slug, article]));
  const relations = new Map([...bySlug].map(([slug, d]) => [slug, { slug, replacedBy: d.data?.replacedBy, draft: d.data?.draft }]));
  for (const document of ctx.documents) {
    const { data, file } = document;
    if (!data) continue;
    const problem = (field: string, message: string): Problem => ({
      file,
      line: frontmatterFieldLine(sources.get(file) ?? '', field) ?? 1,
      field,
      message,
    });
    const replaced = relations.get(document.slug);
    const replacedBy = replaced && bySlug.get(document.slug) === document && replacedByProblem(replaced, relations);
    if (replacedBy) ctx.problems.push(problem('replacedBy', replacedBy));
    for (const slug of data.relatedArticles) {
      const article = articles.get(slug);
      if (!article)
        ctx.problems.push(
          problem(
            'relatedArticles',
            `không có bài viết nào tên "${slug}" (địa chỉ /tin-tuc/${slug}/) — viết tên tệp của bài viết, không có năm và đuôi .mdx`,
          ),
        );
      else if (article.data?.draft && !data.draft)
        ctx.problems.push(
          problem(
            'relatedArticles',
            `bài /tin-tuc/${slug}/ đang là bản nháp (draft: true) nên người đọc chưa mở được — đăng bài đó trước, hoặc bỏ khỏi relatedArticles`,
          ),
        );
    }
    // The placeholders of `npm run new` are fine in a draft, but must never reach readers.
    for (const { field, text, fix } of PLACEHOLDERS) {
      if (data.draft || data[field] !== text) continue;
      ctx.problems.push(problem(field, `vẫn là câu mẫu của npm run new — ${fix}, hoặc giữ draft: true nếu chưa xong`));
    }
  }
}

/**
 * Every `<Document slug="…">` of `references` that names no published document: none of that name,
 * or a draft named from a page readers see. Run once every collection is checked.
 */
export function documentReferenceProblems(references: readonly DocumentReferences[], documents: readonly CheckedDocument[]): Problem[] {
  const bySlug = new Map<string, CheckedDocument>();
  for (const document of documents) if (!bySlug.has(document.slug)) bySlug.set(document.slug, document);
  const problems: Problem[] = [];
  for (const { file, draft, references: named } of references) {
    for (const { slug, line } of named) {
      const document = bySlug.get(slug);
      const message = !document
        ? `không có văn bản nào tên "${slug}" trong content/documents/ — viết tên thư mục (hoặc tên tệp) của văn bản, không có năm, như trong địa chỉ của nó /van-ban/<tên>/; danh sách ở trang /van-ban/ hoặc trong thư mục content/documents/<năm>/`
        : document.data?.draft && !draft
          ? `văn bản "${slug}" đang là bản nháp (draft: true) nên người đọc chưa mở được — đăng văn bản đó trước, hoặc bỏ thành phần này`
          : undefined;
      if (message) problems.push({ file, line, field: '<Document> slug', message });
    }
  }
  return problems;
}
