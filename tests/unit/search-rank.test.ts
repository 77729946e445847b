import { describe, expect, test } from 'vitest';
import { indexOf, searchRecord as article, titlesFound } from '../lib/search-index';

// Articles as the readers met them: the newer one has the query's syllables scattered,
// the older one has the phrase in its title.
const SCATTERED = article({
  title: 'Phiên họp thứ ba về chuyển đổi số',
  summary: 'Thủ tướng chủ trì phiên họp.',
  body: 'Mỗi cá nhân được giao việc; mức độ hoàn thành cao. Đô thị thông minh phục vụ người dân.',
  date: '2022-12-10T08:00:00+07:00',
});
const TITLE_PHRASE = article({
  title: 'Lai Châu: Tăng cường phòng ngừa, đấu tranh với tội phạm liên quan đến cá độ bóng đá',
  summary: 'Tỉnh tăng cường phòng ngừa vi phạm pháp luật.',
  body: 'Các lực lượng phối hợp chặt chẽ.',
  date: '2022-12-04T08:00:00+07:00',
});
const BODY_PHRASE = article({
  title: 'Hội nghị công an tỉnh',
  body: 'Hội nghị bàn về phòng chống cá độ trên mạng.',
  date: '2022-12-08T08:00:00+07:00',
});
const FOLDED_PHRASE = article({
  title: 'Ca do cua nguoi Mong (tiêu đề gõ không dấu)',
  date: '2022-12-09T08:00:00+07:00',
});

describe('the rank rule: the more of the query as typed, title before sapo before body', () => {
  const { client } = indexOf([SCATTERED, TITLE_PHRASE, BODY_PHRASE, FOLDED_PHRASE]);

  test.each(['cá độ', 'ca do', 'CÁ ĐỘ', 'cá độ'.normalize('NFD')])(
    '%s: the title phrase first, the scattered syllables last',
    async (query) => {
      const { titles } = await titlesFound(client, query);
      expect(titles.at(-1)).toBe(SCATTERED.title);
      expect(titles.indexOf(TITLE_PHRASE.title)).toBeLessThan(titles.indexOf(BODY_PHRASE.title));
    },
  );

  test('typed with marks, the phrase as typed ranks above the same phrase without them', async () => {
    expect((await titlesFound(client, 'cá độ')).titles).toEqual([
      TITLE_PHRASE.title,
      BODY_PHRASE.title,
      FOLDED_PHRASE.title,
      SCATTERED.title,
    ]);
  });

  test('typed without marks, every form counts the same: the field decides, then the date', async () => {
    expect((await titlesFound(client, 'ca do')).titles).toEqual([
      FOLDED_PHRASE.title,
      TITLE_PHRASE.title,
      BODY_PHRASE.title,
      SCATTERED.title,
    ]);
  });
});

describe('exact diacritics before folded matches', () => {
  const { client } = indexOf([
    article({ title: 'Nguồn lực dồi dào cho vùng cao', date: '2023-06-01T08:00:00+07:00' }),
    article({ title: 'Chuyển đổi số ở Lai Châu', date: '2022-01-01T08:00:00+07:00' }),
    article({ title: 'Tin khác', body: 'Người dân đổi mới cách làm.', date: '2021-01-01T08:00:00+07:00' }),
  ]);
  test.each([
    ['đổi', ['Chuyển đổi số ở Lai Châu', 'Tin khác', 'Nguồn lực dồi dào cho vùng cao']],
    ['dồi', ['Nguồn lực dồi dào cho vùng cao', 'Chuyển đổi số ở Lai Châu', 'Tin khác']],
    ['doi', ['Nguồn lực dồi dào cho vùng cao', 'Chuyển đổi số ở Lai Châu', 'Tin khác']],
  ])('%s', async (query, expected) => {
    expect((await titlesFound(client, query)).titles).toEqual(expected);
  });
});

