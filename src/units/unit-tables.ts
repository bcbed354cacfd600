/**
 * `UNIT_TABLES`: the full tables as the main entry's `validate` and progress metrics take them
 * (`AdminUnitTables`): every district and commune code of a record checked on the record's date,
 * and places recorded under old units mapped to a plan's units.
 */
import type { IsoDate } from '../core/dates.js';
import type { Issue, IssueDraft, IssuePath, Locale } from '../core/issues.js';
import { makeIssue } from '../core/messages.js';
import { LAST_DAY_OF_DISTRICTS } from '../model/admin-units/district-level.js';
import type { AdminUnitRecord } from '../model/admin-units/data/types.js';
import { missingUnitIssue, type AdminUnitRef, type PlanUnit } from '../model/admin-units/unit-checks.js';
import type { AdminUnitTables } from '../model/admin-units/unit-tables.js';
import { deepFreeze } from '../core/freeze.js';
import { adminUnitHistory, getAdminUnit, unitOn } from './lookup.js';
import { successorOf } from './successors.js';

type Found = { unit: AdminUnitRecord; issues: [] } | { unit: undefined; issues: IssueDraft[] };

/** The unit with `code` on `on`, or the issue saying why there is none. */
function find(code: string, on: IsoDate, path: IssuePath): Found {
  const unit = getAdminUnit(code, on);
  return unit
    ? { unit, issues: [] }
    : { unit: undefined, issues: [missingUnitIssue(adminUnitHistory(code), code, on, path)] };
}

/** The province a unit lay in on `on` (a commune through its district before 2025-07-01). */
function provinceOf(unit: AdminUnitRecord, on: IsoDate): string | undefined {
  if (unit.level === 'province') return unit.code;
  const parent = unit.parentCode === undefined ? undefined : unitOn(unit.parentCode, on);
  return parent ? provinceOf(parent, on) : undefined;
}

const mismatch = (code: string, parent: string, path: IssuePath): IssueDraft[] => [
  { code: 'unit_parent_mismatch', path, params: { code, parent } },
];

/** A unit under a province (and, for a commune before 2025-07-01, a district). */
function placeIssues(code: string, on: IsoDate, path: IssuePath, province: string, district?: string): IssueDraft[] {
  const { unit, issues } = find(code, on, path);
  if (!unit) return issues;
  if (district !== undefined && unit.level === 'commune' && on <= LAST_DAY_OF_DISTRICTS && unit.parentCode !== district)
    return mismatch(code, district, path);
  return provinceOf(unit, on) === province && unit.code !== province ? [] : mismatch(code, province, path);
}

/** A reference's district and commune on `on` (its province is checked by the main entry). */
function refIssues(ref: AdminUnitRef, on: IsoDate, path: IssuePath): IssueDraft[] {
  const issues: IssueDraft[] = [];
  if (ref.district !== undefined && on <= LAST_DAY_OF_DISTRICTS)
    issues.push(...placeIssues(ref.district, on, [...path, 'district'], ref.province));
  if (ref.commune !== undefined)
    issues.push(...placeIssues(ref.commune, on, [...path, 'commune'], ref.province, ref.district));
  return issues;
}

interface PlanShape {
  readonly unit: PlanUnit;
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  readonly units?: ReadonlyArray<{ readonly code: string }>;
}

const notAProvince = (value: string, path: IssuePath): IssueDraft => ({
  code: 'invalid_format',
  path,
  params: { format: 'province-code', example: '34', value },
});

/** A plan's own unit and its units, on the first and on the last day of its period. */
function planIssues(plan: PlanShape): IssueDraft[] {
  const { start, end } = plan.period;
  const onBoth = (check: (on: IsoDate) => IssueDraft[]) => {
    const first = check(start);
    return first.length > 0 ? first : check(end);
  };
  const province = 'province' in plan.unit ? plan.unit : undefined;
  const issues = province ? onBoth((on) => refIssues(province, on, ['unit'])) : [];
  (plan.units ?? []).forEach(({ code }, index) => {
    const path = ['units', index, 'code'];
    if (province) issues.push(...onBoth((on) => placeIssues(code, on, path, province.province)));
    else if (code.length !== 2)
      issues.push(notAProvince(code, path)); // a national plan's units are provinces
    else issues.push(...onBoth((on) => find(code, on, path).issues));
  });
  return issues;
}

type Checked = (record: never) => IssueDraft[];

/** Each kind's unit codes and the date they are read on. */
const CHECKS: Readonly<Record<string, Checked>> = {
  producer: (p: { address: { unit: AdminUnitRef }; recordedOn: IsoDate }) =>
    refIssues(p.address.unit, p.recordedOn, ['address', 'unit']),
  product: (p: { origin: AdminUnitRef; recordedOn: IsoDate }) => refIssues(p.origin, p.recordedOn, ['origin']),
  certificate: (c: { issuer?: string; issuedOn: IsoDate }) =>
    c.issuer?.length === 3 ? find(c.issuer, c.issuedOn, ['issuer']).issues : [],
  plan: planIssues,
  observation: (o: { unit?: string; date: IsoDate }) =>
    o.unit === undefined ? [] : find(o.unit, o.date, ['unit']).issues,
};

/** The issues of a validated record's unit codes against the full tables. */
function recordIssues(kind: string, record: unknown, locale: Locale): readonly Issue[] {
  const check = Object.hasOwn(CHECKS, kind) ? CHECKS[kind] : undefined;
  const drafts = check ? check(record as never) : [];
  return drafts.map((draft) => makeIssue(draft.code, draft.path, draft.params as never, locale));
}

/** The plan unit holding on `on` the place `ref` named on `recordedOn` (see `AdminUnitTables`). */
function planUnitOf(
  ref: AdminUnitRef,
  recordedOn: IsoDate,
  units: ReadonlySet<string>,
  on: IsoDate,
): string | undefined {
  const code = ref.commune ?? ref.district ?? ref.province;
  const recorded = getAdminUnit(code, recordedOn);
  let current = recorded && successorOf(recorded, on);
  while (current && !units.has(current.code))
    current = current.parentCode === undefined ? undefined : unitOn(current.parentCode, on);
  return current?.code;
}

/**
 * The full unit tables for the main entry: pass as `validate(kind, record, { unitTables:
 * UNIT_TABLES })` to check every district and commune code on the record's date, and as the
 * progress metrics' `unitTables` option to count records made under old units for the plan unit
 * that holds them now.
 *
 * @example
 * ```ts
 * import { validate } from 'ocop';
 * import { UNIT_TABLES } from 'ocop/units';
 * const plan = { id: 'hy-2023', title: 'Kế hoạch OCOP 2023', unit: { province: '33' },
 *   period: { start: '2023-01-01', end: '2023-12-31' }, units: [{ code: '340' }],
 *   targets: [{ id: 'new', kind: 'count', title: 'Sản phẩm mới', min: 5 }] };
 * validate('plan', plan, { unitTables: UNIT_TABLES }).ok; // false: 340 (Đông Hưng) was in Thái Bình, not Hưng Yên
 * ```
 */
export const UNIT_TABLES: AdminUnitTables = /* @__PURE__ */ deepFreeze({ recordIssues, planUnitOf });
