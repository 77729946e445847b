// The process src/integrations/early-images.ts encodes images in while Astro renders pages: one
// image at a time, with Astro's own sharp service and the site's image options, into Astro's
// image cache. Run by Node itself (no build step): plain TypeScript.
//
// Messages from the build: `{ config }` once (the site's `image` settings), then `{ job }` per
// image file, then 'stop' (sent once Astro's own image step is over): an encoding in progress is
// dropped, and the count of files written is sent back before the process ends.
import { existsSync, rmSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import type { AstroConfig, ImageTransform, LocalImageService } from 'astro';
import sharpImageService from 'astro/assets/services/sharp';
import sharp from 'sharp';

export interface EncodeJob {
  /** Where Astro's image step will look for the file: `<cacheDir>/assets/<name Astro gave it>`. */
  cacheFile: string;
  sourcePath: string;
  /** The transform Astro recorded, its `src` the source's URL path. */
  options: ImageTransform & { src: string };
}
export type EncoderMessage = { config: AstroConfig['image'] } | { job: EncodeJob } | 'stop';

// One libvips thread per image: on these photos a second one cost more CPU than it saved time.
sharp.concurrency(1);

/** Whatever the service has to say about an image, Astro's own step says again for it. */
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
let imageConfig: AstroConfig['image'] | undefined;
const jobs: EncodeJob[] = [];
let running = false;
let stopping = false;
let encoded = 0;
/** The file being written, removed if the process is stopped meanwhile (Ctrl-C, the build failing). */
let partial: string | undefined;

async function encode({ cacheFile, sourcePath, options }: EncodeJob): Promise<void> {
  if (existsSync(cacheFile)) return;
  const input = await readFile(sourcePath);
  const { data } = await (sharpImageService as LocalImageService).transform(input, options, imageConfig as never, quiet);
  if (stopping || existsSync(cacheFile)) return;
  partial = `${cacheFile}.${process.pid}.partial`;
  try {
    await writeFile(partial, data);
    await rename(partial, cacheFile);
    encoded++;
  } catch {
    await rm(partial, { force: true });
  } finally {
    partial = undefined;
  }
}

function finish(): void {
  process.send!({ encoded }, () => process.exit(0));
}

async function work(): Promise<void> {
  running = true;
  for (let job = jobs.shift(); job && !stopping; job = jobs.shift()) {
    // A file that fails here is encoded by Astro's own step, which reports the error.
    await encode(job).catch(() => {});
  }
  running = false;
  if (stopping) finish();
}

process.on('message', (message: EncoderMessage) => {
  if (message === 'stop') {
    stopping = true;
    if (!running) finish();
  } else if ('config' in message) {
    imageConfig = message.config;
  } else {
    jobs.push(message.job);
    if (!running) void work();
  }
});
// The build ended (or failed) without a word: nothing left to do.
process.on('disconnect', () => process.exit(0));
process.on('exit', () => {
  if (partial) rmSync(partial, { force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(1));
