import { describe, expect, it } from 'vitest';
import { compareIsoDates, daysInMonth, isIsoDate, isLeapYear, isWithin, OcopError } from '../../src/index.js';

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2020-07-15', '2025-12-31', '1000-01-01'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });
  it.each([
    '2023-02-29',
    '1900-02-29',
    '2020-06-31',
    '2020-13-01',
    '2020-00-10',
    '2020-01-00',
    '2020-7-15',
    '20-07-15',
    '2020-07-15T00:00',
    ' 2020-07-15',
    '0999-12-31',
  ])('rejects %j', (date) => {
    expect(isIsoDate(date)).toBe(false);
  });
  it.each([20200715, null, undefined, {}, ['2020-07-15']])('rejects the non-string %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it('knows leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
  });
  it('knows month lengths', () => {
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(() => daysInMonth(2025, 13)).toThrow(OcopError);
  });
  it('compares and bounds dates', () => {
    expect(compareIsoDates('2025-06-30', '2025-07-01')).toBe(-1);
    expect(compareIsoDates('2025-07-01', '2025-07-01')).toBe(0);
    expect(isWithin('2025-06-30', null, '2025-06-30')).toBe(true);
    expect(isWithin('2025-07-01', null, '2025-06-30')).toBe(false);
    expect(isWithin('2025-06-30', '2025-07-01', null)).toBe(false);
  });
});

describe('date arithmetic', () => {
  it('adds days across month and leap-year ends', async () => {
    const { addDays, daysBetween, toEpochDay, fromEpochDay } = await import('../../src/index.js');
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-05-22', '2026-06-21')).toBe(30);
  });

  it('adds months as the Civil Code counts them (36 months of a certificate)', async () => {
    const { addMonths } = await import('../../src/index.js');
    expect(addMonths('2020-02-04', 36)).toBe('2023-02-04');
    expect(addMonths('2020-02-29', 36)).toBe('2023-02-28');
    expect(addMonths('2021-02-28', 36)).toBe('2024-02-28');
    expect(addMonths('2020-08-31', 6)).toBe('2021-02-28');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
  });

  it('knows the day of the week', async () => {
    const { dayOfWeek } = await import('../../src/index.js');
    expect([dayOfWeek('2020-07-15'), dayOfWeek('2026-11-29'), dayOfWeek('2000-01-01')]).toEqual([3, 0, 6]);
  });
});
