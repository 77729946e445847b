import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger, ImageTransform } from 'astro';
import type { EncoderMessage } from './image-encoder';
import { buildOptions } from '../build-options';

/** What Astro's build calls for each image file a page asks for (undeclared: Astro internals). */
type AddStaticImage = ((options: ImageTransform, hashProperties: string[], originalFSPath: string | undefined) => string) & {
  [WRAPPED]?: true;
};
const WRAPPED = Symbol('early-images');
/** An encoder that has not stopped this long after being asked is stuck: it is killed. */
const STOP_TIMEOUT_MS = 30_000;

/**
 * Encodes each optimised image while Astro is still rendering pages, instead of after the last
 * page: rendering keeps one core busy, image encoding had the machine to itself for 9 of a
 * 10,000-article build's seconds afterwards.
 *
 * Each time a page asks for an image, Astro's build names the file (`/_astro/anh.Hash_Hash.avif`)
 * and queues it for after rendering; this integration also hands it at once to a process of its
 * own (src/integrations/image-encoder.ts), which encodes one image at a time with Astro's own
 * image service and options into Astro's image cache (`<cacheDir>/assets/` under that same name).
 * When Astro's image step comes, it finds the file there and copies it, as it does for images
 * cached by an earlier build. Nothing else changes: the files are the ones Astro would have
 * written (tests/build/early-images.test.ts compares both ways), and an image not yet encoded
 * when Astro gets to it is simply encoded by Astro.
 *
 * A separate process, not Astro's own thread pool, where the encoding shared its threads with
 * the pages' file writes: at 10,000 articles (images cold, three alternating pairs of Astro
 * builds) the builds took 28.3–31.9 s instead of 32.6–33.4 s, and Astro's image step 0.2 s
 * instead of about 2 s, as it found all 930 files in the cache instead of 822–831. Running the
 * encoder at the lowest CPU priority (nice 19) was measured too: rendering took 1 s less, Astro's
 * image step 1 s more (it found some 850 files), the builds as long; not kept.
 *
 * It leans on two undeclared parts of Astro's build (`globalThis.astroAsset.addStaticImage` and
 * the cache folder's layout); if either changes, it does nothing and builds are only slower.
 * `EARLY_IMAGES=0` turns it off, for comparison.
 */
export function earlyImages(): AstroIntegration {
  let config: AstroConfig;
  let logger: AstroIntegrationLogger;
  let encoder: ChildProcess | undefined;
  /** Resolves with the encoder's count of files written once it has stopped (0 if it failed). */
  let encoderDone: Promise<number> = Promise.resolve(0);
  const seen = new Set<string>();

  function send(message: EncoderMessage): void {
    try {
      if (encoder?.connected) encoder.send(message);
    } catch (error) {
      // Astro encodes the file in its own step.
      logger.debug(String(error));
    }
  }

  function startEncoder(): void {
    encoder = fork(fileURLToPath(new URL('./image-encoder.ts', import.meta.url)), [], {
      execArgv: [],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const child = encoder;
    encoderDone = new Promise((done) => {
      child.on('message', (reply: { encoded?: number }) => done(reply.encoded ?? 0));
      child.on('error', (error) => {
        logger.debug(String(error));
        done(0);
      });
      // After the reply, if there was one: the channel closes behind the messages sent on it.
      child.on('disconnect', () => done(0));
    });
    send({ config: config.image });
  }

  function wrap(assets: { addStaticImage?: AddStaticImage }): void {
    const original = assets.addStaticImage;
    if (typeof original !== 'function' || original[WRAPPED]) return;
    const cacheDir = fileURLToPath(new URL('assets/', config.cacheDir));
    mkdirSync(cacheDir, { recursive: true });
    // Astro's build sets a fresh addStaticImage for each of its two environments: wrap each, with
    // one encoder for both.
    if (!encoder) {
      try {
        startEncoder();
      } catch (error) {
        // No encoder process: Astro's image step encodes every file, as without this integration.
        logger.warn(`images are encoded after the pages: ${String(error)}`);
        return;
      }
    }
    const wrapped: AddStaticImage = (options, hashProperties, originalFSPath) => {
      const finalPath = original(options, hashProperties, originalFSPath);
      const source = options.src;
      if (originalFSPath && typeof finalPath === 'string' && typeof source === 'object' && source && !seen.has(finalPath)) {
        seen.add(finalPath);
        send({
          job: { cacheFile: `${cacheDir}${basename(finalPath)}`, sourcePath: originalFSPath, options: { ...options, src: source.src } },
        });
      }
      return finalPath;
    };
    wrapped[WRAPPED] = true;
    assets.addStaticImage = wrapped;
  }

  return {
    name: 'stttt:early-images',
    hooks: {
      'astro:config:setup': ({ command, config: setup, updateConfig }) => {
        // Only for Astro's sharp service, the one this site configures, imported above.
        if (command !== 'build' || !buildOptions.earlyImages || setup.image.service.entrypoint !== 'astro/assets/services/sharp') return;
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
      },
      // Astro calls this after its own image step: the encoder stops, its count tells how many
      // files it wrote there first.
      'astro:build:generated': async () => {
        if (!encoder) return;
        send('stop');
        const encoded = await Promise.race([encoderDone, sleep(STOP_TIMEOUT_MS, undefined, { ref: false })]);
        if (encoded === undefined) encoder.kill();
        if (seen.size > 0) logger.info(`${encoded ?? 0} of ${seen.size} image files encoded early`);
      },
    },
  };
}
