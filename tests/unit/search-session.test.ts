import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SearchHit, SearchHitData, SearchIndex, SearchRequest } from '../../src/lib/search/pagefind-client';
import { emptySearchState, type SearchState } from '../../src/lib/search/search-params';
import { encodeStroke, STROKE_MARK, toMetaToken } from '../../src/lib/search/search-text';
import {
  searchRequest,
  SearchSession,
  toResultView,
  TYPING_PAUSE_MS,
  type ResultView,
  type SearchView,
} from '../../src/pages/tim-kiem/_components/search-session';

const CATEGORIES = new Map([
  ['tin-tuc', 'Tin tức - Sự kiện'],
  ['van-ban-chi-dao', 'Văn bản chỉ đạo'],
]);

/** A page of the fake index; `fetched` counts the fragment requests the page would make. */
let fetched = 0;
const hit = (id: string): SearchHit => ({
  id,
  data: async () => {
    fetched += 1;
    return { url: `/tin-tuc/${id}/`, excerpt: `… <mark>${id}</mark> …`, meta: { title: `Bài ${id}` }, filters: { category: ['tin-tuc'] } };
  },
});
const hits = (...ids: string[]) => ids.map(hit);

/** A fake index: `answer` decides what each search finds; every search is recorded. */
function fakeIndex(answer: (query: string | null, request: SearchRequest) => SearchHit[] | Promise<SearchHit[]>) {
  const searches: { query: string | null; request: Omit<SearchRequest, 'signal'> }[] = [];
  const index: SearchIndex & { loads: number } = {
    loads: 0,
    async load() {
      index.loads += 1;
    },
    async search(query, { signal, ...request } = {}) {
      signal?.throwIfAborted();
      searches.push({ query, request });
      return answer(query, request);
    },
  };
  return { index, searches };
}

/** A fake page: what it shows, in plain fields. */
class FakeView implements SearchView {
  said: string[] = [];
  results: ResultView[] = [];
  moreVisible = false;
  helpVisible = false;
  focused: number | undefined;
  announce(text: string) {
    this.said.push(text);
  }
  clearResults() {
    this.results = [];
  }
  appendResults(results: ResultView[]) {
    this.results.push(...results);
  }
  focusResult(index: number) {
    this.focused = index;
  }
  showMoreButton(visible: boolean) {
    this.moreVisible = visible;
  }
  showHelp(visible: boolean) {
    this.helpVisible = visible;
  }
  get status() {
    return this.said.at(-1);
  }
  get titles() {
    return this.results.map((r) => r.title);
  }
}

const state = (fields: Partial<SearchState>): SearchState => ({ ...emptySearchState(), ...fields });