describe('whole syllables', () => {
  const { client } = indexOf([
    article({ title: 'Cuộc sống ở bản vùng cao', body: 'Người dân sống bằng nghề nông, anh em hòa thuận.' }),
    article({ title: 'Sở ban hành kế hoạch', body: 'Số liệu mới.', date: '2023-01-01T08:00:00+07:00' }),
  ]);
  test('so finds số and sở, never sống', async () => {
    const { titles } = await titlesFound(client, 'so');
    expect(titles).toEqual(['Sở ban hành kế hoạch']);
  });
  test('an does not find anh; a syllable found nowhere is said, not guessed', async () => {
    const { titles, missing } = await titlesFound(client, 'an');
    expect(titles).toEqual([]);
    expect(missing).toEqual(['an']);
  });
});

describe('no word is dropped silently', () => {
  const { client } = indexOf([
    article({ title: 'Phiên họp về chuyển đổi số' }),
    article({ title: 'Phòng chống cá độ', date: '2023-01-01T08:00:00+07:00' }),
  ]);
  test('an unknown word beside real ones: the real ones are searched, the unknown one is named', async () => {
    const answer = await titlesFound(client, 'xyzqw chuyển đổi số');
    expect(answer).toMatchObject({ titles: ['Phiên họp về chuyển đổi số'], missing: ['xyzqw'], syllables: 4 });
  });
  test('real words never in the same article: nothing, and nothing missing', async () => {
    expect(await titlesFound(client, 'cá độ chuyển đổi')).toMatchObject({ titles: [], missing: [] });
  });
  test('a query past the limit says how much of it was searched', async () => {
    const answer = await titlesFound(client, Array.from({ length: 20 }, () => 'số').join(' '));
    expect(answer).toMatchObject({ syllables: 16, cut: 4 });
  });
});

describe('document numbers typed loosely', () => {
  const { client } = indexOf([
    article({ title: 'Nghị định 42/2022/NĐ-CP về cung cấp thông tin trên môi trường mạng', summary: 'Nghị định số 42/2022/NĐ-CP.' }),
    article({ title: 'Năm 2022 có 42 hội nghị', date: '2023-01-01T08:00:00+07:00' }),
  ]);
  test.each(['42/2022', 'nghi dinh 42', '42/2022/nđ-cp', 'nd-cp'])('%s', async (query) => {
    expect((await titlesFound(client, query)).titles[0]).toBe('Nghị định 42/2022/NĐ-CP về cung cấp thông tin trên môi trường mạng');
  });
});

