#!/usr/bin/env node
// `npm run build`: builds the site and its search index (into DIST_DIR, default dist/) via a staging folder and moves it to dist/ only when every
// step succeeded, so invalid content never leaves a half-built site where a deploy would take it.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

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
step('astro build', process.execPath, [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build']);
step('chỉ mục tìm kiếm (Pagefind)', process.execPath, [resolve(root, 'scripts/search-index.mjs'), staging]);
rmSync(dist, { recursive: true, force: true });
if (existsSync(staging)) renameSync(staging, dist);
console.log(`✓ ${dist}`);
