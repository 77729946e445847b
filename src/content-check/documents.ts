/**
 * The document registry's part of `npm run check` (what the documents collection's check module
 * does): the type list `documents/loai-van-ban.yaml`, then every document under `documents/` —
 * its frontmatter against the build's own schema (its files checked beside it), its body by the
 * articles' body rules, duplicate and reserved slugs, `replacedBy`, `relatedArticles`, and links
 * from its body to articles. Plain Node, like the rest of the check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../lib/content/display-path.ts';
import { frontmatterFieldLine } from '../lib/content/frontmatter.ts';
import { replacedByProblem } from '../lib/documents/relations.ts';
import {
  createDocumentSchema,
  DOCUMENT_TYPES_FILE,
  type DocumentData,
  documentFileSchema,
  documentTypeSchema,
  PLACEHOLDER_NUMBER,
  PLACEHOLDER_SUMMARY,
  readDocumentTypes,
} from '../schemas/document.ts';
import { checkCollection, type CollectionFile } from './collection.ts';
import { yamlFieldLines } from './frontmatter.ts';
import { issuesToProblems, type Problem } from './problems.ts';
import type { ArticleLink, CheckedArticle, DocumentReference } from './types.ts';

/** A registry document seen by the check. */
export type CheckedDocument = CollectionFile<DocumentData>;

/** What the check found in the registry. */
export interface DocumentCheckReport {
  /** Every document file, valid or not. */
  documents: CheckedDocument[];
  /** The documents by slug (the first of two with one slug). */
  bySlug: Map<string, CheckedDocument>;
  problems: Problem[];
  /** Links from documents' bodies to articles, for the articles' link rule. */
  links: Map<CheckedDocument, ArticleLink[]>;
  /** Registry documents named by `<Document slug>` in documents' bodies. */
  references: Map<string, DocumentReference[]>;
  /** Valid documents marked `draft: true`. */
  drafts: CheckedDocument[];
  /** Valid drafts still carrying a sentence `npm run new` wrote as a placeholder (số ký hiệu, trích yếu). */
  placeholders: CheckedDocument[];
}

/** The fields `npm run new` fills with a sentence to replace, each with that sentence and what to do. */
const PLACEHOLDERS = [
  { field: 'summary', text: PLACEHOLDER_SUMMARY, fix: 'viết trích yếu đúng như in trên văn bản' },
  { field: 'number', text: PLACEHOLDER_NUMBER, fix: 'viết số ký hiệu đúng như in trên văn bản, ví dụ number: "42/2022/NĐ-CP"' },
] as const;

/** Whether a document still has a placeholder of `npm run new`. */
const hasPlaceholder = (data: DocumentData) => PLACEHOLDERS.some(({ field, text }) => data[field] === text);

/** Slugs the registry's own pages use below `/van-ban/`: a document cannot have them. */
const RESERVED_SLUGS = ['trang', 'loai', 'nam'];

/** The slug of every type in `loai-van-ban.yaml`, with a problem for each entry that is wrong. */
function checkTypes(contentDir: string, problems: Problem[]): string[] {
  const file = join(contentDir, DOCUMENT_TYPES_FILE);
  // A tree without a registry has no type list; a document written there is told its type is unknown.
  if (!existsSync(file)) return [];
  let types: Array<Record<string, unknown>>;
  try {
    types = readDocumentTypes(contentDir);
  } catch (error) {
    problems.push({
      file,
      line: 1,
      field: 'loai-van-ban.yaml',
      message: `không đọc được danh sách loại văn bản (${(error as Error).message}) — mỗi mục viết: - slug: nghi-dinh, name: Nghị định`,
    });
    return [];
  }
  const lines = yamlFieldLines(readFileSync(file, 'utf8'));
  const lineOf = (path: PropertyKey[]) => lines(path) ?? 1;
  const slugs: string[] = [];
  types.forEach((type, index) => {
    const result = documentTypeSchema.safeParse(type);
    const issues = result.success
      ? slugs.includes(result.data.slug)
        ? [{ path: ['slug'], message: `loại văn bản "${result.data.slug}" viết hai lần — xóa một trong hai mục` }]
        : []
      : result.error.issues;
    problems.push(
      ...issuesToProblems(
        file,
        issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })),
        lineOf,
      ),
    );
    if (result.success) slugs.push(result.data.slug);
  });
  return slugs;
}

/**
 * Checks every registry document under `<contentDir>/documents`. `articles` are the articles by slug
 * (from the articles' check), for `relatedArticles`; `siteUrl` lets full links to this site count.
 */
