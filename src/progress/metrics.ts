/**
 * Metrics over domain data: products, certificates and producers turned into the observations
 * that apps would otherwise count and report by hand, so that `evaluatePlan` treats both alike.
 *
 * An observation states the level of a target's measure in one unit as of its date (a snapshot,
 * not an increment). Each metric therefore gives, for one `asOf`, one observation per plan unit,
 * zeros included, counting the events dated within the period and on or before `asOf`;
 * `productsCertifiedMetric` counts a stock instead: the products holding a valid certificate on
 * the observations' date.
 */
import { certificateStatus, type CertificateStatus } from '../calendar/certificates.js';
import { OcopError } from '../core/errors.js';
import { assertArray, assertObject, localeOf, localeOnlyOptions } from '../core/guards.js';
import { assertIsoDate, type IsoDate } from '../core/dates.js';
import { DEFAULT_LOCALE, type Issue, type IssuePath, type Locale, type LocaleOptions } from '../core/issues.js';
import { makeIssue, validationError } from '../core/messages.js';
import { typeIssue } from '../core/shape.js';
import type { AdminUnitRef } from '../model/admin-units/unit-checks.js';
import type { AdminUnitTables } from '../model/admin-units/unit-tables.js';
import type { Certificate } from '../model/certificate.js';
import type { Observation } from '../model/plan.js';
import { IdSchema } from '../model/primitives.js';
import { UNIT_CODE } from '../model/formats.js';
import { OfficialRecordSchema } from '../model/official-record.js';
import type { Producer } from '../model/producer.js';
import type { Product } from '../model/product.js';
import { validate, validateWith, type EntityOf } from '../model/validate.js';

/**
 * What every metric takes: the target the observations are for, the plan's units (GSO codes of
 * one level: 2 digits province, 3 district, 5 commune), the plan's period (both ends inclusive)
 * and the date the metric is computed as of; `locale` is the language of the issues a metric
 * throws (`OcopValidationError` for bad options or records; default `vi`).
 *
 * @example
 * ```ts
 * import type { MetricOptions } from 'ocop';
 * const options: MetricOptions = {
 *   target: 'recognised',
 *   units: ['336', '338', '339', '340', '341', '342', '343', '344'],
 *   period: { start: '2020-06-16', end: '2020-12-31' },
 *   asOf: '2020-12-31',
 * };
 * ```
 */
export interface MetricOptions extends LocaleOptions {
  readonly target: string;
  readonly units: readonly string[];
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
  readonly asOf: IsoDate;
  /**
   * The full unit tables (`UNIT_TABLES` from `ocop/units`). With them, a record made under units
   * that have since changed counts for the plan unit that holds its place on the observations'
   * date (a 2024 product of old commune 12688 counts for the new commune or province it went
   * into), instead of being `unmatched`; a record whose place is spread over several plan units (a
   * commune split in 2025, against a plan over the new communes) stays `unmatched`. Without them,
   * a record matches only by the code it carries.
   */
  readonly unitTables?: AdminUnitTables;
}

/**
 * What every metric gives: one observation per unit (for `share` metrics, per unit that has a
 * denominator), and the ids of the records that met the metric's condition but whose unit is
 * not among the plan's units (so they were not counted).
 *
 * @example
 * ```ts
 * import type { MetricResult } from 'ocop';
 * const counted = (result: MetricResult) => result.observations.reduce((sum, o) => sum + (o.value ?? 0), 0);
 * ```
 */
export interface MetricResult {
  readonly observations: Observation[];
  readonly unmatched: string[];
}

/**
 * A person whose training a `share` target follows (e.g. "100% of OCOP officials trained"):
 * the unit code they belong to (same level as the plan's units) and the day they were trained.
 *
 * @example
 * ```ts
 * import type { OfficialRecord } from 'ocop';
 * const official: OfficialRecord = { id: 'dh-01', unit: '340', trainedOn: '2020-08-20' };
 * ```
 */
export interface OfficialRecord {
  readonly id: string;
  readonly unit: string;
  readonly trainedOn?: IsoDate | undefined;
}

type UnitLevel = 'province' | 'district' | 'commune';

