/*
 * Gregorian dates of two days of Vietnam's lunisolar calendar (âm lịch), 2019–2035:
 * Tết Nguyên đán (mùng 1 tháng Giêng) and Giỗ Tổ Hùng Vương (mùng 10 tháng Ba).
 *
 * Vietnam's lunar calendar is computed for UTC+7 (Hanoi), China's for UTC+8, so the two differ
 * when a new moon falls between 16:00 and 17:00 UTC: in this range that happens once, for Tết
 * 2030 (Vietnam 2030-02-02, China 2030-02-03). Earlier famous case: Tết 1985 (Vietnam
 * 1985-01-21, China 1985-02-20). A table built from a Chinese calendar library is therefore
 * NOT a valid source for these dates.
 *
 * Sources checked (via the search / read_file tools):
 *  - jdavid54/amlich, amlich-hnd_2026.js (commit 53da14f40dc15721429abaf5d1a509a9f3988b5c):
 *    Hồ Ngọc Đức's precomputed year codes for 2000–2099 (array TK21; each code packs the
 *    offset of Tết from 1 January, the month lengths and the leap month). Decoded for each year
 *    below: Tết and mùng 10 tháng Ba.
 *  - samuraitruong/lunardate, src/lib/{new-moon,sun-longitude,leap-year,conver-solar-lunar}.ts
 *    (commits 50e91ef81832a3d3d6b1ce068068a6a0664b39e7 and
 *    0c586795ac4eb7e198266979cee5d5d599a23f94): a port of Hồ Ngọc Đức's astronomical algorithm
 *    (Meeus new moons and solar longitude, time zone 7). Run in a throwaway script with
 *    timeZone = 7 it gives the same 34 dates as the TK21 table; with timeZone = 8 it gives
 *    2030-02-03 for Tết 2030 and agrees everywhere else.
 *  - vacanza/holidays, holidays/calendars/chinese.py (commit
 *    13a9000d6e4bdb05b43bdaa1dfa81c2cc68538ee): LUNAR_NEW_YEAR_DATES and HUNG_KINGS_DATES of the
 *    Chinese (UTC+8) calendar. They agree with every date below except Tết 2030 (FEB 3 there),
 *    the UTC+7/UTC+8 difference above.
 *  - Announcements of the day-off schedules cited in vietnam-holidays.ts, which give the lunar
 *    day of their first and last days (e.g. 2026: 14/2 = 27 tháng Chạp, 22/2 = mùng 6 tháng
 *    Giêng) and the Gregorian date of Giỗ Tổ (2020-04-02, 2021-04-21, 2022-04-10, 2023-04-29,
 *    2024-04-18, 2025-04-07, 2026-04-26): all agree with the table for 2019–2026.
 *
 * 2027–2035 are astronomical computations, not announcements: the government has not yet
 * published schedules for them.
 */
import type { IsoDate } from '../../core/dates.js';
import { deepFreeze } from '../../core/freeze.js';

/**
 * The Gregorian date of Tết Nguyên đán (1st day of the 1st month of Vietnam's lunar calendar,
 * UTC+7) for each year 2019–2035. Deeply frozen.
 *
 * @example
 * ```ts
 * import { LUNAR_NEW_YEAR } from 'ocop';
 * LUNAR_NEW_YEAR[2026]; // '2026-02-17'
 * LUNAR_NEW_YEAR[2030]; // '2030-02-02' (China's is 2030-02-03)
 * ```
 */
export const LUNAR_NEW_YEAR: Readonly<Record<number, IsoDate>> = /* @__PURE__ */ deepFreeze({
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
});

/**
 * The Gregorian date of Giỗ Tổ Hùng Vương (10th day of the 3rd month of Vietnam's lunar
 * calendar), a paid public holiday, for each year 2019–2035. Deeply frozen.
 *
 * @example
 * ```ts
 * import { HUNG_KINGS_DAY } from 'ocop';
 * HUNG_KINGS_DAY[2025]; // '2025-04-07'
 * HUNG_KINGS_DAY[2026]; // '2026-04-26'
 * ```
 */
export const HUNG_KINGS_DAY: Readonly<Record<number, IsoDate>> = /* @__PURE__ */ deepFreeze({
  2019: '2019-04-14',
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
  2031: '2031-04-01',
  2032: '2032-04-19',
  2033: '2033-04-09',
  2034: '2034-04-28',
  2035: '2035-04-17',
});
