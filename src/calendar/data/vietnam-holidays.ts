/*
 * Vietnam's public holidays as they were given to state employees (cán bộ, công chức, viên
 * chức, who rest on Saturday and Sunday), year by year: the days off, including compensatory
 * days (nghỉ bù) and swapped days (hoán đổi), and the Saturdays worked in exchange (làm bù).
 *
 * The law: Bộ luật Lao động 10/2012/QH13, Điều 115 (until 2020-12-31: 10 days, Quốc khánh one
 * day, 2/9) and Bộ luật Lao động 45/2019/QH14, Điều 112 (from 2021-01-01: 11 days: Tết Dương
 * lịch 1, Tết Âm lịch 5, Giỗ Tổ Hùng Vương 1, 30/4 1, 1/5 1, Quốc khánh 2 = 2/9 and one adjacent
 * day chosen each year). A holiday on a weekly rest day gives a compensatory day off on the next
 * working day. Each year the Prime Minister (through Văn phòng Chính phủ) approves the schedule
 * proposed by Bộ LĐ-TB-XH (until 2025) or Bộ Nội vụ (from 2025).
 *
 * Convention: a period runs from the first to the last day off of that occasion as the cited
 * announcement or report gives it, so it includes a weekend where the source counts it (e.g.
 * Tết 2026 from Saturday 14/2 to Sunday 22/2) and not otherwise. A period may start in the
 * previous calendar year (New Year 2019 and 2023). Every weekday off is inside a period.
 *
 * Each year's `sources` lists what was read (via the search / read_file tools, stored copies of
 * the pages); where two sources disagree or a day rests on one source, `notes` says so. A year
 * that could not be sourced is left out, never filled in from the rules.
 *
 * New holidays: Nghị quyết 80-NQ/TW (January 2026) chose 24/11 as Ngày Văn hóa Việt Nam, meant
 * to become a paid holiday, and Nghị quyết 30/NQ-CP (February 2026) tasks the government with
 * amending Điều 112. As of the latest sources read (2026-02-26) the National Assembly had NOT
 * passed that amendment, so 24/11/2026 is not in the 2026 schedule (see its notes).
 */
import type { IsoDate } from '../../core/dates.js';
import { deepFreeze } from '../../core/freeze.js';

/**
 * One holiday period or single day off, as announced for state employees.
 *
 * @example
 * ```ts
 * import type { DayOffPeriod } from 'ocop';
 * const tet2026: DayOffPeriod = { from: '2026-02-14', to: '2026-02-22', name: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' };
 * ```
 */
export interface DayOffPeriod {
  /** First day off, inclusive. */
  readonly from: IsoDate;
  /** Last day off, inclusive. */
  readonly to: IsoDate;
  /** Vietnamese name of the occasion, e.g. 'Tết Nguyên đán'. */
  readonly name: string;
  /** English name of the occasion. */
  readonly nameEn: string;
}

/**
 * The official day-off schedule of one year for state employees (công chức, viên chức).
 *
 * @example
 * ```ts
 * import { VIETNAM_SCHEDULES } from 'ocop';
 * const y2026 = VIETNAM_SCHEDULES.find((s) => s.year === 2026);
 * y2026?.workingDays; // ['2026-01-10', '2026-08-22']
 * ```
 */
export interface YearSchedule {
  /** The calendar year whose holidays these are. */
  readonly year: number;
  /**
   * Every day off that is not an ordinary Saturday or Sunday lies inside one of these periods;
   * periods may include weekends, as announced. Sorted by `from`.
   */
  readonly daysOff: readonly DayOffPeriod[];
  /** Saturdays or Sundays that are working days in exchange for a swapped day off (làm bù); empty if none. */
  readonly workingDays: readonly IsoDate[];
  /** Addresses of the pages, or repository/path of the files, the year was transcribed from. */
  readonly sources: readonly string[];
  /** Anything unconfirmed or worth knowing, in English. */
  readonly notes?: readonly string[];
}

