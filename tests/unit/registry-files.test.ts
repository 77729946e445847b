import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { ViteDevServer } from 'vite';
import { registryFilesInDev } from '../../src/integrations/registry-files';
import { treeWithDocuments } from '../build/build-helpers';

/** What the dev server's middleware answers for `url`: the file's type and bytes, or `next` (not ours). */
async function serve(contentDir: string, base: string, url: string): Promise<'next' | { type: string; bytes: number }> {
  let middleware: (request: { url: string }, response: PassThrough, next: () => void) => void = () => undefined;
  const plugin = registryFilesInDev(contentDir, base);
  const server = { middlewares: { use: (fn: typeof middleware) => (middleware = fn) } } as unknown as ViteDevServer;
  (plugin.configureServer as (server: ViteDevServer) => void)(server);
  return new Promise((done) => {
    const response = new PassThrough() as PassThrough & { setHeader: (name: string, value: string) => void };
    let type = '';
    response.setHeader = (_name, value) => (type = value);
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done({ type, bytes: Buffer.concat(chunks).length }));
    middleware({ url }, response, () => done('next'));
  });
}

describe('astro dev serves registry files at the address the build gives them', () => {
  const tree = treeWithDocuments(['nghi-dinh-2-2024-nd-cp'], 'valid');
  test.each([
    ['/', '/van-ban/nghi-dinh-2-2024-nd-cp/nghi-dinh-2-2024-nd-cp.pdf', { type: 'application/pdf', bytes: 3057 }],
    ['/stttt/', '/stttt/van-ban/nghi-dinh-2-2024-nd-cp/nghi-dinh-2-2024-nd-cp.pdf', { type: 'application/pdf', bytes: 3057 }],
    ['/', '/van-ban/nghi-dinh-2-2024-nd-cp/', 'next'],
    ['/', '/van-ban/nghi-dinh-2-2024-nd-cp/khong-co.pdf', 'next'],
    ['/', '/van-ban/khong-co/nghi-dinh-2-2024-nd-cp.pdf', 'next'],
    ['/', '/van-ban/nghi-dinh-2-2024-nd-cp/index.md', 'next'],
    ['/', '/van-ban/nghi-dinh-2-2024-nd-cp/..%2F..%2Floai-van-ban.yaml', 'next'],
  ] as const)('base %s: %s', async (base, url, expected) => {
    expect(await serve(tree, base, url)).toEqual(expected);
  });
});