const LEVEL_OF_LENGTH: Readonly<Record<number, UnitLevel>> = { 2: 'province', 3: 'district', 5: 'commune' };
const FORMAT_OF_LEVEL: Readonly<Record<UnitLevel, { readonly format: string; readonly example: string }>> = {
  province: { format: 'province-code', example: '34' },
  district: { format: 'district-code', example: '340' },
  commune: { format: 'commune-code', example: '12345' },
};

/** The validated options with what every metric needs, computed once. */
interface Window {
  readonly target: string;
  readonly units: readonly string[];
  readonly unitSet: ReadonlySet<string>;
  readonly level: UnitLevel;
  readonly start: IsoDate;
  /** The last day an event may carry: the period's end or `asOf`, whichever is earlier. */
  readonly last: IsoDate;
  /** The date of the observations. */
  readonly date: IsoDate;
  /** The language of the issues thrown. */
  readonly locale: Locale;
  readonly tables: AdminUnitTables | undefined;
}

function throwIfAny(issues: readonly Issue[], locale: Locale): void {
  if (issues.length > 0) throw validationError(issues, locale);
}

/** Issues of the unit list: format, one level, no duplicates, at least one. */
function unitIssues(units: readonly string[]): Issue[] {
  if (units.length === 0) return [makeIssue('too_small', ['units'], { minimum: 1, inclusive: true, unit: 'items' })];
  const issues: Issue[] = [];
  const first = LEVEL_OF_LENGTH[units[0]?.length ?? 0];
  const seen = new Set<string>();
  units.forEach((code, index) => {
    const path = ['units', index];
    if (typeof code !== 'string' || !UNIT_CODE.pattern.test(code)) {
      issues.push(makeIssue('invalid_format', path, { format: 'unit-code', example: '340', value: code }));
    } else if (first !== undefined && LEVEL_OF_LENGTH[code.length] !== first) {
      issues.push(makeIssue('invalid_format', path, { ...FORMAT_OF_LEVEL[first], value: code }));
    } else if (seen.has(code)) {
      issues.push(makeIssue('duplicate', path, { value: code }));
    }
    seen.add(code);
  });
  return issues;
}

/** The level of a unit list already checked by {@link unitIssues}. */
function levelOfChecked(units: readonly string[]): UnitLevel {
  return LEVEL_OF_LENGTH[units[0]?.length ?? 0] ?? 'province';
}

function levelOf(units: readonly string[], locale: Locale): UnitLevel {
  throwIfAny(unitIssues(units), locale);
  return levelOfChecked(units);
}

/** Validates the options shared by every metric (throws) and computes the window. */
function windowOf(options: MetricOptions): Window {
  assertObject(options, 'options');
  const locale = localeOf(options);
  const { target, units, period, asOf, unitTables } = options;
  if (unitTables !== undefined && typeof unitTables?.planUnitOf !== 'function')
    throw new OcopError('invalid_input', 'options.unitTables must be UNIT_TABLES from ocop/units', {
      option: 'unitTables',
    });
  assertObject(period, 'period');
  assertArray(units, 'units');
  assertIsoDate(period.start, 'period.start');
  assertIsoDate(period.end, 'period.end');
  assertIsoDate(asOf, 'asOf');
  const issues: Issue[] = [];
  if (!IdSchema.safeParse(target).success)
    issues.push(makeIssue('invalid_format', ['target'], { format: 'id', example: 'tb-2020-upgrade', value: target }));
  if (period.end < period.start)
    issues.push(
      makeIssue('date_order', ['period', 'end'], { value: period.end, field: 'period.start', other: period.start }),
    );
  issues.push(...unitIssues(units));
  throwIfAny(issues, locale);
  const last = asOf < period.end ? asOf : period.end;
  // Nothing after the period's end counts, so the level on `last` is the level on `asOf`; dating
  // it `last` keeps a district observation of a 2020 plan valid when computed after 2025-06-30.
  return {
    target,
    units,
    unitSet: new Set(units),
    level: levelOfChecked(units),
    start: period.start,
    last,
    date: last,
    locale,
    tables: unitTables,
  };
}

function within(window: Window, date: IsoDate | undefined): boolean {
  return date !== undefined && date >= window.start && date <= window.last;
}

function codeAt(ref: AdminUnitRef, level: UnitLevel): string | undefined {
  return level === 'province' ? ref.province : level === 'district' ? ref.district : ref.commune;
}

