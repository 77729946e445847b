#!/usr/bin/env node
// `npm run load-test`: a bounded load test of the built site served by nginx with the
// project's configuration, on loopback only. Requests a mix of pages (home, listings,
// articles, tags, feeds, assets) from dist/ with N concurrent keep-alive clients for a fixed
// number of requests or seconds, whichever ends first, and reports requests/second, latency
// and errors.
// usage: npm run load-test -- [--dist dist] [--requests 20000] [--seconds 20] [--concurrency 32]
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { htmlPagePaths } from './lib/site-paths.mjs';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    requests: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '32' },
  },
});
const dist = resolve(values.dist);
const maxRequests = Number(values.requests);
const maxMs = Number(values.seconds) * 1000;
const concurrency = Number(values.concurrency);

/** A free loopback port. */
const freePort = () =>
  new Promise((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });

const port = await freePort();
const nginx = spawn(process.execPath, [resolve(import.meta.dirname, 'nginx.mjs'), dist, String(port)], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((ok, fail) => {
  nginx.stdout.on('data', (chunk) => String(chunk).includes('serving') && ok());
  nginx.on('exit', (code) => fail(new Error(`nginx exited with ${code}`)));
});
await new Promise((ok) => setTimeout(ok, 200));

const paths = htmlPagePaths(dist);
const mix = [...paths, '/khong-co-trang-nay/'];
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const latencies = [];
let sent = 0;
let errors = 0;
let notFound = 0;
let bytes = 0;
const started = performance.now();

function get(path) {
  return new Promise((ok) => {
    const t0 = performance.now();
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
      res.on('data', (chunk) => (bytes += chunk.length));
      res.on('end', () => {
        latencies.push(performance.now() - t0);
        if (res.statusCode === 404 && path === '/khong-co-trang-nay/') notFound++;
        else if (res.statusCode !== 200) errors++;
        ok();
      });
    });
    req.on('error', () => {
      errors++;
      ok();
    });
    req.end();
  });
}

async function client(id) {
  let i = id;
  while (sent < maxRequests && performance.now() - started < maxMs) {
    sent++;
    await get(mix[i++ % mix.length]);
  }
}

await Promise.all(Array.from({ length: concurrency }, (_, id) => client(id)));
const seconds = (performance.now() - started) / 1000;
nginx.kill('SIGTERM');
agent.destroy();

latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(2);
const result = {
  pages: paths.length,
  requests: latencies.length,
  seconds: Number(seconds.toFixed(2)),
  requestsPerSecond: Math.round(latencies.length / seconds),
  errors,
  expected404s: notFound,
  megabytes: Number((bytes / 1e6).toFixed(1)),
  latencyMs: { p50: Number(pct(50)), p95: Number(pct(95)), p99: Number(pct(99)) },
  concurrency,
};
console.table({ ...result, latencyMs: `${result.latencyMs.p50} / ${result.latencyMs.p95} / ${result.latencyMs.p99} (p50/p95/p99)` });
console.log(JSON.stringify(result));
process.exit(errors > 0 ? 1 : 0);
