import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The URL paths of every page, feed and sitemap in a built site (`/tin-tuc/x/`, `/rss.xml`). */
export function htmlPagePaths(dist) {
  const paths = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') paths.push(`/${relative(dist, dir)}/`.replace(/^\/\/$/, '/').replace('//', '/'));
      else if (name.endsWith('.xml') || name.endsWith('.json')) paths.push(`/${relative(dist, path)}`);
    }
  };
  walk(dist);
  return paths.sort();
}