/** The plan unit of a place recorded on `recordedOn`: through the unit tables when the app gave them. */
function planUnitFor(window: Window, ref: AdminUnitRef, recordedOn: IsoDate): string | undefined {
  return window.tables
    ? window.tables.planUnitOf(ref, recordedOn, window.unitSet, window.date)
    : codeAt(ref, window.level);
}

/** A bare unit code (an official's) as a reference at its own level. */
function refOfCode(code: string): AdminUnitRef {
  return code.length === 2
    ? { province: code }
    : code.length === 3
      ? { province: '', district: code }
      : { province: '', commune: code };
}

/**
 * The plan unit a record belongs to: the code of its `AdminUnitRef` at the level of the plan's
 * units (province for 2-digit units, district for 3-digit, commune for 5-digit), or `undefined`
 * when the record has no code at that level or its code is not among `units`. Throws
 * `OcopValidationError` when `units` is empty, mixes levels, repeats a code or holds a code that
 * is not 2, 3 or 5 digits.
 *
 * @example
 * ```ts
 * import { planUnitOf } from 'ocop';
 * const districts = ['336', '338', '339', '340', '341', '342', '343', '344'];
 * planUnitOf({ province: '34', district: '340' }, districts); // '340'
 * planUnitOf({ province: '34' }, districts); // undefined: no district
 * planUnitOf({ province: '34', district: '340' }, ['34'], { locale: 'en' }); // '34'
 * ```
 */
export function planUnitOf(ref: AdminUnitRef, units: readonly string[], options?: LocaleOptions): string | undefined {
  const locale = localeOnlyOptions(options);
  assertObject(ref, 'ref');
  assertArray(units, 'units');
  const code = codeAt(ref, levelOf(units, locale));
  return code !== undefined && units.includes(code) ? code : undefined;
}

/** Records grouped by plan unit, and the ids of those whose unit is not a plan unit. */
interface Grouped<T> {
  readonly byUnit: ReadonlyMap<string, readonly T[]>;
  readonly unmatched: string[];
}

function groupByUnit<T extends { readonly id: string }>(
  window: Window,
  records: readonly T[],
  unitOf: (record: T) => string | undefined,
): Grouped<T> {
  const byUnit = new Map<string, T[]>();
  const unmatched: string[] = [];
  for (const record of records) {
    const unit = unitOf(record);
    if (unit === undefined || !window.unitSet.has(unit)) {
      unmatched.push(record.id);
      continue;
    }
    const group = byUnit.get(unit);
    if (group) group.push(record);
    else byUnit.set(unit, [record]);
  }
  return { byUnit, unmatched };
}

/** Counts the records that meet a condition per plan unit into one `value` observation per unit. */
function countPerUnit<T extends { readonly id: string }>(
  window: Window,
  records: readonly T[],
  unitOf: (record: T) => string | undefined,
  counts: (record: T) => boolean,
): MetricResult {
  const { byUnit, unmatched } = groupByUnit(window, records.filter(counts), unitOf);
  const observations = window.units.map((unit): Observation => ({
    target: window.target,
    unit,
    date: window.date,
    value: byUnit.get(unit)?.length ?? 0,
  }));
  return { observations, unmatched };
}

/** Issues of two records sharing an id (each is counted once, so a repeat is a data error). */
function duplicateIdIssues(records: ReadonlyArray<{ readonly id: string }>, field: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  records.forEach((record, index) => {
    if (seen.has(record.id)) issues.push(makeIssue('duplicate', [field, index, 'id'], { value: record.id }));
    seen.add(record.id);
  });
  return issues;
}

/** The issues of a value, with `prefix` put in front of their paths. */
function prefixed(issues: readonly Issue[], prefix: IssuePath): Issue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}

/** A list of records, validated: the cleaned records when every one is valid, else the issues of all. */
interface Checked<T> {
  readonly records: readonly T[];
  readonly issues: readonly Issue[];
}

/**
 * Validates each of `field`'s records as `validate(kind, …)` does (the issues' paths start with
 * `[field, index]`); with `unique`, a valid list must not repeat an id.
 */
