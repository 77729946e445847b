import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index';
import { guardEntry, guardImport } from '../../src/content-check/guard';
import { formatProblem } from '../../src/content-check/problems';
import { FILE_SIZE_LIMITS } from '../../src/components/content/names';
import { contentFileProblem, fileScope, localFileProblem, type FileScope, type ReferenceKind } from '../../src/content-check/rules/files';
import { imageFileSchema } from '../../src/content-check/rules/images';
import { fixtureTree, ROOT, temporaryFolder } from '../build/build-helpers';

/**
 * The file rule against symbolic links. Links are made here, at test time, in temporary copies of
 * the fixture tree, and point at a fake secret in a temporary folder outside it: no fixture holds a
 * live link, and nothing real is ever read.
 */
const FRONTMATTER = '---\ntitle: Bài thử\ndescription: Sapo.\npublishedAt: 2024-05-01 08:00\ncategory: tin-tuc\n---\n\n';

/** A row of a file-rule table: the reference as written, its kind, and how the message starts (`undefined`: no problem). */
type FileRow = readonly [string, ReferenceKind, string | undefined];

/** Runs a table of references against the file rule, from `scope`. */
const expectFileProblems = (scope: FileScope, rows: readonly FileRow[]) =>
  test.each(rows)('%s (%s)', (reference, kind, says) => {
    const problem = localFileProblem(scope, reference, kind);
    if (says === undefined) expect(problem).toBeUndefined();
    else expect(problem?.slice(0, says.length)).toBe(says);
  });

describe('files: what an article points at lies beside it, in the articles folder', () => {
  const tree = fixtureTree({
    'articles/2024/bai/anh-1.jpg': 'ảnh',
    'articles/2024/bai/ke-hoach.pdf': 'văn bản',
    'articles/2023/anh-chung.jpg': 'ảnh',
    'site/anh-ngoai.jpg': 'ảnh',
  });
  const scope = fileScope(tree, join(tree, 'articles/2024/bai/index.mdx'));
  expectFileProblems(scope, [
    ['./anh-1.jpg', 'image', undefined],
    ['../../2023/anh-chung.jpg', 'image', undefined],
    ['./ke-hoach.pdf', 'document', undefined],
    ['./ke-hoach.pdf', 'file', undefined],
    ['https://example.com/anh.jpg', 'image', 'ảnh "https://example.com/anh.jpg" không nằm cạnh bài viết (trang chỉ dùng tệp của mình'],
    ['//cdn.example.com/anh.jpg', 'image', 'ảnh "//cdn.example.com/anh.jpg" không nằm cạnh bài viết'],
    ['/anh.jpg', 'image', 'ảnh "/anh.jpg" không nằm cạnh bài viết'],
    ['data:image/png;base64,iVBORw0KGgo=', 'image', 'liên kết "data:" chứa cả một tệp hay một trang'],
    ['anh-1.jpg', 'image', 'ảnh "anh-1.jpg" phải nằm cạnh bài viết, trong thư mục articles — viết đường dẫn bắt đầu bằng ./'],
    ['../../../site/anh-ngoai.jpg', 'image', 'ảnh "../../../site/anh-ngoai.jpg" phải nằm cạnh bài viết, trong thư mục articles'],
    ['./ke-hoach.pdf', 'image', '"./ke-hoach.pdf" không phải tệp ảnh được hỗ trợ — dùng tệp jpg, jpeg, png, webp, avif, gif, tif, tiff'],
    ['./bieu-do.svg', 'image', '"./bieu-do.svg" không phải tệp ảnh được hỗ trợ'],
    ['./bieu-do.svg', 'emblem', 'không tìm thấy ảnh "./bieu-do.svg"'],
    ['./video.avi', 'video', '"./video.avi" không phải tệp video được hỗ trợ — dùng tệp mp4, webm'],
    ['./Anh-1.jpg', 'image', 'không tìm thấy ảnh "./Anh-1.jpg" — đặt tệp cạnh bài viết hoặc sửa lại tên tệp (phân biệt chữ hoa'],
  ]);

  test("the cover photo's schema uses the same rule, in the article being checked", () => {
    const schema = imageFileSchema(() => scope);
    expect(schema.safeParse('./anh-1.jpg').success).toBe(true);
    expect(schema.safeParse('./khong-co.jpg').error?.issues.map((issue) => issue.message)).toEqual([
      localFileProblem(scope, './khong-co.jpg', 'image'),
    ]);
    expect(schema.safeParse(undefined).error?.issues[0]?.message).toBe('thiếu đường dẫn ảnh — viết, ví dụ: src: ./anh-1.jpg');
  });
});

