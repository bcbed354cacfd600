/**
 * Moving a record's units to the units in force on a later date, refusing where the data cannot
 * say which unit is meant (a commune split in 2025, a unit abolished before 2025) so that an app
 * can ask a person.
 */
import { assertIsoDate, type IsoDate } from '../core/dates.js';
import { OcopError } from '../core/errors.js';
import { assertObject, describeValue } from '../core/guards.js';
import type { IssuePath } from '../core/issues.js';
import { LAST_DAY_OF_DISTRICTS } from '../model/admin-units/district-level.js';
import type { AdminUnitRecord } from '../model/admin-units/data/types.js';
import type { AdminUnitRef } from '../model/admin-units/unit-checks.js';
import { getAdminUnit, unitOn } from './lookup.js';
import { communeConversion2025, successorOf } from './successors.js';

/**
 * Why a unit could not be moved: `split` (one of the 440 communes split in 2025: `choices` lists
 * the new communes that took part of it), `abolished` (abolished before 2025-07-01; the snapshots
 * of those years do not say which unit absorbed it; `within` is the unit that held it) or
 * `unknown_unit` (no unit had the code on the record's date).
 *
 * @example
 * ```ts
 * import type { RefusalReason } from 'ocop/units';
 * const reason: RefusalReason = 'split';
 * ```
 */
export type RefusalReason = 'split' | 'abolished' | 'unknown_unit';

/**
 * A unit that could not be moved: where it is in the record, its code, why, the units a person
 * can choose from (in force on the target date), and the smallest unit known to hold it.
 *
 * @example
 * ```ts
 * import type { UnitRefusal } from 'ocop/units';
 * const ask = (r: UnitRefusal) => `${r.code}: ${r.choices.map((c) => c.name).join(' / ')}`;
 * ```
 */
export interface UnitRefusal {
  readonly path: IssuePath;
  readonly code: string;
  readonly reason: RefusalReason;
  readonly choices: readonly AdminUnitRecord[];
  readonly within?: AdminUnitRecord;
}

/**
 * The result of {@link migrateUnitRef}: the reference in the units of the target date, or the
 * refusal.
 *
 * @example
 * ```ts
 * import type { UnitMigration } from 'ocop/units';
 * const code = (m: UnitMigration) => (m.ok ? m.ref.commune : m.refusal.code);
 * ```
 */
export type UnitMigration =
  { readonly ok: true; readonly ref: AdminUnitRef } | { readonly ok: false; readonly refusal: UnitRefusal };

/** The reference naming `unit` (a district or commune in force on `on`) with its parents. */
function refOf(unit: AdminUnitRecord, on: IsoDate): AdminUnitRef {
  if (unit.level === 'province') return { province: unit.code };
  const parent = unit.parentCode === undefined ? undefined : unitOn(unit.parentCode, on);
  if (unit.level === 'district') return { province: parent?.code ?? '', district: unit.code };
  if (parent?.level !== 'district') return { province: parent?.code ?? '', commune: unit.code };
  return { province: parent.parentCode ?? '', district: parent.code, commune: unit.code };
}

/** Why `unit`'s successor on `to` is coarser than the unit, with the units to choose from. */
function refusalOf(unit: AdminUnitRecord, to: IsoDate, path: IssuePath, within?: AdminUnitRecord): UnitRefusal {
  const onLastDay = successorOf(unit, LAST_DAY_OF_DISTRICTS);
  const conversion = onLastDay?.level === 'commune' ? communeConversion2025(onLastDay.code) : undefined;
  if (conversion?.split && to > LAST_DAY_OF_DISTRICTS) {
    const choices = conversion.targets.flatMap(({ unit: target }) => successorOf(target, to) ?? []);
    return { path, code: unit.code, reason: 'split', choices, ...(within ? { within } : {}) };
  }
  return { path, code: unit.code, reason: 'abolished', choices: [], ...(within ? { within } : {}) };
}

/** The finest unit a reference names, with its path in the reference. */
function finestOf(ref: AdminUnitRef): { code: string; path: IssuePath } {
  if (ref.commune !== undefined) return { code: ref.commune, path: ['commune'] };
  if (ref.district !== undefined) return { code: ref.district, path: ['district'] };
  return { code: ref.province, path: ['province'] };
}

/**
 * Moves a unit reference recorded on `from` to the units in force on `to` (`to` ≥ `from`). The
 * finest unit it names (commune, else district, else province) is followed with
 * {@link adminUnitSuccessor}'s rules and the coarser levels are rebuilt from it: a district is
 * dropped from 2025-07-01, when the district level ended. Refused, with the choices, when a
 * commune was split in 2025 or a unit still meaningful on `to` was abolished before 2025.
 * Throws `invalid_input` for a `to` before `from`; never mutates `ref`.
 *
 * @example
 * ```ts
 * import { migrateUnitRef } from 'ocop/units';
 * const moved = migrateUnitRef({ province: '34', district: '340', commune: '12688' }, '2024-03-01', '2025-07-01');
 * moved.ok && moved.ref.province; // '33'
 * const split = migrateUnitRef({ province: '01', commune: '00556' }, '2025-06-30', '2025-07-01');
 * split.ok ? [] : split.refusal.choices.map((c) => c.name); // ['Phù Đổng', 'Thuận An']
 * ```
 */
