import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { INVALID_CASES } from '../fixtures/invalid/cases';
import { astroBuildDirect, build, fixtureTree, listFiles, ROOT, treeWith } from './build-helpers';

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
