import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../lib/import-graph';

describe('imports', () => {
  it('form no cycle under src/ and scripts/, type-only imports included', () => {
    const graph = importGraph(resolve(import.meta.dirname, '../..'), ['src', 'scripts']);
    expect(graph.size).toBeGreaterThan(50);
    expect(importCycles(graph)).toEqual([]);
  });

  it('are read the way the check needs: a type-only cycle is found', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
