import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addWorkingDays, fromEpochDay, isWorkingDay, toEpochDay, workingDaysBetween } from '../../src/index.js';

// Dates inside the years the calendar covers (schedules and the lunar table).
const date = fc.integer({ min: toEpochDay('2019-01-01'), max: toEpochDay('2034-10-31') }).map(fromEpochDay);
const count = fc.integer({ min: 0, max: 60 });

describe('working days (properties; CI runs them under several time zones)', () => {
  test.prop([date, fc.integer({ min: 1, max: 60 })], { numRuns: 300 })(
    'addWorkingDays(d, n ≥ 1) is a working day',
    (d, n) => {
      expect(isWorkingDay(addWorkingDays(d, n))).toBe(true);
    },
  );

  test.prop([date, count], { numRuns: 300 })('workingDaysBetween inverts addWorkingDays', (d, n) => {
    const end = addWorkingDays(d, n);
    expect(workingDaysBetween(d, end)).toBe(n);
    expect(workingDaysBetween(end, d)).toBe(0 - n);
  });

  test.prop([date, count, count], { numRuns: 200 })('adding in two steps equals adding at once', (d, a, b) => {
    expect(addWorkingDays(addWorkingDays(d, a), b)).toBe(addWorkingDays(d, a + b));
  });

  test.prop([date], { numRuns: 300 })(
    'every fifth working day lands within the following two weeks (no runaway gaps beyond Tết)',
    (d) => {
      const next = addWorkingDays(d, 5);
      expect(toEpochDay(next) - toEpochDay(d)).toBeLessThanOrEqual(16);
    },
  );
});
