import { describe, expect, test } from 'vitest';
import { formatListTimestamp, formatLongDate, parseVietnamDateTime, toVietnamIso, vietnamYearMonth } from '../../src/lib/dates/dates';

describe('parseVietnamDateTime', () => {
  test.each([
    ['2022-08-08 11:45', '2022-08-08T04:45:00.000Z'],
    ['2022-08-08T11:45', '2022-08-08T04:45:00.000Z'],
    ['2022-12-04 15:56:59', '2022-12-04T08:56:59.000Z'],
    ['2022-08-08', '2022-08-07T17:00:00.000Z'],
    ['2022-08-08T11:45:00+07:00', '2022-08-08T04:45:00.000Z'],
    ['2022-08-08T04:45:00Z', '2022-08-08T04:45:00.000Z'],
    ['2022-08-08T06:45:00+0900', '2022-08-07T21:45:00.000Z'],
    ['2024-02-29 00:00', '2024-02-28T17:00:00.000Z'],
  ])('%s is %s', (input, iso) => {
    expect(parseVietnamDateTime(input)?.toISOString()).toBe(iso);
  });

  test.each(['2022-02-30 10:00', '2023-02-29', '2022-13-01', '2022-08-08 24:00', '2022-08-08 10:60', 'hôm nay', '08/08/2022', ''])(
    '%s is not a real date',
    (input) => {
      expect(parseVietnamDateTime(input)).toBeUndefined();
    },
  );
});

describe('formatting in Vietnam time', () => {
  test.each([
    ['2022-12-04T08:56:59Z', '04/12/2022 3:56:59 CH'],
    ['2022-12-02T03:53:55Z', '02/12/2022 10:53:55 SA'],
    ['2022-11-28T10:13:46Z', '28/11/2022 5:13:46 CH'],
    ['2022-11-07T17:00:00Z', '08/11/2022 12:00:00 SA'],
    ['2022-11-08T05:00:00Z', '08/11/2022 12:00:00 CH'],
    ['2022-12-31T16:59:59Z', '31/12/2022 11:59:59 CH'],
  ])('list timestamp of %s is %s', (iso, expected) => {
    expect(formatListTimestamp(new Date(iso))).toBe(expected);
  });

  test('long date, short date, ISO with offset and year/month', () => {
    const date = new Date('2022-08-08T04:45:00Z');
    expect(formatLongDate(date)).toBe('Thứ Hai, 08/08/2022, 11:45 (GMT+7)');
    expect(toVietnamIso(date)).toBe('2022-08-08T11:45:00+07:00');
    expect(vietnamYearMonth(new Date('2022-12-31T18:00:00Z'))).toEqual({ year: 2023, month: 1 });
  });

  test('the machine time zone does not matter', () => {
    // Intl is given the zone explicitly; run the same check with TZ changed for this process.
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatListTimestamp(new Date('2022-12-04T08:56:59Z'))).toBe('04/12/2022 3:56:59 CH');
      expect(parseVietnamDateTime('2022-08-08 11:45')?.toISOString()).toBe('2022-08-08T04:45:00.000Z');
    } finally {
      // Assigning undefined would set the text "undefined" as the zone.
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
