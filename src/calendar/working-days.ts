/**
 * Working days in Vietnam's public calendar: Monday to Friday, minus public holidays and days
 * off, plus Saturdays worked in exchange ("làm bù"). Years with an official schedule use it as
 * announced; other years within the lunar table follow the Labour Code 2019 (see
 * `statutorySchedule`). Apps add province-specific days off through options.
 */
import { resolveRuleSetAt } from '../rules/registry.js';
import { assertArray, describeValue, localeOf, optionsObject } from '../core/guards.js';
import type { Locale, LocaleOptions } from '../core/issues.js';
import { addDays, assertIsoDate, dayOfWeek, daysBetween, isoDate, type IsoDate } from '../core/dates.js';
import { OcopError } from '../core/errors.js';
import { makeIssue, validationError } from '../core/messages.js';
import { checkShape, type Shape, type ShapeReport } from '../core/shape.js';
import { HUNG_KINGS_DAY, LUNAR_NEW_YEAR } from './data/lunar-dates.js';
import { VIETNAM_SCHEDULES, type YearSchedule } from './data/vietnam-holidays.js';
import type { RuleSet } from '../rules/rule-set.js';

/**
 * Options of the working-day functions. Malformed `schedules` throw `OcopValidationError`, a
 * malformed `ruleSet` `OcopRuleError`, their messages in `locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { isWorkingDay, type CalendarOptions } from 'ocop';
 * // A province gives a day off for its own anniversary.
 * const options: CalendarOptions = { extraDaysOff: ['2026-10-21'] };
 * isWorkingDay('2026-10-21', options); // false
 * ```
 */
export interface CalendarOptions extends LocaleOptions {
  /** Days off added to the national ones (province-specific holidays, local decisions). */
  readonly extraDaysOff?: readonly IsoDate[];
  /** Weekend days that are working days, added to the national schedule. */
  readonly extraWorkingDays?: readonly IsoDate[];
  /** Yearly schedules that replace the shipped one of their year (e.g. a year announced later). */
  readonly schedules?: readonly YearSchedule[];
  /** An adapted rule set whose days off (a province's) are added. */
  readonly ruleSet?: RuleSet;
}

/** The days off and worked weekend days of one year. */
interface YearDays {
  readonly off: ReadonlySet<IsoDate>;
  readonly worked: ReadonlySet<IsoDate>;
}

const isWeekend = (date: IsoDate) => {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
};

function daysOfPeriods(periods: YearSchedule['daysOff']): Set<IsoDate> {
  const days = new Set<IsoDate>();
  for (const period of periods) for (let d = period.from; d <= period.to; d = addDays(d, 1)) days.add(d);
  return days;
}

/**
 * The public holidays of a year by statute alone (Labour Code 2019, Điều 112, from 2021), for
 * years without an announced schedule: 1/1; Tết, the last day of the lunar year and the first four
 * of the new one (the usual announced split of the five days); Giỗ Tổ Hùng Vương (10/3 lunar);
 * 30/4; 1/5; 2/9 and 3/9 (the Code lets each year choose the day before or after; after is
 * assumed). A holiday on a Saturday or Sunday moves to the next working day (Điều 111.3). Throws
 * `calendar_not_available` outside the lunar table.
 *
 * @example
 * ```ts
 * import { statutorySchedule } from 'ocop';
 * statutorySchedule(2027).daysOff.map((p) => p.from);
 * ```
 */