function checkRecords<K extends 'product' | 'certificate' | 'producer'>(
  kind: K,
  list: unknown,
  field: string,
  unique: boolean,
): Checked<EntityOf<K>> {
  if (!Array.isArray(list)) return { records: [], issues: [typeIssue(list, 'array', [field])] };
  const records: Array<EntityOf<K>> = [];
  const issues: Issue[] = [];
  for (let index = 0; index < list.length; index += 1) {
    const result = validate(kind, list[index], { locale: DEFAULT_LOCALE }); // written again in the caller's locale when thrown
    if (result.ok) records.push(result.value);
    else issues.push(...prefixed(result.issues, [field, index]));
  }
  if (issues.length > 0) return { records: [], issues };
  return { records, issues: unique ? duplicateIdIssues(records, field) : [] };
}

/**
 * Issues of one {@link OfficialRecord} (it has no entity kind), with the codes `validate`
 * gives: an object with no other keys than `id` (the id rule), `unit` (a 2-, 3- or 5-digit code)
 * and `trainedOn` (a calendar date, optional).
 */
function officialIssues(person: unknown, path: IssuePath): Issue[] {
  const result = validateWith(OfficialRecordSchema, person, DEFAULT_LOCALE); // written again in the caller's locale when thrown
  return result.ok ? [] : prefixed(result.issues, path);
}

/** Validates the people (see {@link officialIssues}): all valid with distinct ids, or the issues of all. */
function checkOfficials(list: unknown): Checked<OfficialRecord> {
  if (!Array.isArray(list)) return { records: [], issues: [typeIssue(list, 'array', ['people'])] };
  const issues: Issue[] = [];
  for (let index = 0; index < list.length; index += 1) issues.push(...officialIssues(list[index], ['people', index]));
  if (issues.length > 0) return { records: [], issues };
  const records = list as readonly OfficialRecord[];
  return { records, issues: duplicateIdIssues(records, 'people') };
}

function assertOneOf<T>(value: T, options: readonly T[], path: IssuePath, locale: Locale): void {
  if (!options.includes(value)) throwIfAny([makeIssue('invalid_enum', path, { options, value })], locale);
}

/**
 * Each product's certificates by `issuedOn` (validated certificates: none is revoked before it
 * was issued).
 */
function certificatesByProduct(certificates: readonly Certificate[]): ReadonlyMap<string, readonly Certificate[]> {
  const byProduct = new Map<string, Certificate[]>();
  for (const certificate of certificates) {
    const list = byProduct.get(certificate.product) ?? [];
    list.push(certificate);
    byProduct.set(certificate.product, list);
  }
  for (const list of byProduct.values())
    list.sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : 0));
  return byProduct;
}

/** Validated products (distinct ids) and certificates, or an `OcopValidationError` with the issues of both. */
function productsAndCertificates(
  options: { readonly products: unknown; readonly certificates: unknown },
  locale: Locale,
): { products: readonly Product[]; certificates: readonly Certificate[] } {
  const products = checkRecords('product', options.products, 'products', true);
  const certificates = checkRecords('certificate', options.certificates, 'certificates', false);
  throwIfAny([...products.issues, ...certificates.issues], locale);
  return { products: products.records, certificates: certificates.records };
}

/**
 * Products first recognised at `minStars` or more within the period, per unit of
 * `product.origin`: a product counts when its earliest certificate (by `issuedOn`) with
 * `stars >= minStars` was issued within the period and on or before `asOf`. A certificate
 * revoked later still counts as the first recognition; a product recognised 3★ in 2019 and 4★
 * in 2020 counts for `minStars: 4` in 2020, not for `minStars: 3`. Certificates link to products
 * by `certificate.product === product.id`.
 *
 * Throws `OcopValidationError` for invalid options or records, with the issues of every record:
 * each product and certificate is checked as `validate('product' | 'certificate', …)` checks it
 * (paths start with `['products', index]` or `['certificates', index]`), and two products may
 * not share an id (`duplicate`).
 *
 * @example
 * ```ts
 * import { productsRecognisedMetric } from 'ocop';
 * const { observations, unmatched } = productsRecognisedMetric({
 *   target: 'recognised',
 *   units: ['338', '340'],
 *   period: { start: '2020-06-16', end: '2020-12-31' },
 *   asOf: '2020-12-31',
 *   minStars: 3,
 *   products: [{
 *     id: 'banh-cay-thien-duc', name: 'Bánh cáy Thiên Đức', producer: 'thien-duc',
 *     classification: { scheme: 'qd1048-2019', sector: 'food' },
 *     origin: { province: '34', district: '340' }, recordedOn: '2020-12-24',
 *   }],
 *   certificates: [{
 *     id: 'tb-2020-017', product: 'banh-cay-thien-duc', stars: 4, level: 'province',
 *     issuer: '34', decisionNumber: '3456/QĐ-UBND', issuedOn: '2020-12-24',
 *   }],
 * });
 * // observations: [{ target: 'recognised', unit: '338', date: '2020-12-31', value: 0 },
 * //                { target: 'recognised', unit: '340', date: '2020-12-31', value: 1 }]
 * // unmatched: []
 * ```
 */
