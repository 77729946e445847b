import { parseDocument } from 'yaml';

/**
 * A lookup from a field path in a YAML text (`['leaders', 1, 'phone']`) to the 1-based line it is
 * written on; a path that is not written (a missing field) gives the line of its closest written
 * parent, and 1 when there is none. Parsed once, on the first lookup.
 */
export function yamlFieldLines(text: string, firstLine = 1): (path: readonly PropertyKey[]) => number {
  let doc: ReturnType<typeof parseDocument> | undefined;
  return (path) => {
    doc ??= parseDocument(text, { schema: 'core' });
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return firstLine + (text.slice(0, node.range[0]).match(/\n/g)?.length ?? 0);
    }
    return firstLine;
  };
}
