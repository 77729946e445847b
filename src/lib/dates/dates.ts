import { vi } from '../../i18n/vi.ts';

/** The newsroom's time zone: every date the site shows or parses without an offset is in it. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET = '+07:00';

const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses a frontmatter date such as `2022-08-08 09:30`, `2022-08-08T09:30:00` or
 * `2022-08-08T09:30:00+07:00`. Without an offset the time is Vietnam time.
 * Returns `undefined` for text that is not such a date or names a day that does not exist
 * (31/02, 25:00…).
 */
export function parseVietnamDateTime(input: string): Date | undefined {
  const match = DATE_TIME_PATTERN.exec(input.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', ms = '0', zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  let offset = zone ?? VIETNAM_OFFSET;
  if (/^[+-]\d{4}$/.test(offset)) offset = `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms.padEnd(3, '0')}${offset.toUpperCase()}`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Parses a day without a time, as documents' dates are written: `2022-06-24`, or the Vietnamese
 * way `24/06/2022` (`24/6/2022`). The day starts at 00:00 Vietnam time. Returns `undefined` for
 * other text, a time of day, or a day that does not exist (31/02).
 */
export function parseVietnamDate(input: string): Date | undefined {
  const text = input.trim();
  const dmy = DAY_MONTH_YEAR.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : text;
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? parseVietnamDateTime(iso) : undefined;
}

type VietnamParts = {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  weekday: string;
};

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});

/** Parts already computed, by epoch milliseconds: a build formats each article's dates on its own
 * page, every listing, feed and sitemap that shows it, and `formatToParts` is the slow part. */
const partsCache = new Map<number, VietnamParts>();

/** The calendar fields of a moment as a clock in Vietnam shows them. */
function vietnamParts(date: Date): VietnamParts {
  const time = date.getTime();
  let parts = partsCache.get(time);
  if (!parts) {
    parts = Object.fromEntries(partsFormatter.formatToParts(date).map((p) => [p.type, p.value])) as VietnamParts;
    partsCache.set(time, parts);
  }
  return parts;
}

/**
 * The timestamp of the department's lists: `04/12/2022 3:56:59 CH`
 * (12-hour clock, SA = morning, CH = afternoon), in Vietnam time.
 */
export function formatListTimestamp(date: Date): string {
  const p = vietnamParts(date);
  const hour24 = Number(p.hour);
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const period = hour24 < 12 ? vi.dates.morning : vi.dates.afternoon;
  return `${p.day}/${p.month}/${p.year} ${hour12}:${p.minute}:${p.second} ${period}`;
}

/** A day as documents show it: `24/06/2022`, in Vietnam time. */
export function formatVietnamDate(date: Date): string {
  const p = vietnamParts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** The article's date line: `Thứ Hai, 08/08/2022, 09:30 (GMT+7)`, in Vietnam time. */
export function formatLongDate(date: Date): string {
  const p = vietnamParts(date);
  const weekday = vi.dates.weekdays[p.weekday as keyof typeof vi.dates.weekdays];
  return `${weekday}, ${p.day}/${p.month}/${p.year}, ${p.hour}:${p.minute} ${vi.dates.zone}`;
}

/** ISO 8601 with the Vietnam offset, for `<time datetime>` and metadata: `2022-08-08T09:30:00+07:00`. */
export function toVietnamIso(date: Date): string {
  const p = vietnamParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${VIETNAM_OFFSET}`;
}

/** The year and month (1–12) of a moment in Vietnam, for archives and search filters. */
export function vietnamYearMonth(date: Date): { year: number; month: number } {
  const p = vietnamParts(date);
  return { year: Number(p.year), month: Number(p.month) };
}

/** English month abbreviations, as RFC 822 dates write them. */
export const RFC_822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * RFC 822 date for RSS, in Vietnam time with its offset: `Mon, 08 Aug 2022 11:45:00 +0700`.
 * (`Date#toUTCString` would give GMT, which feed readers accept but editors do not recognise.)
 */
export function formatRfc822Vietnam(date: Date): string {
  const p = vietnamParts(date);
  return `${p.weekday}, ${p.day} ${RFC_822_MONTHS[Number(p.month) - 1]} ${p.year} ${p.hour}:${p.minute}:${p.second} +0700`;
}
