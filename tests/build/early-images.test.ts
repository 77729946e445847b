import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/lib/corpus.mjs';
import { astroBuildDirect, listFiles, temporaryFolder } from './build-helpers';

/**
 * Images encoded while pages render (src/integrations/early-images.ts) must be the very files
 * Astro's own image step writes: a corpus with photos, built cold with and without it, gives
 * byte-identical image files, many of them from the early encoding.
 */
test('images encoded while pages render are byte-identical to those of Astro’s image step', async () => {
  const early = temporaryFolder('stttt-early-images-');
  await generateCorpus(early, { articles: 200, componentEvery: 10, coverEvery: 25, poolSize: 3 });
  // The same tree at a second path, so the two builds share no cache.
  const late = temporaryFolder('stttt-late-images-');
  cpSync(early, late, { recursive: true });

  const withEarly = astroBuildDirect(early);
  expect(withEarly.status, withEarly.stderr).toBe(0);
  const [, encoded, total] = /(\d+) of (\d+) image files encoded early/.exec(withEarly.stdout) ?? [];
  expect(Number(total)).toBeGreaterThan(100);
  // How many depends on the machine; enough that the comparison below covers early-encoded files.
  expect(Number(encoded)).toBeGreaterThan(10);

  const withoutEarly = astroBuildDirect(late, { EARLY_IMAGES: '0' });
  expect(withoutEarly.status, withoutEarly.stderr).toBe(0);
  expect(withoutEarly.stdout).not.toContain('image files encoded early');

  const images = (dir: string) => listFiles(join(dir, '_astro')).filter((file) => /\.(avif|webp|jpe?g|png)$/.test(file));
  const earlyFiles = images(withEarly.out);
  expect(earlyFiles).toEqual(images(withoutEarly.out));
  expect(earlyFiles.length).toBeGreaterThan(100);
  for (const file of earlyFiles) {
    expect(readFileSync(join(withEarly.out, '_astro', file)).equals(readFileSync(join(withoutEarly.out, '_astro', file))), file).toBe(true);
  }
});
