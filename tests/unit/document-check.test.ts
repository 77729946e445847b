import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/index';
import { formatProblem } from '../../src/content-check/problems';
import { readFrontmatter } from '../../src/lib/content/frontmatter';
import { inferDocumentType, looksLikeNumber, newDocumentPath, safeFileName } from '../../src/lib/content/new-document';
import { parseVietnamDate } from '../../src/lib/dates/dates';
import { ROOT, treeWithDocuments } from '../build/build-helpers';
import { INVALID_DOCUMENT_CASES } from '../fixtures/documents/cases';

/** Every problem of a tree, as the lines editors read (paths relative to the tree). */
const linesOf = (tree: string) => checkContent(tree).problems.map((p) => formatProblem(p, tree));
const VALID = ['nghi-dinh-1-2024-nd-cp', 'nghi-dinh-2-2024-nd-cp', 'ke-hoach-12-kh-stttt'];
const write = (tree: string, path: string, text: string) => writeFileSync(join(tree, path), text);

describe('npm run check on the registry: one line per problem, naming file, line, field and what to write', () => {
  test.each(INVALID_DOCUMENT_CASES.map((c) => [c.rule, c] as const))('%s', (_rule, c) => {
    const lines = linesOf(treeWithDocuments([c.fixture]));
    const line = lines.find((l) => l.startsWith(`documents/2024/${c.at}: ${c.field} — `));
    expect(line, lines.join('\n')).toBeDefined();
    for (const text of c.says) expect(line).toContain(text);
    expect(line!.split(' — ').length).toBeGreaterThanOrEqual(3);
  });

  test('valid documents, with files, replacements, related news and references, pass', () => {
    const report = checkContent(treeWithDocuments(VALID, 'valid'));
    expect(report.problems.map((p) => formatProblem(p))).toEqual([]);
    expect(report.documents.map((d) => d.slug).sort()).toEqual([...VALID].sort());
  });

  test('two documents with one slug, in two years: one problem naming both', () => {
    const tree = treeWithDocuments(['nghi-dinh-2-2024-nd-cp'], 'valid');
    const folder = 'nghi-dinh-2-2024-nd-cp';
    cpSync(join(ROOT, 'tests/fixtures/documents/valid', folder), join(tree, 'documents/2023', folder), { recursive: true });
    const lines = linesOf(tree);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^documents\/2024\/nghi-dinh-2-2024-nd-cp\/index\.md:1: tên tệp — hai văn bản trùng địa chỉ \/van-ban\/nghi-dinh-2-2024-nd-cp\/: tệp này và .*documents\/2023\/nghi-dinh-2-2024-nd-cp\/index\.md — /,
    );
  });

  test('a document replaced by a draft, and an article naming a draft document, are refused; drafts are listed', () => {
    const tree = treeWithDocuments(VALID, 'valid');
    const newer = join(tree, 'documents/2024/nghi-dinh-2-2024-nd-cp/index.md');
    writeFileSync(newer, readFileSync(newer, 'utf8').replace('files:', 'draft: true\nfiles:'));
    write(
      tree,
      'articles/2024/nhac-van-ban.mdx',
      '---\ntitle: T\ndescription: d\npublishedAt: 2024-05-01 08:00\ncategory: tin-tuc\n---\n\n<Document slug="nghi-dinh-2-2024-nd-cp" />\n',
    );
    const report = checkContent(tree);
    expect(report.documentDrafts.map((d) => d.slug)).toEqual(['nghi-dinh-2-2024-nd-cp']);
    expect(report.problems.map((p) => formatProblem(p, tree))).toEqual([
      'articles/2024/nhac-van-ban.mdx:8: <Document> slug — văn bản "nghi-dinh-2-2024-nd-cp" đang là bản nháp (draft: true) nên người đọc chưa mở được — đăng văn bản đó trước, hoặc bỏ thành phần này',
      expect.stringMatching(
        /^documents\/2024\/nghi-dinh-1-2024-nd-cp\/index\.md:8: replacedBy — văn bản thay thế "nghi-dinh-2-2024-nd-cp" đang là bản nháp/,
      ),
    ]);
  });

  test('an article names a published document by its slug; a document links articles from its body', () => {
    const tree = treeWithDocuments(VALID, 'valid');
    write(
      tree,
      'articles/2024/nhac-van-ban.mdx',
      '---\ntitle: T\ndescription: d\npublishedAt: 2024-05-01 08:00\ncategory: tin-tuc\n---\n\n<Document slug="nghi-dinh-2-2024-nd-cp" />\n',
    );
    expect(linesOf(tree)).toEqual([]);
    const plan = join(tree, 'documents/2024/ke-hoach-12-kh-stttt/index.mdx');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('/tin-tuc/tin-so-1/', '/tin-tuc/khong-co/'));
    expect(linesOf(tree)).toEqual([
      expect.stringMatching(
        /^documents\/2024\/ke-hoach-12-kh-stttt\/index\.mdx:14: liên kết — không có bài viết nào ở địa chỉ \/tin-tuc\/khong-co\//,
      ),
    ]);
  });

  test('the type list: each entry checked on its own line', () => {
    const tree = treeWithDocuments([]);
    write(
      tree,
      'documents/loai-van-ban.yaml',
      '- slug: nghi-dinh\n  name: Nghị định\n- slug: Quyết Định\n  name: Quyết định\n- slug: nghi-dinh\n  name: Nghị định 2\n',
    );
    expect(linesOf(tree)).toEqual([
      'documents/loai-van-ban.yaml:3: 1.slug — slug chỉ gồm chữ a–z không dấu, số và dấu -',
      'documents/loai-van-ban.yaml:5: 2.slug — loại văn bản "nghi-dinh" viết hai lần — xóa một trong hai mục',
    ]);
  });
});

