import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/lib/corpus.mjs';
import { build, expectSamePages, listFiles, ROOT, temporaryFolder } from './build-helpers';

/**
 * `.mdx` articles that use no MDX feature are rendered through the Markdown pipeline (much
 * cheaper at 10,000 articles). Readers must not see any difference: the real content, a corpus
 * sample and a file with every Markdown construct, built both ways, give byte-identical pages.
 */
describe('plain .mdx rendered as Markdown', () => {
  test('every article page is byte-identical to the one the MDX compiler gives', async () => {
    const tree = temporaryFolder('stttt-plain-mdx-');
    cpSync(join(ROOT, 'content'), tree, { recursive: true });
    await generateCorpus(join(tree, 'corpus'), { articles: 30, componentEvery: 10, coverEvery: 15, poolSize: 2 });
    cpSync(join(tree, 'corpus/articles'), join(tree, 'articles/corpus'), { recursive: true });
    mkdirSync(join(tree, 'articles/2024'), { recursive: true });
    writeFileSync(
      join(tree, 'articles/2024/nhieu-dinh-dang.mdx'),
      readFileSync(join(ROOT, 'tests/fixtures/plain-mdx/nhieu-dinh-dang.mdx')),
    );
    // The same tree at a second path, so the two builds share no cache.
    const twin = temporaryFolder('stttt-plain-mdx-twin-');
    cpSync(tree, twin, { recursive: true });

    const fast = build(tree);
    expect(fast.status, fast.output).toBe(0);
    const plainCount = Number(/(\d+) bài viết \.mdx không dùng thành phần nào/.exec(fast.output)?.[1]);
    // The 5 plain sample articles, 27 of the 30 corpus articles and the features file.
    expect(plainCount).toBe(33);
    const compiled = build(twin, { ARTICLES_MDX_FAST_PATH: '0' });
    expect(compiled.status, compiled.output).toBe(0);
    expect(compiled.output).not.toContain('không dùng thành phần nào');

    const pages = listFiles(fast.dist).filter((p) => /^tin-tuc\/(?!trang\/)[^/]+\/index\.html$/.test(p));
    expect(pages.length).toBe(37);
    expectSamePages(fast.dist, compiled.dist, pages);
    const features = readFileSync(join(fast.dist, 'tin-tuc/nhieu-dinh-dang/index.html'), 'utf8');
    expect(features).toContain('<th style="text-align:right">Phải</th>');
    expect(features).toContain('<h3 id="tiêu-đề-cấp-ba">Tiêu đề cấp ba</h3>');
  });
});
