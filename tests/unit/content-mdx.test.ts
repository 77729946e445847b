import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index';
import { formatProblem } from '../../src/content-check/problems';
import { contentMdx } from '../../src/integrations/content-mdx';
import { fixtureTree, temporaryFolder } from '../build/build-helpers';

const FRONTMATTER = '---\ntitle: Bài thử\ndescription: Sapo.\npublishedAt: 2024-05-01 08:00\ncategory: tin-tuc\n---\n\n';

/** What the Vite guard does with an article whose body is `body`: its module code, or its error. */
function guard(body: string): { tree: string; file: string; run: () => string | null } {
  const tree = fixtureTree({ 'articles/2024/bai-thu.mdx': FRONTMATTER + body });
  const file = join(tree, 'articles/2024/bai-thu.mdx');
  const load = contentMdx(tree).load as (id: string) => string | null;
  return { tree, file, run: () => load(file) };
}

describe("the build's Vite guard stops on the check's rules, with the check's lines", () => {
  test.each([
    ['thiếu ảnh', '<Figure src="./anh-khong-co.jpg" alt="Quang cảnh hội nghị" />'],
    ['thẻ <iframe>', 'Video: <iframe src="https://example.com/video"></iframe>'],
    ['liên kết javascript:', 'Bấm [vào đây](javascript:alert(1)).'],
    ['liên kết data:', 'Bấm [tải về](data:text/html;base64,PHNjcmlwdD4=).'],
  ])('%s: the error is exactly what npm run check prints', (_what, body) => {
    const { tree, run } = guard(body);
    const lines = checkContent(tree).problems.map((problem) => formatProblem(problem));
    expect(lines).toHaveLength(1);
    expect(run).toThrow(new Error(lines[0]));
  });

  test('a file only the text scan turns into an import (here in inline code) is held to the same file rule', () => {
    const { tree, file, run } = guard('Cú pháp: `<Document src="../../../../etc/bi-mat.pdf" title="Tệp lạ" />`.\n');
    expect(checkContent(tree).problems).toEqual([]);
    expect(run).toThrow(
      new Error(
        `${file}:8: <Document> src — văn bản "../../../../etc/bi-mat.pdf" phải nằm cạnh bài viết, trong thư mục articles — viết đường dẫn bắt đầu bằng ./ như ./ke-hoach.pdf`,
      ),
    );
  });

  test('a file behind a symbolic link is refused like a missing one, naming the article and the reference', () => {
    const { tree, file, run } = guard('<Document src="./van-ban.pdf" title="Văn bản" />\n');
    const secret = join(temporaryFolder('stttt-secret-'), 'token.pdf');
    writeFileSync(secret, 'bí mật');
    symlinkSync(secret, join(file, '../van-ban.pdf'));
    const lines = checkContent(tree).problems.map((problem) => formatProblem(problem));
    expect(lines).toContain(
      `${file}:8: <Document> src — văn bản "./van-ban.pdf" là liên kết tượng trưng (symlink), không phải tệp thật — trang chỉ đăng tệp nằm thật trong thư mục nội dung: thay liên kết bằng chính tệp (hoặc thư mục) đó`,
    );
    expect(run).toThrow(new Error(lines.find((line) => line.startsWith(file))));
  });

  test('a valid article becomes MDX with its files imported', () => {
    const { file, run } = guard('<Figure src="./anh-1.jpg" alt="Quang cảnh hội nghị" />\n');
    writeFileSync(join(file, '../anh-1.jpg'), 'ảnh');
    expect(run()).toContain('import __contentFile0 from "./anh-1.jpg";');
  });
});
