import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { astroBuildDirect, build, fixtureTree, listFiles, ROOT, temporaryFolder } from './build-helpers';

/**
 * What a committed symbolic link would publish: a file of the build machine. Each test makes a
 * fake secret — a file with a marker no other file holds — in a temporary folder outside the
 * content tree, links to it from a temporary copy of the fixture tree (no fixture holds a link),
 * builds, and looks for the marker in every file the build wrote.
 */
const MARKER = `STTTT-BI-MAT-${randomUUID()}`;
const FRONTMATTER = '---\ntitle: Bài có tệp đính kèm\ndescription: Sapo.\npublishedAt: 2024-05-01 08:00\ncategory: tin-tuc\n---\n\n';
const PHOTO = join(ROOT, 'tests/fixtures/components/thanh-phan/anh-1.jpg');

/** The fake secrets: a "document" and a real photo carrying the marker after its last byte (still a valid JPEG). */
function secrets(): { document: string; photo: string; folder: string } {
  const folder = temporaryFolder('stttt-secret-');
  writeFileSync(join(folder, 'token.pdf'), `npm_token=${MARKER}\n`);
  writeFileSync(join(folder, 'anh.jpg'), Buffer.concat([readFileSync(PHOTO), Buffer.from(MARKER)]));
  mkdirSync(join(folder, 'bai-viet'));
  writeFileSync(join(folder, 'bai-viet/bi-mat.md'), `${FRONTMATTER}${MARKER}\n`);
  return { document: join(folder, 'token.pdf'), photo: join(folder, 'anh.jpg'), folder: join(folder, 'bai-viet') };
}

/** The built files (relative to `dir`) that hold the marker anywhere in their bytes. */
function filesWithMarker(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return listFiles(dir).filter((file) => readFileSync(join(dir, file)).includes(MARKER));
}

/** A copy of the small tree with `files` written and `links` made (path in the tree → target). */
function treeWith(files: Record<string, string>, links: Record<string, string>): string {
  const tree = fixtureTree(files);
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    symlinkSync(target, join(tree, path));
  }
  return tree;
}

/** Each way content names a file, each behind a link to a secret. */
const HOSTILE = (secret: ReturnType<typeof secrets>) => ({
  'a <Document> in an MDX article': {
    files: { 'articles/2024/van-ban/index.mdx': `${FRONTMATTER}<Document src="./van-ban.pdf" title="Văn bản" />\n` },
    links: { 'articles/2024/van-ban/van-ban.pdf': secret.document },
    says: 'articles/2024/van-ban/index.mdx:8: <Document> src — văn bản "./van-ban.pdf" là liên kết tượng trưng (symlink)',
  },
  'a cover photo (the import guard, as astro:assets imports it)': {
    files: {
      'articles/2024/anh-bia/index.md': `${FRONTMATTER.replace('---\n\n', 'cover: { src: ./anh.jpg, alt: "Ảnh bìa" }\n---\n\n')}Nội dung.\n`,
    },
    links: { 'articles/2024/anh-bia/anh.jpg': secret.photo },
    says: 'articles/2024/anh-bia/index.md:1: tệp — tệp "./anh.jpg" là liên kết tượng trưng (symlink)',
  },
  'a Markdown photo in a .md article (the loader, before astro:assets)': {
    files: { 'articles/2024/anh-md/index.md': `${FRONTMATTER}![Ảnh](./anh.jpg)\n` },
    links: { 'articles/2024/anh-md/anh.jpg': secret.photo },
    says: 'articles/2024/anh-md/index.md:8: ảnh — ảnh "./anh.jpg" là liên kết tượng trưng (symlink)',
  },
  'a linked folder of articles (the loader)': {
    files: {},
    links: { 'articles/2026': secret.folder },
    says: 'articles/2026/bi-mat.md:1: tệp — tệp "articles/2026/bi-mat.md" nằm trong "articles/2026", một liên kết tượng trưng (symlink)',
  },
});

describe('a symbolic link to a file outside the content tree is never published', () => {
  const secret = secrets();
  const cases = HOSTILE(secret);

  test('npm run build: the check names every link and every reference to one; nothing is written', () => {
    const files = Object.assign({}, ...Object.values(cases).map((c) => c.files));
    const links = Object.assign({}, ...Object.values(cases).map((c) => c.links));
    const { status, output, dist } = build(treeWith(files, links));
    expect(status).not.toBe(0);
    for (const line of [
      'articles/2024/van-ban/index.mdx:8: <Document> src — văn bản "./van-ban.pdf" là liên kết tượng trưng (symlink)',
      'articles/2024/anh-bia/index.md:6: cover.src — ảnh "./anh.jpg" là liên kết tượng trưng (symlink)',
      'articles/2024/anh-md/index.md:8: ảnh — ảnh "./anh.jpg" là liên kết tượng trưng (symlink)',
      'articles/2026:1: tệp — thư mục "articles/2026" là liên kết tượng trưng (symlink)',
    ])
      expect(output).toContain(line);
    expect(output).toContain('kiểm tra nội dung thất bại');
    expect(output).not.toContain(MARKER);
    expect(listFiles(dist)).toEqual([]);
    expect(filesWithMarker(`${dist}.staging`)).toEqual([]);
  });

  test.each(Object.keys(cases))('astro build without the check refuses %s', (name) => {
    const c = cases[name as keyof typeof cases];
    const result = astroBuildDirect(treeWith(c.files, c.links));
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain(c.says);
    expect(output).not.toContain(MARKER);
    expect(filesWithMarker(result.out)).toEqual([]);
  });

  test('the same document as a regular file is published, marker and all (the search above can fail)', () => {
    const c = cases['a <Document> in an MDX article'];
    const tree = treeWith(c.files, {});
    copyFileSync(secret.document, join(tree, 'articles/2024/van-ban/van-ban.pdf'));
    const result = astroBuildDirect(tree);
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    expect(filesWithMarker(result.out)).toEqual([expect.stringMatching(/^_astro\/van-ban\.[\w-]+\.pdf$/)]);
  });
});

describe('an address outside the scheme allow-list stops a build that skips the check', () => {
  test.each([
    [
      'a data: link in a .md page (the loader)',
      'pages/lien-he.md',
      '---\ntitle: Liên hệ\ndescription: Địa chỉ.\n---\n\n[Tải mẫu đơn](data:text/html;base64,PHNjcmlwdD4=)\n',
      'pages/lien-he.md:6: liên kết — liên kết "data:" ',
    ],
    [
      "the footer's badge link (the schema)",
      'site/footer.mdx',
      readFileSync(join(ROOT, 'tests/fixtures/site-small/site/footer.mdx'), 'utf8').replace(
        /^citation: (.*)$/m,
        'citation: $1\ntrustBadge:\n  image: ../../../../../etc/hostname.svg\n  alt: Chứng nhận\n  href: javascript:alert(1)',
      ),
      'liên kết "javascript:" chạy mã trên máy người đọc',
    ],
  ])('%s', (_what, path, text, says) => {
    const result = astroBuildDirect(fixtureTree({ [path]: text }));
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain(says);
  });
});
