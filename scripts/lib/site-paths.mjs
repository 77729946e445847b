import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a folder (a built site, a content tree…), as paths relative to it with `/`, sorted. */
export function siteFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The URL paths of every page, feed and sitemap in a built site (`/tin-tuc/x/`, `/rss.xml`). */
export function htmlPagePaths(dist) {
  return siteFiles(dist)
    .filter((file) => !file.startsWith('_astro/'))
    .flatMap((file) => {
      if (file === 'index.html' || file.endsWith('/index.html')) return [`/${file.slice(0, -'index.html'.length)}`];
      return file.endsWith('.xml') || file.endsWith('.json') ? [`/${file}`] : [];
    })
    .sort();
}
