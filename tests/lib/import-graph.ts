import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { siteFiles } from '../../scripts/lib/site-paths.mjs';

const SOURCE = /\.(?:ts|mts|mjs|js|astro)$/;
/** `import … from './x'`, `import type … from`, `export … from`, `import './x'` and `import('./x')`. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.mts', '.mjs', '.js', '.astro', '/index.ts', '/index.mjs'];

/** The project's file a relative specifier names, or undefined (an asset, a missing file). */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.split('?')[0]!);
  return EXTENSIONS.map((extension) => base + extension).find((path) => existsSync(path) && statSync(path).isFile() && SOURCE.test(path));
}

/** Every source file under `folders` (relative to `root`) with the project files it imports, type-only imports included. */
export function importGraph(root: string, folders: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const folder of folders) {
    for (const file of siteFiles(join(root, folder)).filter((f) => SOURCE.test(f))) {
      const path = join(root, folder, file);
      const imports = [...readFileSync(path, 'utf8').matchAll(SPECIFIER)]
        .map((match) => resolveSpecifier(path, match[1]!))
        .filter((target): target is string => target !== undefined);
      graph.set(relative(root, path), [...new Set(imports.map((target) => relative(root, target)))]);
    }
  }
  return graph;
}

/** The import cycles of a graph (Tarjan's strongly connected components with more than one file, or a file importing itself). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)?.includes(file)) cycles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}
