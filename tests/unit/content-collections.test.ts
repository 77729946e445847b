import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { createSiteSchema } from '../../src/schemas/site';

describe('the schemas are the build’s: the scheme allow-list runs before Astro’s image() reads a path', () => {
  test.each([
    ['data:image/svg+xml;base64,PHN2Zz4=', false],
    ['&#106;avascript:alert(1)', false],
    ['./logo.svg', true],
  ])('%s', (logo, reachesImage) => {
    const seen: string[] = [];
    // Stands for Astro's image(), which would resolve and import the path.
    const image = () => z.string().transform((path) => (seen.push(path), path));
    const result = createSiteSchema({ image }).safeParse({
      name: 'Sở',
      shortName: 'Sở',
      governingBody: 'UBND',
      description: 'Trang.',
      url: 'https://a.gov.vn',
      logo,
    });
    expect(result.success).toBe(reachesImage);
    expect(seen).toEqual(reachesImage ? [logo] : []);
  });
});
