import { describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  frontmatterFieldLine,
  frontmatterOfFile,
  normalizeStrings,
  readFrontmatter,
  rememberFrontmatter,
} from '../../src/lib/content/frontmatter';
import { pickHomeSections } from '../../src/lib/listings/home';
import { importLocalFiles } from '../../src/lib/content/mdx-file-imports';
import { byNewest, isPublished } from '../../src/lib/listings/publishing';
import { assignTagSlugs, groupTags } from '../../src/lib/listings/tags';
import { slugFromEntryPath } from '../../src/lib/content/entry-slug';
import { prefixSiteLinks } from '../../src/lib/content/url';
import { widthsUpTo } from '../../src/lib/media/image-widths';

describe('frontmatter', () => {
  const source = '---\ntitle: Tin\npublishedAt: 2022-08-08 11:45\nupdatedAt: 2022-08-09T08:00:00+07:00\ntags: [a, b]\n---\nBody';
  test('times stay text so they can be read as Vietnam time', () => {
    const data = readFrontmatter(source);
    expect(data.publishedAt).toBe('2022-08-08 11:45');
    expect(data.updatedAt).toBe('2022-08-09T08:00:00+07:00');
    expect(data.tags).toEqual(['a', 'b']);
  });
  test('finds the line of a field', () => {
    expect(frontmatterFieldLine(source, 'publishedAt')).toBe(3);
    expect(frontmatterFieldLine(source, 'category')).toBeUndefined();
  });
  test('a file without frontmatter has no data', () => {
    expect(readFrontmatter('Chỉ có nội dung')).toEqual({});
  });
  test('every string is normalised to NFC, dates kept', () => {
    const date = new Date();
    const out = normalizeStrings({ a: 'Điện'.normalize('NFD'), b: ['Số'.normalize('NFD')], c: { d: 'ổ'.normalize('NFD') }, e: date, f: 1 });
    expect(out).toEqual({ a: 'Điện', b: ['Số'], c: { d: 'ổ' }, e: date, f: 1 });
  });
});

