/**
 * Lookups over every unit of `ocop/units`: provinces, districts (until 2025-06-30) and communes,
 * each as it stood on a date. A code alone is ambiguous (codes were reused in 2025): a code and a
 * date name a unit.
 */
import { assertIsoDate, type IsoDate } from '../core/dates.js';
import { OcopError } from '../core/errors.js';
import { describeValue } from '../core/guards.js';
import { UNIT_CODE } from '../model/formats.js';
import type { AdminUnitRecord } from '../model/admin-units/data/types.js';
import { unitIndex } from './tables.js';

/**
 * The code that stands for the whole country in {@link listUnits} (its children are the
 * provinces) and in a national plan's `unit`.
 *
 * @example
 * ```ts
 * import { COUNTRY, listUnits } from 'ocop/units';
 * listUnits(COUNTRY, '2026-01-01').length; // 34
 * ```
 */
export const COUNTRY = 'VN';

/**
 * Whether a unit period holds on a date already checked (ISO dates compare as strings; this
 * skips `isWithin`'s checks of its arguments, which dominate a lookup's time).
 */
export function holdsOn(unit: AdminUnitRecord, on: IsoDate): boolean {
  return (unit.validFrom === null || unit.validFrom <= on) && (unit.validTo === null || on <= unit.validTo);
}

/** Throws `invalid_input` unless `code` is a string of 2, 3 or 5 digits. */
export function assertUnitCode(code: unknown, name: string): asserts code is string {
  if (typeof code !== 'string' || !UNIT_CODE.pattern.test(code))
    throw new OcopError(
      'invalid_input',
      `${name} must be a unit code of 2 (province), 3 (district) or 5 (commune) digits, got ${describeValue(code)}`,
      { argument: name },
    );
}

/**
 * Every period of a unit code, any level, in date order. A code can name different units in
 * different periods: `'00004'` is Phường Trúc Bạch of Ba Đình until 2025-06-30 and Phường Ba Đình
 * from 2025-07-01.
 *
 * @example
 * ```ts
 * import { adminUnitHistory } from 'ocop/units';
 * adminUnitHistory('340').map((unit) => unit.name); // ['Đông Hưng']
 * ```
 */
export function adminUnitHistory(code: string): readonly AdminUnitRecord[] {
  assertUnitCode(code, 'code');
  return periodsOf(code);
}

/** Every period of a code that needs no checking (from the tables or a validated record), in date order. */
export function periodsOf(code: string): readonly AdminUnitRecord[] {
  return unitIndex().byCode.get(code) ?? [];
}

/** The period of such a code in force on a date already checked: {@link getAdminUnit} without its checks, for walks over the tables. */
export function unitOn(code: string, on: IsoDate): AdminUnitRecord | undefined {
  return periodsOf(code).find((unit) => holdsOn(unit, on));
}

/**
 * The unit with `code` in force on a date, at any level, or `undefined` when no unit had that
 * code then.
 *
 * @example
 * ```ts
 * import { getAdminUnit } from 'ocop/units';
 * getAdminUnit('12688', '2023-05-10')?.parentCode; // '340': a commune of Đông Hưng
 * getAdminUnit('340', '2025-07-01'); // undefined: no districts after 2025-06-30
 * ```
 */
export function getAdminUnit(code: string, on: IsoDate): AdminUnitRecord | undefined {
  assertIsoDate(on, 'on');
  assertUnitCode(code, 'code');
  return unitOn(code, on);
}

/**
 * The units directly under `parent` on a date: the provinces for {@link COUNTRY}; a province's
 * districts until 2025-06-30 and its communes from 2025-07-01; a district's communes. Sorted by
 * code. Throws `invalid_input` for a parent that is neither `'VN'` nor a unit code, and returns
 * `[]` for a parent with no units under it that day.
 *
 * @example
 * ```ts
 * import { listUnits } from 'ocop/units';
 * listUnits('34', '2020-07-15').length; // 8: Thái Bình's districts
 * listUnits('33', '2025-07-01').length; // 104: the communes of the new Hưng Yên
 * ```
 */
export function listUnits(parent: string, on: IsoDate): readonly AdminUnitRecord[] {
  assertIsoDate(on, 'on');
  if (parent !== COUNTRY) assertUnitCode(parent, 'parent');
  const { all, byParent } = unitIndex();
  const candidates =
    parent === COUNTRY ? all.filter((unit) => unit.level === 'province') : (byParent.get(parent) ?? []);
  return candidates
    .filter((unit) => holdsOn(unit, on))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
