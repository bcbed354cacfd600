/**
 * Checks of unit codes in records against the tables in force on the record's date.
 *
 * What is checked: provincial codes (2 digits) against the 63/34 tables; district codes
 * (3 digits) end with the district level on 2025-06-30, and Thái Bình's are checked against its
 * table (other provinces' district tables are not shipped, so their codes are only
 * format-checked); commune codes (5 digits) are supplied by apps and only format-checked.
 */
import * as z from 'zod';
import type { IsoDate } from '../../core/dates.js';
import { UNIT_CODE } from '../formats.js';
import { CommuneCodeSchema, DistrictCodeSchema, ProvinceCodeSchema, textFormat } from '../primitives.js';
import type { IssueDraft } from '../report.js';
import { adminUnitHistory, getAdminUnit } from './lookup.js';
import { THAI_BINH_DISTRICTS } from './data/thai-binh-districts.js';
import type { AdminUnitRecord } from './data/types.js';

export { districtLevelIssues, LAST_DAY_OF_DISTRICTS } from './district-level.js';
import { LAST_DAY_OF_DISTRICTS } from './district-level.js';

/**
 * Where a record sits: a province, optionally a district (records before 2025-07-01) and a
 * commune. Codes are GSO codes as strings.
 *
 * @example
 * ```ts
 * import { AdminUnitRefSchema } from 'ocop';
 * AdminUnitRefSchema.parse({ province: '34', district: '340' }); // Đông Hưng, Thái Bình
 * ```
 */
export const AdminUnitRefSchema = z.strictObject({
  province: ProvinceCodeSchema,
  district: DistrictCodeSchema.optional(),
  commune: CommuneCodeSchema.optional(),
});

/**
 * A unit reference: see {@link AdminUnitRefSchema}.
 *
 * @example
 * ```ts
 * import type { AdminUnitRef } from 'ocop';
 * const dongHung: AdminUnitRef = { province: '34', district: '340' };
 * ```
 */
export type AdminUnitRef = z.infer<typeof AdminUnitRefSchema>;

/**
 * The unit of a plan: a province (with, for a district's or commune's plan, its district or
 * commune), or the whole country, `{ country: 'VN' }`, for a national plan (its `units` are then
 * provinces).
 *
 * @example
 * ```ts
 * import { PlanUnitSchema } from 'ocop';
 * PlanUnitSchema.parse({ country: 'VN' }); // the national programme
 * PlanUnitSchema.parse({ province: '33' }); // Hưng Yên
 * ```
 */
export const PlanUnitSchema = z.union([AdminUnitRefSchema, z.strictObject({ country: z.literal('VN') })]);

/**
 * A plan's unit: see {@link PlanUnitSchema}.
 *
 * @example
 * ```ts
 * import type { PlanUnit } from 'ocop';
 * const national: PlanUnit = { country: 'VN' };
 * ```
 */
export type PlanUnit = z.infer<typeof PlanUnitSchema>;

/** A code of any level: 2 (province), 3 (district) or 5 (commune) digits. */
export const UnitCodeSchema = textFormat(UNIT_CODE);

const THAI_BINH = '34';
const THAI_BINH_DISTRICT_CODES: ReadonlySet<string> = new Set(THAI_BINH_DISTRICTS.map((d) => d.code));

function notInForce(code: string, on: IsoDate, path: ReadonlyArray<string | number>): IssueDraft[] {
  return [missingUnitIssue(adminUnitHistory(code), code, on, path)];
}

/**
 * The issue of a code with no unit on `on`, given the code's periods (`history`): `unknown_unit`
 * when it has none, else `unit_not_in_force` with its name and the days it was in force.
 */
export function missingUnitIssue(
  history: readonly AdminUnitRecord[],
  code: string,
  on: IsoDate,
  path: ReadonlyArray<string | number>,
): IssueDraft {
  if (history.length === 0) return { code: 'unknown_unit', path, params: { code, on } };
  const last = history[history.length - 1];
  const span = { validFrom: history[0]?.validFrom ?? null, validTo: last?.validTo ?? null };
  return unitNotInForce({ code, on, name: last?.name ?? code, ...span }, path);
}

/** The `unit_not_in_force` issue of unit `code` on `on`, with its name and the days it was in force. */
function unitNotInForce(
  params: { code: string; on: IsoDate; name: string; validFrom: string | null; validTo: string | null },
  path: ReadonlyArray<string | number>,
): IssueDraft {
  return { code: 'unit_not_in_force', path, params };
}

/** Issues for a provincial code on a date. */
export function provinceIssues(code: string, on: IsoDate, path: ReadonlyArray<string | number>): IssueDraft[] {
  return getAdminUnit(code, on) ? [] : notInForce(code, on, path);
}

/** Issues for a district code on a date, given its province when known. */
export function districtIssues(
  code: string,
  province: string | undefined,
  on: IsoDate,
  path: ReadonlyArray<string | number>,
): IssueDraft[] {
  if (on > LAST_DAY_OF_DISTRICTS) {
    const name = getAdminUnit(code, LAST_DAY_OF_DISTRICTS)?.name ?? code;
    return [unitNotInForce({ code, on, name, validFrom: null, validTo: LAST_DAY_OF_DISTRICTS }, path)];
  }
  const isThaiBinhDistrict = THAI_BINH_DISTRICT_CODES.has(code);
  if (province === THAI_BINH && !isThaiBinhDistrict) return [{ code: 'unknown_unit', path, params: { code, on } }];
  if (province !== undefined && province !== THAI_BINH && isThaiBinhDistrict) {
    return [{ code: 'unit_parent_mismatch', path, params: { code, parent: province } }];
  }
  return isThaiBinhDistrict && !getAdminUnit(code, on) ? notInForce(code, on, path) : [];
}

/** Issues for a unit reference on the record's date. */
export function unitRefIssues(ref: AdminUnitRef, on: IsoDate, path: ReadonlyArray<string | number>): IssueDraft[] {
  const issues = provinceIssues(ref.province, on, [...path, 'province']);
  if (ref.district !== undefined) issues.push(...districtIssues(ref.district, ref.province, on, [...path, 'district']));
  return issues;
}

/**
 * Issues for a bare unit code of any level on a date, a district being checked against its
 * province when known (communes are format-checked only).
 */
export function unitCodeIssues(
  code: string,
  on: IsoDate,
  path: ReadonlyArray<string | number>,
  province?: string,
): IssueDraft[] {
  if (code.length === 2) return provinceIssues(code, on, path);
  if (code.length === 3) return districtIssues(code, province, on, path);
  return [];
}
