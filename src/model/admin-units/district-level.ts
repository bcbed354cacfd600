/**
 * The end of the district level (1 July 2025, when Vietnam's two-level local government replaced
 * districts) and the check that a district-level record is dated before it. Imports no zod.
 */
import type { IsoDate } from '../../core/dates.js';
import type { IssueDraft } from '../report.js';

/**
 * Last day of the district level: two-tier local government (province, commune) from
 * 2025-07-01. District codes in records dated later are `unit_not_in_force`.
 *
 * @example
 * ```ts
 * import { LAST_DAY_OF_DISTRICTS } from 'ocop';
 * '2025-07-01' > LAST_DAY_OF_DISTRICTS; // true: no districts any more
 * ```
 */
export const LAST_DAY_OF_DISTRICTS: IsoDate = '2025-06-30';

/** An issue when a record of the district level is dated after the district level ended. */
export function districtLevelIssues(
  level: string | undefined,
  on: IsoDate | undefined,
  path: ReadonlyArray<string | number>,
): IssueDraft[] {
  if (level !== 'district' || on === undefined || on <= LAST_DAY_OF_DISTRICTS) return [];
  return [{ code: 'level_not_in_force', path, params: { level, on, lastDay: LAST_DAY_OF_DISTRICTS } }];
}
