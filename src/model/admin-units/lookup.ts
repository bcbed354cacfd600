/**
 * Lookups over the versioned administrative-unit tables. History is never rewritten: a record
 * keeps the unit it was made under, and {@link adminUnitSuccessor} says which unit that is today.
 */
import { assertIsoDate, isWithin, type IsoDate } from '../../core/dates.js';
import { PROVINCE_MERGERS_2025 } from './data/province-mergers-2025.js';
import { PROVINCES_FROM_2025 } from './data/provinces-from-2025.js';
import { PROVINCES_UNTIL_2025 } from './data/provinces-until-2025.js';
import { THAI_BINH_DISTRICTS } from './data/thai-binh-districts.js';
import type { AdminUnitRecord } from './data/types.js';

/**
 * A provincial- or district-level unit as it stood in one period (both bounds inclusive;
 * `null` = not bounded within the years this library models).
 *
 * @example
 * ```ts
 * import { getAdminUnit, type AdminUnit } from 'ocop';
 * const thaiBinh: AdminUnit | undefined = getAdminUnit('34', '2020-06-16');
 * thaiBinh?.validTo; // '2025-06-30'
 * ```
 */
export type AdminUnit = AdminUnitRecord;

const ALL_UNITS: readonly AdminUnit[] = [...PROVINCES_UNTIL_2025, ...PROVINCES_FROM_2025, ...THAI_BINH_DISTRICTS];

/**
 * Every period of a unit code, in date order (a code can name different units in different
 * periods: `"33"` is the old Hưng Yên until 2025-06-30 and the merged Hưng Yên from 2025-07-01).
 *
 * @example
 * ```ts
 * import { adminUnitHistory } from 'ocop';
 * adminUnitHistory('33').map((u) => u.validFrom); // [null, '2025-07-01']
 * ```
 */
export function adminUnitHistory(code: string): readonly AdminUnit[] {
  return ALL_UNITS.filter((unit) => unit.code === code);
}

/**
 * The unit with `code` in force on a date, or `undefined` when no unit had that code then.
 *
 * @example
 * ```ts
 * import { getAdminUnit } from 'ocop';
 * getAdminUnit('34', '2025-06-30')?.name; // 'Thái Bình'
 * getAdminUnit('34', '2025-07-01'); // undefined: merged into Hưng Yên
 * getAdminUnit('340', '2020-12-24')?.name; // 'Đông Hưng'
 * ```
 */
export function getAdminUnit(code: string, on: IsoDate): AdminUnit | undefined {
  assertIsoDate(on, 'on');
  return ALL_UNITS.find((unit) => unit.code === code && isWithin(on, unit.validFrom, unit.validTo));
}

/**
 * The provincial-level units in force on a date: 63 until 2025-06-30, 34 from 2025-07-01.
 *
 * @example
 * ```ts
 * import { listProvinces } from 'ocop';
 * listProvinces('2020-01-01').length; // 63
 * listProvinces('2026-11-29').length; // 34
 * ```
 */
export function listProvinces(on: IsoDate): readonly AdminUnit[] {
  assertIsoDate(on, 'on');
  return ALL_UNITS.filter((unit) => unit.level === 'province' && isWithin(on, unit.validFrom, unit.validTo));
}

/**
 * The unit in force on `on` that a unit recorded under `code` belongs to: itself while it
 * exists, then the province it was merged into (2025-07-01). A district maps to its
 * province's successor once the district level ends. `undefined` for an unknown code, or for
 * a date before any unit had the code.
 *
 * @example
 * ```ts
 * import { adminUnitSuccessor } from 'ocop';
 * adminUnitSuccessor('34', '2025-06-30')?.name; // 'Thái Bình'
 * adminUnitSuccessor('34', '2025-07-01')?.name; // 'Hưng Yên' (code '33')
 * adminUnitSuccessor('340', '2026-01-01')?.code; // '33': Đông Hưng district was in Thái Bình
 * ```
 */
export function adminUnitSuccessor(code: string, on: IsoDate): AdminUnit | undefined {
  const current = getAdminUnit(code, on);
  if (current) return current;
  const history = adminUnitHistory(code);
  const last = history[history.length - 1];
  if (!last || last.validTo === null || on <= last.validTo) return undefined;
  if (last.level === 'district')
    return last.parentCode === undefined ? undefined : adminUnitSuccessor(last.parentCode, on);
  const merger = PROVINCE_MERGERS_2025.find((row) => row.from === code && row.on <= on);
  return merger ? getAdminUnit(merger.to, on) : undefined;
}
