/**
 * One target's progress: current value, progress against the minimum, stretch, expected progress
 * by elapsed time, status, and the per-unit breakdown (see docs/progress.md).
 */
import { Decimal } from 'decimal.js';
import { daysBetween, type IsoDate } from '../core/dates.js';
import { OcopError } from '../core/errors.js';
import { assertObject, describeValue } from '../core/guards.js';
import type { Observation, Plan, Target } from '../model/plan.js';

/**
 * Status thresholds on r = progress / expected: `on-track` when r ≥ `onTrack`, `at-risk` when
 * r ≥ `atRisk`, else `off-track`.
 *
 * @example
 * ```ts
 * import type { StatusThresholds } from 'ocop';
 * const strict: StatusThresholds = { onTrack: 1, atRisk: 0.8 };
 * ```
 */
export interface StatusThresholds {
  readonly onTrack: number;
  readonly atRisk: number;
}

/**
 * The default status thresholds (a library policy: no decision sets them): on-track from
 * r ≥ 0.95, at-risk from r ≥ 0.6.
 *
 * @example
 * ```ts
 * import { DEFAULT_THRESHOLDS } from 'ocop';
 * DEFAULT_THRESHOLDS.atRisk; // 0.6
 * ```
 */
export const DEFAULT_THRESHOLDS: StatusThresholds = Object.freeze({ onTrack: 0.95, atRisk: 0.6 });

/**
 * The thresholds to use: `given` over the defaults (an explicit `undefined` keeps the default).
 * Throws `OcopError` `invalid_input` when `given` is not an object or a value not a finite
 * number (naming it), and naming `thresholds.atRisk` when the two make no sense
 * together: `atRisk` below 0, or above `onTrack` (there would be no at-risk band, and a target
 * could be on track below the at-risk line). Equal values are allowed: no at-risk band.
 */
export function statusThresholds(given: Partial<StatusThresholds> | undefined): StatusThresholds {
  if (given !== undefined) {
    assertObject(given, 'options.thresholds');
    for (const key of ['onTrack', 'atRisk'] as const) {
      const value: unknown = given[key];
      if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value)))
        throw new OcopError(
          'invalid_input',
          `options.thresholds.${key} must be a finite number, got ${describeValue(value)}`,
          { option: `thresholds.${key}` },
        );
    }
  }
  const onTrack = given?.onTrack ?? DEFAULT_THRESHOLDS.onTrack;
  const atRisk = given?.atRisk ?? DEFAULT_THRESHOLDS.atRisk;
  if (atRisk < 0)
    throw new OcopError('invalid_input', `options.thresholds.atRisk must be 0 or more, got ${atRisk}`, {
      option: 'thresholds.atRisk',
    });
  if (atRisk > onTrack) {
    throw new OcopError(
      'invalid_input',
      `options.thresholds.atRisk (${atRisk}) must not be above options.thresholds.onTrack (${onTrack})`,
      { option: 'thresholds.atRisk' },
    );
  }
  return { onTrack, atRisk };
}

/**
 * A status of a target on a date.
 *
 * @example
 * ```ts
 * import type { TargetStatus } from 'ocop';
 * const status: TargetStatus = 'at-risk';
 * ```
 */
export type TargetStatus = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'missed' | 'not-started';

/** Exact numbers of a target before rounding for output. */
export interface TargetFigures {
  readonly current: Decimal;
  readonly progress: Decimal;
  readonly stretch: Decimal | undefined;
  readonly expected: Decimal;
  readonly due: IsoDate;
  readonly status: TargetStatus;
  readonly byUnit: ReadonlyArray<{ readonly unit: string; readonly current: Decimal; readonly progress: Decimal }>;
  readonly belowGuidance: readonly string[];
  /** Milestone units done after the due date. */
  readonly late: readonly string[];
  /** A whole-plan milestone done after the due date. */
  readonly planLate: boolean;
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);
const clamp01 = (d: Decimal) => Decimal.min(ONE, Decimal.max(ZERO, d));

/** (current − baseline) / (min − baseline), clamped to [0, 1]; the schema keeps min ≠ baseline. */
function towards(current: Decimal, min: number, baseline: number): Decimal {
  const span = new Decimal(min).minus(baseline);
  return span.isZero() ? (current.gte(min) ? ONE : ZERO) : clamp01(current.minus(baseline).dividedBy(span));
}

/** Progress expected by elapsed calendar days: (days(start → asOf) + 1) / (days(start → due) + 1). */
export function expectedProgress(start: IsoDate, due: IsoDate, asOf: IsoDate): Decimal {
  const total = daysBetween(start, due) + 1;
  const elapsed = daysBetween(start, asOf) + 1;
  return total <= 0 ? ONE : clamp01(new Decimal(elapsed).dividedBy(total));
}

function statusOf(
  achieved: boolean,
  progress: Decimal,
  expected: Decimal,
  asOf: IsoDate,
  start: IsoDate,
  due: IsoDate,
  thresholds: StatusThresholds,
): TargetStatus {
  if (achieved) return 'achieved';
  if (asOf > due) return 'missed';
  if (asOf < start) return 'not-started';
  const r = expected.isZero() ? ONE : progress.dividedBy(expected);
  return r.gte(thresholds.onTrack) ? 'on-track' : r.gte(thresholds.atRisk) ? 'at-risk' : 'off-track';
}

