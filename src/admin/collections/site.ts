/**
 * The site's own settings and the footer's prose (`content/site/`). The department's name and
 * contacts are the organisation's (src/admin/collections/organisation.ts).
 */
import { createFooterSchema, createSiteSchema } from '../../schemas/site.ts';
import type { AdminCollection } from './types.ts';

/** Site settings and footer, last in the side bar. */
export const SITE_COLLECTIONS = {
  site: {
    label: 'Cài đặt trang',
    labelSingular: 'cài đặt trang',
    description: 'Địa chỉ trang web, biểu trưng, mô tả, số tin mỗi trang và menu (content/site/site.yaml).',
    schema: createSiteSchema,
    files: { kind: 'data-file', file: 'site/site.yaml' },
    fields: {
      description: { label: 'Mô tả trang', multiline: true, hint: 'Một câu giới thiệu trang, cho máy tìm kiếm và RSS.' },
      url: { label: 'Địa chỉ trang web', hint: 'Địa chỉ đầy đủ: https://stttt.laichau.gov.vn' },
      logo: { label: 'Biểu trưng', hint: 'Ảnh SVG hoặc PNG, rộng ít nhất 512 điểm ảnh.' },
      pageSize: { label: 'Số bài mỗi trang', hint: 'Số tin trên mỗi trang danh sách (1–100).' },
      menu: { label: 'Mục menu thêm', hint: 'Liên kết trên thanh menu, sau các chuyên mục.' },
      'menu.label': { label: 'Tên mục' },
      'menu.href': { label: 'Liên kết', hint: 'Đường dẫn trong trang (/so-do-trang/) hoặc địa chỉ https://…' },
    },
  },
  footer: {
    label: 'Chân trang',
    labelSingular: 'chân trang',
    description:
      'Lời nhắc ghi nguồn và huy hiệu Tín nhiệm mạng ở cuối mọi trang (content/site/footer.mdx). Tên cơ quan, người chịu trách nhiệm và liên hệ lấy từ mục Cơ quan.',
    schema: createFooterSchema,
    files: { kind: 'entry-file', file: 'site/footer.mdx' },
    fields: {
      citation: { label: 'Lời nhắc ghi nguồn', hint: 'Ghi rõ nguồn … khi sử dụng thông tin trên website này.' },
      trustBadge: { label: 'Huy hiệu Tín nhiệm mạng' },
      'trustBadge.image': { label: 'Ảnh huy hiệu' },
      'trustBadge.alt': { label: 'Mô tả huy hiệu' },
      'trustBadge.href': { label: 'Liên kết chứng nhận', hint: 'Ví dụ: https://tinnhiemmang.vn/…' },
    },
    body: { label: 'Dòng thêm ở chân trang', components: false, hint: 'Không bắt buộc: vài dòng Markdown hiện dưới thông tin liên hệ.' },
  },
} satisfies Record<string, AdminCollection>;