const NEW_YEAR = { name: 'Tết Dương lịch', nameEn: "New Year's Day" } as const;
const TET = { name: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' } as const;
const HUNG_KINGS = { name: 'Giỗ Tổ Hùng Vương', nameEn: "Hùng Kings' Commemoration Day" } as const;
const APRIL_30_MAY_1 = {
  name: 'Ngày Chiến thắng và Ngày Quốc tế Lao động',
  nameEn: 'Reunification Day and International Labour Day',
} as const;
const NATIONAL_DAY = { name: 'Quốc khánh', nameEn: 'National Day' } as const;

/**
 * Vietnam's official holiday schedules for state employees, 2019–2026, transcribed from the
 * announcements and reports cited in each year's `sources`. Sorted by year; deeply frozen.
 *
 * @example
 * ```ts
 * import { VIETNAM_SCHEDULES } from 'ocop';
 * const y2025 = VIETNAM_SCHEDULES.find((s) => s.year === 2025);
 * y2025?.daysOff.find((p) => p.name === 'Tết Nguyên đán'); // { from: '2025-01-25', to: '2025-02-02', name: 'Tết Nguyên đán', nameEn: 'Lunar New Year (Tết)' }
 * y2025?.workingDays; // ['2025-04-26']
 * ```
 */
export const VIETNAM_SCHEDULES: readonly YearSchedule[] = /* @__PURE__ */ deepFreeze([
  {
    year: 2019,
    daysOff: [
      { from: '2018-12-29', to: '2019-01-01', ...NEW_YEAR }, // Mon 31/12/2018 swapped with Sat 5/1/2019
      { from: '2019-02-02', to: '2019-02-10', ...TET }, // 28 tháng Chạp Mậu Tuất – mùng 6 Kỷ Hợi
      { from: '2019-04-14', to: '2019-04-15', ...HUNG_KINGS }, // Sunday; compensatory Monday 15/4
      { from: '2019-04-27', to: '2019-05-01', ...APRIL_30_MAY_1 }, // Mon 29/4 swapped with Sat 4/5
      { from: '2019-08-31', to: '2019-09-02', ...NATIONAL_DAY }, // one day (2/9, Monday) under the 2012 Code
    ],
    workingDays: ['2019-01-05', '2019-05-04'],
    sources: [
      'https://docnhanh.vn/xa-hoi/tet-nguyen-dan-2019-duoc-nghi-may-ngay-tintuc583976',
      'https://e.vnexpress.net/news/travel-life/vietnam-s-2019-holiday-plan-includes-9-day-tet-break-3777252.html',
      'https://vietnamnews.vn/travel/travellersnotes/451953/2019-public-holidays-include-9-day-tet.html',
      'https://nvmgroup.com/nine-days-off-for-lunar-new-year-in-2019/',
      'vacanza/holidays holidays/countries/vietnam.py (VietnamStaticHolidays: 2018 Dec 31 for Jan 5 2019; 2019 Apr 29 for May 4; cites Official Dispatch 6519/VPCP-KGVX 2018)',
      'http://hibex.com.vn/thong-bao-nghi-le-304-1-5-cua-hibex-viet-nam-2/',
      'https://en.nhandan.vn/society/item/7755702-state-employees-to-get-three-days-off-to-celebrate-national-day.html',
      'http://118.69.201.250:801/news/headlines/24463/employees-to-take-a-long-and-fully-paid-vacation-in-nearly-the-next-two-months',
    ],
    notes: [
      'Labour Code 2012 in force: National Day is one day (2 September).',
      'The compensatory Monday 2019-04-15 for Giỗ Tổ (Sunday 14/4) rests on one company notice (hibex.com.vn) and the compensatory-day rule of Article 115(3) of the 2012 Code; no government announcement for it was found.',
    ],
  },
  {
    year: 2020,
    daysOff: [
      { from: '2020-01-01', to: '2020-01-01', ...NEW_YEAR }, // Wednesday
      { from: '2020-01-23', to: '2020-01-29', ...TET }, // 29 tháng Chạp Kỷ Hợi – mùng 5 Canh Tý
      { from: '2020-04-02', to: '2020-04-02', ...HUNG_KINGS }, // Thursday
      { from: '2020-04-30', to: '2020-05-03', ...APRIL_30_MAY_1 }, // Thu–Fri plus the weekend
      { from: '2020-09-02', to: '2020-09-02', ...NATIONAL_DAY }, // Wednesday; one day under the 2012 Code
    ],
    workingDays: [],
    sources: [
      'https://m.kienthuc.net.vn/xa-hoi/14-ngay-nghi-vao-cac-dip-le-tet-trong-nam-2020-1319755.html',
      'https://socongthuong.daklak.gov.vn/vi/news/tag/thứ-tư/page-2',
      'https://e.vnexpress.net/news/news/vietnam-to-enjoy-7-day-lunar-new-year-break-3993888.html',
    ],
    notes: [
      'Labour Code 2012 in force: National Day is one day (2 September).',
      'New Year, Giỗ Tổ, 30/4–1/5 and 2/9 of 2020 fell on weekdays with no swap; they rest on one news report (kienthuc.net.vn) that agrees with the calendar and the Labour Code.',
    ],
  },
  {
    year: 2021,
    daysOff: [
      { from: '2021-01-01', to: '2021-01-03', ...NEW_YEAR }, // Friday plus the weekend
      { from: '2021-02-10', to: '2021-02-16', ...TET }, // 29 tháng Chạp Canh Tý – mùng 5 Tân Sửu
      { from: '2021-04-21', to: '2021-04-21', ...HUNG_KINGS }, // Wednesday
      { from: '2021-04-30', to: '2021-05-03', ...APRIL_30_MAY_1 }, // 1/5 is a Saturday: compensatory Monday 3/5
      { from: '2021-09-02', to: '2021-09-05', ...NATIONAL_DAY }, // 2/9 and 3/9 (Thu–Fri) plus the weekend
    ],
    workingDays: [],
    sources: [
      'https://sggpnews.org.vn/culture_art/vietnams-public-holidays-in-2021-89687.html',
      'https://m.vietnamnet.vn/en/society/labor-ministry-plans-7-day-lunar-new-year-2021-holiday-685183.html',
      'https://quangtrungcorp.vn/lien-he/',
    ],
    notes: ['First year of the Labour Code 2019: National Day is two days (2/9 and the adjacent 3/9).'],
  },
  {
    year: 2022,
    daysOff: [
      { from: '2022-01-01', to: '2022-01-03', ...NEW_YEAR }, // Saturday; compensatory Monday 3/1
      { from: '2022-01-29', to: '2022-02-06', ...TET }, // official days 31/1–4/2 (29 tháng Chạp – mùng 4) with both weekends
      { from: '2022-04-09', to: '2022-04-11', ...HUNG_KINGS }, // Sunday 10/4; compensatory Monday 11/4
      { from: '2022-04-30', to: '2022-05-03', ...APRIL_30_MAY_1 }, // Sat–Sun; compensatory 2/5 and 3/5
      { from: '2022-09-01', to: '2022-09-04', ...NATIONAL_DAY }, // 1/9 and 2/9 (Thu–Fri) plus the weekend
    ],
    workingDays: [],
    sources: [
      'https://www.sggpnews.org.vn/national/ministry-submits-tet-holiday-schedule-to-prime-minister-96166.html',
      'https://www.sggpnews.org.vn/national/nine-days-off-for-2022-lunar-new-year-holiday-proposed-95252.html',
      'https://en.baobinhthuan.com.vn/print/94428.html',
      'https://wikihoc.com/giai-ngo/lich-nghi-tet-nguyen-dan-nham-dan-2022-chi-tiet-chinh-thuc.html',
      'https://en.sggp.org.vn/calendar-of-public-holidays-in-april-may-post94148.html',
      'https://www.sggpnews.org.vn/national/seven-days-off-in-total-for-national-holidays-in-april-97988.html',
      'https://baonghean.vn/en/dip-30-4-1-5-nguoi-lao-dong-duoc-nghi-4-ngay-lien-tuc-10238808.html',
      'https://en.dangcongsan.vn/vietnam-today/workers-to-have-four-day-off-from-september-1-to-4-on-national-day-599964.html',
    ],
    notes: [
      'The approval (baobinhthuan) names the statutory days, Tết 31/1–4/2 and National Day 1–2/9; the periods here add the adjacent weekends, as the other reports count them.',
    ],
  },
  {
    year: 2023,
    daysOff: [
      { from: '2022-12-31', to: '2023-01-02', ...NEW_YEAR }, // Sunday 1/1; compensatory Monday 2/1
      { from: '2023-01-20', to: '2023-01-26', ...TET }, // 29 tháng Chạp Nhâm Dần – mùng 5 Quý Mão
      {
        from: '2023-04-29',
        to: '2023-05-03',
        name: 'Giỗ Tổ Hùng Vương, Ngày Chiến thắng và Ngày Quốc tế Lao động',
        nameEn: "Hùng Kings' Commemoration Day, Reunification Day and International Labour Day",
      }, // Giỗ Tổ Sat 29/4, 30/4 Sun, 1/5 Mon; compensatory 2/5 and 3/5
      { from: '2023-09-01', to: '2023-09-04', ...NATIONAL_DAY }, // 1/9 and 2/9 (Fri–Sat), Sunday, compensatory Monday 4/9
    ],
    workingDays: [],
    sources: [
      'https://en.vietnamplus.vn/sevenday-tet-holiday-fixed-for-state-employees/244803.vnp',
      'https://www.sggpnews.org.vn/national/government-approves-7day-tet-break-103690.html',
      'https://www.sggpnews.org.vn/national/molisa-suggests-not-to-abuse-prolong-lunar-new-year-holiday-103831.html',
      'https://hanoitimes.vn/vietnam-to-have-7-day-tet-holiday-322565.html',
      'https://vietcetera.com/en/list-vietnam-public-holidays-in-2023',
      'http://118.69.84.237:801/phap-luat/tim-tu-van?page=2344&q=Gi%E1%BA%A3i+th%E1%BB%83+ph%C3%A1p+nh%C3%A2n',
      'https://en.vietnamplus.vn/workers-to-enjoy-fiveday-reunification-day-holiday/247586.vnp',
      'https://vietnaminsider.vn/employees-are-entitled-to-5-consecutive-days-off-on-the-occasion-of-april-30-and-may-1/',
      'https://vietnaminsider.vn/workers-have-4-consecutive-days-off-on-national-day-2-9/',
      'https://hanoitimes.vn/vietnamese-workers-to-have-four-days-off-on-the-occasion-of-national-day-2023.590171.html',
    ],
    notes: [
      'The New Year break (Sat 31/12/2022 – Mon 2/1/2023) rests on a report of three days off and a page naming Monday 2/1 as the compensatory day; the government text was not read.',
    ],
  },
  {
    year: 2024,
    daysOff: [
      { from: '2024-01-01', to: '2024-01-01', ...NEW_YEAR }, // Monday (reports count the weekend before as a three-day break)
      { from: '2024-02-08', to: '2024-02-14', ...TET }, // 29 tháng Chạp Quý Mão – mùng 5 Giáp Thìn
      { from: '2024-04-18', to: '2024-04-18', ...HUNG_KINGS }, // Thursday
      { from: '2024-04-27', to: '2024-05-01', ...APRIL_30_MAY_1 }, // Mon 29/4 swapped with Sat 4/5
      { from: '2024-08-31', to: '2024-09-03', ...NATIONAL_DAY }, // 2/9 and 3/9 (Mon–Tue) plus the weekend
    ],
    workingDays: ['2024-05-04'],
    sources: [
      'https://vietnamnews.vn/society/1636141/one-week-break-approved-for-tet-holiday-in-2024.html',
      'https://vietnamnet.vn/en/laborers-to-enjoy-17-days-of-holidays-in-2024-2232489.html',
      'https://e.vnexpress.net/news/news/vietnam-to-enjoy-3-day-break-for-new-year-4660762.html',
      'https://en.sggp.org.vn/hcmc-announces-five-days-off-on-reunification-day-intl-labor-day-post109431.html',
      'vacanza/holidays holidays/countries/vietnam.py (VietnamStaticHolidays: 2024 Apr 29 for May 4; cites Official Dispatch 2450/VPCP-KGVX 2024)',
      'http://m.btv.org.vn/tin-tuc/le-quoc-khanh-29-nguoi-lao-dong-duoc-nghi-4-ngay-lien-tiep-95086.html',
      'https://en.sggp.org.vn/national-day-holiday-to-last-four-days-post111612.html',
      'https://news.baokhanhhoa.vn/society/202408/2-days-off-for-the-national-day-4213607',
    ],
    notes: [
      'The 30/4 swap (Monday 29/4 off, Saturday 4/5 worked) came in a separate dispatch (2450/VPCP-KGVX, as cited by vacanza/holidays); the earlier vietnamnet report on the year still gives a four-day break.',
    ],
  },
  {
    year: 2025,
    daysOff: [
      { from: '2025-01-01', to: '2025-01-01', ...NEW_YEAR }, // Wednesday
      { from: '2025-01-25', to: '2025-02-02', ...TET }, // official days 27–31/1 (28 tháng Chạp – mùng 3) with both weekends; no swap
      { from: '2025-04-05', to: '2025-04-07', ...HUNG_KINGS }, // Monday 7/4 with the weekend before
      { from: '2025-04-30', to: '2025-05-04', ...APRIL_30_MAY_1 }, // Fri 2/5 swapped with Sat 26/4
      { from: '2025-08-30', to: '2025-09-02', ...NATIONAL_DAY }, // 1/9 and 2/9 (Mon–Tue) with the weekend before
    ],
    workingDays: ['2025-04-26'],
    sources: [
      'https://en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html',
      'https://pld.net.vn/tag/nghi-tet-nguyen-dan.html',
      'https://vietnamnews.vn/society/1687874/pm-approves-proposal-for-9-day-continuous-tet-holiday-in-2025.html',
      'https://duonews.today/news/vietnam-set-for-9-day-tet-break-starting-jan-25',
      'https://en.baochinhphu.vn/three-days-off-in-celebration-for-hung-kings-commemoration-day-111250304153250976.htm',
      'https://vietnamnews.vn/society/1693234/five-day-break-announced-for-reunification-and-labour-day-holiday.html',
      'https://vietcetera.com/en/2025-holiday-schedule-vietnamese-workers-enjoy-22-days-off-for-festivities',
      'https://en.sggp.org.vn/vietnamese-workers-to-have-four-days-off-for-national-day-2025-post119346.html',
    ],
    notes: [
      'Approved by the Prime Minister (Văn bản 8726/VPCP-KGVX, 26/11/2024). The reports total 22 days off: 1 + 9 + 3 + 5 + 4.',
    ],
  },
  {
    year: 2026,
    daysOff: [
      { from: '2026-01-01', to: '2026-01-04', ...NEW_YEAR }, // Fri 2/1 swapped with Sat 10/1
      { from: '2026-02-14', to: '2026-02-22', ...TET }, // 27 tháng Chạp Ất Tỵ – mùng 6 Bính Ngọ; official days 16–20/2
      { from: '2026-04-25', to: '2026-04-27', ...HUNG_KINGS }, // Sunday 26/4; compensatory Monday 27/4
      { from: '2026-04-30', to: '2026-05-03', ...APRIL_30_MAY_1 }, // Thu–Fri plus the weekend
      { from: '2026-08-29', to: '2026-09-02', ...NATIONAL_DAY }, // 1/9 and 2/9 (Tue–Wed); Mon 31/8 swapped with Sat 22/8
    ],
    workingDays: ['2026-01-10', '2026-08-22'],
    sources: [
      'https://viettimes.vn/pho-thu-tuong-chot-nghi-4-ngay-tet-duong-lich-2026-post192979.html',
      'https://vietnamnet.vn/ban-tin-vietnamnet-26-12-chinh-phu-dong-y-nghi-4-ngay-tet-duong-lich-2026-pre2476040.html',
      'https://en.baobacninhtv.vn/vietnam-proposes-4-day-new-year-break-to-boost-travel-and-spending-postid433917.bbg?p=4',
      'https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html',
      'http://www.congan.com.vn/?catid=702&id=388656&mod=detnews',
      'https://vietnammedia.vnanet.vn/video/lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-165342.htm',
      'https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm',
      'https://thanhnien.vn/nguoi-lao-dong-co-the-nghi-le-tet-toi-26-ngay-trong-nam-2026-185260113172347178.htm',
      'https://vnexpress.net/de-xuat-luat-hoa-ngay-van-hoa-viet-nam-thanh-ngay-nghi-le-5006749.html',
      'https://vneconomy.vn/bo-sung-ngay-van-hoa-viet-nam-2411-vao-danh-muc-ngay-nghi-huong-nguyen-luong.htm',
      'https://znews.vn/sua-bo-luat-lao-dong-de-them-mot-ngay-nghi-ngay-van-hoa-viet-post1627357.html',
    ],
    notes: [
      'New Year: Văn bản 12729/VPCP-KGVX (25/12/2025). Tết and National Day: approved by the Prime Minister in October 2025 on the proposal of Bộ Nội vụ.',
      'Ngày Văn hóa Việt Nam (24/11; Tuesday 2026-11-24) is NOT included: Nghị quyết 80-NQ/TW and Nghị quyết 30/NQ-CP call for making it a paid holiday by amending Article 112 of the Labour Code, but no amendment passed by the National Assembly was found in the sources read (latest 2026-02-26). Add it only once the amendment and its effective date are published.',
    ],
  },
]);
