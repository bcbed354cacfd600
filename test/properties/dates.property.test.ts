import { fc, test } from '@fast-check/vitest';
import { addDays as fnsAddDays, addMonths as fnsAddMonths, differenceInCalendarDays, getDay } from 'date-fns';
import { describe, expect } from 'vitest';
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  fromEpochDay,
  isIsoDate,
  isoDate,
  toEpochDay,
  type IsoDate,
} from '../../src/index.js';

/** A local-noon Date for a calendar date (noon never falls in a DST gap), and back. */
const toLocal = (date: IsoDate) =>
  new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12);
const fromLocal = (d: Date) => isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());

const date = fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2199-12-31') }).map(fromEpochDay);

describe('calendar arithmetic agrees with date-fns, in any time zone', () => {
  test.prop([date])('epoch days round-trip and name real dates', (d) => {
    expect(isIsoDate(d)).toBe(true);
    expect(fromEpochDay(toEpochDay(d))).toBe(d);
  });

  test.prop([date, fc.integer({ min: -4000, max: 4000 })])('addDays and daysBetween', (d, n) => {
    expect(addDays(d, n)).toBe(fromLocal(fnsAddDays(toLocal(d), n)));
    expect(daysBetween(d, addDays(d, n))).toBe(n);
    expect(daysBetween(d, addDays(d, n))).toBe(differenceInCalendarDays(toLocal(addDays(d, n)), toLocal(d)));
  });

  test.prop([date, fc.integer({ min: -240, max: 240 })])('addMonths clamps to the month end like date-fns', (d, n) => {
    expect(addMonths(d, n)).toBe(fromLocal(fnsAddMonths(toLocal(d), n)));
  });

  test.prop([date])('dayOfWeek', (d) => {
    expect(dayOfWeek(d)).toBe(getDay(toLocal(d)));
  });
});