export function checkDocuments(contentDir: string, articles: ReadonlyMap<string, CheckedArticle>, siteUrl?: string): DocumentCheckReport {
  const problems: Problem[] = [];
  const typeSlugs = checkTypes(contentDir, problems);
  // The schema is the build's own; only the files differ: here each must be there, beside the document checked.
  let documentDir = '';
  const schema = createDocumentSchema({ file: () => documentFileSchema(() => documentDir), typeSlugs });

  const {
    entries: documents,
    bySlug,
    problems: fileProblems,
    links,
    references,
  } = checkCollection({
    dir: join(contentDir, 'documents'),
    schema,
    enter: (folder) => (documentDir = folder),
    siteUrl,
    slugProblem: (document, earlier) =>
      RESERVED_SLUGS.includes(document.slug)
        ? `"${document.slug}" là tên các trang danh mục (/van-ban/${document.slug}/…) — đặt tên khác cho thư mục văn bản, ví dụ theo số ký hiệu: nghi-dinh-42-2022-nd-cp`
        : earlier &&
          `hai văn bản trùng địa chỉ /van-ban/${document.slug}/: tệp này và ${displayPath(earlier.file)} — mỗi văn bản cần một tên thư mục (hoặc tên tệp) riêng: đổi tên một trong hai`,
  });
  problems.push(...fileProblems);

  const valid = documents.filter((d): d is CheckedDocument & { data: DocumentData } => d.data !== undefined);
  const relations = new Map([...bySlug].map(([slug, d]) => [slug, { slug, replacedBy: d.data?.replacedBy, draft: d.data?.draft }]));
  for (const document of valid) {
    const at = (field: string) => frontmatterFieldLine(readFileSync(document.file, 'utf8'), field) ?? 1;
    const replaced = relations.get(document.slug);
    const problem = replaced && replacedByProblem(replaced, relations);
    if (problem) problems.push({ file: document.file, line: at('replacedBy'), field: 'replacedBy', message: problem });
    for (const slug of document.data.relatedArticles) {
      const article = articles.get(slug);
      if (!article)
        problems.push({
          file: document.file,
          line: at('relatedArticles'),
          field: 'relatedArticles',
          message: `không có bài viết nào tên "${slug}" (địa chỉ /tin-tuc/${slug}/) — viết tên tệp của bài viết, không có năm và đuôi .mdx`,
        });
      else if (article.data?.draft && !document.data.draft)
        problems.push({
          file: document.file,
          line: at('relatedArticles'),
          field: 'relatedArticles',
          message: `bài /tin-tuc/${slug}/ đang là bản nháp (draft: true) nên người đọc chưa mở được — đăng bài đó trước, hoặc bỏ khỏi relatedArticles`,
        });
    }
    // The placeholders of `npm run new` are fine in a draft, but must never reach readers.
    for (const { field, text, fix } of PLACEHOLDERS) {
      if (document.data.draft || document.data[field] !== text) continue;
      problems.push({
        file: document.file,
        line: at(field),
        field,
        message: `vẫn là câu mẫu của npm run new — ${fix}, hoặc giữ draft: true nếu chưa xong`,
      });
    }
  }
  return {
    documents,
    bySlug,
    problems,
    links,
    references,
    drafts: valid.filter((d) => d.data.draft),
    placeholders: valid.filter((d) => d.data.draft && hasPlaceholder(d.data)),
  };
}

/**
 * Every `<Document slug="…">` of `referencesOf` (by file) that names no published document: none of
 * that name, or a draft named from a page readers see. `documents` are the registry's by slug;
 * `isDraft` says whether the naming file is a draft itself.
 */
export function documentReferenceProblems(
  referencesOf: ReadonlyMap<string, readonly DocumentReference[]>,
  documents: ReadonlyMap<string, CheckedDocument>,
  isDraft: (file: string) => boolean,
): Problem[] {
  const problems: Problem[] = [];
  for (const [file, references] of referencesOf) {
    for (const { slug, line } of references) {
      const document = documents.get(slug);
      const message = !document
        ? `không có văn bản nào tên "${slug}" trong content/documents/ — viết tên thư mục (hoặc tên tệp) của văn bản, không có năm, như trong địa chỉ của nó /van-ban/<tên>/; danh sách ở trang /van-ban/ hoặc trong thư mục content/documents/<năm>/`
        : document.data?.draft && !isDraft(file)
          ? `văn bản "${slug}" đang là bản nháp (draft: true) nên người đọc chưa mở được — đăng văn bản đó trước, hoặc bỏ thành phần này`
          : undefined;
      if (message) problems.push({ file, line, field: '<Document> slug', message });
    }
  }
  return problems;
}
