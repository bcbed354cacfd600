/**
 * Calendar dates as `YYYY-MM-DD` strings, computed without `Date` objects so that results never
 * depend on the process time zone. OCOP dates are civil dates in Vietnam's calendar
 * (Asia/Ho_Chi_Minh); a calendar date needs no zone once it is written down.
 */
import { OcopError } from './errors.js';
import { describeValue } from './guards.js';

/**
 * A calendar date written `YYYY-MM-DD`, e.g. `"2020-07-15"`.
 *
 * The type only checks the shape; {@link isIsoDate} checks that the day exists.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'ocop';
 * const conferenceDeadline: IsoDate = '2020-07-15';
 * ```
 */
export type IsoDate = `${number}-${number}-${number}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in each month of a common year. */
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether a Gregorian year is a leap year.
 *
 * @example
 * ```ts
 * import { isLeapYear } from 'ocop';
 * isLeapYear(2024); // true
 * isLeapYear(2100); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  if (typeof year !== 'number')
    throw new OcopError('invalid_input', `year must be a number, got ${describeValue(year)}`, { year });
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1–12) of a year.
 *
 * @example
 * ```ts
 * import { daysInMonth } from 'ocop';
 * daysInMonth(2023, 2); // 28
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (typeof month !== 'number' || !Number.isInteger(month))
    throw new OcopError('invalid_date', `month must be a whole number from 1 to 12, got ${describeValue(month)}`, {
      month,
    });
  if (month === 2 && isLeapYear(year)) return 29;
  const length = MONTH_LENGTHS[month - 1];
  if (length === undefined)
    throw new OcopError('invalid_date', `month must be a whole number from 1 to 12, got ${describeValue(month)}`, {
      month,
    });
  return length;
}

/**
 * Whether a value is a `YYYY-MM-DD` string naming a day that exists (years 1000–9999).
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'ocop';
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false: 2023 is not a leap year
 * isIsoDate('2020-7-15'); // false: months and days take two digits
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Compares two ISO dates: negative if `a` is earlier, 0 if equal, positive if later.
 * `YYYY-MM-DD` strings order lexicographically, so this is a plain string comparison.
 *
 * @example
 * ```ts
 * import { compareIsoDates, type IsoDate } from 'ocop';
 * compareIsoDates('2025-06-30', '2025-07-01'); // -1
 * const dates: IsoDate[] = ['2020-12-24', '2020-06-16'];
 * dates.sort(compareIsoDates); // ['2020-06-16', '2020-12-24']
 * ```
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  assertIsoDate(a, 'a');
  assertIsoDate(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether `date` lies in the inclusive range `[from, to]`; a `null` bound is open.
 *
 * @example
 * ```ts
 * import { isWithin } from 'ocop';
 * isWithin('2025-06-30', null, '2025-06-30'); // true
 * isWithin('2025-07-01', null, '2025-06-30'); // false
 * ```
 */
export function isWithin(date: IsoDate, from: IsoDate | null, to: IsoDate | null): boolean {
  assertIsoDate(date, 'date');
  if (from !== null) assertIsoDate(from, 'from');
  if (to !== null) assertIsoDate(to, 'to');
  return (from === null || date >= from) && (to === null || date <= to);
}

/** Splits a valid ISO date into numbers. */
function parts(date: IsoDate): [year: number, month: number, day: number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Throws `invalid_date` unless `value` is a whole number in [min, max]. */
function wholeNumber(value: unknown, name: string, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new OcopError(
      'invalid_date',
      `${name} must be a whole number from ${min} to ${max}, got ${describeValue(value)}`,
      { [name]: value },
    );
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Writes a year, month (1–12) and day as an ISO date (no check that the day exists).
 *
 * @example
 * ```ts
 * import { isoDate } from 'ocop';
 * isoDate(2020, 7, 15); // '2020-07-15'
 * ```
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  wholeNumber(year, 'year', 0, 9999);
  wholeNumber(month, 'month', 1, 12);
  wholeNumber(day, 'day', 1, daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/**
 * Days since 1970-01-01 of a calendar date (proleptic Gregorian), by arithmetic on the date
 * itself: no `Date`, so no time zone.
 *
 * @example
 * ```ts
 * import { toEpochDay } from 'ocop';
 * toEpochDay('1970-01-02'); // 1
 * toEpochDay('2020-07-15'); // 18458
 * ```
 */
export function toEpochDay(date: IsoDate): number {
  assertIsoDate(date, 'date');
  const [year, month, day] = parts(date);
  // Days from civil (H. Hinnant): years start in March so the leap day is last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The calendar date of a day count since 1970-01-01 (the inverse of {@link toEpochDay}).
 *
 * @example
 * ```ts
 * import { fromEpochDay } from 'ocop';
 * fromEpochDay(18458); // '2020-07-15'
 * ```
 */
export function fromEpochDay(epochDay: number): IsoDate {
  if (typeof epochDay !== 'number' || !Number.isSafeInteger(epochDay))
    throw new OcopError('invalid_date', `epochDay must be a whole number, got ${describeValue(epochDay)}`, {
      epochDay,
    });
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/**
 * The date `days` calendar days after `date` (before it when negative).
 *
 * @example
 * ```ts
 * import { addDays } from 'ocop';
 * addDays('2026-05-22', 60); // '2026-07-21'
 * addDays('2024-03-01', -1); // '2024-02-29'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (typeof days !== 'number' || !Number.isSafeInteger(days))
    throw new OcopError('invalid_day_count', `days must be a whole number, got ${describeValue(days)}`, { days });
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * import { daysBetween } from 'ocop';
 * daysBetween('2026-05-22', '2026-07-21'); // 60
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * Day of the week: 0 Sunday, 1 Monday … 6 Saturday.
 *
 * @example
 * ```ts
 * import { dayOfWeek } from 'ocop';
 * dayOfWeek('2020-07-15'); // 3 (Wednesday)
 * ```
 */
