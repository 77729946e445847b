import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { displayPath } from '../lib/display-path';
import { eagerFirstFigure } from '../lib/first-image';
import { importLocalImages } from '../lib/mdx-images';

/**
 * A Vite plugin for the MDX files of the content tree: reads them as NFC text (Vietnamese typed
 * on some systems arrives decomposed), and turns content components' relative `src` paths into
 * image imports, stopping with a message naming the file and line when a photo is missing.
 * The first photo of an article without a cover loads eagerly (see `eagerFirstFigure`).
 */
export function contentMdx(contentDir: string): Plugin {
  const root = resolve(contentDir);
  return {
    name: 'stttt:content-mdx',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0];
      if (!path.endsWith('.mdx') || !resolve(path).startsWith(`${root}/`)) return null;
      const source = readFileSync(path, 'utf8').normalize('NFC');
      const { code, references } = importLocalImages(eagerFirstFigure(source));
      for (const reference of references) {
        if (!existsSync(resolve(dirname(path), reference.path))) {
          throw new Error(
            `${displayPath(path)}:${reference.line}: src — không tìm thấy ảnh "${reference.path}". ` +
              `Đặt tệp ảnh cạnh bài viết hoặc sửa lại tên tệp (phân biệt chữ hoa, chữ thường).`,
          );
        }
      }
      return code;
    },
  };
}
