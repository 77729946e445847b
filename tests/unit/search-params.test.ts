import { expect, test } from 'vitest';
import { emptySearchState, searchQueryString, type SearchState } from '../../src/lib/search/search-params';

const state = (fields: Partial<SearchState>): SearchState => ({ ...emptySearchState(), ...fields });

test.each<[string, Partial<SearchState>, string]>([
  ['nothing set: no query string', { query: '  ' }, ''],
  ['words, trimmed, spaces as +', { query: ' dien bien ' }, 'q=dien+bien'],
  ['Vietnamese percent-encoded as UTF-8', { query: 'đổi' }, 'q=%C4%91%E1%BB%95i'],
  [
    'every field, in the form’s order',
    { sort: 'moi-nhat', year: '2022', category: 'tin-tuc', query: 'lai chau' },
    'q=lai+chau&chuyen-muc=tin-tuc&nam=2022&sap-xep=moi-nhat',
  ],
  ['filters without words', { year: '2025' }, 'nam=2025'],
  [
    'document filters, in the form’s order',
    { issuer: 'chinh-phu', kind: 'van-ban', query: '42/2022', type: 'nghi-dinh' },
    'q=42%2F2022&noi-dung=van-ban&loai-van-ban=nghi-dinh&co-quan-ban-hanh=chinh-phu',
  ],
])('%s', (_, fields, expected) => {
  expect(searchQueryString(state(fields))).toBe(expected);
});
