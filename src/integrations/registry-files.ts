import { createReadStream } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { listArticleFiles, slugFromEntryPath } from '../lib/content/article-files';
import { fileMimeType } from '../lib/media/files';
import { documentFileProblem } from '../schemas/document';

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
        const entry = slug && name ? listArticleFiles(documentsDir).find((f) => slugFromEntryPath(f) === slug) : undefined;
        const file = entry && join(documentsDir, entry);
        // The rule the check and the build hold attached files to: named safely, a regular file in the document's folder.
        if (!file || documentFileProblem(contentDir, file, `./${name}`)) return next();
        response.setHeader('Content-Type', fileMimeType(name!));
        createReadStream(join(dirname(file), name!)).pipe(response);
      });
    },
  };
}
