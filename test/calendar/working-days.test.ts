import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  communePreAssessmentDue,
  isWorkingDay,
  statutorySchedule,
  workingDaysBetween,
  type YearSchedule,
} from '../../src/index.js';

describe('isWorkingDay against the announced schedules', () => {
  it.each([
    // 2026: Tết 14/2–22/2; New Year 1/1–4/1 with Saturday 10/1 worked; 2/9 29/8–2/9 with Saturday 22/8 worked
    ['2026-02-13', true],
    ['2026-02-16', false],
    ['2026-02-20', false],
    ['2026-02-23', true],
    ['2026-01-02', false],
    ['2026-01-05', true],
    ['2026-01-10', true],
    ['2026-08-22', true],
    ['2026-08-31', false],
    ['2026-09-01', false],
    ['2026-09-02', false],
    ['2026-09-03', true],
    ['2026-04-27', false],
    ['2026-04-30', false],
    ['2026-05-01', false],
    ['2026-05-04', true],
    // 2025: Tết 25/1–2/2; 30/4–4/5 with Saturday 26/4 worked; 2/9 30/8–2/9
    ['2025-01-24', true],
    ['2025-01-27', false],
    ['2025-02-03', true],
    ['2025-04-26', true],
    ['2025-05-02', false],
    ['2025-05-05', true],
    ['2025-09-01', false],
    ['2025-09-03', true],
    // 2024: Tết 8/2–14/2; 30/4 27/4–1/5 with Saturday 4/5 worked; 2/9 31/8–3/9
    ['2024-02-07', true],
    ['2024-02-08', false],
    ['2024-02-14', false],
    ['2024-02-15', true],
    ['2024-04-29', false],
    ['2024-05-04', true],
    ['2024-09-03', false],
    ['2024-09-04', true],
    // ordinary weekends
    ['2026-11-28', false],
    ['2026-11-29', false],
    ['2026-11-30', true],
  ] as const)('%s → %s', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });
});

describe('addWorkingDays and workingDaysBetween', () => {
  it("a commune's 15 working days from 1 June 2026 end on 22 June", () => {
    expect(addWorkingDays('2026-06-01', 15)).toBe('2026-06-22');
    expect(communePreAssessmentDue('2026-06-01')).toBe('2026-06-22');
    expect(workingDaysBetween('2026-06-01', '2026-06-22')).toBe(15);
  });

  it('skips Tết: one working day after Friday 13 February 2026 is Monday 23 February', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    // received Tuesday 10 February: 3 days before Tết, then 23 Feb – 10 Mar
    expect(communePreAssessmentDue('2026-02-10')).toBe('2026-03-10');
  });

  it('counts a worked Saturday', () => {
    expect(addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
  });

  it('0 days is the date itself; negative or fractional counts are errors', () => {
    expect(addWorkingDays('2026-02-14', 0)).toBe('2026-02-14');
    expect(() => addWorkingDays('2026-02-14', -1)).toThrow(expect.objectContaining({ code: 'invalid_day_count' }));
    expect(() => addWorkingDays('2026-02-14', 1.5)).toThrow(/days must be a whole number ≥ 0, got 1.5/);
    expect(() => addWorkingDays('2026-02-30' as never, 1)).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});

describe('options: province days off, extra working days, schedules of years not shipped', () => {
  it('adds a province day off and an extra working day', () => {
    expect(isWorkingDay('2026-10-21', { extraDaysOff: ['2026-10-21'] })).toBe(false);
    expect(isWorkingDay('2026-11-28', { extraWorkingDays: ['2026-11-28'] })).toBe(true);
    expect(addWorkingDays('2026-10-20', 1, { extraDaysOff: ['2026-10-21'] })).toBe('2026-10-22');
  });

  it('takes a schedule for a year the library does not ship', () => {
    const y2040: YearSchedule = {
      year: 2040,
      daysOff: [{ from: '2040-01-01', to: '2040-01-02', name: 'Tết Dương lịch', nameEn: "New Year's Day" }],
      workingDays: [],
      sources: ['test'],
    };
    expect(isWorkingDay('2040-01-02', { schedules: [y2040] })).toBe(false);
    expect(() => isWorkingDay('2040-01-02')).toThrow(expect.objectContaining({ code: 'calendar_not_available' }));
  });
});

describe('statutorySchedule (years without an announced schedule)', () => {
  const y2027 = statutorySchedule(2027);

  it('gives the Labour Code holidays of 2027 with days in lieu for those on a weekend', () => {
    // Tết 2027 is Saturday 6 February: days off 5–9 February, plus two days in lieu (Sat 6, Sun 7) on 10 and 11 February.
    expect(isWorkingDay('2027-02-04')).toBe(true);
    for (const d of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'] as const)
      expect(isWorkingDay(d)).toBe(false);
    expect(isWorkingDay('2027-02-12')).toBe(true);
    // 1 May 2027 is a Saturday: Monday 3 May in lieu
    expect(isWorkingDay('2027-05-03')).toBe(false);
    expect(isWorkingDay('2027-05-04')).toBe(true);
    expect(y2027.notes?.[0]).toMatch(/assumptions/);
  });
});
