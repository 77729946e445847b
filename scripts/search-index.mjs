#!/usr/bin/env node
// The site's search index, built by `npm run build` once Astro has exited, from the records its
// pages wrote as they rendered (src/lib/search/records.ts). Formats: src/lib/search/index-format.ts
// (keys) and index-plan.ts (files, manifest).
//
// Memory stays bounded whatever the archive's size: the records are streamed from their file
// (only each one's date, address and place in the file are kept), pages are numbered newest first,
// and each shard of at most `shardSize` dated pages is indexed, written and let go before the next.
// The few pages without a date (the organisation's) go into the first shard beside the newest, so
// that every first search covers them.
//
// usage: node scripts/search-index.mjs <records.jsonl> <output folder> [--shard-size N] [--base /]
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildOptions } from '../src/build-options.ts';
import { encodeIds, FIELD_BODY, FIELD_SUMMARY, FIELD_TITLE } from '../src/lib/search/index-format.ts';
import { bucketPath, filterPath, pagePath } from '../src/lib/search/index-plan.ts';
import { bucketCount, ShardIndex } from './lib/search-shard.mjs';

/** A filter's name and value as the records write them. (Pages per shard: `buildOptions.searchShardSize`.) */
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Every line of a file, with where it starts and its length in bytes, read a few MB at a time. */
function* lines(file) {
  const fd = openSync(file, 'r');
  try {
    let buffer = Buffer.alloc(4 << 20);
    let filled = 0;
    let position = 0;
    for (;;) {
      if (filled === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(buffer.length)]);
      const read = readSync(fd, buffer, filled, buffer.length - filled, position + filled);
      filled += read;
      let start = 0;
      for (let end = buffer.indexOf(10, start); end !== -1 && end < filled; end = buffer.indexOf(10, start)) {
        if (end > start) yield { offset: position + start, length: end - start, text: buffer.toString('utf8', start, end) };
        start = end + 1;
      }
      if (read === 0) return;
      buffer.copy(buffer, 0, start, filled);
      position += start;
      filled -= start;
    }
  } finally {
    closeSync(fd);
  }
}

/** The records' order, newest first (pages without a date first of all), without their text. */
function orderRecords(file) {
  const entries = [];
  const seen = new Set();
  // A site with nothing searchable renders no record at all.
  if (!existsSync(file)) return entries;
  for (const { offset, length, text } of lines(file)) {
    const { url, date } = JSON.parse(text);
    if (seen.has(url)) throw new Error(`hai bản ghi tìm kiếm cho cùng địa chỉ ${url}`);
    seen.add(url);
    entries.push({ url, date, offset, length });
  }
  const rank = (e) => (e.date ? 1 : 0);
  return entries.sort((a, b) => rank(a) - rank(b) || (a.date < b.date ? 1 : a.date > b.date ? -1 : a.url < b.url ? -1 : 1));
}

/** Each filter value of a record, checked: they name files. */
function filterValues(record) {
  return Object.entries(record.filters ?? {}).flatMap(([name, values]) =>
    [values].flat().map((value) => {
      if (!SLUG.test(name) || !SLUG.test(String(value)))
        throw new Error(`bộ lọc tìm kiếm "${name}=${value}" của ${record.url}: tên và giá trị phải là slug (a-z, 0-9, -)`);
      return [name, String(value)];
    }),
  );
}

/**
 * Builds the index of the records in `recordsFile` into `outDir/<version>/` (anything else in
 * `outDir` is removed). `base` is the URL of `outDir`.
 * @returns {{ manifest: import('../src/lib/search/index-plan.ts').IndexManifest, pages: number, bytes: number, files: number }}
 */
