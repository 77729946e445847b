import { existsSync, mkdirSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger, ImageTransform, LocalImageService } from 'astro';
import sharpImageService from 'astro/assets/services/sharp';
import sharp from 'sharp';

/** What Astro's build calls for each image file a page asks for (undeclared: Astro internals). */
type AddStaticImage = ((options: ImageTransform, hashProperties: string[], originalFSPath: string | undefined) => string) & {
  [WRAPPED]?: true;
};
const WRAPPED = Symbol('early-images');

/**
 * Encodes each optimised image while Astro is still rendering pages, instead of after the last
 * page: rendering keeps one core busy, image encoding had the machine to itself for 9 of a
 * 10,000-article build's seconds afterwards.
 *
 * Each time a page asks for an image, Astro's build names the file (`/_astro/anh.Hash_Hash.avif`)
 * and queues it for after rendering; this integration also encodes it at once, one image at a
 * time, with Astro's own image service and options, into Astro's image cache (`<cacheDir>/assets/`
 * under that same name). When Astro's image step comes, it finds the file there and copies it,
 * as it does for images cached by an earlier build. Nothing else changes: the files are the
 * ones Astro would have written (tests/build/early-images.test.ts compares both ways), and an
 * image not yet encoded when Astro gets to it is simply encoded by Astro.
 *
 * It leans on two undeclared parts of Astro's build (`globalThis.astroAsset.addStaticImage` and
 * the cache folder's layout); if either changes, it does nothing and builds are only slower.
 * `EARLY_IMAGES=0` turns it off, for comparison.
 */
export function earlyImages(): AstroIntegration {
  let config: AstroConfig;
  let logger: AstroIntegrationLogger;
  /** Whatever the service has to say about an image, Astro's own step says again for it: kept quiet here. */
  let quiet: { info: (message: string) => void; warn: (message: string) => void; error: (message: string) => void };
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;
  let encoded = 0;
  const seen = new Set<string>();

  async function encode(cacheFile: string, options: ImageTransform, sourcePath: string): Promise<void> {
    if (stopped || existsSync(cacheFile)) return;
    const source = options.src;
    if (typeof source !== 'object' || !source) return;
    const input = await readFile(sourcePath);
    const { data } = await (sharpImageService as LocalImageService).transform(
      input,
      { ...options, src: source.src },
      config.image as never,
      quiet,
    );
    if (stopped || existsSync(cacheFile)) return;
    const partial = `${cacheFile}.${process.pid}.partial`;
    await writeFile(partial, data);
    await rename(partial, cacheFile).catch(() => rm(partial, { force: true }));
    encoded++;
  }

  function wrap(assets: { addStaticImage?: AddStaticImage }): void {
    const original = assets.addStaticImage;
    if (typeof original !== 'function' || original[WRAPPED]) return;
    const cacheDir = fileURLToPath(new URL('assets/', config.cacheDir));
    mkdirSync(cacheDir, { recursive: true });
    const wrapped: AddStaticImage = (options, hashProperties, originalFSPath) => {
      const finalPath = original(options, hashProperties, originalFSPath);
      if (originalFSPath && typeof finalPath === 'string' && !seen.has(finalPath)) {
        seen.add(finalPath);
        const cacheFile = `${cacheDir}${basename(finalPath)}`;
        queue = queue.then(() =>
          encode(cacheFile, options, originalFSPath).catch((error: unknown) => {
            // Astro encodes it in its own step, and reports any error there.
            logger.debug(`${finalPath}: ${String(error)}`);
          }),
        );
      }
      return finalPath;
    };
    wrapped[WRAPPED] = true;
    assets.addStaticImage = wrapped;
    // One thread per image: the render thread keeps a core, and on these small photos libvips'
    // second thread cost more than it gave (10,000 articles: 43 s of CPU instead of 50–55 s, the
    // Astro build 3–6 s shorter). Astro's image step then runs two images side by side, one each.
    sharp.concurrency(1);
  }

  return {
    name: 'stttt:early-images',
    hooks: {
      'astro:config:setup': ({ command, config: setup, updateConfig }) => {
        // Only for Astro's sharp service, the one this site configures, imported above.
        if (command !== 'build' || process.env.EARLY_IMAGES === '0' || setup.image.service.entrypoint !== 'astro/assets/services/sharp')
          return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'stttt:early-images',
                enforce: 'post',
                // Astro's asset plugin sets addStaticImage in its own buildStart, which runs first.
                buildStart() {
                  const assets = (globalThis as { astroAsset?: { addStaticImage?: AddStaticImage } }).astroAsset;
                  if (assets) wrap(assets);
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config: done, logger: integrationLogger }) => {
        config = done;
        logger = integrationLogger;
        const debug = (message: string) => logger.debug(message);
        quiet = { info: debug, warn: debug, error: debug };
      },
      'astro:build:generated': async () => {
        stopped = true;
        await queue;
        if (seen.size > 0) logger.info(`${encoded} of ${seen.size} image files encoded while pages rendered`);
      },
    },
  };
}
