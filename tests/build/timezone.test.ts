import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildPhases } from '../../scripts/lib/build-phases.mjs';
import { build, expectSamePages, listFiles, SMALL_TREE } from './build-helpers';

let vietnam: ReturnType<typeof build>;
let losAngeles: ReturnType<typeof build>;
beforeAll(() => {
  vietnam = build(SMALL_TREE, { TZ: 'Asia/Ho_Chi_Minh' });
  losAngeles = build(SMALL_TREE, { TZ: 'America/Los_Angeles' });
});

test('builds under different machine time zones give identical pages', () => {
  expect(vietnam.status, vietnam.output).toBe(0);
  expect(losAngeles.status, losAngeles.output).toBe(0);
  const pages = listFiles(vietnam.dist).filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(10);
  expectSamePages(losAngeles.dist, vietnam.dist, pages);
  // The unzoned 2025-01-10 14:00 is shown as written, in Vietnam time.
  const listing = readFileSync(join(vietnam.dist, 'chuyen-muc/chuyen-doi-so/index.html'), 'utf8');
  expect(listing).toContain('10/01/2025 2:00:00 CH');
});

test("the build reports each step's time in the lines the benchmark reads", () => {
  const { status, output } = vietnam;
  expect(status, output).toBe(0);
  const phases = buildPhases(output);
  expect(phases, output).toEqual({ checkS: expect.any(Number), astroS: expect.any(Number), searchIndexS: expect.any(Number) });
  // The check runs beside Astro's start, and its line is printed before Astro's output.
  expect(phases.checkS).toBeLessThanOrEqual(phases.astroS!);
});
