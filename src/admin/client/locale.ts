/**
 * Decap CMS's Vietnamese, completed and adjusted for this site's editors:
 * - the words its Vietnamese lacks (the editor's toolbar, "Add Component", a list's "Add", the
 *   photo and file buttons), which it would show in English;
 * - "Công bố" ("publish") where saving does not publish: with `publish_mode: simple` the button
 *   commits the file, and an article still marked "Bản nháp" stays off the site; the button says
 *   what it does ("Lưu");
 * - the review workflow's first column, which Decap also calls "Bản nháp": here that name is the
 *   article's own draft switch (`draft: true`), so the column is "Đang soạn".
 * The new-entry button's "＋" (a full-width plus many fonts lack) becomes a word.
 */

/** A locale's phrases, nested as Decap nests them. */
export type Phrases = { [key: string]: string | Phrases };

/** The words Decap's Vietnamese lacks, and those this site words otherwise. */
export const VI_PHRASES: Phrases = {
  auth: { loginWithForgejo: 'Đăng nhập bằng Forgejo' },
  collection: {
    collectionTop: {
      newButton: 'Tạo %{collectionLabel} mới',
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      groupBy: 'Nhóm theo',
    },
    entries: { unpublishedHeader: 'Chưa công bố' },
    groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'ô %{widgetLabel}' } },
    editorInterface: { togglePreview: 'Bật, tắt xem trước', toggleScrollSync: 'Cuộn cùng nhau', toggleI18n: 'Bật, tắt ngôn ngữ' },
    editorToolbar: {
      draft: 'Đang soạn',
      statusInfoTooltipDraft: 'Bài đang soạn. Soạn xong, chuyển trạng thái sang "Đang xét duyệt" để gửi duyệt.',
      statusInfoTooltipInReview: 'Bài đang được xét duyệt; vẫn có thể sửa thêm trong lúc chờ.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Chữ đậm',
        italic: 'Chữ nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Địa chỉ của liên kết',
        headings: 'Đề mục',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Chèn ảnh, bộ ảnh, văn bản…',
        toggleMode: { rich: 'Soạn trực quan', markdown: 'Soạn bằng Markdown' },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Bỏ tất cả ảnh',
        chooseUrl: 'Dùng địa chỉ ảnh',
        replaceUrl: 'Thay bằng địa chỉ',
        promptUrl: 'Địa chỉ của ảnh',
      },
      file: {
        chooseMultiple: 'Chọn tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Bỏ tất cả tệp',
        chooseUrl: 'Dùng địa chỉ tệp',
        replaceUrl: 'Thay bằng địa chỉ',
        promptUrl: 'Địa chỉ của tệp',
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là bây giờ' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở ra', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      draft: 'Đang soạn',
      copy: 'Chép',
      copyUrl: 'Chép địa chỉ',
      copyPath: 'Chép đường dẫn',
      copyName: 'Chép tên',
      copied: 'Đã chép',
    },
    mediaLibraryModal: { close: 'Đóng' },
  },
  ui: { settingsDropdown: { account: 'Tài khoản' } },
  workflow: { workflowList: { draftHeader: 'Đang soạn' } },
};

/** With `publish_mode: simple`, the button that commits a file says "Lưu": saving publishes only what is not a draft. */
export const VI_SIMPLE_MODE: Phrases = {
  editor: {
    editorToolbar: {
      publish: 'Lưu',
      publishNow: 'Lưu ngay',
      publishing: 'Đang lưu...',
      published: 'Đã lưu',
      publishAndCreateNew: 'Lưu rồi tạo bài mới',
      publishAndDuplicate: 'Lưu rồi sao chép',
    },
  },
};

/** `base` with `extra` written over it, level by level. */
export function mergePhrases(base: Phrases, ...extra: Phrases[]): Phrases {
  const out: Phrases = { ...base };
  for (const layer of extra)
    for (const [key, value] of Object.entries(layer)) {
      const current = out[key];
      out[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
    }
  return out;
}
