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
});
