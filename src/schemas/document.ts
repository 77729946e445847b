/**
 * The schemas of the document registry (`/van-ban/`): a registry document's frontmatter
 * (`content/documents/<năm>/<slug>/index.md`) and the list of document types editors extend
 * (`content/documents/loai-van-ban.yaml`). Shared, like the article schema, by the Astro build
 * (`src/content.config.ts`) and `npm run check`; plain TypeScript that Node runs directly.
 *
 * Every message is written for editors: what is wrong, then ` — ` and what to write instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { FILE_EXTENSIONS } from '../components/content/names.ts';
import { fileScope, localFileProblem } from '../content-check/rules/files.ts';
import { parseVietnamDate } from '../lib/dates/dates.ts';
import { optionalText, parseSlugList, requiredText, SLUG_PATTERN } from './fields.ts';

/** The list of document types, beside the documents: `<contentDir>/documents/loai-van-ban.yaml`. */
export const DOCUMENT_TYPES_FILE = join('documents', 'loai-van-ban.yaml');

/** One document type (`loai-van-ban.yaml`): Nghị định, Quyết định, Kế hoạch… */
export const documentTypeSchema = z.object({
  /** The URL part: `/van-ban/loai/<slug>/`, and what a document's `type` names. */
  slug: z.string().regex(SLUG_PATTERN, 'slug chỉ gồm chữ a–z không dấu, số và dấu -'),
  /** The name readers see: "Nghị định". */
  name: requiredText('tên loại văn bản (name)', 'name: "Nghị định"'),
  /** Position in lists (smaller first). */
  order: z.number().int().default(100),
  /** How the type is abbreviated in numbers, "NĐ" in 42/2022/NĐ-CP: `npm run new` recognises the type by it. */
  abbreviation: optionalText,
  /**
   * A legal document (văn bản quy phạm pháp luật: Luật, Nghị định, Thông tư…): search engines are
   * told it is `Legislation`; other documents (plans, reports) are plain documents.
   */
  legislation: z.boolean().default(false),
});

/** The entries of `loai-van-ban.yaml` as the build's loader reads them: each with its `slug` as id. */
export function parseDocumentTypes(text: string): Array<Record<string, unknown>> {
  return parseSlugList(text, DOCUMENT_TYPES_FILE, 'phải là một danh sách loại văn bản (mỗi mục có slug, name).');
}

/**
 * The document types of a content tree, as written (not validated: the build's schema and the check
 * do that). A tree without the file has none, and then no documents can be written.
 */
export function readDocumentTypes(contentDir: string): Array<Record<string, unknown>> {
  const path = join(contentDir, DOCUMENT_TYPES_FILE);
  return existsSync(path) ? parseDocumentTypes(readFileSync(path, 'utf8')) : [];
}

/** The type slugs a document's `type` may name. */
export const readDocumentTypeSlugs = (contentDir: string): string[] => readDocumentTypes(contentDir).map((t) => String(t.slug));

/** A day (`2022-06-24` or `24/06/2022`), as 00:00 Vietnam time. */
const vietnamDate = (field: string, example: string) =>
  z.string({ error: `thiếu hoặc sai ngày — viết, ví dụ: ${field}: ${example}` }).transform((value, ctx) => {
    const date = parseVietnamDate(value);
    if (!date) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" không phải một ngày có thật — viết theo dạng ${field}: ${example} (năm-tháng-ngày)`,
      });
      return z.NEVER;
    }
    return date;
  });