export function statutorySchedule(year: number): YearSchedule {
  if (typeof year !== 'number')
    throw new OcopError('calendar_not_available', `year must be a number, got ${describeValue(year)}`, {
      year: describeValue(year),
    });
  const tet = LUNAR_NEW_YEAR[year];
  const hung = HUNG_KINGS_DAY[year];
  if (tet === undefined || hung === undefined) {
    const years = Object.keys(LUNAR_NEW_YEAR).map(Number);
    throw new OcopError(
      'calendar_not_available',
      `No lunar dates for ${year}: the calendar covers ${Math.min(...years)}–${Math.max(...years)}`,
      { year },
    );
  }
  const holidays: Array<{ day: IsoDate; name: string; nameEn: string }> = [
    { day: isoDate(year, 1, 1), name: 'Tết Dương lịch', nameEn: "New Year's Day" },
    ...[-1, 0, 1, 2, 3].map((offset) => ({
      day: addDays(tet, offset),
      name: 'Tết Nguyên đán',
      nameEn: 'Lunar New Year',
    })),
    { day: hung, name: 'Giỗ Tổ Hùng Vương', nameEn: "Hùng Kings' Commemoration" },
    { day: isoDate(year, 4, 30), name: 'Ngày Chiến thắng', nameEn: 'Reunification Day' },
    { day: isoDate(year, 5, 1), name: 'Ngày Quốc tế Lao động', nameEn: 'Labour Day' },
    { day: isoDate(year, 9, 2), name: 'Quốc khánh', nameEn: 'National Day' },
    { day: isoDate(year, 9, 3), name: 'Quốc khánh', nameEn: 'National Day' },
  ];
  const taken = new Set(holidays.map((h) => h.day));
  const daysOff = holidays.map((h) => ({ from: h.day, to: h.day, name: h.name, nameEn: h.nameEn }));
  for (const holiday of holidays) {
    if (!isWeekend(holiday.day)) continue;
    let compensation = addDays(holiday.day, 1);
    while (isWeekend(compensation) || taken.has(compensation)) compensation = addDays(compensation, 1);
    taken.add(compensation);
    daysOff.push({
      from: compensation,
      to: compensation,
      name: `Nghỉ bù ${holiday.name}`,
      nameEn: `${holiday.nameEn} (in lieu)`,
    });
  }
  return {
    year,
    daysOff,
    workingDays: [],
    sources: ['Bộ luật Lao động 2019 (45/2019/QH14), Điều 111.3 and 112'],
    notes: ['Computed by statute, not announced: the Tết split and the second National Day are assumptions.'],
  };
}

const YEAR_SCHEDULE: Shape = {
  object: {
    year: { number: [1900, 2200], integer: true },
    daysOff: { array: { object: { from: 'date', to: 'date', name: 'text', nameEn: 'text' } }, max: 100 },
    workingDays: { array: 'date', max: 100 },
    sources: { array: 'text', max: 100 },
    notes: { array: 'text', max: 100 },
  },
  optional: ['notes'],
};
/** The longest day-off period a schedule may hold (announced Tết breaks run up to 9 days). */
const MAX_PERIOD_DAYS = 31;

/**
 * Throws `OcopValidationError` unless `schedules` are well-formed year schedules: the shape of
 * `YearSchedule`, each period's `to` on or after its `from` and at most 31 days long, one
 * schedule per year. The messages are in `locale`.
 */
function assertSchedules(schedules: unknown, locale: Locale): void {
  const report: ShapeReport = { issues: [], frozen: true };
  const at = ['options', 'schedules'];
  if (checkShape(schedules, { array: YEAR_SCHEDULE, max: 200 }, at, report)) {
    const years = new Set<number>();
    (schedules as readonly YearSchedule[]).forEach((schedule, i) => {
      if (years.has(schedule.year))
        report.issues.push(makeIssue('duplicate', [...at, i, 'year'], { value: schedule.year }));
      years.add(schedule.year);
      schedule.daysOff.forEach((period, j) => {
        const path = [...at, i, 'daysOff', j, 'to'];
        if (period.to < period.from)
          report.issues.push(makeIssue('date_order', path, { value: period.to, field: 'from', other: period.from }));
        else if (daysBetween(period.from, period.to) >= MAX_PERIOD_DAYS)
          report.issues.push(
            makeIssue('invalid_value', path, {
              value: period.to,
              expected: `a day at most ${MAX_PERIOD_DAYS - 1} days after from (${period.from})`,
            }),
          );
      });
    });
  }
  if (report.issues.length > 0) throw validationError(report.issues, locale);
}

