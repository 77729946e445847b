import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index';
import { newArticlePath, newArticleText, parseTags, toFrontmatterTime } from '../../src/lib/content/new-article';
import { readFrontmatter } from '../../src/lib/content/frontmatter';
import { fixtureTree, ROOT } from '../build/build-helpers';

/** Runs `npm run new`'s script on a tree without a terminal: it must answer, never wait for input. */
const runNew = (tree: string, args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], {
    cwd: tree,
    env: { ...process.env, CONTENT_DIR: tree },
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    input: '',
    timeout: 20_000,
  });

describe('new article template', () => {
  // 01:30 UTC on 1 January is already 08:30 in Vietnam; 17:30 UTC on 31 December is 00:30 on 1 January there.
  const now = new Date('2024-12-31T17:30:00Z');
  test('slug and year follow the title and Vietnam time', () => {
    expect(newArticlePath({ title: 'Điện Biên: chuyển đổi số', folder: false, now })).toEqual({
      slug: 'dien-bien-chuyen-doi-so',
      path: 'articles/2025/dien-bien-chuyen-doi-so.mdx',
    });
    expect(newArticlePath({ title: 'Ảnh hội nghị', folder: true, now }).path).toBe('articles/2025/anh-hoi-nghi/index.mdx');
    expect(toFrontmatterTime(now)).toBe('2025-01-01 00:30');
  });
  test('tags split on commas, NFC, blanks dropped', () => {
    expect(parseTags(' Chuyển đổi số, ,Lai Châu;'.normalize('NFD'))).toEqual(['Chuyển đổi số', 'Lai Châu']);
  });
  test('titles with quotes and colons stay valid YAML', () => {
    const text = newArticleText({
      title: 'Hội nghị: "Chuyển đổi số" # 1',
      category: 'tin-tuc',
      tags: ['a'],
      draft: true,
      folder: false,
      now,
    });
    expect(readFrontmatter(text)).toMatchObject({
      title: 'Hội nghị: "Chuyển đổi số" # 1',
      publishedAt: '2025-01-01 00:30',
      draft: true,
      tags: ['a'],
    });
  });
});

describe('npm run new', () => {
  test('writes a draft that the check accepts at once, and says how to publish it', () => {
    const tree = fixtureTree();
    const result = runNew(tree, ['Hội nghị: chuyển đổi số năm 2025', '--category', 'chuyen-doi-so', '--tags', 'Chuyển đổi số, Lai Châu']);
    expect(result.status, result.stderr).toBe(0);
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date());
    const file = `articles/${year}/hoi-nghi-chuyen-doi-so-nam-2025.mdx`;
    expect(result.stdout).toContain(`Đã tạo ${file}`);
    expect(result.stdout).toContain('xóa dòng draft: true để đăng');
    expect(readFrontmatter(readFileSync(join(tree, file), 'utf8'))).toMatchObject({
      title: 'Hội nghị: chuyển đổi số năm 2025',
      category: 'chuyen-doi-so',
      tags: ['Chuyển đổi số', 'Lai Châu'],
      draft: true,
    });
    // The build's own schema accepts it as it is; its placeholder sapo is only pointed out.
    const report = checkContent(tree);
    expect(report.problems).toEqual([]);
    expect(report.placeholders.map((a) => a.slug)).toEqual(['hoi-nghi-chuyen-doi-so-nam-2025']);
  });

  test('--no-draft writes an article to publish, whose placeholder sapo the check refuses', () => {
    const tree = fixtureTree();
    const result = runNew(tree, ['Hội nghị xuất bản ngay', '--category', 'tin-tuc', '--no-draft']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('http://localhost:4321/tin-tuc/hoi-nghi-xuat-ban-ngay/');
    const report = checkContent(tree);
    expect(report.problems.map((p) => [p.field, p.line])).toEqual([['description', 3]]);
    expect(report.problems[0]!.message).toContain('sapo vẫn là câu mẫu của npm run new');
  });

  test('a draft is still checked for unsafe content', () => {
    const tree = fixtureTree();
    expect(runNew(tree, ['Bản nháp có mã', '--category', 'tin-tuc']).status).toBe(0);
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date());
    const file = join(tree, `articles/${year}/ban-nhap-co-ma.mdx`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n<script>alert(1)</script>\n`);
    expect(checkContent(tree).problems.map((p) => p.field)).toContain('<script>');
  });

  test('refuses to overwrite an article with the same slug, in any year', () => {
    const tree = fixtureTree();
    const before = readFileSync(join(tree, 'articles/2025/dien-bien-chuyen-doi-so.mdx'), 'utf8');
    const result = runNew(tree, ['Điện Biên: chuyển đổi số', '--category', 'tin-tuc']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'đã có bài viết ở địa chỉ /tin-tuc/dien-bien-chuyen-doi-so/: articles/2025/dien-bien-chuyen-doi-so.mdx — không ghi đè',
    );
    expect(readFileSync(join(tree, 'articles/2025/dien-bien-chuyen-doi-so.mdx'), 'utf8')).toBe(before);
  });

  test('without a terminal it never asks: no title is an error, no chuyên mục the first one', () => {
    const tree = fixtureTree();
    const noTitle = runNew(tree, []);
    expect(noTitle.status).toBe(1);
    expect(noTitle.stderr).toContain('thiếu tiêu đề');
    // Without a chuyên mục it takes the first one and says so.
    const noCategory = runNew(tree, ['Tin mới']);
    expect(noCategory.status, noCategory.stderr).toBe(0);
    expect(noCategory.stdout).toContain(
      'Chuyên mục: tin-tuc (chuyên mục đầu tiên; chọn chuyên mục khác bằng --category, một trong: tin-tuc, chuyen-doi-so',
    );
    const badCategory = runNew(tree, ['Tin mới', '--category', 'the-thao']);
    expect(badCategory.stderr).toContain('chuyên mục "the-thao" không có');
  });
});
