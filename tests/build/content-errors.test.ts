import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { INVALID_DOCUMENT_CASES } from '../fixtures/documents/cases';
import { INVALID_CASES } from '../fixtures/invalid/cases';
import { astroBuildDirect, build, fixtureTree, listFiles, ROOT, treeWith, treeWithDocuments } from './build-helpers';

describe("invalid content stops the build with the check's messages, before Astro runs", () => {
  // The check stops the build before Astro starts, so these builds take well under a second each.
  test.each([...new Set(INVALID_CASES.map((c) => c.fixture))])('%s', (fixture) => {
    const { status, output, dist } = build(treeWith([fixture]));
    expect(status).not.toBe(0);
    for (const c of INVALID_CASES.filter((c) => c.fixture === fixture)) {
      expect(output).toContain(`articles/2024/${c.at}: ${c.field} — `);
      for (const text of c.says) expect(output).toContain(text);
    }
    expect(output).toContain('kiểm tra nội dung thất bại');
    expect(output).toContain('trang web KHÔNG được cập nhật');
    expect(output).not.toContain('astro build');
    // Nothing deployable is left behind: the staging folder is removed and dist/ untouched.
    expect(listFiles(dist)).toEqual([]);
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });

  test('two articles with one slug name both files', () => {
    const tree = fixtureTree({
      'articles/2025/tin-so-1.mdx': '---\ntitle: Trùng\ndescription: x\npublishedAt: 2025-01-01 08:00\ncategory: tin-tuc\n---\n',
    });
    const { status, output } = build(tree);
    expect(status).not.toBe(0);
    expect(output).toContain('hai bài viết trùng địa chỉ /tin-tuc/tin-so-1/');
    expect(output).toContain('articles/2024/tin-so-1.md');
    expect(output).toContain('articles/2025/tin-so-1.mdx');
  });
});

