/**
 * What became of a unit: the same code's later periods (renames, new types), and across the
 * 2025-07-01 reform the official conversion (old commune → new commune(s), old district → new
 * province, old province → new province).
 */
import { addDays, assertIsoDate, type IsoDate } from '../core/dates.js';
import { LAST_DAY_OF_DISTRICTS } from '../model/admin-units/district-level.js';
import { PROVINCE_MERGERS_2025 } from '../model/admin-units/data/province-mergers-2025.js';
import type { AdminUnitRecord } from '../model/admin-units/data/types.js';
import { COMMUNE_CONVERSION_2025, DISTRICT_PROVINCES_2025 } from './data/conversion-2025.js';
import { decodeKeyedRows } from './decode.js';
import { adminUnitHistory, holdsOn, periodsOf, unitOn } from './lookup.js';

/**
 * The first day of the two-level units (34 provinces, 3,321 communes, no districts), under
 * Nghị quyết 202/2025/QH15 and the commune resolutions of the Standing Committee.
 *
 * @example
 * ```ts
 * import { FIRST_DAY_OF_2025_UNITS, getAdminUnit } from 'ocop/units';
 * getAdminUnit('06970', FIRST_DAY_OF_2025_UNITS)?.name; // 'Ba Chẽ'
 * ```
 */
export const FIRST_DAY_OF_2025_UNITS: IsoDate = '2025-07-01';

/**
 * How an old commune went into a new one, as the conversion table's note ("Ghi chú") says:
 * `whole` (nhập toàn bộ), `part` (nhập một phần: the old commune was split), `unchanged` (giữ
 * nguyên), `renamed` (đổi tên), `retyped` (đổi loại hình), `special-zone` (made a đặc khu).
 *
 * @example
 * ```ts
 * import type { ConversionKind } from 'ocop/units';
 * const kind: ConversionKind = 'part';
 * ```
 */
export type ConversionKind = 'whole' | 'part' | 'unchanged' | 'renamed' | 'retyped' | 'special-zone';

const KINDS: Readonly<Record<string, ConversionKind>> = {
  w: 'whole',
  p: 'part',
  u: 'unchanged',
  r: 'renamed',
  t: 'retyped',
  z: 'special-zone',
};

/**
 * One target of an old commune in the 2025 conversion: the new commune (as on 2025-07-01) and how
 * the old one went into it.
 *
 * @example
 * ```ts
 * import type { CommuneTarget } from 'ocop/units';
 * const toThuanAn = (t: CommuneTarget) => t.unit.code === '00562';
 * ```
 */
export interface CommuneTarget {
  readonly unit: AdminUnitRecord;
  readonly kind: ConversionKind;
}

/**
 * An old commune's place in the 2025 conversion: its new commune(s) and whether it was split
 * (`split: true` when it went to more than one new commune: 440 of the 10,035).
 *
 * @example
 * ```ts
 * import type { CommuneConversion } from 'ocop/units';
 * const needsAPerson = (c: CommuneConversion) => c.split;
 * ```
 */
export interface CommuneConversion {
  readonly code: string;
  readonly split: boolean;
  readonly targets: readonly CommuneTarget[];
}

let conversion: ReadonlyMap<string, string> | undefined;
const conversions = new Map<string, CommuneConversion | undefined>();
let districtProvinces: ReadonlyMap<string, string> | undefined;

/**
 * The 2025 conversion of an old commune code (one in force on 2025-06-30), from the statistics
 * office's conversion table with its three code typos corrected; `undefined` for a code that was
 * not a commune on 2025-06-30.
 *
 * @example
 * ```ts
 * import { communeConversion2025 } from 'ocop/units';
 * communeConversion2025('00556')?.targets.map((t) => t.unit.name); // ['Phù Đổng', 'Thuận An']
 * ```
 */
export function communeConversion2025(code: string): CommuneConversion | undefined {
  if (!conversions.has(code)) conversions.set(code, decodeConversion(code));
  return conversions.get(code);
}

/** One old commune's conversion, decoded from its row (kept by {@link communeConversion2025}). */
function decodeConversion(code: string): CommuneConversion | undefined {
  conversion ??= decodeKeyedRows(COMMUNE_CONVERSION_2025);
  const row = conversion.get(code);
  if (row === undefined) return undefined;
  const targets = row.split(',').map((target) => {
    const [newCode = '', letter = ''] = target.split(':');
    const unit = unitOn(newCode, FIRST_DAY_OF_2025_UNITS);
    const kind = KINDS[letter];
    if (!unit || !kind) throw new Error(`ocop/units: conversion row of ${code} does not decode: ${row}`);
    return Object.freeze({ unit, kind });
  });
  return Object.freeze({ code, split: targets.length > 1, targets: Object.freeze(targets) });
}

