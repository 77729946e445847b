// `npm run new -- --van-ban "42/2022/NĐ-CP" [--type nghi-dinh] [--issuer "Chính phủ"] [--issued 2022-06-24]
//   [--summary "Trích yếu"] [--file ~/Tải-về/nd42.pdf] [--no-draft]`
// Creates content/documents/<năm ban hành>/<slug>/index.md (the slug from type and number, e.g.
// nghi-dinh-42-2022-nd-cp), copying the file beside it when given, as a draft unless --no-draft, so
// that `npm run check` accepts it at once. The text after --van-ban is the số ký hiệu when it looks
// like one, else the trích yếu. The type is --type, else the one the number or summary names (NĐ in
// 42/2022/NĐ-CP, "Kế hoạch …"), else asked in a terminal, else the first of loai-van-ban.yaml.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Interface } from 'node:readline/promises';
import { parse } from 'yaml';
import { listArticleFiles, slugFromEntryPath } from '../../src/lib/content/article-files.ts';
import { displayPath } from '../../src/lib/content/display-path.ts';
import { inferDocumentType, looksLikeNumber, newDocumentPath, newDocumentText, safeFileName } from '../../src/lib/content/new-document.ts';
import { parseVietnamDate, toVietnamIso } from '../../src/lib/dates/dates.ts';
import { readDocumentTypes } from '../../src/schemas/document.ts';

/** The command's flags for a document, as parsed by scripts/new.ts. */
export interface NewDocumentOptions {
  text: string;
  type?: string | undefined;
  issuer?: string | undefined;
  issued?: string | undefined;
  summary?: string | undefined;
  file?: string | undefined;
  draft: boolean;
}

export const DOCUMENT_USAGE =
  'Cách dùng: npm run new -- --van-ban "42/2022/NĐ-CP" [--type nghi-dinh] [--issuer "Chính phủ"] [--issued 2022-06-24] [--summary "Trích yếu"] [--file duong-dan/tep.pdf] [--no-draft]';

/** Writes a new registry document; `fail` stops the command with a message. */
export async function newDocument(
  contentDir: string,
  options: NewDocumentOptions,
  prompt: Interface | undefined,
  fail: (message: string) => never,
) {
  const types = readDocumentTypes(contentDir).map((t) => ({
    slug: String(t.slug),
    name: String(t.name),
    abbreviation: typeof t.abbreviation === 'string' ? t.abbreviation : undefined,
  }));
  if (types.length === 0) fail('chưa có loại văn bản nào — thêm content/documents/loai-van-ban.yaml (mỗi mục: slug, name)');
  const choices = types.map((t) => t.slug).join(', ');

  let text = options.text.normalize('NFC').trim();
  if (!text && prompt) text = (await prompt.question('Số ký hiệu (ví dụ 42/2022/NĐ-CP) hoặc trích yếu: ')).trim();
  if (!text && !options.summary) fail(`thiếu số ký hiệu hoặc trích yếu.\n${DOCUMENT_USAGE}`);
  const number = text && looksLikeNumber(text) ? text : undefined;
  const summary = options.summary ?? (number ? undefined : text);

  let typeSlug = options.type?.trim() || inferDocumentType(`${text} ${options.summary ?? ''}`, types)?.slug;
  if (!typeSlug && prompt) {
    types.forEach((t, i) => console.log(`  ${i + 1}. ${t.slug} (${t.name})`));
    const answer = (await prompt.question('Loại văn bản (số hoặc tên): ')).trim();
    typeSlug = types[Number(answer) - 1]?.slug ?? answer;
  }
  if (!typeSlug) {
    typeSlug = types[0]!.slug;
    console.log(`Loại văn bản: ${typeSlug} (loại đầu tiên; chọn loại khác bằng --type, một trong: ${choices})`);
  }
  const type = types.find((t) => t.slug === typeSlug);
  if (!type) fail(`loại văn bản "${typeSlug}" không có trong content/documents/loai-van-ban.yaml — chọn một trong: ${choices}`);

  // Without --issued: today in Vietnam (the date part of the Vietnam-time ISO string).
  const issuedAt = parseVietnamDate(options.issued || toVietnamIso(new Date()).slice(0, 10));
  if (!issuedAt) fail(`ngày ban hành "${options.issued}" không phải một ngày có thật — viết, ví dụ: --issued 2022-06-24`);
  // Most documents of the registry are the department's own (plans, programmes, reports).
  const issuer =
    options.issuer?.trim() ||
    String((parse(readFileSync(join(contentDir, 'organisation/co-quan.yaml'), 'utf8')) as { name?: unknown }).name ?? '');
  if (options.file && !existsSync(options.file)) fail(`không tìm thấy tệp "${options.file}" — kiểm tra lại đường dẫn`);

  const file = options.file ? safeFileName(basename(options.file)) : undefined;
  const document = { number, summary, type, issuer, issuedAt, file, draft: options.draft };
  const { slug, path } = newDocumentPath(document);
  if (!slug) fail(`"${text}" không tạo được tên thư mục — dùng số ký hiệu hoặc trích yếu có chữ hoặc số.`);
  const target = join(contentDir, path);
  const documentsDir = join(contentDir, 'documents');
  const sameSlug = listArticleFiles(documentsDir).find((p) => slugFromEntryPath(p) === slug);
  if (existsSync(target) || sameSlug)
    fail(`đã có văn bản ở địa chỉ /van-ban/${slug}/: ${displayPath(sameSlug ? join(documentsDir, sameSlug) : target)} — không ghi đè.`);

  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, newDocumentText(document), { flag: 'wx' });
  if (options.file && file) copyFileSync(options.file, join(dirname(target), file));
  console.log(`✓ Đã tạo ${displayPath(target)}${file ? ` và chép tệp ${file} vào cạnh nó` : ''}`);
  if (!number) console.log('  Nhớ sửa số ký hiệu (number).');
  if (!summary) console.log('  Nhớ sửa trích yếu (summary).');
  if (!file) console.log(`  Đặt tệp văn bản (PDF, Word…) vào ${displayPath(dirname(target))}/ rồi ghi vào files.`);
  console.log(
    document.draft
      ? '  Đây là bản nháp (draft: true): chưa hiện trên trang. Xong thì xóa dòng draft: true để đăng.'
      : `  Xem trước: npm run dev, rồi mở http://localhost:4321/van-ban/${slug}/`,
  );
  console.log('  Kiểm tra: npm run check');
}
