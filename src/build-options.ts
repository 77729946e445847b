/**
 * Every switch that changes how the site is built, read from the environment here and nowhere
 * else under `src/` (and the one place that sets a variable, for a dependency configured that way:
 * `withEnvironment`). Scripts (`scripts/build.mjs`, the bench, the tests) set these variables for
 * the processes they start; everything else asks `buildOptions`.
 *
 * Plain TypeScript with no Astro import, so Node runs it directly (`npm run check`, `npm run new`).
 */
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';

/** The environment variable behind each option. */
export const BUILD_SWITCHES = {
  contentDir: 'CONTENT_DIR',
  distDir: 'DIST_DIR',
  basePath: 'BASE_PATH',
  astroOutDir: 'ASTRO_OUT_DIR',
  searchInputDir: 'SEARCH_INPUT_DIR',
  searchShardSize: 'SEARCH_SHARD_SIZE',
  earlyImages: 'EARLY_IMAGES',
  articlesMdxFastPath: 'ARTICLES_MDX_FAST_PATH',
} as const;

/** How this process builds the site. */
export interface BuildOptions {
  /**
   * `CONTENT_DIR`: the content tree the site is built from, laid out like `content/`
   * (benchmarks, tests and forks point it elsewhere). Default `content/`; always absolute.
   */
  contentDir: string;
  /** `DIST_DIR`: where `npm run build` leaves the finished site. Default `dist/`; always absolute. */
  distDir: string;
  /**
   * `BASE_PATH`: the sub-folder the site is served from (`/stttt/` for `https://host/stttt/`).
   * Default `/`; always begins and ends with `/`.
   */
  basePath: string;
  /**
   * `ASTRO_OUT_DIR`: the folder Astro writes pages into. `scripts/build.mjs` sets it to its staging
   * folder, where it has already made the article folders, so Astro must not empty it. Unset (a
   * bare `astro build`): `dist/`, emptied by Astro first.
   */
  astroOutDir: string | undefined;
  /**
   * `SEARCH_INPUT_DIR`: where pages leave their search records as they render, for the search
   * index to be built from once Astro is done (`scripts/build.mjs` sets it). Unset (`astro dev`, a
   * bare `astro build`): no records are written.
   */
  searchInputDir: string | undefined;
  /**
   * `SEARCH_SHARD_SIZE`: the most pages in one shard of the search index (scripts/search-index.mjs).
   * A first search reads the newest shard only; the reader asks for the older ones. Default 10000,
   * which keeps a first search within its 150 KB; tests make it small to have several shards.
   */
  searchShardSize: number;
  /**
   * `EARLY_IMAGES=0` turns off encoding images while pages render (`src/integrations/early-images.ts`);
   * Astro then encodes them all after the last page. Default on. Same files either way.
   */
  earlyImages: boolean;
  /**
   * `ARTICLES_MDX_FAST_PATH=0` compiles every `.mdx` article as MDX, even those that use no MDX
   * feature (`src/loaders/plain-mdx.ts`). Default on. Same HTML either way.
   */
  articlesMdxFastPath: boolean;
  /**
   * Astro's cache folder: one per content tree, output folder and base path, so builds that run
   * side by side (tests, benchmarks) never share one and a cached page is never reused for another
   * base. Derived, not a switch.
   */
  cacheDir: string;
}

/** A whole number above 0 from the environment, or `fallback` when it is unset or not one. */
function positiveInteger(value: string | undefined, fallback: number): number {
  const number = Number(value?.trim() || Number.NaN);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

/** The build options an environment describes; `cwd` resolves relative folders. */
export function readBuildOptions(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): BuildOptions {
  const folder = (value: string | undefined, fallback: string) => {
    const dir = value?.trim() || fallback;
    return isAbsolute(dir) ? dir : resolve(cwd, dir);
  };
  const contentDir = folder(env[BUILD_SWITCHES.contentDir], 'content');
  const distDir = folder(env[BUILD_SWITCHES.distDir], 'dist');
  const basePath = `/${(env[BUILD_SWITCHES.basePath]?.trim() || '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const key = createHash('sha256').update([contentDir, distDir, basePath].join('\0')).digest('hex').slice(0, 12);
  return {
    contentDir,
    distDir,
    basePath,
    astroOutDir: env[BUILD_SWITCHES.astroOutDir] || undefined,
    searchInputDir: env[BUILD_SWITCHES.searchInputDir] || undefined,
    searchShardSize: positiveInteger(env[BUILD_SWITCHES.searchShardSize], 10_000),
    earlyImages: env[BUILD_SWITCHES.earlyImages] !== '0',
    articlesMdxFastPath: env[BUILD_SWITCHES.articlesMdxFastPath] !== '0',
    cacheDir: resolve(cwd, 'node_modules/.astro', key),
  };
}

/** This process's build options. */
export const buildOptions: BuildOptions = readBuildOptions();

/**
 * Runs `run` with the environment variable `name` set to `value`, then puts the variable back as it
 * was: for a dependency that reads its settings from the environment while `run` calls it
 * (decap-server's file-system backend reads `GIT_REPO_DIRECTORY` as its middlewares register).
 */
export function withEnvironment<T>(name: string, value: string, run: () => T): T {
  const previous = process.env[name];
  process.env[name] = value;
  try {
    return run();
  } finally {
    if (previous === undefined) delete process.env[name];
    else process.env[name] = previous;
  }
}