/** An attached file's name: `./ten-tep.pdf`, in the document's folder, in letters URLs keep as they are. */
const FILE_NAME = /^\.\/[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * What is wrong with the way an attached file is named (`files[].src`), or `undefined`: the rule
 * the build applies; `npm run check` adds the file rule (see `documentFileProblem`).
 */
export function documentFileNameProblem(reference: string): string | undefined {
  if (!FILE_NAME.test(reference))
    return `tệp "${reference}" phải đặt ngay trong thư mục của văn bản, tên chỉ gồm chữ không dấu, số, dấu - _ . — đổi tên tệp và viết, ví dụ: src: ./nghi-dinh-42-2022-nd-cp.pdf`;
  const extension = reference.slice(reference.lastIndexOf('.') + 1).toLowerCase();
  if (!FILE_EXTENSIONS.document.includes(extension))
    return `"${reference}" không phải tệp văn bản được hỗ trợ — dùng tệp ${FILE_EXTENSIONS.document.join(', ')}`;
  return undefined;
}

/**
 * What is wrong with an attached file `reference` of the document `documentFile`, or `undefined`:
 * its name (see `documentFileNameProblem`), then the content tree's file rule (src/content-check/rules/files.ts:
 * a regular file really inside the document's collection folder, no symbolic link on the way).
 * `npm run check` and the build's registry both apply it.
 */
export function documentFileProblem(contentDir: string, documentFile: string, reference: string): string | undefined {
  return documentFileNameProblem(reference) ?? localFileProblem(fileScope(contentDir, documentFile), reference, 'document');
}

/** An attached file's `src`, refused with the message `problemOf` gives. */
const fileSource = (problemOf: (reference: string) => string | undefined) =>
  z.string({ error: 'thiếu tên tệp — viết, ví dụ: src: ./nghi-dinh-42-2022-nd-cp.pdf' }).superRefine((reference, ctx) => {
    const problem = problemOf(reference);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** The check's schema of an attached file's `src`: `documentFileProblem` for the document file `fileOf()` returns. */
export const documentFileSchema = (contentDir: string, fileOf: () => string) =>
  fileSource((reference) => documentFileProblem(contentDir, fileOf(), reference));

/** The build's schema of an attached file's `src`: its name only (the file is read when pages are built). */
export const documentFileName = () => fileSource(documentFileNameProblem);

/** A registry slug written in another field (`replacedBy`, `relatedArticles`). */
const slugReference = (what: string, example: string) =>
  z.string({ error: `${what} phải là tên tệp (slug) — viết, ví dụ: ${example}` }).regex(SLUG_PATTERN, {
    error: (issue) => `"${String(issue.input)}" không phải tên tệp (slug): chữ thường không dấu, số và dấu - — viết, ví dụ: ${example}`,
  });

/** What the document schema needs from its caller. */
export interface DocumentSchemaOptions<File extends z.ZodType> {
  /**
   * The schema of an attached file's `src`. The build passes `documentFileName` (the name only);
   * the check passes one that also verifies the file lies beside the document.
   */
  file: () => File;
  /** The type slugs (`loai-van-ban.yaml`) a document's `type` may name. */
  typeSlugs: readonly string[];
}

/** The `summary` that `npm run new -- --van-ban` writes; fine in a draft, refused once published. */
export const PLACEHOLDER_SUMMARY = 'Trích yếu: nội dung chính của văn bản (sửa dòng này).';
/** The `number` that `npm run new -- --van-ban` writes when it was not given; fine in a draft only. */
export const PLACEHOLDER_NUMBER = 'Số ký hiệu (sửa dòng này)';

/**
 * The frontmatter of a registry document (`content/documents/<năm>/<slug>/index.md`, its files
 * beside it). The slug is the folder's (or file's) name: `/van-ban/<slug>/`.
 */
export function createDocumentSchema<File extends z.ZodType>({ file, typeSlugs }: DocumentSchemaOptions<File>) {
  const choices = typeSlugs.join(', ') || '(chưa có: thêm loại văn bản vào content/documents/loai-van-ban.yaml)';
  return z
    .object({
      /** Số ký hiệu, as printed on the document: `42/2022/NĐ-CP`. */
      number: requiredText('số ký hiệu (number)', 'number: "42/2022/NĐ-CP"'),
      /** Loại văn bản: one `slug` from `content/documents/loai-van-ban.yaml`. */
      type: z.string({ error: `thiếu loại văn bản (type) — chọn một trong: ${choices}` }).refine((slug) => typeSlugs.includes(slug), {
        error: (issue) =>
          `loại văn bản "${String(issue.input)}" không có trong content/documents/loai-van-ban.yaml — chọn một trong: ${choices}`,
      }),
      /** Cơ quan ban hành: "Chính phủ", "Ủy ban nhân dân tỉnh Lai Châu". */
      issuer: requiredText('cơ quan ban hành (issuer)', 'issuer: "Chính phủ"'),
      /** Người ký: the signer's name. */
      signer: optionalText,
      /** The signer's capacity as printed above the signature: "KT. Thủ tướng, Phó Thủ tướng". */
      signerTitle: optionalText,
      /** Ngày ban hành. The registry lists documents by it, newest first. */
      issuedAt: vietnamDate('issuedAt', '2022-06-24'),
      /** Ngày có hiệu lực. Without it the page shows no tình trạng hiệu lực (plans, reports, letters). */
      effectiveFrom: vietnamDate('effectiveFrom', '2022-08-01').optional(),
      /** Ngày hết hiệu lực: the first day the document no longer has effect ("hết hiệu lực kể từ ngày …"). */
      expiresOn: vietnamDate('expiresOn', '2022-08-01').optional(),
      /** The slug of the registry document that replaces this one; it ends this one's effect when it takes effect. */
      replacedBy: slugReference('văn bản thay thế (replacedBy)', 'replacedBy: nghi-dinh-42-2022-nd-cp').optional(),
      /** Lĩnh vực: "Công nghệ thông tin". */
      field: optionalText,
      /** Trích yếu: what the document is about, as printed under its number. */
      summary: requiredText('trích yếu (summary)', 'summary: "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến …"'),
      /** Tệp đính kèm: the document's files, beside it, each with an optional title (at least one once published). */
      files: z
        .array(
          z.object(
            {
              /** The file beside the document: `./nghi-dinh-42-2022-nd-cp.pdf`. */
              src: file(),
              /** What the file is, when there are several: "Phụ lục I". */
              title: optionalText,
            },
            { error: 'mỗi tệp viết dạng { src: ./ten-tep.pdf, title: "…" } — ví dụ: files: [{ src: ./nghi-dinh-42-2022-nd-cp.pdf }]' },
          ),
          { error: 'files phải là một danh sách — viết, ví dụ: files: [{ src: ./nghi-dinh-42-2022-nd-cp.pdf }]' },
        )
        .default([]),
      /** Tin liên quan: slugs of articles about this document (`/tin-tuc/<slug>/`). */
      relatedArticles: z
        .array(slugReference('tin liên quan (relatedArticles)', 'relatedArticles: [phien-hop-thu-ba-uy-ban-quoc-gia-ve-chuyen-doi-so]'), {
          error: 'relatedArticles phải là một danh sách — viết, ví dụ: relatedArticles: [ten-tep-bai-viet]',
        })
        .default([]),
      /** Where the official text is published (the national legal-documents database), an https address. */
      sourceUrl: z
        .url({ protocol: /^https$/, error: 'sourceUrl phải là địa chỉ https đầy đủ — ví dụ: sourceUrl: https://vanban.chinhphu.vn/…' })
        .optional(),
      /** `true` keeps the document out of the built site (a draft may lack its files). */
      draft: z.boolean({ error: 'phải là true hoặc false — viết draft: true (bản nháp) hoặc bỏ dòng này' }).default(false),
    })
    .superRefine((data, ctx) => {
      if (!data.draft && data.files.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['files'],
          message:
            'văn bản chưa có tệp đính kèm — đặt tệp (PDF, Word…) trong thư mục của văn bản và viết files: [{ src: ./ten-tep.pdf }], hoặc giữ draft: true khi chưa có tệp',
        });
      if (data.effectiveFrom && data.expiresOn && data.expiresOn <= data.effectiveFrom)
        ctx.addIssue({
          code: 'custom',
          path: ['expiresOn'],
          message: 'ngày hết hiệu lực phải sau ngày có hiệu lực — sửa expiresOn hoặc effectiveFrom cho đúng văn bản',
        });
    });
}

/** A registry document's frontmatter after validation. */
export type DocumentData<File extends z.ZodType = z.ZodType<string>> = z.output<ReturnType<typeof createDocumentSchema<File>>>;