export function productsRecognisedMetric(
  options: MetricOptions & {
    readonly products: readonly Product[];
    readonly certificates: readonly Certificate[];
    readonly minStars: 3 | 4 | 5;
  },
): MetricResult {
  const window = windowOf(options);
  assertOneOf(options.minStars, [3, 4, 5], ['minStars'], window.locale);
  const { products, certificates } = productsAndCertificates(options, window.locale);
  const byProduct = certificatesByProduct(certificates);
  const firstRecognised = (product: Product) =>
    byProduct.get(product.id)?.find((c) => c.stars >= options.minStars)?.issuedOn;
  return countPerUnit(
    window,
    products,
    (p) => planUnitFor(window, p.origin, p.recordedOn),
    (p) => within(window, firstRecognised(p)),
  );
}

/** Whether a certificate has more stars than every certificate of the latest earlier date. */
function isUpgrade(certificate: Certificate, sorted: readonly Certificate[]): boolean {
  const earlier = sorted.filter((c) => c.issuedOn < certificate.issuedOn);
  const previousDate = earlier[earlier.length - 1]?.issuedOn;
  if (previousDate === undefined) return false;
  const previousStars = Math.max(...earlier.filter((c) => c.issuedOn === previousDate).map((c) => c.stars));
  return certificate.stars > previousStars;
}

/**
 * Products upgraded within the period, per unit of `product.origin`: a product counts once when
 * at least one of its certificates issued within the period (and on or before `asOf`) has more
 * stars than its previous certificate (the one with the latest earlier `issuedOn`, whether or
 * not that one was revoked or expired since). A first certificate is a recognition, not an
 * upgrade.
 *
 * Throws `OcopValidationError` for invalid options or records, with the issues of every record:
 * each product and certificate is checked as `validate('product' | 'certificate', …)` checks it
 * (paths start with `['products', index]` or `['certificates', index]`), and two products may
 * not share an id (`duplicate`).
 *
 * @example
 * ```ts
 * import { productsUpgradedMetric } from 'ocop';
 * const certificate = { level: 'province', issuer: '34', decisionNumber: '1/QĐ-UBND' } as const;
 * const { observations } = productsUpgradedMetric({
 *   target: 'upgrade',
 *   units: ['340'],
 *   period: { start: '2020-06-16', end: '2020-12-31' },
 *   asOf: '2020-12-31',
 *   products: [{
 *     id: 'banh-cay-thien-duc', name: 'Bánh cáy Thiên Đức', producer: 'thien-duc',
 *     classification: { scheme: 'qd1048-2019', sector: 'food' },
 *     origin: { province: '34', district: '340' }, recordedOn: '2019-11-20',
 *   }],
 *   certificates: [
 *     { ...certificate, id: 'tb-2019-004', product: 'banh-cay-thien-duc', stars: 3, issuedOn: '2019-11-20' },
 *     { ...certificate, id: 'tb-2020-017', product: 'banh-cay-thien-duc', stars: 4, issuedOn: '2020-12-24' },
 *   ],
 * });
 * // observations: [{ target: 'upgrade', unit: '340', date: '2020-12-31', value: 1 }]
 * ```
 */
export function productsUpgradedMetric(
  options: MetricOptions & { readonly products: readonly Product[]; readonly certificates: readonly Certificate[] },
): MetricResult {
  const window = windowOf(options);
  const { products, certificates } = productsAndCertificates(options, window.locale);
  const byProduct = certificatesByProduct(certificates);
  const upgraded = (product: Product) => {
    const sorted = byProduct.get(product.id) ?? [];
    return sorted.some((c) => within(window, c.issuedOn) && isUpgrade(c, sorted));
  };
  return countPerUnit(window, products, (p) => planUnitFor(window, p.origin, p.recordedOn), upgraded);
}