/** A calendar for one call: the years it needs, built once each. */
function calendar(given: CalendarOptions | undefined): (date: IsoDate) => boolean {
  const options = optionsObject(given);
  const locale = localeOf(options);
  if (options.extraDaysOff !== undefined) assertArray(options.extraDaysOff, 'options.extraDaysOff');
  if (options.extraWorkingDays !== undefined) assertArray(options.extraWorkingDays, 'options.extraWorkingDays');
  if (options.schedules !== undefined) assertSchedules(options.schedules, locale);
  if (options.ruleSet !== undefined) resolveRuleSetAt(options.ruleSet, ['options', 'ruleSet'], locale);
  const years = new Map<number, YearDays>();
  const extraOff = new Set([...(options.extraDaysOff ?? []), ...(options.ruleSet?.daysOff ?? []).map((d) => d.date)]);
  const extraWorked = new Set(options.extraWorkingDays ?? []);
  for (const day of [...extraOff, ...extraWorked]) assertIsoDate(day, 'extra day');
  const scheduleOf = (year: number): YearSchedule =>
    options.schedules?.find((s) => s.year === year) ??
    VIETNAM_SCHEDULES.find((s) => s.year === year) ??
    statutorySchedule(year);
  const yearDays = (year: number): YearDays => {
    let found = years.get(year);
    if (!found) {
      const schedule = scheduleOf(year);
      found = { off: daysOfPeriods(schedule.daysOff), worked: new Set(schedule.workingDays) };
      years.set(year, found);
    }
    return found;
  };
  return (date) => {
    if (extraOff.has(date)) return false;
    if (extraWorked.has(date)) return true;
    const days = yearDays(Number(date.slice(0, 4)));
    if (days.worked.has(date)) return true;
    return !isWeekend(date) && !days.off.has(date);
  };
}

/**
 * Whether a date is a working day for state bodies: Monday–Friday that is not a public holiday
 * or announced day off, or a weekend day announced as a working day. Malformed options throw
 * issues in `options.locale` (default `vi`; see {@link CalendarOptions}).
 *
 * @example
 * ```ts
 * import { isWorkingDay } from 'ocop';
 * isWorkingDay('2026-09-02', { locale: 'en' }); // false: National Day
 * isWorkingDay('2026-11-30'); // true: a Monday
 * ```
 */
export function isWorkingDay(date: IsoDate, options: CalendarOptions = {}): boolean {
  assertIsoDate(date, 'date');
  return calendar(options)(date);
}

function requireCount(days: number): void {
  if (!Number.isInteger(days) || days < 0) {
    throw new OcopError('invalid_day_count', `days must be a whole number ≥ 0, got ${describeValue(days)}`, { days });
  }
}

/**
 * The date `days` working days after `date` (the day itself not counted, as time limits "kể từ
 * ngày" are counted); 0 gives `date`. For `days` ≥ 1 the result is always a working day.
 * Negative or fractional counts throw `invalid_day_count`.
 *
 * @example
 * ```ts
 * import { addWorkingDays } from 'ocop';
 * addWorkingDays('2026-06-01', 15); // '2026-06-22': a commune's 15 working days
 * ```
 */
export function addWorkingDays(date: IsoDate, days: number, options: CalendarOptions = {}): IsoDate {
  assertIsoDate(date, 'date');
  requireCount(days);
  const working = calendar(options);
  let current = date;
  for (let left = days; left > 0;) {
    current = addDays(current, 1);
    if (working(current)) left -= 1;
  }
  return current;
}

/**
 * Working days after `from` up to and including `to` (negative when `to` is earlier), so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 *
 * @example
 * ```ts
 * import { workingDaysBetween } from 'ocop';
 * workingDaysBetween('2026-06-01', '2026-06-22'); // 15
 * ```
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, options: CalendarOptions = {}): number {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  if (to < from) return 0 - workingDaysBetween(to, from, options); // 0 - x, not -x: never -0
  const working = calendar(options);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (working(d)) count += 1;
  return count;
}