function session(answer: Parameters<typeof fakeIndex>[0]) {
  const { index, searches } = fakeIndex(answer);
  const view = new FakeView();
  fetched = 0;
  return { session: new SearchSession(index, view, CATEGORIES), index, searches, view };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('toResultView', () => {
  const data = (fields: Partial<SearchHitData>): SearchHitData => ({ url: '/tin-tuc/a/', excerpt: '', meta: {}, filters: {}, ...fields });

  test('a full result: đ restored, the date in Vietnam time, the chuyên mục by name, the excerpt as text', () => {
    const view = toResultView(
      data({
        meta: { title: encodeStroke('Điện Biên đổi mới'), date: '20221128171346', image: toMetaToken('/_astro/anh.webp') },
        filters: { category: ['van-ban-chi-dao'] },
        excerpt: encodeStroke('Sở <mark>Điện</mark> Biên &lt;b&gt;'),
      }),
      CATEGORIES,
    );
    expect(view).toEqual({
      url: '/tin-tuc/a/',
      title: 'Điện Biên đổi mới',
      date: { iso: '2022-11-28T10:13:46.000Z', text: '28/11/2022 5:13:46 CH' },
      category: 'Văn bản chỉ đạo',
      excerpt: [
        { text: 'Sở ', match: false },
        { text: 'Điện', match: true },
        { text: ' Biên <b>', match: false },
      ],
      image: '/_astro/anh.webp',
    });
    expect(JSON.stringify(view)).not.toContain(STROKE_MARK);
  });

  test('what is missing stays empty: no title shows the URL, no date, no chuyên mục, no photo', () => {
    const view = toResultView(data({ meta: { date: 'not-a-date' }, filters: { category: ['khong-co'] } }), CATEGORIES);
    expect(view).toMatchObject({ title: '/tin-tuc/a/', date: undefined, category: '', excerpt: [], image: undefined });
  });

  test('a registry document: its type by name, its day of issue without a time', () => {
    const view = toResultView(
      data({
        url: '/van-ban/nghi-dinh-42-2022-nd-cp/',
        meta: { title: encodeStroke('Nghị định 42/2022/NĐ-CP: Quy định …'), date: '20220624000000' },
        filters: { kind: ['van-ban'], type: ['nghi-dinh'], year: ['2022'] },
      }),
      CATEGORIES,
      new Map([['nghi-dinh', 'Nghị định']]),
    );
    expect(view).toMatchObject({
      title: 'Nghị định 42/2022/NĐ-CP: Quy định …',
      date: { iso: '2022-06-23T17:00:00.000Z', text: '24/06/2022' },
      category: 'Nghị định',
    });
  });
});

describe('searchRequest', () => {
  test.each<[string, Partial<SearchState>, SearchRequest]>([
    ['words only: by relevance, no filter', { query: 'lai chau' }, { filters: {}, sort: undefined }],
    [
      'both filters',
      { query: 'so', category: 'tin-tuc', year: '2025' },
      { filters: { category: 'tin-tuc', year: '2025' }, sort: undefined },
    ],
    ['newest first', { query: 'so', sort: 'moi-nhat' }, { filters: {}, sort: { date: 'desc' } }],
    ['filters without words: newest first', { query: '  ', year: '2022' }, { filters: { year: '2022' }, sort: { date: 'desc' } }],
    [
      'only documents, of a type and issuer',
      { query: '42', kind: 'van-ban', type: 'nghi-dinh', issuer: 'chinh-phu' },
      { filters: { kind: 'van-ban', type: 'nghi-dinh', issuer: 'chinh-phu' }, sort: undefined },
    ],
  ])('%s', (_, fields, expected) => {
    expect(searchRequest(state(fields))).toEqual(expected);
  });
});

describe('SearchSession', () => {
  test('nothing to search: the page is emptied and the index is not asked', async () => {
    const { session: search, searches, view } = session(() => hits('a'));
    await search.search(state({ query: 'a' }));
    await search.search(state({ query: '   ', sort: 'moi-nhat' }));
    expect(searches).toHaveLength(1);
    expect(view).toMatchObject({ results: [], moreVisible: false, helpVisible: false, status: '' });
  });

  test('five results first, the rest when asked, with the focus on the first new one', async () => {
    const { session: search, searches, view } = session(() => hits('1', '2', '3', '4', '5', '6'));
    await search.search(state({ query: ' Lai   Chau ' }));
    expect(searches).toEqual([{ query: 'Lai Chau', request: { filters: {}, sort: undefined } }]);
    expect(view.said).toEqual(['Đang tìm…', 'Tìm thấy 6 kết quả cho “Lai   Chau”. Đang hiển thị 5/6.']);
    expect(view.titles).toEqual(['Bài 1', 'Bài 2', 'Bài 3', 'Bài 4', 'Bài 5']);
    expect(fetched).toBe(5); // one fragment per result shown, none for the sixth yet
    expect(view).toMatchObject({ moreVisible: true, helpVisible: false, focused: undefined });

    await search.showMore();
    expect(view.titles).toHaveLength(6);
    expect(view).toMatchObject({ moreVisible: false, focused: 5, status: 'Tìm thấy 6 kết quả cho “Lai   Chau”.' });
  });

  test('nothing found: the help shows and the status says so in Vietnamese', async () => {
    const { session: search, view } = session(() => []);
    await search.search(state({ query: 'bóng chuyền bãi biển' }));
    expect(view).toMatchObject({ results: [], moreVisible: false, helpVisible: true });
    expect(view.status).toBe('Không tìm thấy kết quả nào cho “bóng chuyền bãi biển”.');
  });

  test('filters alone list every page, newest first', async () => {
    const { session: search, searches, view } = session(() => hits('1', '2'));
    await search.search(state({ category: 'tin-tuc' }));
    expect(searches).toEqual([{ query: null, request: { filters: { category: 'tin-tuc' }, sort: { date: 'desc' } } }]);
    expect(view.status).toBe('Có 2 bài viết.');
  });

  test.each<[Partial<SearchState>, string]>([
    [{ kind: 'van-ban' }, 'Có 2 văn bản.'],
    [{ type: 'nghi-dinh' }, 'Có 2 văn bản.'],
    [{ kind: 'tin-bai', year: '2022' }, 'Có 2 bài viết.'],
    [{ year: '2022' }, 'Có 2 kết quả.'],
  ])('filters alone: the count names what they list (%o)', async (fields, said) => {
    const { session: search, view } = session(() => hits('1', '2'));
    await search.search(state(fields));
    expect(view.status).toBe(said);
  });

  test('typed with marks, the pages with the exact word come first, in the index’s order', async () => {
    const {
      session: search,
      searches,
      view,
    } = session((_, { exactDiacritics }) => (exactDiacritics ? hits('c', 'a') : hits('a', 'b', 'c')));
    await search.search(state({ query: 'đổi'.normalize('NFD'), year: '2022' }));
    expect(searches.map((s) => s.request.exactDiacritics ?? false)).toEqual([false, true]);
    expect(searches[1]).toEqual({
      query: encodeStroke('đổi'),
      request: { filters: { year: '2022' }, sort: undefined, exactDiacritics: true },
    });
    expect(view.titles).toEqual(['Bài a', 'Bài c', 'Bài b']);
  });

  test.each<[string, Partial<SearchState>, string[]]>([
    ['typed without marks', { query: 'doi' }, ['a', 'b']],
    ['sorted by date', { query: 'đổi', sort: 'moi-nhat' }, ['a', 'b']],
    ['one result only', { query: 'đổi' }, ['a']],
  ])('no exact pass when %s', async (_, fields, found) => {
    const { session: search, searches } = session(() => hits(...found));
    await search.search(state(fields));
    expect(searches).toHaveLength(1);
  });

  test('an answer that comes late never replaces a newer search', async () => {
    let answerSlow: (results: SearchHit[]) => void = () => undefined;
    const { session: search, view } = session((query) => (query === 'slow' ? new Promise((done) => (answerSlow = done)) : hits('new')));
    const slow = search.search(state({ query: 'slow' }));
    await vi.waitFor(() => expect(view.said).toEqual(['Đang tìm…']));
    await search.search(state({ query: 'fast' }));
    answerSlow(hits('old-1', 'old-2'));
    await slow;
    expect(view.titles).toEqual(['Bài new']);
    expect(view.status).toBe('Tìm thấy 1 kết quả cho “fast”.');
  });

  test('typing waits for a pause: only the last of quick keystrokes is searched', async () => {
    vi.useFakeTimers();
    const { session: search, searches, view } = session(() => hits('1'));
    const first = search.search(state({ query: 'd' }), { typing: true });
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 50);
    const second = search.search(state({ query: 'do' }), { typing: true });
    expect(searches).toEqual([]);
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS);
    await Promise.all([first, second]);
    expect(searches.map((s) => s.query)).toEqual(['do']);
    expect(view.status).toBe('Tìm thấy 1 kết quả cho “do”.');
  });

  test('a failed search says so; one a newer search replaced says nothing', async () => {
    const { session: search, view } = session(() => Promise.reject(new Error('offline')));
    await search.search(state({ query: 'so' }));
    expect(view.status).toBe('Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.');

    let fail: (error: Error) => void = () => undefined;
    const replaced = session((query) => (query === 'a' ? new Promise((_, reject) => (fail = reject)) : hits('b')));
    const old = replaced.session.search(state({ query: 'a' }));
    await vi.waitFor(() => expect(replaced.searches).toHaveLength(1));
    await replaced.session.search(state({ query: 'b' }));
    fail(new Error('offline'));
    await old;
    expect(replaced.view.status).toBe('Tìm thấy 1 kết quả cho “b”.');
  });

  test('"see more" asked for just before a newer search adds nothing, and leaves the status alone', async () => {
    let answerNewer: (results: SearchHit[]) => void = () => undefined;
    const { session: search, view } = session((query) =>
      query === 'a' ? hits('1', '2', '3', '4', '5', '6') : new Promise((done) => (answerNewer = done)),
    );
    await search.search(state({ query: 'a' }));
    const more = search.showMore();
    const newer = search.search(state({ query: 'b' }));
    await more;
    expect(view.titles).toHaveLength(5);
    expect(view).toMatchObject({ focused: undefined, status: 'Đang tìm…' });
    answerNewer(hits('x'));
    await newer;
    expect(view.titles).toEqual(['Bài x']);
  });

  test('prepare loads the index ahead, and a failed load stays quiet', async () => {
    const { session: search, index, view } = session(() => []);
    search.prepare();
    expect(index.loads).toBe(1);
    index.load = () => Promise.reject(new Error('offline'));
    expect(() => search.prepare()).not.toThrow();
    await new Promise((done) => setTimeout(done, 0));
    expect(view.said).toEqual([]);
  });
});
