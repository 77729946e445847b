import { createHash } from 'node:crypto';

/**
 * Astro's cache folder for one build: one per content tree, output folder and base path, so
 * builds that run side by side (tests, benchmarks) never share one and a cached rendering is
 * never reused for another base. astro.config.mjs and the benchmark (which empties it for a
 * cold build) both use this.
 */
export function buildCacheDir(contentDir, env = process.env) {
  const key = createHash('sha256')
    .update([contentDir, env.DIST_DIR ?? 'dist', env.BASE_PATH ?? '/'].join('\0'))
    .digest('hex')
    .slice(0, 12);
  return `./node_modules/.astro/${key}`;
}