describe('shards: partial archives, newest first', () => {
  // Two dated pages a shard (the first also holds the page without a date, which every first search
  // must cover): the title phrase is in the oldest shard, scattered syllables in the newest.
  const records = [
    article({ title: 'Mức độ hài lòng', body: 'Cá nhân đánh giá cao.', date: '2024-05-01T08:00:00+07:00' }),
    article({ title: 'Tin mới', body: 'Thông tin mới.', date: '2024-04-01T08:00:00+07:00' }),
    article({ title: 'Tin năm 2023', body: 'Không liên quan.', date: '2023-03-01T08:00:00+07:00' }),
    article({ title: 'Tin năm 2022', body: 'Đô thị.', date: '2022-11-01T08:00:00+07:00' }),
    article({ title: 'Phòng chống cá độ bóng đá', date: '2016-02-01T08:00:00+07:00' }),
    article({ title: 'Chủ trang', summary: 'Trang không có ngày.', date: '', time: '', filters: { 'noi-dung': 'trang' } }),
  ];
  const { client, manifest, requested } = indexOf(records, { shardSize: 2 });

  test('pages without a date come first, in the newest shard beside its dated pages; shards say which months they hold', () => {
    expect(manifest.undated).toBe(1);
    expect(manifest.shards.map((s) => [s.size, s.from, s.to])).toEqual([
      [3, '2024-04', '2024-05'],
      [2, '2022-11', '2023-03'],
      [1, '2016-02', '2016-02'],
    ]);
    expect(manifest.shards[0]!.filters['noi-dung']).toEqual(['tin-bai', 'trang']);
    expect(manifest.shards[2]!.filters).toEqual({ 'noi-dung': ['tin-bai'], nam: ['2016'] });
  });

  test('a first search reads the newest shard and says what it left', async () => {
    const first = await titlesFound(client, 'cá độ');
    expect(first).toMatchObject({ titles: ['Mức độ hài lòng'], partial: { from: '2024-04', to: undefined } });
    const files = requested.map((url) => url.slice(manifest.base.length));
    expect(files.filter((file) => !/^(s0|p)\//.test(file))).toEqual([]);
  });

  test('searching everything ranks an old title phrase above newer scattered syllables', async () => {
    const all = await titlesFound(client, 'cá độ', { everything: true });
    expect(all).toMatchObject({ titles: ['Phòng chống cá độ bóng đá', 'Mức độ hài lòng'], partial: undefined });
  });

  test('a filter skips the shards that cannot match', async () => {
    const year = await titlesFound(client, 'cá độ', { filters: { nam: '2016' } });
    expect(year).toMatchObject({ titles: ['Phòng chống cá độ bóng đá'], partial: undefined });
    const none = await titlesFound(client, 'cá độ', { filters: { nam: '1999' } });
    expect(none.titles).toEqual([]);
  });

  test('newest first lists dated pages by date, pages without a date last', async () => {
    const { titles } = await titlesFound(client, '', { newest: true, everything: true });
    expect(titles).toEqual([...records.slice(0, 5).map((r) => r.title), 'Chủ trang']);
  });

  test('a syllable only in older shards is missing from a first search, found in everything', async () => {
    expect(await titlesFound(client, 'bóng')).toMatchObject({ titles: [], missing: ['bóng'], partial: { from: '2024-04' } });
    expect(await titlesFound(client, 'bóng', { everything: true })).toMatchObject({ titles: ['Phòng chống cá độ bóng đá'], missing: [] });
  });
});

test('on equal terms the newest come first, and pages without a date after every dated one', async () => {
  const { client } = indexOf([
    article({ title: 'Liên hệ', date: '', time: '', filters: { 'noi-dung': 'trang' } }),
    article({ title: 'Liên hệ báo chí', date: '2020-01-01T08:00:00+07:00' }),
    article({ title: 'Liên hệ công tác', date: '2024-01-01T08:00:00+07:00' }),
  ]);
  expect((await titlesFound(client, 'lien he')).titles).toEqual(['Liên hệ công tác', 'Liên hệ báo chí', 'Liên hệ']);
  // A better match still comes first, dated or not.
  expect((await titlesFound(client, 'liên hệ')).titles).toEqual(['Liên hệ công tác', 'Liên hệ báo chí', 'Liên hệ']);
  expect((await titlesFound(client, 'lien he bao chi')).titles).toEqual(['Liên hệ báo chí']);
});

describe('filters', () => {
  const { client } = indexOf([
    article({ title: 'Chuyển đổi số ở xã', filters: { 'chuyen-muc': 'chuyen-doi-so', nam: '2024' } }),
    article({ title: 'Chuyển đổi số ở huyện', filters: { 'chuyen-muc': 'tin-tuc', nam: '2024' }, date: '2024-02-01T08:00:00+07:00' }),
  ]);
  test('only pages with the value, all of them with filters alone', async () => {
    expect((await titlesFound(client, 'chuyen doi so', { filters: { 'chuyen-muc': 'tin-tuc' } })).titles).toEqual([
      'Chuyển đổi số ở huyện',
    ]);
    expect((await titlesFound(client, '', { filters: { nam: '2024' }, newest: true })).titles).toEqual([
      'Chuyển đổi số ở huyện',
      'Chuyển đổi số ở xã',
    ]);
  });
  test('a filter value that is not a slug stops the build, naming the page', () => {
    expect(() => indexOf([article({ title: 'X', url: '/tin-tuc/x/', filters: { 'chuyen-muc': 'Tin tức' } })])).toThrow(/\/tin-tuc\/x\//);
  });
});