/** A folder outside every content tree with a fake secret in it (a photo, a document, an article). */
function secretFolder(): string {
  const dir = temporaryFolder('stttt-secret-');
  writeFileSync(join(dir, 'bi-mat.jpg'), 'BI-MAT-ANH');
  writeFileSync(join(dir, 'bi-mat.pdf'), 'BI-MAT-VAN-BAN');
  writeFileSync(join(dir, 'bai.md'), `${FRONTMATTER}BI-MAT-BAI\n`);
  return dir;
}

describe('files: a symbolic link is never a file of the site', () => {
  const secret = secretFolder();
  const tree = fixtureTree({ 'articles/2024/bai/anh-that.jpg': 'ảnh', 'articles/2023/anh-chung.jpg': 'ảnh' });
  const dir = join(tree, 'articles/2024/bai');
  symlinkSync(join(secret, 'bi-mat.jpg'), join(dir, 'anh.jpg'));
  symlinkSync(join(secret, 'bi-mat.pdf'), join(dir, 'van-ban.pdf'));
  symlinkSync(join(tree, 'articles/2023/anh-chung.jpg'), join(dir, 'anh-chung.jpg'));
  symlinkSync(join(dir, 'khong-co.jpg'), join(dir, 'lien-ket-hong.jpg'));
  symlinkSync(secret, join(tree, 'articles/2024/thu-muc-lien-ket'));
  mkdirSync(join(dir, 'thu-muc.jpg'));
  expectFileProblems(fileScope(tree, join(dir, 'index.mdx')), [
    ['./anh-that.jpg', 'image', undefined],
    ['./anh.jpg', 'image', 'ảnh "./anh.jpg" là liên kết tượng trưng (symlink), không phải tệp thật — '],
    ['./van-ban.pdf', 'document', 'văn bản "./van-ban.pdf" là liên kết tượng trưng (symlink), không phải tệp thật — '],
    // Even a link to a file of the tree: git checks a link out as whatever it points at on that machine.
    ['./anh-chung.jpg', 'image', 'ảnh "./anh-chung.jpg" là liên kết tượng trưng (symlink)'],
    ['./lien-ket-hong.jpg', 'image', 'ảnh "./lien-ket-hong.jpg" là liên kết tượng trưng (symlink)'],
    [
      '../thu-muc-lien-ket/bi-mat.jpg',
      'image',
      'ảnh "../thu-muc-lien-ket/bi-mat.jpg" nằm trong "articles/2024/thu-muc-lien-ket", một liên kết tượng trưng (symlink) tới nơi khác — ',
    ],
    ['./thu-muc.jpg', 'image', 'ảnh "./thu-muc.jpg" không phải một tệp (là thư mục hoặc tệp đặc biệt) — '],
  ]);

  test('a content file itself: a link, or in a linked folder', () => {
    expect(contentFileProblem(tree, join(dir, 'anh.jpg'))).toMatch(
      /^tệp "articles\/2024\/bai\/anh\.jpg" là liên kết tượng trưng \(symlink\)/,
    );
    expect(contentFileProblem(tree, join(tree, 'articles/2024/thu-muc-lien-ket/bai.md'))).toMatch(
      /^tệp "articles\/2024\/thu-muc-lien-ket\/bai\.md" nằm trong "articles\/2024\/thu-muc-lien-ket", một liên kết tượng trưng/,
    );
    expect(contentFileProblem(tree, join(dir, 'anh-that.jpg'))).toBeUndefined();
    expect(contentFileProblem(tree, join(tree, 'khong-co.yaml'))).toMatch(/^không tìm thấy tệp "khong-co\.yaml" — tạo tệp này/);
  });
});

describe('files: the message names the folder of the file that refers', () => {
  const tree = fixtureTree({ 'articles/2024/anh.jpg': 'ảnh', 'site/logo.svg': '<svg/>' });
  describe('a page', () =>
    expectFileProblems(fileScope(tree, join(tree, 'pages/gioi-thieu.mdx')), [
      ['../articles/2024/anh.jpg', 'image', 'ảnh "../articles/2024/anh.jpg" phải nằm cạnh trang, trong thư mục pages — '],
    ]));
  describe('the footer', () =>
    expectFileProblems(fileScope(tree, join(tree, 'site/footer.mdx')), [
      ['../articles/2024/anh.jpg', 'image', 'ảnh "../articles/2024/anh.jpg" phải nằm cạnh tệp này, trong thư mục site — '],
      ['./logo.svg', 'emblem', undefined],
    ]));
});