describe('frontmatterOfFile', () => {
  test('parses a file once per process, or takes what the loader already parsed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stttt-frontmatter-'));
    try {
      const file = join(dir, 'bai.mdx');
      writeFileSync(file, '---\ntitle: Tin cu\u0309a Sơ\u0309\npublishedAt: 2022-08-08 09:30\n---\nThân bài');
      expect(frontmatterOfFile(file)).toEqual({ title: 'Tin của Sở', publishedAt: '2022-08-08 09:30' });
      writeFileSync(file, '---\ntitle: Đã sửa\n---\n');
      expect(frontmatterOfFile(file).title).toBe('Tin của Sở');
      const loaded = join(dir, 'khong-doc-lai.mdx');
      rememberFrontmatter(loaded, { title: 'Từ loader' });
      expect(frontmatterOfFile(loaded)).toEqual({ title: 'Từ loader' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('slugFromEntryPath', () => {
  test.each([
    ['2022/phien-hop.mdx', 'phien-hop'],
    ['2022/ten-bai-co-anh/index.mdx', 'ten-bai-co-anh'],
    ['2023/Bài Viết Mới.md', 'bai-viet-moi'],
    ['content\\articles\\2024\\bai-tren-windows\\index.mdx', 'bai-tren-windows'],
    ['content/articles/2024/tin-ngan.md', 'tin-ngan'],
    [
      '2022/huong-dan-noi-dung-thong-tin-va-truyen-thong-chuong-trinh-muc-tieu-quoc-gia-2021-2025.mdx',
      'huong-dan-noi-dung-thong-tin-va-truyen-thong-chuong-trinh-muc-tieu-quoc-gia-2021-2025',
    ],
  ])('%s → %s', (entry, slug) => {
    expect(slugFromEntryPath(entry)).toBe(slug);
  });
});

describe('publishing', () => {
  const now = new Date('2025-01-01T00:00:00Z');
  test.each([
    [{ draft: false, publishedAt: new Date('2024-12-31T23:59:59Z') }, true],
    [{ draft: false, publishedAt: now }, true],
    [{ draft: false, publishedAt: new Date('2025-01-01T00:00:01Z') }, false],
    [{ draft: true, publishedAt: new Date('2020-01-01T00:00:00Z') }, false],
  ])('%o published: %s', (article, expected) => {
    expect(isPublished(article, now)).toBe(expected);
  });
  test('sorting ignores updatedAt', () => {
    const old = { id: 'old', publishedAt: new Date('2020-01-01'), updatedAt: new Date('2025-01-01') };
    const recent = { id: 'recent', publishedAt: new Date('2024-01-01') };
    expect([old, recent].sort(byNewest).map((a) => a.id)).toEqual(['recent', 'old']);
  });
  test('stories published at the same time keep one order, whatever order they arrive in', () => {
    const at = new Date('2024-01-01T01:00:00Z');
    const [a, b, c] = ['b-bai', 'a-bai', 'c-bai'].map((id) => ({ id, publishedAt: at }));
    expect([a!, b!, c!].sort(byNewest).map((x) => x.id)).toEqual(['a-bai', 'b-bai', 'c-bai']);
    expect([c!, a!, b!].sort(byNewest).map((x) => x.id)).toEqual(['a-bai', 'b-bai', 'c-bai']);
  });
});

describe('tags', () => {
  test('spellings that differ by case or composition are one tag, named as most articles write it', () => {
    const groups = groupTags([
      { tags: ['Chuyển đổi số', 'Lai Châu'] },
      { tags: ['chuyển đổi số'] },
      { tags: ['Chuyển đổi số'.normalize('NFD')] },
      { tags: ['CHUYỂN ĐỔI SỐ'] },
    ]);
    expect(groups).toEqual([
      { slug: 'chuyen-doi-so', name: 'Chuyển đổi số', count: 4 },
      { slug: 'lai-chau', name: 'Lai Châu', count: 1 },
    ]);
  });
  test('different tags that fold to one slug get their own pages, the same in every build', () => {
    const slugs = assignTagSlugs(['Báo', 'Bão', 'báo', 'BÃO', 'Điện Biên', '🚀']);
    expect([...slugs.values()].sort()).toEqual(['bao', 'bao-2', 'dien-bien']);
    expect(slugs.get('bão')).toBe(assignTagSlugs(['Bão', 'Báo']).get('bão'));
    expect(slugs.get('báo')).not.toBe(slugs.get('bão'));
    const groups = groupTags([{ tags: ['Báo'] }, { tags: ['Bão', 'báo'] }]);
    expect(groups).toHaveLength(2);
    expect(groups.map((g) => [g.name, g.count])).toEqual(
      expect.arrayContaining([
        ['Báo', 2],
        ['Bão', 1],
      ]),
    );
  });
});

describe('pickHomeSections', () => {
  const a = (id: string, featured = false) => ({ id, data: { featured } });
  test('featured first, filled with the newest, latest excludes featured', () => {
    const list = [a('n1'), a('n2'), a('f1', true), a('n3'), a('n4')];
    const { featured, latest } = pickHomeSections(list, 2, 3);
    expect(featured.map((x) => x.id)).toEqual(['f1', 'n1']);
    expect(latest.map((x) => x.id)).toEqual(['n2', 'n3', 'n4']);
  });
});

describe('importLocalFiles', () => {
  test('turns relative Figure paths into imports after the frontmatter', () => {
    const source =
      '---\ntitle: x\n---\n\nVăn bản\n\n<Figure src="./anh-1.jpg" alt="a" />\n<Figure alt="b" src="../chung/anh-2.png" />\n<Figure src="https://example.com/x.jpg" alt="c" />';
    const { code, references } = importLocalFiles(source);
    expect(references).toEqual([
      { path: './anh-1.jpg', line: 7, kind: 'image', component: 'Figure', prop: 'src' },
      { path: '../chung/anh-2.png', line: 8, kind: 'image', component: 'Figure', prop: 'src' },
    ]);
    expect(
      code.startsWith('---\ntitle: x\n---\nimport __contentFile0 from "./anh-1.jpg";\nimport __contentFile1 from "../chung/anh-2.png";'),
    ).toBe(true);
    expect(code).toContain('<Figure src={__contentFile0} alt="a" />');
    expect(code).toContain('src="https://example.com/x.jpg"');
  });
  test('leaves a file without local images unchanged', () => {
    expect(importLocalFiles('Chỉ có chữ').code).toBe('Chỉ có chữ');
  });
});

describe('prefixSiteLinks', () => {
  const source =
    '---\ntitle: "/tin-tuc/"\n---\n\nXem [bài trước](/tin-tuc/a/) và <a href="/tu-khoa/b/">từ khóa</a>, ![ảnh](/x.jpg)\n[ngoài](https://laichau.gov.vn/) [giao thức](//cdn.example/x) [neo](#muc)';
  test('site links gain the base; other links and the frontmatter do not', () => {
    expect(prefixSiteLinks(source, '/stttt/')).toBe(
      '---\ntitle: "/tin-tuc/"\n---\n\nXem [bài trước](/stttt/tin-tuc/a/) và <a href="/stttt/tu-khoa/b/">từ khóa</a>, ![ảnh](/stttt/x.jpg)\n[ngoài](https://laichau.gov.vn/) [giao thức](//cdn.example/x) [neo](#muc)',
    );
  });
  test('at the domain root nothing changes', () => {
    expect(prefixSiteLinks(source, '/')).toBe(source);
  });
});

describe('widthsUpTo', () => {
  test('never enlarges, never leaves a photo without a width', () => {
    expect(widthsUpTo([360, 720, 1080], 1200)).toEqual([360, 720, 1080]);
    expect(widthsUpTo([360, 720, 1080], 800)).toEqual([360, 720]);
    expect(widthsUpTo([360, 720, 1080], 300)).toEqual([300]);
  });
});
