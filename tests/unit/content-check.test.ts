import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index';
import { formatProblem, issuesToProblems, sortProblems, type Problem } from '../../src/content-check/problems';
import { articleSlugOf, linkProblems } from '../../src/content-check/rules/links';
import type { CheckedArticle } from '../../src/content-check/types';
import type { ArticleData } from '../../src/schemas/article';
import { fixtureTree, ROOT, SMALL_TREE, treeWith } from '../build/build-helpers';
import { INVALID_CASES } from '../fixtures/invalid/cases';

/** Every problem of a tree, as the lines editors read (paths relative to the tree). */
const linesOf = (tree: string, now?: Date) => checkContent(tree, now).problems.map((p) => formatProblem(p, tree));

describe('npm run check: one line per problem, naming file, line, field and what to write', () => {
  test.each(INVALID_CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const lines = linesOf(treeWith(c.fixture));
    const line = lines.find((l) => l.startsWith(`articles/2024/${c.at}: ${c.field} — `));
    expect(line, lines.join('\n')).toBeDefined();
    for (const text of c.says) expect(line).toContain(text);
    // "what is wrong — what to write": every message has both parts.
    expect(line!.split(' — ').length).toBeGreaterThanOrEqual(3);
  });

  test('two articles with one slug: one problem naming both files', () => {
    const tree = fixtureTree({
      'articles/2025/tin-so-1.mdx': '---\ntitle: Trùng\ndescription: x\npublishedAt: 2025-01-01 08:00\ncategory: tin-tuc\n---\n',
    });
    const lines = linesOf(tree);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^articles\/2025\/tin-so-1\.mdx:1: tên tệp — hai bài viết trùng địa chỉ \/tin-tuc\/tin-so-1\/: tệp này và .*articles\/2024\/tin-so-1\.md — /,
    );
  });

  test('a second article in the folder of an article (index-1.mdx beside index.mdx) is refused', () => {
    const article = '---\ntitle: Hội nghị\ndescription: x\npublishedAt: 2025-01-01 08:00\ncategory: tin-tuc\n---\n';
    const tree = fixtureTree({
      'articles/2025/hoi-nghi/index.mdx': article,
      'articles/2025/hoi-nghi/index-1.mdx': article.replace('Hội nghị', 'Hội nghị khác'),
    });
    expect(linesOf(tree)).toEqual([
      'articles/2025/hoi-nghi/index-1.mdx:1: tên tệp — thư mục articles/2025/hoi-nghi/ đã là một bài viết (index.mdx); mỗi thư mục chỉ chứa một bài và các tệp của bài đó — đặt bài này vào thư mục riêng của nó (<tên-bài>/index.mdx), với tên khác',
    ]);
  });

  test('links to drafts or to articles published later are reported; links to published ones are not', () => {
    const body =
      '[nháp](/tin-tuc/ban-nhap/) [hẹn giờ](https://thu-nghiem.example.gov.vn/tin-tuc/bai-hen-gio/) [có](/tin-tuc/tin-so-2/) [trang](/tin-tuc/trang/2/)';
    const tree = fixtureTree({
      'articles/2024/lien-ket.mdx': `---\ntitle: Liên kết\ndescription: x\npublishedAt: 2024-05-01 08:00\ncategory: tin-tuc\n---\n\n${body}\n`,
    });
    const lines = linesOf(tree);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('articles/2024/lien-ket.mdx:8: liên kết — bài /tin-tuc/ban-nhap/ đang là bản nháp');
    expect(lines[1]).toContain('articles/2024/lien-ket.mdx:8: liên kết — bài /tin-tuc/bai-hen-gio/ hẹn giờ đăng sau bài này');
  });

  test('decomposed (NFD) text is accepted and read as NFC', () => {
    const nfd =
      '---\ntitle: "Điện Biên: bài gõ tổ hợp"\ndescription: Sapo có dấu tiếng Việt.\npublishedAt: 2024-05-01 08:00\ncategory: tin-tuc\ntags: [Chuyển đổi số, CHUYỂN ĐỔI SỐ]\n---\n\nNội dung <Note title="Lưu ý">Đã kiểm tra.</Note> và [liên kết](/tin-tuc/tin-so-1/).\n';
    const tree = fixtureTree({ 'articles/2024/bai-nfd.mdx': nfd.normalize('NFD') });
    const report = checkContent(tree);
    expect(report.problems).toEqual([]);
    const article = report.articles.find((a) => a.slug === 'bai-nfd');
    expect(article?.data?.title).toBe('Điện Biên: bài gõ tổ hợp'.normalize('NFC'));
    expect(article?.data?.tags).toEqual(['Chuyển đổi số']);
  });

  test('scheduled articles and drafts are listed, not errors', () => {
    const report = checkContent(SMALL_TREE, new Date('2026-01-01T00:00:00Z'));
    expect(report.problems).toEqual([]);
    expect(report.scheduled.map((a) => a.slug)).toEqual(['bai-hen-gio']);
    expect(report.drafts.map((a) => a.slug)).toEqual(['ban-nhap']);
    // After its time the scheduled article is simply published.
    expect(checkContent(SMALL_TREE, new Date('2099-01-02T00:00:00Z')).scheduled).toEqual([]);
  });

  test('every content component with its files passes', () => {
    expect(linesOf(treeWith('thanh-phan', 'components'))).toEqual([]);
  });

  test('the command prints one line per problem and exits 1; 0 and the scheduled list when clean', () => {
    const run = (tree: string) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], {
        cwd: tree,
        env: { ...process.env, CONTENT_DIR: tree },
        encoding: 'utf8',
      });
    const bad = run(treeWith('unknown-category.mdx'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('articles/2024/unknown-category.mdx:5: category — chuyên mục "the-thao"');
    const good = run(fixtureTree());
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain('⏰ Hẹn giờ: articles/2025/bai-hen-gio.mdx — lên trang từ 01/01/2099 8:00:00 SA');
    expect(good.stdout).toContain('✓ Nội dung hợp lệ: 11 bài viết');
  });
});

