import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SearchAnswer, SearchIndex, SearchRequest } from '../../src/lib/search/index-client';
import type { IndexedPage } from '../../src/lib/search/records';
import type { SearchState } from '../../src/lib/search/search-params';
import {
  completedPart,
  SearchSession,
  toResultView,
  TYPING_PAUSE_MS,
  type ResultView,
  type SearchView,
} from '../../src/pages/tim-kiem/_components/search-session';

const page = (id: number): IndexedPage => ({
  url: `/tin-tuc/${id}/`,
  kind: 'tin-bai',
  title: `Bài ${id}`,
  summary: `Tóm tắt ${id}.`,
  date: '2022-11-28T17:13:46+07:00',
  time: '28/11/2022 5:13:46 CH',
  section: 'Tin tức',
  image: '',
  body: '',
});

/** An answer of the fake index: `ids` found, the rest as a plain search of one syllable. */
const answer = (ids: number[], fields: Partial<SearchAnswer> = {}): SearchAnswer => ({
  ids,
  typed: ['a'],
  folded: ['a'],
  syllables: 1,
  cut: 0,
  missing: [],
  ...fields,
});

/** A fake index: `respond` decides what each search finds; searches and page reads are recorded. */
function fakeIndex(respond: (request: SearchRequest) => SearchAnswer | Promise<SearchAnswer>) {
  const searches: SearchRequest[] = [];
  const pages: number[] = [];
  const index: SearchIndex = {
    async search(request) {
      searches.push(request);
      return respond(request);
    },
    async page(id) {
      pages.push(id);
      return page(id);
    },
  };
  return { index, searches, pages };
}

