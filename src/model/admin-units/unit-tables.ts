/**
 * What an app hands to the main entry to have unit codes checked and mapped against the full
 * tables of `ocop/units` (every district and commune, dated). The main entry ships only the
 * provinces (and Thái Bình's districts), so it knows the tables only through this interface: an
 * app that never imports `ocop/units` does not load them. Types only.
 */
import type { IsoDate } from '../../core/dates.js';
import type { Issue, Locale } from '../../core/issues.js';
import type { AdminUnitRef } from './unit-checks.js';

/**
 * The full unit tables, as `validate` (option `unitTables`) and the progress metrics (option
 * `unitTables`) use them. `ocop/units` exports the one implementation, `UNIT_TABLES`.
 *
 * @example
 * ```ts
 * import { validate, type AdminUnitTables } from 'ocop';
 * import { UNIT_TABLES } from 'ocop/units';
 * const tables: AdminUnitTables = UNIT_TABLES;
 * validate('observation', { target: 't', unit: '99999', date: '2024-01-01', value: 1 }, { unitTables: tables }).ok; // false
 * ```
 */
export interface AdminUnitTables {
  /**
   * The issues of a record's district and commune codes (`kind` as in `validate`; the record
   * already valid in shape) against the units in force on the record's date: `unknown_unit`,
   * `unit_not_in_force`, `unit_parent_mismatch`.
   */
  readonly recordIssues: (kind: string, record: unknown, locale: Locale) => readonly Issue[];
  /**
   * The code among `units` (one level, all in force on `on`) of the unit that holds, on `on`, the
   * place `ref` named on `recordedOn`; `undefined` when none does or when the place is spread over
   * several of them (a commune split in 2025 against a plan over the new communes).
   */
  readonly planUnitOf: (
    ref: AdminUnitRef,
    recordedOn: IsoDate,
    units: ReadonlySet<string>,
    on: IsoDate,
  ) => string | undefined;
}
