import { expect, test } from 'vitest';
import { activeFilters, searchQueryString, type SearchState } from '../../src/lib/search/search-params';

const state = (fields: Partial<SearchState>): SearchState => ({ query: '', sort: '', filters: { 'chuyen-muc': '', nam: '' }, ...fields });

test.each<[string, Partial<SearchState>, string]>([
  ['nothing set: no query string', { query: '  ' }, ''],
  ['words, trimmed, spaces as +', { query: ' dien bien ' }, 'q=dien+bien'],
  ['Vietnamese percent-encoded as UTF-8', { query: 'đổi' }, 'q=%C4%91%E1%BB%95i'],
  [
    'every field, in the form’s order',
    { sort: 'moi-nhat', filters: { 'chuyen-muc': 'tin-tuc', nam: '2022' }, query: 'lai chau' },
    'q=lai+chau&chuyen-muc=tin-tuc&nam=2022&sap-xep=moi-nhat',
  ],
  ['filters without words', { filters: { 'chuyen-muc': '', nam: '2025' } }, 'nam=2025'],
])('%s', (_, fields, expected) => {
  expect(searchQueryString(state(fields))).toBe(expected);
});

test('activeFilters keeps the filters that are set', () => {
  expect(activeFilters(state({ filters: { 'noi-dung': '', 'chuyen-muc': 'tin-tuc', nam: '2022' } }))).toEqual({
    'chuyen-muc': 'tin-tuc',
    nam: '2022',
  });
});