/** Runs `npm run new`'s script on a tree without a terminal: it must answer, never wait for input. */
const runNew = (tree: string, args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], {
    cwd: tree,
    env: { ...process.env, CONTENT_DIR: tree },
    encoding: 'utf8',
    input: '',
    timeout: 20_000,
  });

describe('npm run new -- --van-ban', () => {
  const types = [
    { slug: 'nghi-dinh', name: 'Nghị định', abbreviation: 'NĐ' },
    { slug: 'quyet-dinh', name: 'Quyết định', abbreviation: 'QĐ' },
    { slug: 'ke-hoach', name: 'Kế hoạch', abbreviation: 'KH' },
  ];
  test.each([
    ['42/2022/NĐ-CP', true, 'nghi-dinh'],
    ['983/QĐ-UBND', true, 'quyet-dinh'],
    ['12/KH-STTTT', true, 'ke-hoach'],
    ['Kế hoạch chuyển đổi số năm 2025', false, 'ke-hoach'],
    ['Báo cáo tình hình 6 tháng/2024 của Sở', false, undefined],
  ])('%s: a number? %s; type %s', (text, isNumber, type) => {
    expect(looksLikeNumber(text)).toBe(isNumber);
    expect(inferDocumentType(text, types)?.slug).toBe(type);
  });

  test('path from type and number, in the year of issue (Vietnam time); file names made safe', () => {
    const issuedAt = parseVietnamDate('2022-06-24')!;
    expect(newDocumentPath({ number: '42/2022/NĐ-CP', type: types[0]!, issuedAt })).toEqual({
      slug: 'nghi-dinh-42-2022-nd-cp',
      path: 'documents/2022/nghi-dinh-42-2022-nd-cp/index.md',
    });
    expect(newDocumentPath({ summary: 'Kế hoạch chuyển đổi số', type: types[2]!, issuedAt }).slug).toBe('ke-hoach-chuyen-doi-so');
    expect(safeFileName('Nghị định 42 (bản ký).PDF')).toBe('nghi-dinh-42-ban-ky.pdf');
  });

  test('writes a draft the check accepts at once, with the file beside it; never overwrites', () => {
    const tree = treeWithDocuments([]);
    const file = join(ROOT, 'tests/fixtures/components/thanh-phan/ke-hoach.pdf');
    const made = runNew(tree, ['--van-ban', '42/2022/NĐ-CP', '--issuer', 'Chính phủ', '--issued', '24/6/2022', '--file', file]);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('✓ Đã tạo documents/2022/nghi-dinh-42-2022-nd-cp/index.md và chép tệp ke-hoach.pdf');
    const text = readFileSync(join(tree, 'documents/2022/nghi-dinh-42-2022-nd-cp/index.md'), 'utf8');
    expect(readFrontmatter(text)).toMatchObject({
      number: '42/2022/NĐ-CP',
      type: 'nghi-dinh',
      issuer: 'Chính phủ',
      issuedAt: '2022-06-24',
      files: [{ src: './ke-hoach.pdf' }],
      draft: true,
    });
    const report = checkContent(tree);
    expect(report.problems).toEqual([]);
    expect(report.documentPlaceholders.map((d) => d.slug)).toEqual(['nghi-dinh-42-2022-nd-cp']);
    const again = runNew(tree, ['--van-ban', '42/2022/NĐ-CP', '--issued', '2022-06-24']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('đã có văn bản ở địa chỉ /van-ban/nghi-dinh-42-2022-nd-cp/');
  });

  test('--no-draft without a file or summary: the check says what is missing', () => {
    const tree = treeWithDocuments([]);
    const made = runNew(tree, ['--van-ban', 'Kế hoạch chuyển đổi số năm 2025', '--no-draft', '--issued', '2025-01-02']);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('Nhớ sửa số ký hiệu (number).');
    const folder = 'documents/2025/ke-hoach-chuyen-doi-so-nam-2025';
    expect(linesOf(tree)).toEqual([expect.stringMatching(new RegExp(`^${folder}/index\\.md:7: files — văn bản chưa có tệp đính kèm`))]);
    // With its file, what is left is the number to write.
    cpSync(join(ROOT, 'tests/fixtures/components/thanh-phan/ke-hoach.pdf'), join(tree, folder, 'ke-hoach.pdf'));
    const index = join(tree, folder, 'index.md');
    writeFileSync(index, readFileSync(index, 'utf8').replace(/^files: .*$/m, 'files: [{ src: ./ke-hoach.pdf }]'));
    expect(linesOf(tree)).toEqual([expect.stringMatching(new RegExp(`^${folder}/index\\.md:2: number — vẫn là câu mẫu của npm run new`))]);
  });
});