type Latest = ReadonlyMap<string, Observation>;

const unitOf = (key: string) => key.slice(0, key.indexOf('|'));

function sumValues(latest: Latest, pick: (o: Observation) => number | undefined): Decimal {
  let sum = ZERO;
  for (const o of latest.values()) sum = sum.plus(pick(o) ?? 0);
  return sum;
}

/** Computes one target's figures on `asOf` from the latest observations of each unit and item. */
export function targetFigures(
  plan: Plan,
  target: Target,
  latest: Latest,
  asOf: IsoDate,
  thresholds: StatusThresholds,
): TargetFigures {
  const start = plan.period.start;
  const due = target.due ?? plan.period.end;
  const units = plan.units?.map((u) => u.code) ?? [];
  const perUnit = latest.size > 0 && [...latest.keys()].every((key) => unitOf(key) !== '');
  const expected = expectedProgress(start, due, asOf);
  let current: Decimal;
  let progress: Decimal;
  let stretch: Decimal | undefined;
  let byUnit: Array<{ unit: string; current: Decimal; progress: Decimal }> = [];
  const late: string[] = [];
  let planLate = false;

  if (target.kind === 'count' || target.kind === 'share') {
    const baseline = target.baseline ?? 0;
    const ofUnit = (o: Observation | undefined): Decimal =>
      !o
        ? ZERO
        : target.kind === 'count'
          ? new Decimal(o.value ?? 0)
          : new Decimal(o.numerator ?? 0).dividedBy(o.denominator ?? 1);
    if (target.kind === 'count') current = sumValues(latest, (o) => o.value);
    else {
      const denominator = sumValues(latest, (o) => o.denominator);
      current = denominator.isZero() ? ZERO : sumValues(latest, (o) => o.numerator).dividedBy(denominator);
    }
    progress = towards(current, target.min, baseline);
    if (target.max !== undefined)
      stretch =
        target.max === target.min
          ? current.gte(target.max)
            ? ONE
            : ZERO
          : clamp01(current.minus(target.min).dividedBy(target.max - target.min));
    if (perUnit) {
      const guide =
        target.perUnit?.min ?? (target.kind === 'count' ? target.min / Math.max(units.length, 1) : target.min);
      byUnit = units.map((unit) => {
        const value = ofUnit(latest.get(`${unit}|`));
        const unitProgress =
          target.kind === 'count'
            ? guide === 0
              ? ONE
              : clamp01(value.dividedBy(guide))
            : towards(value, target.min, baseline);
        return { unit, current: value, progress: unitProgress };
      });
    }
  } else if (target.kind === 'milestone') {
    const doneOnTime = (o: Observation | undefined) => o?.done === true && o.date <= due;
    const isLate = (o: Observation | undefined) => o?.done === true && o.date > due;
    if (target.scope === 'each-unit') {
      const states = units.map((unit) => ({ unit, o: latest.get(`${unit}|`) }));
      const onTime = states.filter((s) => doneOnTime(s.o)).length;
      late.push(...states.filter((s) => isLate(s.o)).map((s) => s.unit));
      current = new Decimal(onTime);
      progress = units.length === 0 ? ZERO : new Decimal(onTime).dividedBy(units.length);
      byUnit = states.map((s) => ({
        unit: s.unit,
        current: doneOnTime(s.o) ? ONE : ZERO,
        progress: doneOnTime(s.o) ? ONE : ZERO,
      }));
    } else {
      const o = latest.get('|');
      current = doneOnTime(o) ? ONE : ZERO;
      progress = current;
      planLate = isLate(o);
    }
  } else {
    const condition = target.condition;
    const met = (o: Observation | undefined) =>
      condition.kind === 'done' ? o?.done === true : (o?.value ?? 0) >= condition.min;
    const byItem = new Map<string, Observation>();
    for (const o of latest.values()) if (o.item !== undefined) byItem.set(o.item, o);
    const states = target.items.map((item) => ({ item, met: met(byItem.get(item.id)) }));
    current = new Decimal(states.filter((s) => s.met).length);
    progress = current.dividedBy(target.items.length);
    const perUnitItems = new Map<string, { items: number; met: number }>();
    for (const state of states) {
      if (state.item.unit === undefined) continue;
      const tally = perUnitItems.get(state.item.unit) ?? { items: 0, met: 0 };
      tally.items += 1;
      if (state.met) tally.met += 1;
      perUnitItems.set(state.item.unit, tally);
    }
    byUnit = units.flatMap((unit) => {
      const tally = perUnitItems.get(unit);
      return tally
        ? [{ unit, current: new Decimal(tally.met), progress: new Decimal(tally.met).dividedBy(tally.items) }]
        : [];
    });
  }
  const achieved = progress.eq(ONE);
  const guidance = 'perUnit' in target ? target.perUnit : undefined;
  const belowGuidance = guidance ? byUnit.filter((u) => u.current.lt(guidance.min)).map((u) => u.unit) : [];
  return {
    current,
    progress,
    stretch,
    expected,
    due,
    status: statusOf(achieved, progress, expected, asOf, start, due, thresholds),
    byUnit,
    belowGuidance,
    late,
    planLate,
  };
}