/** The statuses in which a certificate is in force: the grace of 26/2026 Điều 12.3 keeps it so. */
const IN_FORCE: ReadonlySet<CertificateStatus['status']> = new Set([
  'valid',
  'renewal-window',
  'renewal-late',
  'grace',
]);

/**
 * Whether a certificate is in force on `on`: issued by then, and `certificateStatus` on that day
 * (under the rule set in force) is neither `expired` nor `revoked`.
 */
function inForceOn(certificate: Certificate, on: IsoDate): boolean {
  return certificate.issuedOn <= on && IN_FORCE.has(certificateStatus(certificate, { asOf: on }).status);
}

/** The most stars among the certificates in force on `on` (0 when none is). */
function starsInForce(certificates: readonly Certificate[] | undefined, on: IsoDate): number {
  return Math.max(0, ...(certificates ?? []).filter((c) => inForceOn(c, on)).map((c) => c.stars));
}

/**
 * The star condition of {@link productsCertifiedMetric}: exactly `stars`, or at least `minStars`
 * (default 3); both given is `one_of_fields`, a value other than 3, 4 or 5 `invalid_enum`.
 */
function starCondition(
  options: { readonly minStars?: unknown; readonly stars?: unknown },
  locale: Locale,
): (stars: number) => boolean {
  const { minStars, stars } = options;
  if (minStars !== undefined && stars !== undefined)
    throwIfAny([makeIssue('one_of_fields', [], { fields: ['minStars', 'stars'] })], locale);
  if (stars !== undefined) {
    assertOneOf(stars, [3, 4, 5], ['stars'], locale);
    return (held) => held === stars;
  }
  const least = minStars ?? 3;
  assertOneOf(least, [3, 4, 5], ['minStars'], locale);
  return (held) => held >= (least as number);
}

/**
 * Products holding a valid certificate on the observations' date (a stock), per unit of
 * `product.origin`: `asOf`, or the period's end if earlier, like every metric's date. A
 * certificate is valid that day when it was issued by then and `certificateStatus` on that day
 * (the rule set in force, the 36 months of the rule set it was issued under, or its printed
 * `validUntil`) is `valid`, `renewal-window`, `renewal-late` or `grace` (26/2026 Điều 12.3 keeps
 * a certificate in force while a re-evaluation submitted by its expiry is undecided, at most 180
 * days); not `expired` (from the day after its last valid day) nor `revoked` (from the revocation
 * date). The period's start plays no part: a certificate issued before the period still counts.
 *
 * A product counts once, at the most stars among its valid certificates: with `minStars` (3, 4 or
 * 5, default 3) when that is at least `minStars`; with `stars` when it is exactly `stars` (so the
 * counts for 3, 4 and 5 add up to the count for `minStars: 3`). Giving both is an issue
 * `one_of_fields`. Certificates link to products by `certificate.product === product.id`; a
 * product that counts and whose unit is not a plan unit is listed in `unmatched`.
 *
 * Unlike {@link productsRecognisedMetric} (a flow: first recognitions in the period), a product
 * recognised in 2019 and not renewed is not counted in 2023: its certificate lapsed after 36 months.
 *
 * Throws `OcopValidationError` for invalid options or records, with the issues of every record:
 * each product and certificate is checked as `validate('product' | 'certificate', …)` checks it
 * (paths start with `['products', index]` or `['certificates', index]`), and two products may
 * not share an id (`duplicate`).
 *
 * @example
 * ```ts
 * import { productsCertifiedMetric } from 'ocop';
 * const certificate = { level: 'province', issuer: '34', decisionNumber: '2156/QĐ-UBND' } as const;
 * const { observations } = productsCertifiedMetric({
 *   target: 'certified',
 *   units: ['338', '340'],
 *   period: { start: '2023-01-01', end: '2023-12-31' },
 *   asOf: '2023-06-30',
 *   minStars: 3,
 *   products: [{
 *     id: 'banh-cay-thien-duc', name: 'Bánh cáy Thiên Đức', producer: 'thien-duc',
 *     classification: { scheme: 'qd1048-2019', sector: 'food' },
 *     origin: { province: '34', district: '340' }, recordedOn: '2019-11-20',
 *   }, {
 *     id: 'banh-da-quynh-coi', name: 'Bánh đa Quỳnh Côi', producer: 'quynh-coi',
 *     classification: { scheme: 'qd1048-2019', sector: 'food' },
 *     origin: { province: '34', district: '338' }, recordedOn: '2020-03-02',
 *   }],
 *   certificates: [
 *     { ...certificate, id: 'tb-2019-004', product: 'banh-cay-thien-duc', stars: 3, issuedOn: '2019-12-24' },
 *     { ...certificate, id: 'tb-2020-031', product: 'banh-da-quynh-coi', stars: 3, issuedOn: '2020-12-24' },
 *   ],
 * });
 * // observations: [{ target: 'certified', unit: '338', date: '2023-06-30', value: 1 },
 * //                { target: 'certified', unit: '340', date: '2023-06-30', value: 0 }] (lapsed after 2022-12-24)
 * ```
 */
