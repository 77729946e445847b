import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/lib/corpus.mjs';
import { listFiles, temporaryFolder } from '../build/build-helpers';

describe('the benchmark corpus', () => {
  test('is reproducible byte for byte and laid out like content/', async () => {
    const options = { articles: 40, componentEvery: 10, coverEvery: 20, poolSize: 2 };
    const [a, b] = [temporaryFolder('stttt-corpus-'), temporaryFolder('stttt-corpus-')];
    expect(await generateCorpus(a, options)).toEqual({ articles: 40, covers: 2, components: 4, pool: 2 });
    await generateCorpus(b, options);
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    for (const file of files) expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);

    expect(files).toContain('categories.yaml');
    expect(files).toContain('site/site.yaml');
    const articles = files.filter((f) => /^articles\/\d{4}\/.+\.mdx$/.test(f));
    expect(articles).toHaveLength(40);
    expect(files.filter((f) => f.endsWith('/index.mdx'))).toHaveLength(2);
    const withFigure = articles.filter((f) => readFileSync(join(a, f), 'utf8').includes('<Figure src="'));
    expect(withFigure).toHaveLength(4);
    const text = readFileSync(join(a, articles[0]!), 'utf8');
    expect(text).toMatch(/^---\ntitle: ".+"\ndescription: ".+"\npublishedAt: \d{4}-\d{2}-\d{2} \d{2}:\d{2}\ncategory: [a-z-]+\ntags: \[/);
    expect(text).toContain('## Kết quả nổi bật');
  });

  test('real-length articles are as long as the seed article; the default corpus stays as it was', async () => {
    const real = temporaryFolder('stttt-corpus-');
    expect(await generateCorpus(real, { articles: 6, poolSize: 1, length: 'real' })).toMatchObject({ articles: 6, length: 'real' });
    for (const file of listFiles(real).filter((f) => f.startsWith('articles/') && f.endsWith('.mdx'))) {
      const words = readFileSync(join(real, file), 'utf8').split(/\s+/).length;
      expect(words, file).toBeGreaterThan(1750);
      expect(words, file).toBeLessThan(2300);
    }
    // The bench corpus's articles, byte for byte as before the real-length option.
    const bench = temporaryFolder('stttt-corpus-');
    await generateCorpus(bench, { articles: 40, poolSize: 1 });
    const digest = createHash('sha256');
    for (const file of listFiles(bench).filter((f) => f.startsWith('articles/') && f.endsWith('.mdx')))
      digest.update(file).update(readFileSync(join(bench, file)));
    expect(digest.digest('hex')).toBe('4ee1a6b20181768d2bbbf0bbc39e8c78309e723e8c286bebeb6b35f1cd49cf14');
  });
});
