import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { FILE_EXTENSIONS, type FileKind } from '../components/content/names.ts';

const KIND_NAMES: Record<FileKind, string> = { image: 'ảnh', document: 'văn bản', video: 'video' };

/** Whether a reference is an address on another site rather than a file beside the article. */
export const isRemote = (reference: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(reference.trim());

/**
 * What is wrong with a file an article points at (`./anh-1.jpg`), or `undefined` when the file is
 * there and of the expected kind. `dir` is the article's folder.
 */
export function localFileProblem(dir: string, reference: string, kind: FileKind): string | undefined {
  const what = KIND_NAMES[kind];
  const example = kind === 'image' ? './anh-1.jpg' : kind === 'document' ? './ke-hoach.pdf' : './video.mp4';
  if (isRemote(reference) || reference.startsWith('/')) {
    return `${what} "${reference}" không nằm cạnh bài viết (trang chỉ dùng tệp của mình, không tải từ nơi khác) — tải tệp về, đặt cạnh bài viết và viết đường dẫn như ${example}`;
  }
  // Only files in the article's own folder: a path that climbs out (`../../…`) could publish any
  // file of the build machine, and one without `./` is not turned into a file import.
  if (!reference.startsWith('./') || reference.split('/').includes('..')) {
    return `${what} "${reference}" phải nằm trong thư mục của bài viết — viết đường dẫn bắt đầu bằng ./ như ${example}`;
  }
  const extension = extname(reference).slice(1).toLowerCase();
  if (!FILE_EXTENSIONS[kind].includes(extension)) {
    return `"${reference}" không phải tệp ${what} được hỗ trợ — dùng tệp ${FILE_EXTENSIONS[kind].join(', ')}`;
  }
  if (!existsSync(resolve(dir, reference))) {
    return `không tìm thấy ${what} "${reference}" — đặt tệp cạnh bài viết hoặc sửa lại tên tệp (phân biệt chữ hoa, chữ thường)`;
  }
  return undefined;
}