describe('npm run check: every link in the tree, and every reference to one, names the file', () => {
  const secret = secretFolder();
  const tree = fixtureTree({
    'articles/2024/bai-lien-ket/index.mdx': `${FRONTMATTER.replace('category: tin-tuc', 'category: tin-tuc\ncover: { src: ./bia.jpg, alt: "Ảnh bìa" }')}<Document src="./van-ban.pdf" title="Văn bản" />\n\n<Figure src="./anh.jpg" alt="Ảnh" />\n`,
    'articles/2024/bai-md/index.md': `${FRONTMATTER}![Ảnh](./anh.jpg)\n\n[Tải về](./van-ban.pdf)\n`,
  });
  for (const folder of ['articles/2024/bai-lien-ket', 'articles/2024/bai-md']) {
    symlinkSync(join(secret, 'bi-mat.jpg'), join(tree, folder, 'anh.jpg'));
    symlinkSync(join(secret, 'bi-mat.pdf'), join(tree, folder, 'van-ban.pdf'));
  }
  symlinkSync(join(secret, 'bi-mat.jpg'), join(tree, 'articles/2024/bai-lien-ket/bia.jpg'));
  symlinkSync(secret, join(tree, 'articles/2026'));
  const lines = checkContent(tree).problems.map((problem) => formatProblem(problem, tree));

  test.each([
    ['articles/2024/bai-lien-ket/index.mdx:6: cover.src — ảnh "./bia.jpg" là liên kết tượng trưng (symlink)'],
    ['articles/2024/bai-lien-ket/index.mdx:9: <Document> src — văn bản "./van-ban.pdf" là liên kết tượng trưng (symlink)'],
    ['articles/2024/bai-lien-ket/index.mdx:11: <Figure> src — ảnh "./anh.jpg" là liên kết tượng trưng (symlink)'],
    ['articles/2024/bai-md/index.md:8: ảnh — ảnh "./anh.jpg" là liên kết tượng trưng (symlink)'],
    ['articles/2024/bai-md/index.md:10: liên kết — tệp "./van-ban.pdf" là liên kết tượng trưng (symlink)'],
    ['articles/2024/bai-lien-ket/van-ban.pdf:1: tệp — tệp "articles/2024/bai-lien-ket/van-ban.pdf" là liên kết tượng trưng (symlink)'],
    ['articles/2026:1: tệp — thư mục "articles/2026" là liên kết tượng trưng (symlink)'],
  ])('%s', (start) => {
    expect(
      lines.find((line) => line.startsWith(start)),
      lines.join('\n'),
    ).toBeDefined();
  });

  test('nothing behind a link is read: the article in the linked folder is not checked, nor counted', () => {
    expect(lines.join('\n')).not.toContain('BI-MAT');
    expect(checkContent(tree).articles.map((article) => article.file)).not.toContain(join(tree, 'articles/2026/bai.md'));
  });
});

describe("the build's guards apply the same rule", () => {
  const secret = secretFolder();
  const tree = fixtureTree({ 'articles/2024/bai/anh-that.jpg': 'ảnh', 'articles/2024/bai/index.md': `${FRONTMATTER}Nội dung.\n` });
  const article = join(tree, 'articles/2024/bai/index.md');
  symlinkSync(join(secret, 'bi-mat.jpg'), join(tree, 'articles/2024/bai/anh.jpg'));
  symlinkSync(secret, join(tree, 'articles/2026'));

  test.each([
    [
      'a cover or Markdown image, as astro:assets imports it',
      './anh.jpg?astroContentImageFlag&importer=' + encodeURIComponent(article),
      undefined,
    ],
    ['a photo an MDX file imports', './anh.jpg', article],
    ['a content module in a linked folder', join(tree, 'articles/2026/bai.md'), 'some-module.mjs'],
    ['a path climbing out of the tree', '../../../../../etc/passwd', article],
  ])('refuses %s', (_what, source, importer) => {
    expect(() => guardImport(tree, source, importer, ROOT)).toThrow(/liên kết tượng trưng|phải nằm cạnh bài viết, trong thư mục articles/);
  });

  test.each([
    ['a regular photo', './anh-that.jpg', article],
    ['a package', 'astro/jsx-runtime', article],
    [
      'a file of the project, outside the content tree',
      join(ROOT, 'src/components/content/Figure.astro'),
      join(ROOT, 'src/pages/index.astro'),
    ],
    ['a relative import between project files', './Figure.astro', join(ROOT, 'src/components/content/index.ts')],
  ])('lets through %s', (_what, source, importer) => {
    expect(() => guardImport(tree, source, importer, ROOT)).not.toThrow();
  });

  test("the error is the check's line: file, line, field, and what to write", () => {
    expect(() => guardImport(tree, './anh.jpg', article, ROOT)).toThrow(
      new Error(
        `${article}:1: tệp — tệp "./anh.jpg" là liên kết tượng trưng (symlink), không phải tệp thật — trang chỉ đăng tệp nằm thật trong thư mục nội dung: thay liên kết bằng chính tệp (hoặc thư mục) đó`,
      ),
    );
  });

  test('an entry behind a link, or with an unsafe body, stops the loader', () => {
    expect(() => guardEntry(tree, join(tree, 'articles/2026/bai.md'), `${FRONTMATTER}BI-MAT-BAI\n`)).toThrow(/nằm trong "articles\/2026"/);
    expect(() => guardEntry(tree, article, `${FRONTMATTER}[Tải về](data:text/html;base64,PHNjcmlwdD4=)\n`)).toThrow(
      new RegExp(`${article}:8: liên kết — liên kết "data:" `),
    );
    expect(() => guardEntry(tree, article, `${FRONTMATTER}Nội dung.\n`)).not.toThrow();
  });
});

