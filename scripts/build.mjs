#!/usr/bin/env node
// `npm run build`: builds the site and its search index (into DIST_DIR, default dist/) via a staging folder and moves it to dist/ only when every
// step succeeded, so invalid content never leaves a half-built site where a deploy would take it.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headersFile } from '../deploy/headers.mjs';
import { tightenCspInFolder } from './lib/tighten-csp.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.DIST_DIR || 'dist');
const staging = `${dist}.staging`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: staging };

/** Runs a step; on failure removes the staging folder and stops with the step's exit code. */
function step(label, command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\n✗ ${label} thất bại: trang web KHÔNG được cập nhật (dist/ giữ nguyên bản trước).`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

rmSync(staging, { recursive: true, force: true });
// The same checks as `npm run check`, before Astro starts: a broken or unsafe file stops the build
// with one line per problem, and MDX code is never run at build time.
step('kiểm tra nội dung', process.execPath, [resolve(root, 'scripts/check.ts')]);
step('astro build', process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
step('chỉ mục tìm kiếm (Pagefind)', process.execPath, [resolve(root, 'scripts/search-index.mjs'), staging]);
const tightened = tightenCspInFolder(staging);
console.log(`✓ CSP của từng trang thu hẹp theo mã của chính trang đó (${tightened} trang)`);
writeFileSync(join(staging, '_headers'), headersFile(process.env.BASE_PATH || '/'));
rmSync(dist, { recursive: true, force: true });
if (existsSync(staging)) renameSync(staging, dist);
console.log(`✓ ${dist}`);
