import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** What a folder of the content tree holds, as paths relative to it with `/`, sorted. */
export interface ContentTree {
  /** Regular files. */
  files: string[];
  /** Symbolic links, to files or folders: listed, never followed. */
  links: string[];
}

/**
 * Every regular file and every symbolic link under `dir` (nothing when it does not exist). Links
 * are not followed: Node's own recursive `readdir` descends into a linked folder, which would
 * bring files from anywhere on the machine into the content tree.
 */
export function readContentTree(dir: string): ContentTree {
  const tree: ContentTree = { files: [], links: [] };
  const walk = (folder: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = `${prefix}${entry.name}`;
      if (entry.isSymbolicLink()) tree.links.push(path);
      else if (entry.isDirectory()) walk(join(folder, entry.name), `${path}/`);
      else if (entry.isFile()) tree.files.push(path);
    }
  };
  walk(dir, '');
  tree.files.sort();
  tree.links.sort();
  return tree;
}
