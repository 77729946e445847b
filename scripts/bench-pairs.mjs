#!/usr/bin/env node
// Same-hour alternating pairs (docs/performance.md): cold builds of one generated corpus by several
// variants of the site, in turn (A B C, then C B A, …), each with Astro's cache for that tree
// removed first; prints wall time and the peak memory of the whole process tree for each build.
//
//   node scripts/bench-pairs.mjs [--articles 10000] [--rounds 2] [--out bench-results/pairs] \
//     base=. early-off=.:EARLY_IMAGES=0 no-folders=/path/to/patched-worktree
//
// A variant is `name=<worktree>[:VAR=value,VAR2=value]`: a checkout of this repository (its own
// node_modules) and the build switches to set. Results go to `<out>/pairs-<time>.json`.
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/corpus.mjs';
import { runMeasured } from './lib/process-tree.mjs';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    articles: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '2' },
    out: { type: 'string', default: join(root, 'bench-results/pairs') },
  },
});
if (positionals.length === 0) {
  console.error('Cách dùng: node scripts/bench-pairs.mjs [--articles N] [--rounds N] tên=thư-mục[:BIẾN=giá-trị,…] …');
  process.exit(2);
}

const out = resolve(values.out);
const corpus = join(out, `corpus-${values.articles}`);
mkdirSync(out, { recursive: true });
if (!existsSync(corpus)) await generateCorpus(corpus, { articles: Number(values.articles), seed: 2022 });

const variants = positionals.map((spec) => {
  const [name, rest = '.'] = spec.split(/=(.*)/s);
  const [worktree, switches = ''] = rest.split(':');
  const env = Object.fromEntries(
    switches
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=')),
  );
  return { name, worktree: resolve(worktree), env };
});

const log = join(out, 'pairs.log');
const results = [];
for (let round = 0; round < Number(values.rounds); round++) {
  for (const variant of round % 2 === 0 ? variants : [...variants].reverse()) {
    const dist = join(out, `dist-${variant.name}`);
    const env = { ...process.env, CONTENT_DIR: corpus, DIST_DIR: dist, ...variant.env };
    // Cold: no processed images or content store of an earlier build of this tree.
    const { readBuildOptions } = await import(join(variant.worktree, 'src/build-options.ts'));
    rmSync(readBuildOptions(env, variant.worktree).cacheDir, { recursive: true, force: true });
    appendFileSync(log, `\n=== ${variant.name}, round ${round + 1}, ${new Date().toISOString()}\n`);
    const run = await runMeasured(join(variant.worktree, 'node_modules/node/bin/node'), [join(variant.worktree, 'scripts/build.mjs')], {
      cwd: variant.worktree,
      env,
      logFile: log,
      show: /^✓|✗/,
    });
    const row = {
      variant: variant.name,
      round: round + 1,
      seconds: Number((run.wallMs / 1000).toFixed(1)),
      peakMB: Math.round(run.peakRss / 2 ** 20),
      exit: run.code,
      // The machine's load when the build ended: a shared machine's other work shows here.
      load: Number(loadavg()[0].toFixed(1)),
    };
    results.push(row);
    console.log(JSON.stringify(row));
    rmSync(dist, { recursive: true, force: true });
  }
}
writeFileSync(join(out, `pairs-${Date.now()}.json`), `${JSON.stringify(results, null, 2)}\n`);
console.table(results);