describe('articleSlugOf', () => {
  test.each([
    ['/tin-tuc/tin-so-1/', 'tin-so-1'],
    ['/tin-tuc/tin-so-1', 'tin-so-1'],
    ['/tin-tuc/tin-so-1/#doan-2', 'tin-so-1'],
    ['https://stttt.laichau.gov.vn/tin-tuc/tin-so-1/', 'tin-so-1'],
    ['https://example.com/tin-tuc/tin-so-1/', undefined],
    ['/tin-tuc/trang/2/', undefined],
    ['/tin-tuc/', undefined],
    ['./anh.jpg', undefined],
  ])('%s → %s', (url, slug) => {
    expect(articleSlugOf(url, 'https://stttt.laichau.gov.vn')).toBe(slug);
  });
});

describe('links: checked once every article is known', () => {
  const article = (slug: string, publishedAt: string, draft = false): CheckedArticle => ({
    file: `/noi-dung/articles/${slug}.mdx`,
    slug,
    data: { publishedAt: new Date(publishedAt), draft } as ArticleData,
  });
  const now = new Date('2026-01-01T00:00:00Z');
  const articles = [
    article('da-dang', '2025-06-01T00:00:00Z'),
    article('ban-nhap', '2025-06-01T00:00:00Z', true),
    article('hen-gio', '2026-03-01T00:00:00Z'),
    article('hen-gio-truoc', '2026-02-01T00:00:00Z'),
  ];
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  test.each([
    ['da-dang', 'khong-co', 'không có bài viết nào ở địa chỉ /tin-tuc/khong-co/'],
    ['da-dang', 'ban-nhap', 'bài /tin-tuc/ban-nhap/ đang là bản nháp (draft: true)'],
    ['da-dang', 'hen-gio', 'bài /tin-tuc/hen-gio/ hẹn giờ đăng sau bài này'],
    ['hen-gio', 'hen-gio-truoc', undefined],
    ['ban-nhap', 'hen-gio', undefined],
    ['hen-gio', 'da-dang', undefined],
  ])('%s → %s', (from, to, says) => {
    const problems = linkProblems(new Map([[bySlug.get(from)!, [{ slug: to, line: 9 }]]]), bySlug, now);
    expect(problems.map((p) => `${p.line}: ${p.field} — ${p.message.slice(0, says?.length)}`)).toEqual(
      says ? [`9: liên kết — ${says}`] : [],
    );
  });
});

describe('the formatter: one line per problem, in reading order', () => {
  const at = (file: string, line: number, column?: number): Problem => ({
    file,
    line,
    column,
    field: 'title',
    message: 'thiếu tiêu đề — viết title: "…"',
  });

  test('path relative to the project, line, column when known', () => {
    expect(formatProblem(at('/du-an/content/articles/2024/a.mdx', 3), '/du-an')).toBe(
      'content/articles/2024/a.mdx:3: title — thiếu tiêu đề — viết title: "…"',
    );
    expect(formatProblem(at('/khac/a.mdx', 10, 4), '/du-an')).toBe('/khac/a.mdx:10:4: title — thiếu tiêu đề — viết title: "…"');
  });

  test('sorted by file, line, column', () => {
    const sorted = sortProblems([at('/b.mdx', 1), at('/a.mdx', 9), at('/a.mdx', 2, 7), at('/a.mdx', 2, 3)]);
    expect(sorted.map((p) => `${p.file}:${p.line}:${p.column ?? ''}`)).toEqual(['/a.mdx:2:3', '/a.mdx:2:7', '/a.mdx:9:', '/b.mdx:1:']);
  });

  test("schema issues become problems on their field's line; the whole frontmatter when the path is empty", () => {
    const issues = [
      { path: ['cover', 'alt'], message: 'mô tả ảnh đang để trống — viết alt: "…"' },
      { path: [], message: 'phải là một bảng — viết ten: giá trị' },
    ];
    const problems = issuesToProblems('/a.mdx', issues, (path) => (path.length ? 8 : 1));
    expect(problems.map((p) => formatProblem(p, '/'))).toEqual([
      'a.mdx:8: cover.alt — mô tả ảnh đang để trống — viết alt: "…"',
      'a.mdx:1: frontmatter — phải là một bảng — viết ten: giá trị',
    ]);
  });
});