test('content components render without imports, scripts or requests to other hosts', () => {
  const { status, output, dist } = build(treeWith(['thanh-phan'], 'components'));
  expect(status, output).toBe(0);
  const html = readFileSync(join(dist, 'tin-tuc/thanh-phan/index.html'), 'utf8');
  // Structured data (JSON-LD) is the only <script> element, and it is data, not code.
  expect(html.replace(/<script type="application\/ld\+json">.*?<\/script>/gs, '')).not.toContain('<script');
  expect(html).not.toContain('<iframe');
  // Every src/srcset on the page is local; the only outside address is the video link itself.
  expect(html).not.toMatch(/(?:src|srcset)="https?:/);
  expect(html).toMatch(/<a href="https:\/\/www\.youtube\.com\/watch\?v=abc123"[^>]*>[\s\S]*Xem video: Phóng sự chuyển đổi số/);
  // The document is shipped as a file (not inlined), with its type and size shown.
  const pdf = /<a href="(\/_astro\/ke-hoach\.[\w-]+\.pdf)" download="ke-hoach\.pdf"[^>]*>Kế hoạch chuyển đổi số năm 2024<\/a>/.exec(html);
  expect(pdf, html).not.toBeNull();
  expect(readFileSync(join(dist, pdf![1]!)).length).toBe(
    readFileSync(join(ROOT, 'tests/fixtures/components/thanh-phan/ke-hoach.pdf')).length,
  );
  expect(html).toContain('Tải về: PDF, 3 KB');
  expect(html).toMatch(/<ul[^>]*role="list"><li><figure><picture>/);
  expect(html).toContain('alt="Điểm cầu tỉnh"');
  expect(html).toMatch(/<aside[^>]*aria-label="Cảnh giác lừa đảo"/);
  expect(html).not.toContain('Ghi chú ẩn');
  expect(html).toContain('Cập nhật lúc');
});

describe("invalid registry documents stop the build with the check's messages, before Astro runs", () => {
  test.each(INVALID_DOCUMENT_CASES.map((c) => [c.fixture, c] as const))('%s', (_fixture, c) => {
    const { status, output, dist } = build(treeWithDocuments([c.fixture]));
    expect(status).not.toBe(0);
    expect(output).toContain(`documents/2024/${c.at}: ${c.field} — `);
    for (const text of c.says) expect(output).toContain(text);
    expect(output).toContain('kiểm tra nội dung thất bại');
    expect(output).not.toContain('astro build');
    expect(listFiles(dist)).toEqual([]);
  });

  test('astro build started directly (no npm run check first) refuses a document whose file is missing', () => {
    const result = astroBuildDirect(treeWithDocuments(['missing-file']));
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(
      /documents\/2024\/missing-file\/index\.md:1: files — không tìm thấy văn bản "\.\/khong-co\.pdf"/,
    );
  });
});

test('a registry builds: pages, files byte for byte, a Markdown body with a registry link, feed and open data', () => {
  const { status, output, dist } = build(
    treeWithDocuments(['nghi-dinh-1-2024-nd-cp', 'nghi-dinh-2-2024-nd-cp', 'ke-hoach-12-kh-stttt'], 'valid'),
  );
  expect(status, output).toBe(0);
  const page = readFileSync(join(dist, 'van-ban/ke-hoach-12-kh-stttt/index.html'), 'utf8');
  expect(page).toContain('<h1 class="text-2xl leading-tight font-bold text-brand-dark sm:text-3xl">Kế hoạch 12/KH-STTTT</h1>');
  expect(page).toMatch(/<a href="\/van-ban\/nghi-dinh-1-2024-nd-cp\/"[^>]*>Nghị định 1\/2024\/NĐ-CP<\/a>/);
  expect(page).toContain('<a href="/van-ban/ke-hoach-12-kh-stttt/phu-luc.pdf" download="phu-luc.pdf" class="font-semibold">Phụ lục</a>');
  expect(page).toContain('<a href="/tin-tuc/tin-so-1/">Tin thử nghiệm số 1</a>');
  const source = join(ROOT, 'tests/fixtures/documents/valid/ke-hoach-12-kh-stttt/phu-luc.pdf');
  expect(readFileSync(join(dist, 'van-ban/ke-hoach-12-kh-stttt/phu-luc.pdf'))).toEqual(readFileSync(source));
  // Replaced by a document that took effect on 01/07/2024: no longer in effect, linked both ways.
  const older = readFileSync(join(dist, 'van-ban/nghi-dinh-1-2024-nd-cp/index.html'), 'utf8');
  expect(older).toMatch(/Tình trạng hiệu lực<\/th><td>Hết hiệu lực<\/td>/);
  expect(older).toMatch(
    /Văn bản thay thế văn bản này<\/th><td><a href="\/van-ban\/nghi-dinh-2-2024-nd-cp\/">Nghị định 2\/2024\/NĐ-CP<\/a>/,
  );
  const json = JSON.parse(readFileSync(join(dist, 'du-lieu/van-ban.json'), 'utf8'));
  expect(json.documents.map((d: { slug: string }) => d.slug)).toEqual([
    'nghi-dinh-2-2024-nd-cp',
    'ke-hoach-12-kh-stttt',
    'nghi-dinh-1-2024-nd-cp',
  ]);
  expect(readFileSync(join(dist, 'van-ban/rss.xml'), 'utf8')).toContain(
    '<link>https://thu-nghiem.example.gov.vn/van-ban/nghi-dinh-2-2024-nd-cp/</link>',
  );
  expect(listFiles(dist).filter((f) => f.startsWith('van-ban/loai/'))).toEqual([
    'van-ban/loai/ke-hoach/index.html',
    'van-ban/loai/nghi-dinh/index.html',
    'van-ban/loai/quyet-dinh/index.html',
  ]);
});

describe('MDX outside the articles, or built without the check, still cannot run code', () => {
  test('an import in the footer stops the build, naming the file and line', () => {
    const tree = fixtureTree();
    const footer = readFileSync(join(tree, 'site/footer.mdx'), 'utf8');
    writeFileSync(join(tree, 'site/footer.mdx'), footer.replace(/\n---\n/, "\n---\nimport { execSync } from 'node:child_process';\n"));
    const { status, output } = build(tree);
    expect(status).not.toBe(0);
    expect(output).toMatch(/site\/footer\.mdx:\d+: import\/export — /);
  });

  test('astro build started directly (no npm run check first) refuses an article that exports code', () => {
    const result = astroBuildDirect(treeWith(['unsafe-import.mdx']));
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('unsafe-import.mdx:8: import/export — ');
  });
});