export function productsCertifiedMetric(
  options: MetricOptions & {
    readonly products: readonly Product[];
    readonly certificates: readonly Certificate[];
    readonly minStars?: 3 | 4 | 5 | undefined;
    readonly stars?: 3 | 4 | 5 | undefined;
  },
): MetricResult {
  const window = windowOf(options);
  const holds = starCondition(options, window.locale);
  const { products, certificates } = productsAndCertificates(options, window.locale);
  const byProduct = certificatesByProduct(certificates);
  return countPerUnit(
    window,
    products,
    (p) => planUnitFor(window, p.origin, p.recordedOn),
    (p) => holds(starsInForce(byProduct.get(p.id), window.date)),
  );
}

/**
 * New products, per unit of `product.origin`: products whose earliest `statusHistory` entry with
 * status `registered` is dated within the period and on or before `asOf`. Products without such
 * an entry are not counted.
 *
 * Throws `OcopValidationError` for invalid options or records, with the issues of every record:
 * each product is checked as `validate('product', …)` checks it (paths start with
 * `['products', index]`), and two products may not share an id (`duplicate`).
 *
 * @example
 * ```ts
 * import { newProductsMetric } from 'ocop';
 * const { observations } = newProductsMetric({
 *   target: 'new-products',
 *   units: ['338', '340'],
 *   period: { start: '2020-06-16', end: '2020-12-31' },
 *   asOf: '2020-12-31',
 *   products: [{
 *     id: 'banh-da-soi', name: 'Bánh đa sợi', producer: 'quynh-coi',
 *     classification: { scheme: 'qd1048-2019', sector: 'food' },
 *     origin: { province: '34', district: '338' }, recordedOn: '2020-09-01',
 *     statusHistory: [{ date: '2020-09-01', status: 'registered' }],
 *   }],
 * });
 * // observations: [{ …, unit: '338', value: 1 }, { …, unit: '340', value: 0 }]
 * ```
 */
export function newProductsMetric(options: MetricOptions & { readonly products: readonly Product[] }): MetricResult {
  const window = windowOf(options);
  const products = checkRecords('product', options.products, 'products', true);
  throwIfAny(products.issues, window.locale);
  const registeredOn = (product: Product) =>
    product.statusHistory?.find((entry) => entry.status === 'registered')?.date;
  return countPerUnit(
    window,
    products.records,
    (p) => planUnitFor(window, p.origin, p.recordedOn),
    (p) => within(window, registeredOn(p)),
  );
}

/** Ids of producers with a product whose status history has an entry within the window. */
function activeProducers(window: Window, products: readonly Product[]): ReadonlySet<string> {
  return new Set(
    products.filter((p) => p.statusHistory?.some((entry) => within(window, entry.date))).map((p) => p.producer),
  );
}