/**
 * The new province (from 2025-07-01) that an old district (in force on 2025-06-30) became part
 * of. Every one of the 696 districts went whole into one province.
 *
 * @example
 * ```ts
 * import { districtProvince2025 } from 'ocop/units';
 * districtProvince2025('340')?.name; // 'Hưng Yên': Đông Hưng was in Thái Bình
 * ```
 */
export function districtProvince2025(code: string): AdminUnitRecord | undefined {
  districtProvinces ??= decodeKeyedRows(DISTRICT_PROVINCES_2025);
  const province = districtProvinces.get(code);
  return province === undefined ? undefined : unitOn(province, FIRST_DAY_OF_2025_UNITS);
}

/** The unit a unit was part of on its last day (a commune's district, a district's province). */
function parentOf(unit: AdminUnitRecord): AdminUnitRecord | undefined {
  return unit.parentCode === undefined || unit.validTo === null ? undefined : unitOn(unit.parentCode, unit.validTo);
}

/** The next period of the same code and level, in the same era (codes were reused on 2025-07-01). */
function nextPeriod(unit: AdminUnitRecord): AdminUnitRecord | undefined {
  if (unit.validTo === null || unit.validTo === LAST_DAY_OF_DISTRICTS) return undefined;
  const next = addDays(unit.validTo, 1);
  return periodsOf(unit.code).find((later) => later.level === unit.level && later.validFrom === next);
}

/** What an old unit (in force on 2025-06-30) became on 2025-07-01; a split commune, its province. */
function across2025(unit: AdminUnitRecord): AdminUnitRecord | undefined {
  if (unit.level === 'province') {
    const merger = PROVINCE_MERGERS_2025.find((row) => row.from === unit.code);
    return merger && unitOn(merger.to, FIRST_DAY_OF_2025_UNITS);
  }
  if (unit.level === 'district') return districtProvince2025(unit.code);
  const targets = communeConversion2025(unit.code)?.targets ?? [];
  const first = targets[0]?.unit;
  if (targets.length === 1 || first?.parentCode === undefined) return first;
  return unitOn(first.parentCode, FIRST_DAY_OF_2025_UNITS);
}

/** The successor of a unit on a later date (see {@link adminUnitSuccessor}). */
export function successorOf(unit: AdminUnitRecord, on: IsoDate): AdminUnitRecord | undefined {
  let current: AdminUnitRecord | undefined = unit;
  while (current && !holdsOn(current, on)) {
    if (current.validTo === null || current.validTo > on) return undefined;
    current =
      nextPeriod(current) ?? (current.validTo === LAST_DAY_OF_DISTRICTS ? across2025(current) : parentOf(current));
  }
  return current;
}

/**
 * The unit in force on `on` that the unit recorded under `code` belongs to, at any level:
 * - itself while it is in force, and its later periods under the same code (renames, new types);
 * - across 2025-07-01: a province's merged province, a district's new province, a commune's new
 *   commune, or for one of the 440 split communes its new province (the smallest unit that holds
 *   all of it; {@link communeConversion2025} lists the communes);
 * - a district or commune abolished before 2025-07-01: the unit it was part of (the snapshots of
 *   those years do not say which commune absorbed an abolished one), followed forward.
 *
 * `recordedOn` says which unit the code named (codes were reused in 2025: `'00004'` is Trúc
 * Bạch before 2025-07-01 and Ba Đình after). Without it, the code's latest period that started on
 * or before `on` is meant. `undefined` when no unit had the code on `recordedOn`, or for a date
 * before the unit existed.
 *
 * @example
 * ```ts
 * import { adminUnitSuccessor } from 'ocop/units';
 * adminUnitSuccessor('12688', '2026-01-01', '2024-03-01')?.level; // 'commune': its new commune
 * adminUnitSuccessor('340', '2026-01-01')?.name; // 'Hưng Yên'
 * ```
 */
export function adminUnitSuccessor(code: string, on: IsoDate, recordedOn?: IsoDate): AdminUnitRecord | undefined {
  assertIsoDate(on, 'on');
  if (recordedOn !== undefined) assertIsoDate(recordedOn, 'recordedOn');
  const history = adminUnitHistory(code);
  const unit =
    recordedOn === undefined
      ? history.filter((period) => (period.validFrom ?? '') <= on).at(-1)
      : history.find((period) => holdsOn(period, recordedOn));
  if (!unit || (recordedOn !== undefined && recordedOn > on)) return undefined;
  return successorOf(unit, on);
}
