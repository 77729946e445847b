#!/usr/bin/env node
// Serves a built site with the real nginx and the project's deploy/nginx/site.conf, on
// loopback, in the foreground: the browser tests read the site as production serves it.
// usage: node scripts/nginx.mjs <dist folder> <port>
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 8080);
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
if (!nginx) {
  console.error('nginx is not installed: apt-get install -y nginx (.ci/run does this).');
  process.exit(1);
}

const prefix = mkdtempSync(join(tmpdir(), 'stttt-nginx-'));
for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
copyFileSync(join(root, 'deploy/nginx/security-headers.conf'), join(prefix, 'security-headers.conf'));
const site = readFileSync(join(root, 'deploy/nginx/site.conf'), 'utf8')
  .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
  .replace(/root [^;]+;/, `root ${dist};`);
writeFileSync(join(prefix, 'site.conf'), site);
writeFileSync(
  join(prefix, 'nginx.conf'),
  `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
}
`,
);

const test = spawnSync(nginx, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
if (test.status !== 0) {
  console.error(test.stderr);
  process.exit(1);
}
const server = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
console.log(`nginx serving ${dist} at http://127.0.0.1:${port}/`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGQUIT'));
server.on('exit', (code) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? 0);
});
