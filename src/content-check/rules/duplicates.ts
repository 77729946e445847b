/**
 * Two files, one address: two articles `2023/hoi-nghi.mdx` and `2024/hoi-nghi/index.mdx` would both
 * be `/tin-tuc/hoi-nghi/`, and one would silently hide the other. One rule for `npm run check` and
 * the build's loaders (src/loaders/content-glob.ts), which stop on it too. And two articles, one
 * folder: the admin's Git tool, asked for a name already taken, writes `<slug>/index-1.mdx` into
 * the other article's folder, among its photos.
 */
import { displayPath } from '../../lib/content/display-path.ts';
import type { Problem } from '../problems.ts';

/**
 * The problem of `file` taking the address `address` that `earlier` already has. `noun` names what
 * the files are: `bài viết`, `trang`.
 */
export function duplicateAddressProblem(file: string, earlier: string, address: string, noun: string): Problem {
  return {
    file,
    line: 1,
    field: 'tên tệp',
    message: `hai ${noun} trùng địa chỉ ${address}: tệp này và ${displayPath(earlier)} — mỗi ${noun} cần một tên tệp riêng: đổi tên một trong hai tệp`,
  };
}

/**
 * The problem of the article `file` lying in `folder` (`articles/2024/hoi-nghi/`), which is already
 * the article `index.mdx`: a folder holds one article and its files.
 */
export function strayArticleProblem(file: string, folder: string): Problem {
  return {
    file,
    line: 1,
    field: 'tên tệp',
    message: `thư mục ${folder} đã là một bài viết (index.mdx); mỗi thư mục chỉ chứa một bài và các tệp của bài đó — đặt bài này vào thư mục riêng của nó (<tên-bài>/index.mdx), với tên khác`,
  };
}
