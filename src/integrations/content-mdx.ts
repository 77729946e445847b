import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { checkBody } from '../content-check/body.ts';
import { formatProblem } from '../content-check/problems.ts';
import { displayPath } from '../lib/content/display-path';
import { eagerFirstFigure } from '../lib/content/first-image';
import { CONTENT_FILE_QUERY, importLocalFiles } from '../lib/content/mdx-file-imports';
import { prefixSiteLinks } from '../lib/content/url';

/**
 * A Vite plugin for the MDX files of the content tree: reads them as NFC text (Vietnamese typed
 * on some systems arrives decomposed), and turns content components' relative file paths into
 * imports, stopping with a message naming the file and line when a file is missing. `npm run check`
 * (run first by the build) reports the same problems earlier; this guards `npm run dev` too.
 *
 * A document or video import (`./ke-hoach.pdf?content-file`) becomes `{ url, bytes, name }`: the
 * file is emitted with the site (never inlined as data), and its size is known for the reader.
 * The first photo of an article without a cover loads eagerly (see `eagerFirstFigure`), and site
 * links get the base of a sub-path build (see `prefixSiteLinks`).
 */
export function contentMdx(contentDir: string, base = '/'): Plugin {
  const root = resolve(contentDir);
  return {
    name: 'stttt:content-mdx',
    enforce: 'pre',
    load(id) {
      const [path = '', query = ''] = id.split('?');
      if (`?${query}` === CONTENT_FILE_QUERY) {
        const bytes = statSync(path).size;
        return `import url from ${JSON.stringify(`${path}?url&no-inline`)};\nexport default { url, bytes: ${bytes}, name: ${JSON.stringify(basename(path))} };`;
      }
      if (!path.endsWith('.mdx') || !resolve(path).startsWith(`${root}/`)) return null;
      const original = readFileSync(path, 'utf8').normalize('NFC');
      // The check's safety rules (no import/export, no code, only the content components, no
      // script/iframe/style or on… handlers) hold for every MDX file of the content tree —
      // articles, pages and the footer — however the build is started (npm run dev, astro build),
      // so an editor's file can never run code on the machine that builds the site.
      const unsafe = checkBody(path, original, true).problems;
      if (unsafe.length > 0) throw new Error(unsafe.map((problem) => formatProblem(problem)).join('\n'));
      const source = prefixSiteLinks(original, base);
      const { code, references } = importLocalFiles(eagerFirstFigure(source));
      for (const reference of references) {
        if (!resolve(dirname(path), reference.path).startsWith(`${root}/`)) {
          throw new Error(
            `${displayPath(path)}:${reference.line}: src — "${reference.path}" nằm ngoài thư mục nội dung — ` +
              `đặt tệp cạnh bài viết và viết đường dẫn bắt đầu bằng ./`,
          );
        }
        if (!existsSync(resolve(dirname(path), reference.path))) {
          throw new Error(
            `${displayPath(path)}:${reference.line}: src — không tìm thấy tệp "${reference.path}" — ` +
              `đặt tệp cạnh bài viết hoặc sửa lại tên tệp (phân biệt chữ hoa, chữ thường).`,
          );
        }
      }
      return code;
    },
  };
}