export function migrateUnitRef(ref: AdminUnitRef, from: IsoDate, to: IsoDate): UnitMigration {
  assertObject(ref, 'ref');
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  if (to < from)
    throw new OcopError('invalid_input', `to (${to}) must not be before from (${from})`, { argument: 'to' });
  const { code, path } = finestOf(ref);
  const unit = getAdminUnit(code, from);
  if (!unit) return { ok: false, refusal: { path, code, reason: 'unknown_unit', choices: [] } };
  const successor = successorOf(unit, to);
  if (!successor) return { ok: false, refusal: refusalOf(unit, to, path) };
  const keepsLevel = successor.level === unit.level;
  const levelEnded = unit.level === 'district' && to > LAST_DAY_OF_DISTRICTS;
  if (keepsLevel || levelEnded) return { ok: true, ref: refOf(successor, to) };
  return { ok: false, refusal: refusalOf(unit, to, path, successor) };
}

/**
 * The record kinds {@link migrateRecordUnits} moves: those that describe a place as of their
 * `recordedOn` (certificates and observations keep the units of their day: an issuer or an
 * observed unit is history).
 *
 * @example
 * ```ts
 * import type { MigratableKind } from 'ocop/units';
 * const kind: MigratableKind = 'producer';
 * ```
 */
export type MigratableKind = 'producer' | 'product';

/** Where each kind of record names its place. */
const PLACE_OF: Readonly<Record<MigratableKind, readonly string[]>> = {
  producer: ['address', 'unit'],
  product: ['origin'],
};

/**
 * The result of {@link migrateRecordUnits}: a copy of the record restated on the target date, or
 * the refusal (its path is the record's).
 *
 * @example
 * ```ts
 * import type { RecordMigration } from 'ocop/units';
 * const ok = (m: RecordMigration<{ id: string }>) => m.ok;
 * ```
 */
export type RecordMigration<T> =
  { readonly ok: true; readonly record: T } | { readonly ok: false; readonly refusal: UnitRefusal };

/**
 * What {@link migrateRecordUnits} reads of a record: its date and its place (a producer's
 * `address.unit`, a product's `origin`). A validated `Producer` or `Product` is one.
 *
 * @example
 * ```ts
 * import type { MigratableRecord } from 'ocop/units';
 * const product: MigratableRecord = { recordedOn: '2024-03-01', origin: { province: '34', commune: '12688' } };
 * ```
 */
export type MigratableRecord = { readonly recordedOn: IsoDate } & (
  { readonly address: { readonly unit: AdminUnitRef } } | { readonly origin: AdminUnitRef }
);

/** A record's place for its kind, or `undefined` when the record does not have it. */
function placeOf(record: MigratableRecord, kind: MigratableKind): AdminUnitRef | undefined {
  const place =
    kind === 'product'
      ? (record as { origin?: unknown }).origin
      : (record as { address?: { unit?: unknown } }).address?.unit;
  return place !== null && typeof place === 'object' ? (place as AdminUnitRef) : undefined;
}

/**
 * Moves a validated producer's address or product's origin to the units in force on `to`, as
 * {@link migrateUnitRef} does, and restates the record on that date (`recordedOn: to`), so that
 * it validates against the units of `to`. A record already dated on or after `to` is returned
 * unchanged. Never mutates the record.
 *
 * @example
 * ```ts
 * import { validate } from 'ocop';
 * import { migrateRecordUnits } from 'ocop/units';
 * const checked = validate('producer', { id: 'p1', name: 'HTX Thiện Đức', legalForm: 'cooperative',
 *   recordedOn: '2020-12-24', address: { unit: { province: '34', district: '340' } } });
 * const moved = checked.ok ? migrateRecordUnits('producer', checked.value, '2025-07-01') : undefined;
 * moved?.ok && moved.record.address.unit; // { province: '33' }
 * ```
 */
export function migrateRecordUnits<T extends MigratableRecord>(
  kind: MigratableKind,
  record: T,
  to: IsoDate,
): RecordMigration<T> {
  assertObject(record, 'record');
  assertIsoDate(to, 'to');
  if (typeof kind !== 'string' || !Object.hasOwn(PLACE_OF, kind))
    throw new OcopError('invalid_input', `kind must be producer or product, got ${describeValue(kind)}`, {
      argument: 'kind',
    });
  const place = PLACE_OF[kind];
  const ref = placeOf(record, kind);
  if (ref === undefined)
    throw new OcopError('invalid_input', `record has no ${place.join('.')}: pass a validated ${kind}`, {
      argument: 'record',
    });
  if (record.recordedOn >= to) return { ok: true, record };
  const moved = migrateUnitRef(ref, record.recordedOn, to);
  if (!moved.ok) return { ok: false, refusal: { ...moved.refusal, path: [...place, ...moved.refusal.path] } };
  const placed =
    kind === 'product'
      ? { origin: moved.ref }
      : { address: { ...(record as { address: object }).address, unit: moved.ref } };
  return { ok: true, record: { ...record, ...placed, recordedOn: to } };
}
