/**
 * Files an article points at (`./anh-1.jpg`, `./ke-hoach.pdf`): one rule for the cover photo, the
 * body's images and content components in `npm run check`, and for the imports the build's Vite
 * guard (src/integrations/content-mdx.ts) writes, so both say the same thing about one file.
 */
import { existsSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';
import { FILE_EXTENSIONS, type FileKind } from '../../components/content/names.ts';
import { urlProblem } from './urls.ts';

const KIND_NAMES: Record<FileKind, string> = { image: 'ảnh', document: 'văn bản', video: 'video' };

/** Whether a reference is an address on another site rather than a file beside the article. */
export const isRemote = (reference: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(reference.trim());

/** The `articles` folder an article's folder lies in (the nearest one above it). */
function articlesRoot(dir: string): string {
  const parts = resolve(dir).split(sep);
  const index = parts.lastIndexOf('articles');
  return index > 0 ? parts.slice(0, index + 1).join(sep) : resolve(dir);
}

/**
 * What is wrong with a file an article points at (`./anh-1.jpg`), or `undefined` when the file is
 * there and of the expected kind. `dir` is the article's folder.
 */
export function localFileProblem(dir: string, reference: string, kind: FileKind): string | undefined {
  const schemeProblem = urlProblem(reference);
  if (schemeProblem) return schemeProblem;
  const what = KIND_NAMES[kind];
  const example = kind === 'image' ? './anh-1.jpg' : kind === 'document' ? './ke-hoach.pdf' : './video.mp4';
  if (isRemote(reference) || reference.startsWith('/')) {
    return `${what} "${reference}" không nằm cạnh bài viết (trang chỉ dùng tệp của mình, không tải từ nơi khác) — tải tệp về, đặt cạnh bài viết và viết đường dẫn như ${example}`;
  }
  // Only files of the articles tree: a path that climbs out of it (`../../…`) could publish any
  // file of the build machine, and one without `./` or `../` is not turned into a file import.
  const target = resolve(dir, reference);
  if (!/^\.\.?\//.test(reference) || !target.startsWith(`${articlesRoot(dir)}${sep}`)) {
    return `${what} "${reference}" phải nằm cạnh bài viết, trong thư mục articles — viết đường dẫn bắt đầu bằng ./ như ${example}`;
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
