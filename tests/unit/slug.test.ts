import { describe, expect, test } from 'vitest';
import { MAX_SLUG_LENGTH, tagKey, toSlug } from '../../src/lib/text/slug';

describe('toSlug', () => {
  test.each([
    ['Chuyển đổi số', 'chuyen-doi-so'],
    ['Điện Biên', 'dien-bien'],
    ['Điện Biên: chuyển đổi số', 'dien-bien-chuyen-doi-so'],
    ['ĐƯỜNG ĐẾN ĐÀ LẠT', 'duong-den-da-lat'],
    ['Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số', 'phien-hop-thu-ba-uy-ban-quoc-gia-ve-chuyen-doi-so'],
    ['Quyết định số 983/QĐ-UBND ngày 04/8/2022', 'quyet-dinh-so-983-qd-ubnd-ngay-04-8-2022'],
    ['  “Sóng và máy tính cho em”!  ', 'song-va-may-tinh-cho-em'],
    ['Chuyển đổi số 🚀 2025', 'chuyen-doi-so-2025'],
    ['Tỷ lệ 10,41% — kinh tế số', 'ty-le-10-41-kinh-te-so'],
    ['Hòa, Hoà, hoá, hóa', 'hoa-hoa-hoa-hoa'],
    ['!!!', ''],
  ])('%s → %s', (input, expected) => {
    expect(toSlug(input)).toBe(expected);
  });

  test('NFD input gives the same slug as NFC', () => {
    const nfc = 'Điện Biên: chuyển đổi số ở vùng cao';
    expect(toSlug(nfc.normalize('NFD'))).toBe(toSlug(nfc));
    expect(nfc.normalize('NFD')).not.toBe(nfc);
  });

  test('very long titles are cut at a word boundary', () => {
    const title =
      'Hướng dẫn thực hiện các nội dung thành phần về thông tin và truyền thông trong các chương trình mục tiêu Quốc gia giai đoạn 2021-2025';
    const slug = toSlug(title);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toBe('huong-dan-thuc-hien-cac-noi-dung-thanh-phan-ve-thong-tin-va-truyen-thong-trong');
    expect(toSlug(title, Infinity)).toMatch(/-2021-2025$/);
  });

  test('a single overlong word is cut, not dropped', () => {
    expect(toSlug('a'.repeat(200))).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });
});

describe('tagKey', () => {
  test('case, spacing and composition do not make a different tag', () => {
    const key = tagKey('Chuyển đổi số');
    expect(tagKey('CHUYỂN ĐỔI SỐ')).toBe(key);
    expect(tagKey('  chuyển   đổi số ')).toBe(key);
    expect(tagKey('Chuyển đổi số'.normalize('NFD'))).toBe(key);
  });

  test('diacritics still distinguish tags', () => {
    expect(tagKey('Đà')).not.toBe(tagKey('Da'));
  });
});