export function dayOfWeek(date: IsoDate): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(date) + 4) % 7) + 7) % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

/**
 * The date `months` calendar months after `date`, the day clamped to the end of a shorter month
 * (31 January + 1 month = 28 or 29 February), as date-fns `addMonths` does and as the Civil Code
 * counts a period in months (Bộ luật Dân sự 2015, Điều 147–148: a period ending in a month
 * without the corresponding day ends on that month's last day).
 *
 * @example
 * ```ts
 * import { addMonths } from 'ocop';
 * addMonths('2020-02-04', 36); // '2023-02-04'
 * addMonths('2020-02-29', 36); // '2023-02-28'
 * addMonths('2021-01-31', 1); // '2021-02-28'
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertIsoDate(date, 'date');
  if (typeof months !== 'number' || !Number.isSafeInteger(months))
    throw new OcopError('invalid_input', `months must be a whole number, got ${describeValue(months)}`, { months });
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return isoDate(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

/**
 * Throws `OcopError` `invalid_date` (naming the argument) unless `value` is a real calendar date.
 *
 * @example
 * ```ts
 * import { assertIsoDate } from 'ocop';
 * assertIsoDate('2026-11-29', 'asOf'); // passes
 * assertIsoDate('2023-02-29', 'asOf'); // throws: asOf must be a real calendar date YYYY-MM-DD, got "2023-02-29"
 * ```
 */
export function assertIsoDate(value: unknown, name: string): asserts value is IsoDate {
  if (typeof name !== 'string')
    throw new OcopError('invalid_input', `name must be a string, got ${describeValue(name)}`, { argument: 'name' });
  if (!isIsoDate(value))
    throw new OcopError(
      'invalid_date',
      `${name} must be a real calendar date YYYY-MM-DD, got ${describeValue(value)}`,
      { [name]: value },
    );
}
