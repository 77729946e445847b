import { createReadStream, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { listArticleFiles, slugFromEntryPath } from '../lib/content/article-files';
import { fileMimeType } from '../lib/media/files';
import { documentFileNameProblem } from '../schemas/document';

/**
 * Serves registry documents' files (`/van-ban/<slug>/<file>`) in `astro dev`. The build publishes
 * them through `src/pages/van-ban/[slug]/[file].ts`, but with `trailingSlash: 'always'` the dev
 * server matches that route only with a trailing slash, since its name has no extension: without
 * this, every download link of the editors' preview would be a 404.
 */
export function registryFilesInDev(contentDir: string, base = '/'): Plugin {
  const documentsDir = join(contentDir, 'documents');
  const pattern = new RegExp(`^${base.replace(/\/$/, '')}/van-ban/([a-z0-9-]+)/([^/?#]+\\.[A-Za-z0-9]+)(?:[?#].*)?$`);
  return {
    name: 'stttt:registry-files-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const [, slug, name] = pattern.exec(decodeURI(request.url ?? '')) ?? [];
        const entry =
          slug &&
          name &&
          !documentFileNameProblem(`./${name}`) &&
          listArticleFiles(documentsDir).find((f) => slugFromEntryPath(f) === slug);
        const path = entry && join(documentsDir, dirname(entry), name);
        if (!path || !existsSync(path)) return next();
        response.setHeader('Content-Type', fileMimeType(name));
        createReadStream(path).pipe(response);
      });
    },
  };
}
