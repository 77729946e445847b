/**
 * The news side of the admin: articles (one list per year), the pages of the footer, the chuyên
 * mục. Each field's Vietnamese label and hint, by its path in the schema (`cover.alt`).
 */
import { createArticleSchema } from '../../schemas/article.ts';
import { CATEGORIES_FILE, categorySchema } from '../../schemas/categories.ts';
import { pageSchema } from '../../schemas/pages.ts';
import type { AdminCollection } from './types.ts';

const photoHint = 'Chọn ảnh có sẵn hoặc tải ảnh lên; ảnh được lưu cạnh tệp nội dung.';

/** Articles, pages and chuyên mục, in the order of the side bar. */
export const NEWS_COLLECTIONS = {
  articles: {
    label: 'Bài viết',
    labelSingular: 'bài viết',
    description: 'Tin bài của trang: mỗi bài là một thư mục content/articles/<năm>/<địa-chỉ>/ chứa index.mdx và ảnh của bài.',
    schema: createArticleSchema,
    files: { kind: 'entries', folder: 'articles', extension: 'mdx', address: '/tin-tuc/', byYear: true, inFolder: true },
    summary: '{{title}} · {{publishedAt}}',
    sortBy: ['publishedAt', 'title'],
    pagePreview: true,
    fields: {
      title: { label: 'Tiêu đề', hint: 'Hiện trên trang bài, trong danh sách tin, RSS và tìm kiếm. Địa chỉ bài được tạo từ tiêu đề.' },
      description: {
        label: 'Sapo',
        multiline: true,
        hint: 'Một, hai câu tóm tắt, hiện dưới tiêu đề, trong danh sách tin, RSS và kết quả tìm kiếm.',
      },
      publishedAt: {
        label: 'Ngày giờ đăng (giờ Việt Nam)',
        hint: 'Tin được xếp theo ngày này. Một thời điểm sau này là hẹn giờ đăng: bài lên trang ở lần dựng trang đầu tiên sau thời điểm đó.',
      },
      updatedAt: { label: 'Ngày giờ cập nhật', hint: 'Chỉ điền khi sửa bài sau khi đã đăng. Sửa bài không đẩy bài lên đầu danh sách.' },
      category: { label: 'Chuyên mục', choice: 'category' },
      tags: { label: 'Từ khóa', hint: 'Cách nhau bằng dấu phẩy: Chuyển đổi số, Lai Châu. Viết hoa hay thường đều là một từ khóa.' },
      cover: {
        label: 'Ảnh đại diện',
        hint: 'Ảnh của bài trong danh sách tin và khi chia sẻ. Không chọn ảnh: dùng ảnh đầu tiên trong bài.',
      },
      'cover.src': { label: 'Ảnh', hint: photoHint },
      'cover.alt': { label: 'Mô tả ảnh', hint: 'Ảnh chụp gì, cho người không xem được ảnh (người khiếm thị, mạng chậm).' },
      'cover.caption': { label: 'Chú thích ảnh' },
      'cover.credit': { label: 'Người chụp', hint: 'Ví dụ: Ngọc Anh, hoặc "Ảnh minh họa".' },
      author: { label: 'Tác giả', hint: 'Ví dụ: Ngọc Anh.' },
      source: { label: 'Nguồn', hint: 'Khi đăng lại bài của nơi khác, ví dụ: Báo Lai Châu.' },
      // A new article starts as a draft, as `npm run new` makes it: saving never publishes by surprise.
      draft: { label: 'Bản nháp', hint: 'Bật: bài chưa lên trang. Tắt khi bài đã sẵn sàng để đăng.', initial: true },
      featured: { label: 'Tin nổi bật', hint: 'Đưa bài vào khối Tin nổi bật ở trang chủ.' },
    },
    body: {
      label: 'Nội dung',
      components: true,
      hint: 'Nút "+" (Add Component) chèn ảnh có chú thích, bộ ảnh, văn bản tải về, ghi chú hay video.',
    },
  },
  pages: {
    label: 'Trang riêng',
    labelSingular: 'trang',
    description: 'Các trang riêng (Tuyên bố về khả năng tiếp cận…), có liên kết ở chân trang: content/pages/<địa-chỉ>.mdx.',
    schema: pageSchema,
    files: { kind: 'entries', folder: 'pages', extension: 'mdx', address: '/', byYear: false, inFolder: false },
    summary: '{{title}}',
    sortBy: ['order', 'title'],
    pagePreview: true,
    fields: {
      title: { label: 'Tiêu đề' },
      description: { label: 'Mô tả', multiline: true, hint: 'Một câu cho máy tìm kiếm và khi chia sẻ trang.' },
      order: { label: 'Thứ tự', hint: 'Vị trí của liên kết ở chân trang (số nhỏ đứng trước).' },
    },
    body: { label: 'Nội dung', components: true },
  },
  categories: {
    label: 'Chuyên mục',
    labelSingular: 'chuyên mục',
    description: 'Danh sách chuyên mục tin (content/categories.yaml): địa chỉ /chuyen-muc/<slug>/, tên, thứ tự trên menu.',
    schema: categorySchema,
    files: { kind: 'list-file', file: CATEGORIES_FILE, item: 'chuyên mục', summary: '{{fields.name}} ({{fields.slug}})' },
    fields: {
      slug: {
        label: 'Địa chỉ (slug)',
        hint: 'Chữ a–z không dấu, số và dấu -: chuyen-doi-so. Đổi địa chỉ của chuyên mục đã có bài thì phải sửa cả các bài đó.',
      },
      name: { label: 'Tên chuyên mục' },
      description: { label: 'Mô tả', hint: 'Một câu giới thiệu chuyên mục.' },
      order: { label: 'Thứ tự', hint: 'Vị trí trên menu và trang chủ (số nhỏ đứng trước).' },
      menu: { label: 'Hiện trên menu' },
    },
  },
} satisfies Record<string, AdminCollection>;
