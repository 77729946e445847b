/**
 * The document registry (`content/documents/`, `/van-ban/`): one list per year of issue, each
 * document a folder `<năm>/<slug>/index.md` with its files beside it, and the list of document
 * types. A new document's address is made from its type and number, as `npm run new -- --van-ban`
 * makes it (`Nghị định 42/2022/NĐ-CP` → `nghi-dinh-42-2022-nd-cp`).
 */
import { documentSlugSource } from '../../lib/content/new-document.ts';
import { createDocumentSchema, DOCUMENT_TYPES_FILE, documentTypeSchema } from '../../schemas/document.ts';
import type { AdminCollection } from './types.ts';

/** The registry, after the news in the side bar. */
export const DOCUMENT_COLLECTIONS = {
  documents: {
    label: 'Văn bản',
    labelSingular: 'văn bản',
    description:
      'Văn bản ở mục /van-ban/: mỗi văn bản là một thư mục content/documents/<năm ban hành>/<địa-chỉ>/ chứa index.md và tệp văn bản (PDF, Word…).',
    schema: createDocumentSchema,
    requires: DOCUMENT_TYPES_FILE,
    files: { kind: 'entries', folder: 'documents', extension: 'md', address: '/van-ban/', byYear: true, inFolder: true },
    identifier: 'number',
    summary: '{{number}} · {{summary}}',
    sortBy: ['issuedAt', 'number'],
    pagePreview: false,
    slugSource: (data, choices) => {
      const type = choices.documentType.find((option) => option.value === data.type)?.label ?? '';
      return documentSlugSource(type, data.number ? String(data.number) : undefined, String(data.summary ?? ''));
    },
    fields: {
      number: { label: 'Số ký hiệu', hint: 'Như in trên văn bản: 42/2022/NĐ-CP. Địa chỉ văn bản được tạo từ loại và số ký hiệu.' },
      type: { label: 'Loại văn bản', choice: 'documentType', hint: 'Thiếu loại? Thêm ở mục Loại văn bản.' },
      issuer: { label: 'Cơ quan ban hành', hint: 'Ví dụ: Chính phủ; Ủy ban nhân dân tỉnh Lai Châu.' },
      signer: { label: 'Người ký' },
      signerTitle: { label: 'Thẩm quyền ký', hint: 'Như in trên chữ ký: KT. Thủ tướng, Phó Thủ tướng.' },
      issuedAt: { label: 'Ngày ban hành', date: true, hint: 'Danh sách văn bản xếp theo ngày này, mới nhất trước.' },
      effectiveFrom: {
        label: 'Ngày có hiệu lực',
        date: true,
        hint: 'Để trống với kế hoạch, báo cáo, công văn: trang không ghi tình trạng hiệu lực.',
      },
      expiresOn: { label: 'Ngày hết hiệu lực', date: true, hint: 'Ngày đầu tiên văn bản không còn hiệu lực.' },
      replacedBy: { label: 'Văn bản thay thế', hint: 'Địa chỉ của văn bản thay thế trong mục Văn bản, ví dụ: nghi-dinh-42-2022-nd-cp.' },
      field: { label: 'Lĩnh vực', hint: 'Ví dụ: Công nghệ thông tin.' },
      summary: { label: 'Trích yếu', multiline: true, hint: 'Nội dung chính của văn bản, như in dưới số ký hiệu.' },
      files: { label: 'Tệp đính kèm', hint: 'Ít nhất một tệp khi đăng. Tệp được lưu cạnh văn bản.' },
      'files.src': { label: 'Tệp', hint: 'Đặt tên tệp không dấu trước khi tải lên: nghi-dinh-42-2022-nd-cp.pdf.' },
      'files.title': { label: 'Tên hiển thị', hint: 'Khi có nhiều tệp, ví dụ: Phụ lục I.' },
      relatedArticles: {
        label: 'Tin liên quan',
        hint: 'Địa chỉ các bài viết về văn bản này, cách nhau bằng dấu phẩy: hoi-nghi-chuyen-doi-so.',
      },
      sourceUrl: { label: 'Nguồn văn bản gốc', hint: 'Địa chỉ https:// trên Cơ sở dữ liệu quốc gia về văn bản pháp luật.' },
      // As `npm run new -- --van-ban` makes it: a document without its files yet cannot be published.
      draft: { label: 'Bản nháp', initial: true, hint: 'Bật: văn bản chưa lên trang (khi chưa có tệp). Tắt để đăng.' },
    },
    body: { label: 'Ghi chú thêm', components: false, hint: 'Không bắt buộc: vài dòng Markdown hiện dưới thông tin văn bản.' },
  },
  documentTypes: {
    label: 'Loại văn bản',
    labelSingular: 'loại văn bản',
    description: 'Danh sách loại văn bản (content/documents/loai-van-ban.yaml): Nghị định, Quyết định, Kế hoạch…',
    schema: documentTypeSchema,
    files: { kind: 'list-file', file: DOCUMENT_TYPES_FILE, item: 'loại văn bản', summary: '{{fields.name}} ({{fields.slug}})' },
    fields: {
      slug: { label: 'Địa chỉ (slug)', hint: 'Chữ a–z không dấu, số và dấu -: nghi-dinh. Trang /van-ban/loai/<slug>/.' },
      name: { label: 'Tên loại', hint: 'Ví dụ: Nghị định.' },
      order: { label: 'Thứ tự', hint: 'Vị trí trong danh sách (số nhỏ đứng trước).' },
      abbreviation: { label: 'Chữ viết tắt', hint: 'Như trong số ký hiệu: NĐ trong 42/2022/NĐ-CP.' },
      legislation: { label: 'Văn bản quy phạm pháp luật', hint: 'Bật với Luật, Nghị định, Thông tư…; tắt với kế hoạch, báo cáo.' },
    },
  },
} satisfies Record<string, AdminCollection>;
