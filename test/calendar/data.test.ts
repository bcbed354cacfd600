import { describe, expect, it } from 'vitest';
import { isIsoDate, isWithin, type IsoDate } from '../../src/core/dates.js';
import { HUNG_KINGS_DAY, LUNAR_NEW_YEAR } from '../../src/calendar/data/lunar-dates.js';
import { VIETNAM_SCHEDULES, type DayOffPeriod, type YearSchedule } from '../../src/calendar/data/vietnam-holidays.js';

/** Weekday of an ISO date, 0 = Sunday … 6 = Saturday. */
function weekday(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function schedule(year: number): YearSchedule {
  const found = VIETNAM_SCHEDULES.find((s) => s.year === year);
  if (!found) throw new Error(`no schedule for ${year}`);
  return found;
}

function period(year: number, name: string): DayOffPeriod {
  const found = schedule(year).daysOff.find((p) => p.name === name);
  if (!found) throw new Error(`no ${name} in ${year}`);
  return found;
}

const range = (p: DayOffPeriod) => [p.from, p.to];
const inSomePeriod = (s: YearSchedule, date: IsoDate) => s.daysOff.some((p) => isWithin(date, p.from, p.to));

describe('VIETNAM_SCHEDULES: the required years', () => {
  it('2024: Tết 8–14/2, 30/4 from Sat 27/4 to 1/5 with Sat 4/5 worked, National Day 31/8–3/9', () => {
    expect(range(period(2024, 'Tết Nguyên đán'))).toEqual(['2024-02-08', '2024-02-14']);
    expect(range(period(2024, 'Ngày Chiến thắng và Ngày Quốc tế Lao động'))).toEqual(['2024-04-27', '2024-05-01']);
    expect(range(period(2024, 'Quốc khánh'))).toEqual(['2024-08-31', '2024-09-03']);
    expect(range(period(2024, 'Giỗ Tổ Hùng Vương'))).toEqual(['2024-04-18', '2024-04-18']);
    expect(range(period(2024, 'Tết Dương lịch'))).toEqual(['2024-01-01', '2024-01-01']);
    expect(schedule(2024).workingDays).toEqual(['2024-05-04']);
  });

  it('2025: Tết 25/1–2/2 with no swap, 30/4–4/5 with Sat 26/4 worked, National Day 30/8–2/9', () => {
    expect(range(period(2025, 'Tết Nguyên đán'))).toEqual(['2025-01-25', '2025-02-02']);
    expect(range(period(2025, 'Ngày Chiến thắng và Ngày Quốc tế Lao động'))).toEqual(['2025-04-30', '2025-05-04']);
    expect(range(period(2025, 'Quốc khánh'))).toEqual(['2025-08-30', '2025-09-02']);
    expect(range(period(2025, 'Giỗ Tổ Hùng Vương'))).toEqual(['2025-04-05', '2025-04-07']);
    expect(range(period(2025, 'Tết Dương lịch'))).toEqual(['2025-01-01', '2025-01-01']);
    expect(schedule(2025).workingDays).toEqual(['2025-04-26']);
  });

  it('2026: New Year 1–4/1 (Sat 10/1 worked), Tết 14–22/2, 30/4–3/5, National Day 29/8–2/9 (Sat 22/8 worked)', () => {
    expect(range(period(2026, 'Tết Dương lịch'))).toEqual(['2026-01-01', '2026-01-04']);
    expect(range(period(2026, 'Tết Nguyên đán'))).toEqual(['2026-02-14', '2026-02-22']);
    expect(range(period(2026, 'Giỗ Tổ Hùng Vương'))).toEqual(['2026-04-25', '2026-04-27']);
    expect(range(period(2026, 'Ngày Chiến thắng và Ngày Quốc tế Lao động'))).toEqual(['2026-04-30', '2026-05-03']);
    expect(range(period(2026, 'Quốc khánh'))).toEqual(['2026-08-29', '2026-09-02']);
    expect(schedule(2026).workingDays).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('2026 does not include Ngày Văn hóa Việt Nam (24/11), which no passed law has made a holiday yet', () => {
    expect(inSomePeriod(schedule(2026), '2026-11-24')).toBe(false);
    expect(schedule(2026).notes?.some((n) => n.includes('Ngày Văn hóa Việt Nam'))).toBe(true);
  });
});

describe('VIETNAM_SCHEDULES: shape', () => {
  it('has 2024, 2025 and 2026, with years unique and ascending', () => {
    const years = VIETNAM_SCHEDULES.map((s) => s.year);
    expect(years).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    for (let i = 1; i < years.length; i++) expect(years[i]).toBeGreaterThan(years[i - 1] as number);
  });

  it.each(VIETNAM_SCHEDULES.map((s) => [s.year, s] as const))(
    '%i: real dates, from <= to, sorted periods, names, sources',
    (year, s) => {
      expect(s.daysOff.length).toBeGreaterThan(0);
      expect(s.sources.length).toBeGreaterThan(0);
      for (const p of s.daysOff) {
        expect(isIsoDate(p.from), p.from).toBe(true);
        expect(isIsoDate(p.to), p.to).toBe(true);
        expect(p.from <= p.to, `${p.from}..${p.to}`).toBe(true);
        expect(p.name).not.toBe('');
        expect(p.nameEn).not.toBe('');
        // A period belongs to its year; only a New Year break may start in the previous December.
        expect(p.to.startsWith(`${year}-`), p.to).toBe(true);
        expect(p.from.startsWith(`${year}-`) || p.from.startsWith(`${year - 1}-12-`), p.from).toBe(true);
      }
      for (let i = 1; i < s.daysOff.length; i++)
        expect((s.daysOff[i - 1] as DayOffPeriod).to < (s.daysOff[i] as DayOffPeriod).from).toBe(true);
      for (const d of s.workingDays) expect(isIsoDate(d), d).toBe(true);
    },
  );

  it.each(VIETNAM_SCHEDULES.map((s) => [s.year, s] as const))(
    '%i: every working day is a Saturday or Sunday outside the days off',
    (_year, s) => {
      for (const d of s.workingDays) {
        expect([0, 6], d).toContain(weekday(d));
        expect(inSomePeriod(s, d), d).toBe(false);
      }
    },
  );

  it.each(VIETNAM_SCHEDULES.map((s) => [s.year, s] as const))(
    '%i: 1/1, Tết, Giỗ Tổ, 30/4, 1/5 and 2/9 are days off',
    (year, s) => {
      const tet = LUNAR_NEW_YEAR[year];
      const hung = HUNG_KINGS_DAY[year];
      expect(tet).toBeDefined();
      expect(hung).toBeDefined();
      for (const d of [`${year}-01-01`, tet, hung, `${year}-04-30`, `${year}-05-01`, `${year}-09-02`] as IsoDate[]) {
        expect(inSomePeriod(s, d), d).toBe(true);
      }
      expect(isWithin(tet as IsoDate, period(year, 'Tết Nguyên đán').from, period(year, 'Tết Nguyên đán').to)).toBe(
        true,
      );
    },
  );

  it('from 2021 (Labour Code 2019) National Day has two days: 2/9 and 1/9 or 3/9', () => {
    for (const s of VIETNAM_SCHEDULES.filter((x) => x.year >= 2021)) {
      const adjacent = [`${s.year}-09-01`, `${s.year}-09-03`] as IsoDate[];
      expect(
        adjacent.some((d) => inSomePeriod(s, d)),
        String(s.year),
      ).toBe(true);
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(VIETNAM_SCHEDULES)).toBe(true);
    expect(Object.isFrozen(schedule(2026).daysOff[0])).toBe(true);
    expect(Object.isFrozen(schedule(2026).workingDays)).toBe(true);
  });
});

describe('LUNAR_NEW_YEAR and HUNG_KINGS_DAY', () => {
  it('cover 2019–2035 with real dates: Tết between 21/1 and 20/2, Giỗ Tổ two lunar months and 9 days after Tết', () => {
    for (let year = 2019; year <= 2035; year++) {
      const tet = LUNAR_NEW_YEAR[year] as IsoDate;
      const hung = HUNG_KINGS_DAY[year] as IsoDate;
      expect(isIsoDate(tet), String(year)).toBe(true);
      expect(isIsoDate(hung), String(year)).toBe(true);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`, tet).toBe(true);
      // Two lunar months (29 or 30 days each) plus 9 days; three months in 2023, whose leap
      // month (tháng 2 nhuận) comes before the third month.
      const days = (Date.parse(hung) - Date.parse(tet)) / 86_400_000;
      expect(year === 2023 ? [96, 97, 98, 99] : [67, 68, 69], `${year}: ${days}`).toContain(days);
    }
  });

  it('has the verified dates', () => {
    expect(LUNAR_NEW_YEAR[2024]).toBe('2024-02-10');
    expect(LUNAR_NEW_YEAR[2025]).toBe('2025-01-29');
    expect(LUNAR_NEW_YEAR[2026]).toBe('2026-02-17');
    expect(LUNAR_NEW_YEAR[2023]).toBe('2023-01-22');
    expect(HUNG_KINGS_DAY[2024]).toBe('2024-04-18');
    expect(HUNG_KINGS_DAY[2025]).toBe('2025-04-07');
    expect(HUNG_KINGS_DAY[2026]).toBe('2026-04-26');
    expect(HUNG_KINGS_DAY[2023]).toBe('2023-04-29');
  });

  it('keeps the Vietnamese (UTC+7) date where it differs from the Chinese one: Tết 2030', () => {
    expect(LUNAR_NEW_YEAR[2030]).toBe('2030-02-02');
  });

  it('has nothing outside 2019–2035 and is frozen', () => {
    expect(Object.keys(LUNAR_NEW_YEAR).map(Number)).toEqual(Array.from({ length: 17 }, (_, i) => 2019 + i));
    expect(Object.keys(HUNG_KINGS_DAY).map(Number)).toEqual(Array.from({ length: 17 }, (_, i) => 2019 + i));
    expect(Object.isFrozen(LUNAR_NEW_YEAR)).toBe(true);
    expect(Object.isFrozen(HUNG_KINGS_DAY)).toBe(true);
  });
});