export function buildSearchIndex(recordsFile, outDir, { shardSize = buildOptions.searchShardSize, base = '/' } = {}) {
  const order = orderRecords(recordsFile);
  const staging = join(outDir, '.moi');
  rmSync(outDir, { recursive: true, force: true });
  const hash = createHash('sha256');
  let bytes = 0;
  let files = 0;
  const folders = new Set();
  const write = (path, data) => {
    const gz = gzipSync(data, { level: 6 });
    hash.update(path).update(gz);
    bytes += gz.length;
    files++;
    const file = join(staging, path);
    const folder = dirname(file);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(file, gz);
  };

  const shards = [];
  const fd = order.length > 0 ? openSync(recordsFile, 'r') : undefined;
  let buffer = Buffer.alloc(1 << 16);
  const firstUndated = order.findIndex((e) => e.date);
  const undated = firstUndated === -1 ? order.length : firstUndated;
  try {
    for (let offset = 0, end = 0; offset < order.length; offset = end) {
      const shard = shards.length;
      end = Math.min(order.length, offset + (shard === 0 ? undated : 0) + shardSize);
      const index = new ShardIndex();
      const filters = new Map();
      const months = [];
      const entries = order.slice(offset, end);
      entries.forEach((entry, page) => {
        if (buffer.length < entry.length) buffer = Buffer.alloc(entry.length * 2);
        readSync(fd, buffer, 0, entry.length, entry.offset);
        const record = JSON.parse(buffer.toString('utf8', 0, entry.length));
        index.addText(record.title, page, FIELD_TITLE);
        index.addText(record.summary, page, FIELD_SUMMARY);
        for (const tag of record.tags) index.addText(tag, page, FIELD_SUMMARY);
        index.addText(record.body, page, FIELD_BODY);
        for (const [name, value] of filterValues(record)) {
          const values = filters.get(name) ?? filters.set(name, new Map()).get(name);
          const pages = values.get(value) ?? values.set(value, []).get(value);
          if (pages.at(-1) !== page) pages.push(page);
        }
        if (record.date) months.push(record.date.slice(0, 7));
        const { url, kind, title, summary, date, time, section, image, body } = record;
        write(pagePath(offset + page), JSON.stringify({ url, kind, title, summary, date, time, section, image, body }));
      });
      const buckets = bucketCount(index.keys);
      let bucket = 0;
      for (const data of index.buckets(buckets)) write(bucketPath(shard, bucket++), data);
      for (const [name, values] of filters) for (const [value, pages] of values) write(filterPath(shard, name, value), encodeIds(pages));
      shards.push({
        size: entries.length,
        buckets,
        from: months.at(-1) ?? '',
        to: months[0] ?? '',
        filters: Object.fromEntries([...filters].map(([name, values]) => [name, [...values.keys()].sort()])),
      });
    }
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  const manifestBody = { shards, undated };
  const version = hash.update(JSON.stringify(manifestBody)).digest('hex').slice(0, 12);
  mkdirSync(staging, { recursive: true });
  renameSync(staging, join(outDir, version));
  return { manifest: { base: `${base}${version}/`, ...manifestBody }, pages: order.length, bytes, files };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'shard-size': { type: 'string', default: String(buildOptions.searchShardSize) }, base: { type: 'string', default: '/' } },
  });
  if (positionals.length !== 2) {
    console.error('usage: node scripts/search-index.mjs <records.jsonl> <output folder> [--shard-size N] [--base /]');
    process.exit(2);
  }
  const started = performance.now();
  const { pages, bytes, files, manifest } = buildSearchIndex(resolve(positionals[0]), resolve(positionals[1]), {
    shardSize: Number(values['shard-size']),
    base: values.base,
  });
  const memory = process.memoryUsage();
  const cpu = process.cpuUsage();
  console.log(
    `${pages} trang, ${manifest.shards.length} phần, ${files} tệp, ${(bytes / 1024 / 1024).toFixed(1)} MB (gzip) → ${manifest.base}; ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s), heap ${Math.round(memory.heapUsed / 2 ** 20)} MB, RSS ${Math.round(memory.rss / 2 ** 20)} MB`,
  );
}
