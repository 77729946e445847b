import { expect, test } from 'vitest';
import { buildPhases } from '../../scripts/lib/build-phases.mjs';
import { build, SMALL_TREE } from './build-helpers';

test("the build reports each step's time in the lines the benchmark reads", () => {
  const { status, output } = build(SMALL_TREE);
  expect(status, output).toBe(0);
  const phases = buildPhases(output);
  expect(phases, output).toEqual({ checkS: expect.any(Number), astroS: expect.any(Number), pagefindS: expect.any(Number) });
  // The check runs beside Astro's start, and its line is printed before Astro's output.
  expect(phases.checkS).toBeLessThanOrEqual(phases.astroS!);
});
