import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index';
import { formatProblem } from '../../src/content-check/problems';
import { z } from 'astro/zod';
import { createSiteSchema } from '../../src/schemas/site';
import { fixtureTree, ROOT, SMALL_TREE } from '../build/build-helpers';

/** Every problem of a tree, as the lines editors read (paths relative to the tree). */
const linesOf = (tree: string) => checkContent(tree, new Date('2026-01-01T00:00:00Z')).problems.map((p) => formatProblem(p, tree));

/** The small tree's footer with its frontmatter lines replaced (`from` → `to`). */
const footerWith = (...edits: Array<[string | RegExp, string]>) =>
  edits.reduce((text, [from, to]) => text.replace(from, to), readFileSync(join(SMALL_TREE, 'site/footer.mdx'), 'utf8'));

const PAGE = '---\ntitle: Liên hệ\ndescription: Địa chỉ và điện thoại của Sở.\n---\n\n';

/** Expects exactly `expected` lines (their starts) from `tree`, in reading order. */
function expectLines(tree: string, expected: string[]) {
  const lines = linesOf(tree);
  expect(
    lines.map((line, i) => line.slice(0, expected[i]?.length)),
    lines.join('\n'),
  ).toEqual(expected);
}

describe('npm run check reads every collection, with the same rules and messages', () => {
  test('a broken footer: each field on its line, the badge link held to the scheme allow-list', () => {
    const footer = footerWith([
      /^citation: .*$/m,
      'citation: 12\ntrustBadge:\n  image: ./tin-nhiem-mang.svg\n  alt: Chứng nhận\n  href: javascript:alert(1)',
    ]);
    const tree = fixtureTree({ 'site/footer.mdx': footer, 'site/tin-nhiem-mang.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    expectLines(tree, [
      'site/footer.mdx:2: citation — ',
      'site/footer.mdx:6: trustBadge.href — liên kết "javascript:" chạy mã trên máy người đọc, không được phép — chỉ dùng',
    ]);
  });

  test("the organisation's files: each field on its line, people named by id, the prose pages' frontmatter", () => {
    const agency = readFileSync(join(SMALL_TREE, 'organisation/co-quan.yaml'), 'utf8')
      .replace(/^name: .*\n/m, '')
      .replace(/^email: .*$/m, 'email: ban-bien-tap')
      .replace(/^ {2}person: tran-van-mau$/m, '  person: khong-co-ai');
    const tree = fixtureTree({
      'organisation/co-quan.yaml': agency,
      'en/gioi-thieu.mdx': '---\ndescription: About.\n---\n\n[Map](javascript:alert(1))\n',
    });
    rmSync(join(tree, 'organisation/lien-ket.yaml'));
    expectLines(tree, [
      'en/gioi-thieu.mdx:1: title — thiếu tiêu đề (title)',
      'en/gioi-thieu.mdx:5: liên kết — liên kết "javascript:" ',
      'organisation/co-quan.yaml:1: name — thiếu tên cơ quan (name)',
      'organisation/co-quan.yaml:10: email — email không hợp lệ',
      'organisation/co-quan.yaml:18: spokesperson.person — "khong-co-ai" không có trong lanh-dao.yaml hay don-vi.yaml',
      'organisation/lien-ket.yaml:1: tệp — thiếu liên kết đến các cơ quan (organisation/lien-ket.yaml) — tạo tệp này',
    ]);
  });

  test("the footer's body and files: the same body rules, and its files stay in site/", () => {
    const tree = fixtureTree({
      'site/footer.mdx': footerWith([
        /\n---\n\n/,
        '\n---\n\n<Figure src="../articles/2024/anh.jpg" alt="Ảnh" /> [Bản đồ](data:text/html,x)\n\n',
      ]),
    });
    expectLines(tree, [
      'site/footer.mdx:5: <Figure> src — ảnh "../articles/2024/anh.jpg" phải nằm cạnh tệp này, trong thư mục site — ',
      'site/footer.mdx:5: liên kết — liên kết "data:" ',
    ]);
  });

  test('an unsafe link in a page, .md and .mdx, and a page without a title', () => {
    const tree = fixtureTree({
      'pages/lien-he.md': `${PAGE}[Tải mẫu đơn](data:text/html;base64,PHNjcmlwdD4=)\n\n<a href="JavaScript:alert(1)">Gửi</a>\n`,
      'pages/gioi-thieu.mdx': `${PAGE.replace('title: Liên hệ\n', '')}[Bản đồ](vbscript:msgbox)\n`,
    });
    expectLines(tree, [
      'pages/gioi-thieu.mdx:1: title — thiếu tiêu đề (title) — viết, ví dụ: title: "',
      'pages/gioi-thieu.mdx:5: liên kết — liên kết "vbscript:" ',
      'pages/lien-he.md:6: liên kết — liên kết "data:" ',
      'pages/lien-he.md:8: <a> href — liên kết "javascript:" ',
    ]);
  });

  test('a page links to articles like an article does, and two page files cannot share an address', () => {
    const tree = fixtureTree({
      'pages/lien-he.md': `${PAGE}[Nháp](/tin-tuc/ban-nhap/) [Hẹn giờ](/tin-tuc/bai-hen-gio/) [Không có](/tin-tuc/khong-co/) [Có](/tin-tuc/tin-so-1/)\n`,
      'pages/lien-he.mdx': PAGE,
    });
    expectLines(tree, [
      'pages/lien-he.md:6: liên kết — bài /tin-tuc/ban-nhap/ đang là bản nháp (draft: true)',
      'pages/lien-he.md:6: liên kết — bài /tin-tuc/bai-hen-gio/ hẹn giờ đăng, chưa lên trang',
      'pages/lien-he.md:6: liên kết — không có bài viết nào ở địa chỉ /tin-tuc/khong-co/',
      'pages/lien-he.mdx:1: tên tệp — hai trang trùng địa chỉ /lien-he/: tệp này và ',
    ]);
  });

  test("the site's identity: its address, menu links and emblem", () => {
    const site = readFileSync(join(SMALL_TREE, 'site/site.yaml'), 'utf8')
      .replace(/^url: .*$/m, 'url: ftp://thu-nghiem.example.gov.vn')
      .replace(/^logo: .*$/m, 'logo: data:image/svg+xml;base64,PHN2Zz4=')
      .concat('menu:\n  - label: Sơ đồ\n    href: javascript:alert(1)\n  - label: Cổng\n    href: http://laichau.gov.vn\n');
    expectLines(fixtureTree({ 'site/site.yaml': site }), [
      'site/site.yaml:2: url — url phải là địa chỉ đầy đủ — viết, ví dụ: url: https://',
      'site/site.yaml:3: logo — liên kết "data:" ',
      'site/site.yaml:7: menu.0.href — liên kết "javascript:" ',
      'site/site.yaml:9: menu.1.href — href phải là đường dẫn trong trang (bắt đầu bằng /) hoặc địa chỉ https://',
    ]);
  });

  test('categories.yaml: each entry against the build schema; a broken file on its line', () => {
    const categories = readFileSync(join(SMALL_TREE, 'categories.yaml'), 'utf8').concat('- slug: The Thao\n  order: nhất\n');
    expectLines(fixtureTree({ 'categories.yaml': categories }), [
      'categories.yaml:7: 2.slug — slug chỉ gồm chữ a–z không dấu, số và dấu - — viết, ví dụ: slug: chuyen-doi-so',
      'categories.yaml:7: 2.name — thiếu tên chuyên mục (name)',
      'categories.yaml:8: 2.order — order phải là một số nguyên',
    ]);
    // Every article then names an unknown chuyên mục too, as the build would find.
    const broken = fixtureTree({ 'categories.yaml': '- slug: tin-tuc\n  name: [Tin tức\n' });
    expect(linesOf(broken).filter((line) => line.startsWith('categories.yaml'))).toEqual([
      'categories.yaml:3: categories.yaml — tệp categories.yaml viết sai cú pháp YAML — mỗi dòng dạng ten: giá trị; giá trị có dấu : hoặc # thì đặt trong dấu ngoặc kép "…"',
    ]);
  });

  test('missing site files are named, and two footers are one too many', () => {
    const tree = fixtureTree({ 'site/footer.md': '---\n---\n' });
    rmSync(join(tree, 'site/site.yaml'));
    expectLines(tree, [
      'site/footer.md:1: tệp — trang chỉ có một chân trang, mà site/footer.mdx cũng là chân trang — giữ một trong hai tệp',
      'site/site.yaml:1: tệp — thiếu cài đặt trang (site/site.yaml) — tạo tệp này; viết description:, url:',
    ]);
    const noFooter = fixtureTree();
    rmSync(join(noFooter, 'site/footer.mdx'));
    expectLines(noFooter, ['site/footer.mdx:1: tệp — thiếu chân trang (site/footer.mdx) — tạo tệp này; viết citation:']);
  });

  test('the sample content and the small tree are valid, every collection counted', () => {
    expect(linesOf(join(ROOT, 'content'))).toEqual([]);
    expect(checkContent(SMALL_TREE).checked).toEqual(['2 chuyên mục', 'cài đặt trang', 'chân trang', 'thông tin cơ quan', '1 trang']);
  });

  test('the command fails on a broken organisation file, printing its line', () => {
    const agency = readFileSync(join(SMALL_TREE, 'organisation/co-quan.yaml'), 'utf8').replace(/^phone: .*\n/m, '');
    const tree = fixtureTree({ 'organisation/co-quan.yaml': agency });
    writeFileSync(join(tree, 'pages/tuyen-bo-tiep-can.mdx'), `${PAGE}Trang.\n`);
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], {
      cwd: tree,
      env: { ...process.env, CONTENT_DIR: tree },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('organisation/co-quan.yaml:1: phone — thiếu số điện thoại (phone) — viết, ví dụ: phone: "0213.3791.558"');
    expect(run.stderr).toContain('đã kiểm tra 11 bài viết, 2 chuyên mục, cài đặt trang, chân trang, thông tin cơ quan, 1 trang');
  });
});

describe('the schemas are the build’s: the scheme allow-list runs before Astro’s image() reads a path', () => {
  test.each([
    ['data:image/svg+xml;base64,PHN2Zz4=', false],
    ['&#106;avascript:alert(1)', false],
    ['./logo.svg', true],
  ])('%s', (logo, reachesImage) => {
    const seen: string[] = [];
    // Stands for Astro's image(), which would resolve and import the path.
    const image = () => z.string().transform((path) => (seen.push(path), path));
    const result = createSiteSchema({ image }).safeParse({
      description: 'Trang.',
      url: 'https://a.gov.vn',
      logo,
    });
    expect(result.success).toBe(reachesImage);
    expect(seen).toEqual(reachesImage ? [logo] : []);
  });
});
