/**
 * Calendar dates as `YYYY-MM-DD` strings, computed without `Date` objects so that results never
 * depend on the process time zone. OCOP dates are civil dates in Vietnam's calendar
 * (Asia/Ho_Chi_Minh); a calendar date needs no zone once it is written down.
 */

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
  if (month === 2 && isLeapYear(year)) return 29;
  const length = MONTH_LENGTHS[month - 1];
  if (length === undefined) throw new RangeError(`month must be 1..12, got ${month}`);
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
 * import { compareIsoDates } from 'ocop';
 * compareIsoDates('2025-06-30', '2025-07-01'); // -1
 * ['2020-12-24', '2020-06-16'].sort(compareIsoDates); // ['2020-06-16', '2020-12-24']
 * ```
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
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
  return (from === null || date >= from) && (to === null || date <= to);
}