/**
 * Producers, per unit of `producer.address.unit`. `mode: 'new'`: producers whose
 * `registration.date` is within the period and on or before `asOf`. `mode: 'consolidated'`:
 * producers registered before the period's start (or with no registration date) that show
 * activity in the period: at least one of their products (`product.producer === producer.id`)
 * has a `statusHistory` entry dated within the period and on or before `asOf`.
 * `localGovernanceOnly` keeps only producers with `localGovernance: true` (local people take
 * part in governing them).
 *
 * Throws `OcopValidationError` for invalid options or records, with the issues of every record:
 * each producer and product is checked as `validate('producer' | 'product', …)` checks it (paths
 * start with `['producers', index]` or `['products', index]`), and two producers may not share
 * an id (`duplicate`).
 *
 * @example
 * ```ts
 * import { producersMetric } from 'ocop';
 * const { observations } = producersMetric({
 *   target: 'new-producers',
 *   units: ['338', '340'],
 *   period: { start: '2020-06-16', end: '2020-12-31' },
 *   asOf: '2020-12-31',
 *   mode: 'new',
 *   localGovernanceOnly: true,
 *   products: [],
 *   producers: [{
 *     id: 'htx-dong-hung', name: 'HTX Đông Hưng', legalForm: 'cooperative', recordedOn: '2020-10-01',
 *     registration: { number: '0800123', date: '2020-09-15' },
 *     address: { unit: { province: '34', district: '340' } }, localGovernance: true,
 *   }],
 * });
 * // observations: [{ …, unit: '338', value: 0 }, { …, unit: '340', value: 1 }]
 * ```
 */
export function producersMetric(
  options: MetricOptions & {
    readonly producers: readonly Producer[];
    readonly products: readonly Product[];
    readonly mode: 'new' | 'consolidated';
    readonly localGovernanceOnly?: boolean | undefined;
  },
): MetricResult {
  const window = windowOf(options);
  assertOneOf(options.mode, ['new', 'consolidated'], ['mode'], window.locale);
  const producers = checkRecords('producer', options.producers, 'producers', true);
  const products = checkRecords('product', options.products, 'products', false);
  throwIfAny([...producers.issues, ...products.issues], window.locale);
  const active = options.mode === 'consolidated' ? activeProducers(window, products.records) : new Set<string>();
  const matchesMode = (producer: Producer) => {
    const registered = producer.registration?.date;
    if (options.mode === 'new') return within(window, registered);
    return (registered === undefined || registered < window.start) && active.has(producer.id);
  };
  const counts = (producer: Producer) =>
    (options.localGovernanceOnly !== true || producer.localGovernance === true) && matchesMode(producer);
  return countPerUnit(window, producers.records, (p) => planUnitFor(window, p.address.unit, p.recordedOn), counts);
}

/**
 * Share of officials trained, per unit: `numerator` = people of the unit trained within the
 * period and on or before `asOf`, `denominator` = people of the unit. A person's `unit` is a code
 * of the plan's level, matched as is. Units with no people get no observation (a share needs a
 * denominator); people whose unit is not a plan unit are listed in `unmatched`.
 *
 * Throws `OcopValidationError` for invalid options or records, with the issues of every person
 * (paths start with `['people', index]`): each is an object with no other keys than `id` (an id
 * as `IdSchema` checks it), `unit` (a 2-, 3- or 5-digit code) and, optionally, `trainedOn` (a
 * real calendar date); an unknown key is `unknown_key`, and two people may not share an id
 * (`duplicate`).
 *
 * @example
 * ```ts
 * import { officialsTrainedMetric } from 'ocop';
 * const { observations } = officialsTrainedMetric({
 *   target: 'training',
 *   units: ['338', '340'],
 *   period: { start: '2020-06-16', end: '2020-12-31' },
 *   asOf: '2020-12-31',
 *   people: [
 *     { id: 'dh-01', unit: '340', trainedOn: '2020-08-20' },
 *     { id: 'dh-02', unit: '340' },
 *   ],
 * });
 * // observations: [{ target: 'training', unit: '340', date: '2020-12-31', numerator: 1, denominator: 2 }]
 * ```
 */
export function officialsTrainedMetric(
  options: MetricOptions & { readonly people: readonly OfficialRecord[] },
): MetricResult {
  const window = windowOf(options);
  const people = checkOfficials(options.people);
  throwIfAny(people.issues, window.locale);
  const { byUnit, unmatched } = groupByUnit(window, people.records, (person) =>
    window.tables ? planUnitFor(window, refOfCode(person.unit), person.trainedOn ?? window.date) : person.unit,
  );
  const observations = window.units.flatMap((unit): Observation[] => {
    const people = byUnit.get(unit) ?? [];
    if (people.length === 0) return [];
    const numerator = people.filter((person) => within(window, person.trainedOn)).length;
    return [{ target: window.target, unit, date: window.date, numerator, denominator: people.length }];
  });
  return { observations, unmatched };
}
