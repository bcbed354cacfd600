/**
 * `ocop units migrate <file> --to <date>`: a JSON array of producer or product records moved to
 * the units in force on a later date. Each record is validated first; a record the data cannot
 * move (a commune split in 2025, a unit abolished before 2025) is refused with the units a person
 * can choose from.
 */
import type { IsoDate } from '../core/dates.js';
import type { Issue, Locale } from '../index.js';
import { validate } from '../model/validate.js';
import type { AdminUnitRecord } from '../model/admin-units/data/types.js';
import { migrateRecordUnits, type MigratableKind, type RefusalReason } from '../units/migrate.js';
import type { Block } from './format.js';
import { issueLine } from './reports.js';
import { cliText } from './text.js';
import { unitLabel } from './units-report.js';

/** A unit as the migration result names it. */
export interface UnitChoice {
  readonly code: string;
  readonly type: AdminUnitRecord['type'];
  readonly name: string;
}

/** A record that was not migrated, and the units a person can choose from. */
export interface RefusedRecord {
  readonly index: number;
  readonly id: string;
  /** Where the unit is in the record: `address.unit.commune`. */
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly reason: RefusalReason;
  readonly choices: readonly UnitChoice[];
  readonly within?: UnitChoice;
}

/** A record that failed `validate`, with its issues. */
export interface InvalidRecord {
  readonly index: number;
  readonly issues: readonly Issue[];
}

/** What `--format json` prints. */
export interface MigrationResult {
  readonly to: IsoDate;
  readonly migrated: readonly unknown[];
  readonly refused: readonly RefusedRecord[];
  readonly invalid: readonly InvalidRecord[];
}

const choiceOf = (unit: AdminUnitRecord): UnitChoice => ({ code: unit.code, type: unit.type, name: unit.name });

/** One record: invalid, migrated or refused (its index in the file). */
function migrateOne(kind: MigratableKind, record: unknown, index: number, to: IsoDate, locale: Locale) {
  const checked = validate(kind, record, { locale });
  if (!checked.ok) return { invalid: { index, issues: checked.issues } };
  const value = checked.value;
  const moved = migrateRecordUnits(kind, value, to);
  if (moved.ok) return { migrated: moved.record };
  const { path, code, reason, choices, within } = moved.refusal;
  const refused: RefusedRecord = {
    index,
    id: value.id,
    path,
    code,
    reason,
    choices: choices.map(choiceOf),
    ...(within ? { within: choiceOf(within) } : {}),
  };
  return { refused };
}

/** Migrates every record of the array, keeping the file's order in each list. */
export function migrateRecords(
  kind: MigratableKind,
  records: readonly unknown[],
  to: IsoDate,
  locale: Locale,
): MigrationResult {
  const migrated: unknown[] = [];
  const refused: RefusedRecord[] = [];
  const invalid: InvalidRecord[] = [];
  records.forEach((record, index) => {
    const one = migrateOne(kind, record, index, to, locale);
    if (one.migrated) migrated.push(one.migrated);
    if (one.refused) refused.push(one.refused);
    if (one.invalid) invalid.push(one.invalid);
  });
  return { to, migrated, refused, invalid };
}

/** The id of an input record, when it has a string one. */
function idOf(record: unknown): string | undefined {
  const id = record !== null && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The text report: the counts, one line per refusal with its choices, one per invalid record. */
export function migrationBlocks(result: MigrationResult, records: readonly unknown[], locale: Locale): Block[] {
  const text = cliText(locale).units;
  const summary = text.migrated({
    to: result.to,
    total: records.length,
    migrated: result.migrated.length,
    refused: result.refused.length,
    invalid: result.invalid.length,
  });
  const refusals = result.refused.map((r) =>
    text.refusal({
      index: r.index,
      id: r.id,
      path: r.path.join('.'),
      code: r.code,
      reason: text.reasons[r.reason],
      choices: r.choices.map(unitLabel).join(', '),
      within: r.within && unitLabel(r.within),
    }),
  );
  const invalid = result.invalid.map((r) =>
    text.invalid({ index: r.index, id: idOf(records[r.index]), issues: r.issues.map(issueLine).join('; ') }),
  );
  return [
    { kind: 'text', text: summary },
    ...(refusals.length > 0 ? [{ kind: 'text' as const, text: text.refusedHeading }] : []),
    { kind: 'list', items: refusals },
    ...(invalid.length > 0 ? [{ kind: 'text' as const, text: text.invalidHeading }] : []),
    { kind: 'list', items: invalid },
  ];
}
