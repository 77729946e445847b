import { describe, expect, test, vi } from 'vitest';
import { PagefindClient, type SearchHit } from '../../src/lib/search/pagefind-client';

/** A page's id and URL in the fake index. */
const hit = (id: string): SearchHit => ({ id, data: async () => ({ url: `/tin-tuc/${id}/`, excerpt: '', meta: {}, filters: {} }) });

/**
 * A fake of Pagefind's module: it records each search with the exactDiacritics setting in force
 * when it ran, and each search yields to the event loop, as Pagefind's do, so that two searches
 * not kept apart would interleave.
 */
function fakePagefind({ failSearch = false } = {}) {
  let exact = false;
  const searched: string[] = [];
  const pagefind = {
    options: vi.fn(async (options: Record<string, unknown>) => {
      if ('exactDiacritics' in options) exact = options.exactDiacritics === true;
    }),
    init: vi.fn(async () => undefined),
    search: vi.fn(async (query: string | null) => {
      const mode = exact ? 'exact' : 'folded';
      await new Promise((done) => setTimeout(done, 5));
      searched.push(`${query} (${mode})`);
      if (failSearch) throw new Error('network');
      return { results: [hit(`${query}-1`), hit(`${query}-2`)] };
    }),
  };
  return { pagefind, searched, isExact: () => exact };
}

const client = (pagefind: object) => {
  const importModule = vi.fn(async () => pagefind as never);
  return { client: new PagefindClient('/stttt/pagefind/pagefind.js', '/stttt/', importModule), importModule };
};

describe('loading', () => {
  test('pagefind.js is imported once, set up on the main thread with the site base, then initialised', async () => {
    const { pagefind } = fakePagefind();
    const { client: index, importModule } = client(pagefind);
    await Promise.all([index.load(), index.load(), index.search('so')]);
    expect(importModule).toHaveBeenCalledTimes(1);
    expect(importModule).toHaveBeenCalledWith('/stttt/pagefind/pagefind.js');
    expect(pagefind.options).toHaveBeenCalledWith({ baseUrl: '/stttt/', noWorker: true });
    expect(pagefind.init).toHaveBeenCalledTimes(1);
    expect(pagefind.options.mock.invocationCallOrder[0]).toBeLessThan(pagefind.init.mock.invocationCallOrder[0]!);
  });

  test('a load that failed (the reader was offline) is tried again by the next call', async () => {
    const { pagefind } = fakePagefind();
    const importModule = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(pagefind);
    const index = new PagefindClient('/pagefind/pagefind.js', '/', importModule);
    await expect(index.load()).rejects.toThrow('offline');
    await expect(index.search('so')).resolves.toHaveLength(2);
    expect(importModule).toHaveBeenCalledTimes(2);
  });
});

describe('searching', () => {
  test('words, filters and sort go to Pagefind as given; results come back in its order', async () => {
    const { pagefind } = fakePagefind();
    const { client: index } = client(pagefind);
    const results = await index.search('lai chau', { filters: { category: 'tin-tuc' }, sort: { date: 'desc' } });
    expect(pagefind.search).toHaveBeenCalledWith('lai chau', { filters: { category: 'tin-tuc' }, sort: { date: 'desc' } });
    expect(results.map((r) => r.id)).toEqual(['lai chau-1', 'lai chau-2']);
    expect((await results[0]!.data()).url).toBe('/tin-tuc/lai chau-1/');
  });

  test('an exact-diacritics search switches the setting for itself only, never for a search beside it', async () => {
    const { pagefind, searched, isExact } = fakePagefind();
    const { client: index } = client(pagefind);
    await Promise.all([
      index.search('đổi', { exactDiacritics: true }),
      index.search('doi'),
      index.search('dồi', { exactDiacritics: true }),
    ]);
    expect(searched).toEqual(['đổi (exact)', 'doi (folded)', 'dồi (exact)']);
    expect(isExact()).toBe(false);
  });

  test('the setting is switched back even when the exact search fails', async () => {
    const { pagefind, isExact } = fakePagefind({ failSearch: true });
    const { client: index } = client(pagefind);
    await expect(index.search('đổi', { exactDiacritics: true })).rejects.toThrow('network');
    expect(isExact()).toBe(false);
    expect(pagefind.options).toHaveBeenLastCalledWith({ exactDiacritics: false });
  });

  test('a failed search does not stop the ones queued behind it', async () => {
    const { pagefind } = fakePagefind();
    pagefind.search.mockRejectedValueOnce(new Error('network'));
    const { client: index } = client(pagefind);
    const [first, second] = await Promise.allSettled([index.search('a'), index.search('b')]);
    expect(first.status).toBe('rejected');
    expect(second.status).toBe('fulfilled');
  });

  test('a search aborted while it waits its turn never reaches Pagefind', async () => {
    const { pagefind, searched } = fakePagefind();
    const { client: index } = client(pagefind);
    const newer = new AbortController();
    const running = index.search('đổi', { exactDiacritics: true });
    const waiting = index.search('doi', { signal: newer.signal });
    newer.abort();
    await running;
    await expect(waiting).rejects.toThrow(/abort/i);
    expect(searched).toEqual(['đổi (exact)']);
  });
});
