/**
 * Two files, one address: two articles `2023/hoi-nghi.mdx` and `2024/hoi-nghi/index.mdx` would both
 * be `/tin-tuc/hoi-nghi/`, and one would silently hide the other. One rule for `npm run check` and
 * the build's loaders (src/loaders/content-glob.ts), which stop on it too.
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
