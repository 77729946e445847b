/**
 * What `npm run new -- --van-ban` writes: the folder, file and text of a new registry document.
 * Pure functions, so the template is tested without touching the content tree.
 */
import { join } from 'node:path';
import { formatVietnamDate, toVietnamIso, vietnamYearMonth } from '../dates/dates.ts';
import { toSlug } from '../text/slug.ts';
import { PLACEHOLDER_NUMBER, PLACEHOLDER_SUMMARY } from '../../schemas/document.ts';

/** What an editor chose for a new document. */
export interface NewDocument {
  /** Số ký hiệu, when given. */
  number?: string | undefined;
  /** Trích yếu, when given. */
  summary?: string | undefined;
  /** A type slug from `loai-van-ban.yaml`, and its name. */
  type: { slug: string; name: string };
  issuer: string;
  /** Ngày ban hành. */
  issuedAt: Date;
  /** The attached file's name in the document's folder (`nghi-dinh-42.pdf`), when one was given. */
  file?: string | undefined;
  draft: boolean;
}

/** Whether what was typed after `--van-ban` is a số ký hiệu (`42/2022/NĐ-CP`, `12/KH-STTTT`) rather than a trích yếu. */
export function looksLikeNumber(text: string): boolean {
  return /\d/.test(text) && /\//.test(text) && !/\s\S+\s/.test(text.trim());
}

/** A document type as `npm run new` knows it (`loai-van-ban.yaml`). */
export interface TypeChoice {
  slug: string;
  name: string;
  abbreviation?: string | undefined;
}

/**
 * The type a number or summary names, if any: by its abbreviation in the number (`42/2022/NĐ-CP` →
 * NĐ) or by the type's name at the start of the text ("Kế hoạch chuyển đổi số …").
 */
export function inferDocumentType<T extends TypeChoice>(text: string, types: readonly T[]): T | undefined {
  const typed = text.normalize('NFC').trim().toLocaleLowerCase('vi');
  const codes = typed.split('/').map((part) => part.split('-')[0]);
  const byCode = types.find((type) => type.abbreviation && codes.includes(type.abbreviation.toLocaleLowerCase('vi')));
  const byName = types
    .filter((type) => typed.startsWith(`${type.name.toLocaleLowerCase('vi')} `))
    .sort((a, b) => b.name.length - a.name.length)[0];
  return byCode ?? byName;
}

/**
 * The text a document's address is made from (`toSlug` of it): its type and number, `Nghị định
 * 42/2022/NĐ-CP`, or its summary when it has no number. `npm run new -- --van-ban` and the admin
 * both name documents by it.
 */
export function documentSlugSource(typeName: string, number?: string, summary?: string): string {
  return number ? `${typeName} ${number}` : (summary ?? '');
}

/**
 * The document's slug and its path inside the content tree: `documents/<năm ban hành>/<slug>/index.md`,
 * the slug made from the type and number (`nghi-dinh-42-2022-nd-cp`), else from the summary.
 */
export function newDocumentPath(document: Pick<NewDocument, 'number' | 'summary' | 'type' | 'issuedAt'>): { slug: string; path: string } {
  const slug = toSlug(documentSlugSource(document.type.name, document.number, document.summary));
  return { slug, path: join('documents', String(vietnamYearMonth(document.issuedAt).year), slug, 'index.md') };
}

/** A file name the registry accepts (see `documentFileNameProblem`): `Nghị định 42.PDF` → `nghi-dinh-42.pdf`. */
export function safeFileName(name: string): string {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const base = toSlug(dot > 0 ? name.slice(0, dot) : name) || 'van-ban';
  return extension ? `${base}.${extension}` : base;
}

/** The new file's text: valid frontmatter, the optional fields commented out, and a short guide. */
export function newDocumentText(document: NewDocument): string {
  const quote = (text: string) => JSON.stringify(text.normalize('NFC').trim());
  const day = toVietnamIso(document.issuedAt).slice(0, 10);
  const lines = [
    '---',
    `number: ${quote(document.number?.trim() || PLACEHOLDER_NUMBER)}`,
    `type: ${document.type.slug} # ${document.type.name}; các loại khác: content/documents/loai-van-ban.yaml`,
    `issuer: ${quote(document.issuer)}`,
    `issuedAt: ${day} # ngày ban hành (${formatVietnamDate(document.issuedAt)})`,
    `summary: ${quote(document.summary?.trim() || PLACEHOLDER_SUMMARY)}`,
    document.file
      ? `files: [{ src: ./${document.file} }]`
      : 'files: [] # đặt tệp (PDF, Word…) vào thư mục này rồi viết: files: [{ src: ./ten-tep.pdf }]',
    ...(document.draft ? ['draft: true # bản nháp: chưa lên trang; xóa dòng này khi muốn đăng'] : []),
    '# Bỏ dấu # ở đầu dòng để dùng:',
    '# signer: "Họ và tên người ký"',
    '# signerTitle: "KT. Giám đốc, Phó Giám đốc"',
    `# effectiveFrom: ${day} # ngày có hiệu lực`,
    '# expiresOn: 2030-01-01 # ngày hết hiệu lực (nếu văn bản ghi)',
    '# replacedBy: ten-thu-muc-van-ban-thay-the # khi có văn bản khác thay thế văn bản này',
    '# field: "Lĩnh vực"',
    '# relatedArticles: [ten-tep-bai-viet]',
    '# sourceUrl: https://vanban.chinhphu.vn/… # nơi đăng văn bản gốc',
    '# Hướng dẫn đầy đủ: docs/huong-dan-bien-tap.md, mục Văn bản',
    '---',
    '',
  ];
  return lines.join('\n');
}
