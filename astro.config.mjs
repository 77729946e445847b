// @ts-check
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { contentMdx } from './src/integrations/content-mdx';
import { resolveContentDir } from './src/lib/content-dir';

const contentDir = resolveContentDir();
/** The public address comes from the content tree, so a fork changes only `content/`. */
const siteUrl = parse(readFileSync(join(contentDir, 'site/site.yaml'), 'utf8')).url;

/** One build cache per content tree, so builds of different trees (tests, benchmarks) never share one. */
const cacheKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);

export default defineConfig({
  site: siteUrl,
  cacheDir: `./node_modules/.astro/${cacheKey}`,
  trailingSlash: 'always',
  // The build script writes to a staging folder and swaps it into dist/ only when all went well.
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  integrations: [mdx(), sitemap()],
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: {
    plugins: [contentMdx(contentDir), tailwindcss()],
    server: { fs: { allow: ['.', contentDir] } },
  },
});