describe('files: size limits for photos, documents and videos', () => {
  const MB = 1024 * 1024;
  const tree = fixtureTree({
    'articles/2024/bai/index.mdx': `---\ntitle: Bài thử\ndescription: Sapo.\npublishedAt: 2024-05-01 08:00\ncategory: tin-tuc\ncover:\n  src: ./anh-to.jpg\n  alt: Ảnh quá nặng\n---\n\n<Document src="./ke-hoach-to.pdf" title="Kế hoạch" />\n`,
  });
  const dir = join(tree, 'articles/2024/bai');
  // Sparse files: their size is what counts, not their bytes on disk.
  const sized = (name: string, bytes: number) => {
    writeFileSync(join(dir, name), '');
    truncateSync(join(dir, name), bytes);
  };
  sized('anh-vua.jpg', FILE_SIZE_LIMITS.image);
  sized('anh-qua-mot-byte.jpg', FILE_SIZE_LIMITS.image + 1);
  sized('anh-to.jpg', 5.5 * MB);
  sized('ke-hoach.pdf', 19 * MB);
  sized('ke-hoach-to.pdf', 21 * MB);
  sized('phong-su-to.mp4', 51 * MB);
  const scope = fileScope(tree, join(dir, 'index.mdx'));

  expectFileProblems(scope, [
    ['./anh-vua.jpg', 'image', undefined],
    ['./anh-qua-mot-byte.jpg', 'image', 'ảnh "./anh-qua-mot-byte.jpg" nặng 5 MB, quá giới hạn 5 MB'],
    ['./anh-to.jpg', 'image', 'ảnh "./anh-to.jpg" nặng 5,5 MB, quá giới hạn 5 MB cho một tệp ảnh — thu nhỏ ảnh'],
    ['./ke-hoach.pdf', 'document', undefined],
    ['./ke-hoach-to.pdf', 'document', 'văn bản "./ke-hoach-to.pdf" nặng 21 MB, quá giới hạn 20 MB cho một tệp văn bản — nén tệp PDF'],
    ['./ke-hoach-to.pdf', 'file', 'tệp "./ke-hoach-to.pdf" nặng 21 MB, quá giới hạn 20 MB cho một tệp văn bản'],
    [
      './phong-su-to.mp4',
      'video',
      'video "./phong-su-to.mp4" nặng 51 MB, quá giới hạn 50 MB cho một tệp video — đưa video lên kênh video của Sở',
    ],
  ]);

  test('npm run check names the file, the field and the limit', () => {
    const lines = checkContent(tree).problems.map((problem) => formatProblem(problem));
    expect(lines).toContain(
      `${join(dir, 'index.mdx')}:7: cover.src — ảnh "./anh-to.jpg" nặng 5,5 MB, quá giới hạn 5 MB cho một tệp ảnh — thu nhỏ ảnh (ví dụ xuất lại rộng 2000 điểm ảnh, JPG chất lượng 80 %) rồi thay tệp`,
    );
    expect(lines.some((line) => line.includes(':11: <Document> src — văn bản "./ke-hoach-to.pdf" nặng 21 MB, quá giới hạn 20 MB'))).toBe(
      true,
    );
  });

  test('the build refuses the same files', () => {
    expect(() => guardImport(tree, './anh-to.jpg', join(dir, 'index.mdx'), ROOT)).toThrow(/quá giới hạn 5 MB/);
    expect(() => guardImport(tree, './anh-vua.jpg', join(dir, 'index.mdx'), ROOT)).not.toThrow();
  });
});