/** A fake page: what it shows, in plain fields. */
class FakeView implements SearchView {
  said: string[] = [];
  results: ResultView[] = [];
  moreVisible = false;
  older: string | undefined;
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
  showOlderButton(label: string | undefined) {
    this.older = label;
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

const state = (query: string, fields: Partial<SearchState> = {}): SearchState => ({ query, sort: '', filters: {}, ...fields });

function session(respond: Parameters<typeof fakeIndex>[0]) {
  const fake = fakeIndex(respond);
  const view = new FakeView();
  return { session: new SearchSession(fake.index, view), view, ...fake };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('toResultView', () => {
  test('title, date in Vietnam time, chuyên mục, the excerpt around the syllables searched', () => {
    const view = toResultView(
      { ...page(1), summary: 'Không có gì.', body: 'Người dân Điện Biên đổi mới cách làm việc.', image: '/_astro/a.webp' },
      { typed: ['điện', 'bien'], folded: ['dien', 'bien'] },
    );
    expect(view).toEqual({
      url: '/tin-tuc/1/',
      title: 'Bài 1',
      date: { iso: '2022-11-28T17:13:46+07:00', text: '28/11/2022 5:13:46 CH' },
      section: 'Tin tức',
      excerpt: [
        { text: 'Người dân ', match: false },
        { text: 'Điện Biên', match: true },
        { text: ' đổi mới cách làm việc.', match: false },
      ],
      image: '/_astro/a.webp',
    });
  });

  test('a page without a date or a photo shows none', () => {
    expect(toResultView({ ...page(1), date: '', time: '' }, { typed: [], folded: [] })).toMatchObject({
      date: undefined,
      image: undefined,
    });
  });
});

test.each([
  ['chuyen doi s', 'chuyen doi '],
  ['chuyen doi ', 'chuyen doi '],
  ['42/2022/', '42/2022/'],
  ['số', ''],
  ['', ''],
])('while typing, %j searches %j', (typed, searched) => {
  expect(completedPart(typed)).toBe(searched);
});

describe('SearchSession', () => {
  test('nothing to search: the page is emptied and the index is not asked', async () => {
    const { session: search, searches, view } = session(() => answer([1]));
    await search.search(state('a'));
    await search.search(state('   ', { sort: 'moi-nhat' }));
    expect(searches).toHaveLength(1);
    expect(view).toMatchObject({ results: [], moreVisible: false, older: undefined, helpVisible: false, status: '' });
  });

  test('five results first, the rest when asked, with the focus on the first new one', async () => {
    const { session: search, searches, pages, view } = session(() => answer([1, 2, 3, 4, 5, 6]));
    await search.search(state(' Lai   Chau '));
    expect(searches).toEqual([{ query: 'Lai   Chau', filters: {}, newest: false, everything: false }]);
    expect(view.said).toEqual(['Đang tìm…', 'Tìm thấy 6 kết quả cho “Lai   Chau”. Đang hiển thị 5/6.']);
    expect(view.titles).toEqual(['Bài 1', 'Bài 2', 'Bài 3', 'Bài 4', 'Bài 5']);
    expect(pages).toEqual([1, 2, 3, 4, 5]); // one request per result shown, none for the sixth yet
    expect(view).toMatchObject({ moreVisible: true, helpVisible: false, focused: undefined });

    await search.showMore();
    expect(view.titles).toHaveLength(6);
    expect(view).toMatchObject({ moreVisible: false, focused: 5, status: 'Tìm thấy 6 kết quả cho “Lai   Chau”.' });
  });

  test('nothing found: the help shows and the status says so in Vietnamese', async () => {
    const { session: search, view } = session(() => answer([], { missing: ['bóng', 'chuyền'], syllables: 2 }));
    await search.search(state('bóng chuyền'));
    expect(view).toMatchObject({ results: [], moreVisible: false, helpVisible: true });
    expect(view.status).toBe('Không tìm thấy kết quả nào cho “bóng chuyền”.');
  });

  test('a word found nowhere is named beside the results of the others', async () => {
    const { session: search, view } = session(() => answer([1], { missing: ['xyzqw'], syllables: 4 }));
    await search.search(state('xyzqw chuyển đổi số'));
    expect(view.status).toBe('Tìm thấy 1 kết quả cho “xyzqw chuyển đổi số”. Không tìm thấy: xyzqw.');
  });

  test('words that are each somewhere but never together: said so', async () => {
    const { session: search, view } = session(() => answer([], { syllables: 4 }));
    await search.search(state('cá độ chuyển đổi'));
    expect(view.status).toBe('Không tìm thấy kết quả nào cho “cá độ chuyển đổi”. Không có bài nào chứa đủ tất cả các từ đã gõ.');
    expect(view.helpVisible).toBe(true);
  });

  test('filters alone list every page, newest first', async () => {
    const { session: search, searches, view } = session(() => answer([1, 2]));
    await search.search(state('', { filters: { 'chuyen-muc': 'tin-tuc', nam: '' } }));
    expect(searches).toEqual([{ query: '', filters: { 'chuyen-muc': 'tin-tuc' }, newest: true, everything: false }]);
    expect(view.status).toBe('Có 2 bài viết.');
  });

  test.each([
    [{ 'noi-dung': 'van-ban' }, 'Có 2 văn bản.'],
    [{ 'loai-van-ban': 'nghi-dinh' }, 'Có 2 văn bản.'],
    [{ 'noi-dung': 'tin-bai' }, 'Có 2 bài viết.'],
    [{ nam: '2022' }, 'Có 2 kết quả.'],
  ])('filters alone %o: the status names what they list', async (filters, status) => {
    const { session: search, view } = session(() => answer([1, 2]));
    await search.search(state('', { filters }));
    expect(view.status).toBe(status);
  });

  test('part of the archive: the status says which months, one button searches the rest', async () => {
    const {
      session: search,
      searches,
      view,
    } = session(({ everything }) => (everything ? answer([9, 1]) : answer([1], { partial: { from: '2022-03', to: undefined } })));
    await search.search(state('so'));
    expect(view.status).toBe('Tìm thấy 1 kết quả cho “so”. Đã tìm trong các bài từ 03/2022 đến nay.');
    expect(view.older).toBe('Tìm cả các bài trước 03/2022');
    await search.searchOlder();
    expect(searches.at(-1)).toMatchObject({ query: 'so', everything: true });
    expect(view).toMatchObject({ titles: ['Bài 9', 'Bài 1'], older: undefined, focused: 0, status: 'Tìm thấy 2 kết quả cho “so”.' });
    // Later searches cover the whole archive too.
    await search.search(state('tin'));
    expect(searches.at(-1)).toMatchObject({ query: 'tin', everything: true });
  });

  test('a filtered search of older shards only names both months', async () => {
    const { session: search, view } = session(() => answer([1], { partial: { from: '2016-01', to: '2016-12' } }));
    await search.search(state('so', { filters: { nam: '2016' } }));
    expect(view.status).toBe('Tìm thấy 1 kết quả cho “so”. Đã tìm trong các bài từ 01/2016 đến 12/2016.');
  });

  test('an answer that comes late never replaces a newer search', async () => {
    let answerSlow: (found: SearchAnswer) => void = () => undefined;
    const { session: search, view } = session(({ query }) => (query === 'slow' ? new Promise((done) => (answerSlow = done)) : answer([7])));
    const slow = search.search(state('slow'));
    await vi.waitFor(() => expect(view.said).toEqual(['Đang tìm…']));
    await search.search(state('fast'));
    answerSlow(answer([1, 2]));
    await slow;
    expect(view.titles).toEqual(['Bài 7']);
    expect(view.status).toBe('Tìm thấy 1 kết quả cho “fast”.');
  });

  test('typing waits for a pause and searches finished syllables only, each search once', async () => {
    vi.useFakeTimers();
    const { session: search, searches, view } = session(() => answer([1]));
    const typing = ['c', 'ca', 'ca ', 'ca d', 'ca do', 'ca do ', 'ca do b'].map((query) => search.search(state(query), { typing: true }));
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS);
    await Promise.all(typing);
    expect(searches.map((s) => s.query)).toEqual(['ca do']);
    expect(view.status).toBe('Tìm thấy 1 kết quả cho “ca do”.');
    // Enter searches the whole box, the syllable being typed included.
    await search.search(state('ca do b'));
    expect(searches.map((s) => s.query)).toEqual(['ca do', 'ca do b']);
  });

  test('a failed search says so; one a newer search replaced says nothing', async () => {
    const { session: search, view } = session(() => Promise.reject(new Error('offline')));
    await search.search(state('so'));
    expect(view.status).toBe('Không tải được bộ tìm kiếm. Hãy kiểm tra kết nối mạng rồi thử lại.');

    let fail: (error: Error) => void = () => undefined;
    const replaced = session(({ query }) => (query === 'a' ? new Promise((_, reject) => (fail = reject)) : answer([2])));
    const old = replaced.session.search(state('a'));
    await vi.waitFor(() => expect(replaced.searches).toHaveLength(1));
    await replaced.session.search(state('b'));
    fail(new Error('offline'));
    await old;
    expect(replaced.view.status).toBe('Tìm thấy 1 kết quả cho “b”.');
  });

  test('"see more" asked for just before a newer search adds nothing, and leaves the status alone', async () => {
    let answerNewer: (found: SearchAnswer) => void = () => undefined;
    const { session: search, view } = session(({ query }) =>
      query === 'a' ? answer([1, 2, 3, 4, 5, 6]) : new Promise((done) => (answerNewer = done)),
    );
    await search.search(state('a'));
    const more = search.showMore();
    const newer = search.search(state('b'));
    await more;
    expect(view.titles).toHaveLength(5);
    expect(view).toMatchObject({ focused: undefined, status: 'Đang tìm…' });
    answerNewer(answer([8]));
    await newer;
    expect(view.titles).toEqual(['Bài 8']);
  });
});
