// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { admin } from './src/integrations/admin';
import { contentMdx } from './src/integrations/content-mdx';
import { earlyImages } from './src/integrations/early-images';
import { registryFilesInDev } from './src/integrations/registry-files';
import { readSitemapLastmods } from './src/integrations/sitemap-lastmod';
import { buildOptions } from './src/build-options';
import { toVietnamIso } from './src/lib/dates/dates';
import { alternatesOf } from './src/lib/organisation/paths';

const { contentDir, basePath: base, astroOutDir, cacheDir } = buildOptions;
/** The public address comes from the content tree, so a fork changes only `content/`. */
const siteUrl = parse(readFileSync(join(contentDir, 'site/site.yaml'), 'utf8')).url;
/** When the build started: the moment scheduled articles are judged against for the sitemap. */
const configLoaded = new Date();
/** Each page's last change for the sitemap's <lastmod>, from the articles' updatedAt/publishedAt:
 * read when the sitemap is written (never in `astro dev`, which writes none). */
let lastmods;

export default defineConfig({
  site: siteUrl,
  base,
  cacheDir,
  trailingSlash: 'always',
  // The build script writes to a staging folder and swaps it into dist/ only when all went well.
  outDir: astroOutDir ?? './dist',
  integrations: [
    mdx(),
    earlyImages(),
    admin(contentDir),
    sitemap({
      // The editors' admin is for editors only: never in the sitemap (it is no page of Astro's, and
      // its stylesheet endpoint is no page either; this keeps it so whatever comes under /admin/).
      filter: (page) => !new URL(page).pathname.startsWith(`${base}admin/`),
      serialize(item) {
        lastmods ??= readSitemapLastmods(contentDir, configLoaded);
        const path = new URL(item.url).pathname.slice(base.length - 1);
        const lastmod = lastmods.get(path);
        // A page with a translation lists both, as its <link hreflang> do.
        const alternates = alternatesOf(path);
        const siteRoot = item.url.slice(0, item.url.length - path.length);
        const links = alternates && [
          { lang: 'vi', url: siteRoot + alternates.vi },
          { lang: 'en', url: siteRoot + alternates.en },
          { lang: 'x-default', url: siteRoot + alternates.vi },
        ];
        return { ...item, ...(lastmod && { lastmod: toVietnamIso(lastmod) }), ...(links && { links }) };
      },
    }),
  ],
  // The department's logo is an SVG from content/site/; feeds and Open Graph need it as PNG.
  // Only the repository's own files are processed, at build time: no untrusted SVG reaches it.
  // AVIF at sharp's default effort (4) took 30 of a 10,000-article build's seconds for 62 photos;
  // effort 2 encodes them about 6 times faster for files some 10–15 % larger (measured on the
  // bench's photos), and processed images are cached between builds anyway.
  image: {
    dangerouslyProcessSVG: true,
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
  // Three pages rendered at once: writing one page's files overlaps rendering the next
  // (measured at 10,000 articles: 82.8 s → 74.4 s cold, same peak memory).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 3 },
  // No `security.csp`: each page's policy names only its own inline code (src/layouts/PageShell.astro).
  vite: {
    // scripts/build.mjs hands Astro an empty staging folder (ASTRO_OUT_DIR) and makes the article
    // folders in it while Astro starts: Astro must not empty it again.
    build: { emptyOutDir: !astroOutDir },
    plugins: [contentMdx(contentDir, base), registryFilesInDev(contentDir, base), tailwindcss()],
    server: { fs: { allow: ['.', contentDir] } },
  },
});
