/**
 * One target's progress: current value, progress against the minimum, stretch, expected progress
 * by elapsed time, status, and the per-unit breakdown (see docs/progress.md).
 */
import type { Decimal } from 'decimal.js';
import { daysBetween, type IsoDate } from '../core/dates.js';
import { OcopError } from '../core/errors.js';
import { assertObject, describeValue } from '../core/guards.js';
import type { Observation, Plan, Target } from '../model/plan.js';
import { clamp01, exact, ONE } from '../model/target-kinds/arithmetic.js';
import { kindOf, type KindFigures } from '../model/target-kinds/index.js';

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

/** A target's exact figures before rounding for output: its kind's, and those of time and status. */
export type TargetFigures = KindFigures & {
  readonly expected: Decimal;
  readonly due: IsoDate;
  readonly status: TargetStatus;
};

/** Progress expected by elapsed calendar days: (days(start → asOf) + 1) / (days(start → due) + 1). */
export function expectedProgress(start: IsoDate, due: IsoDate, asOf: IsoDate): Decimal {
  const total = daysBetween(start, due) + 1;
  const elapsed = daysBetween(start, asOf) + 1;
  return total <= 0 ? ONE : clamp01(exact(elapsed).dividedBy(total));
}

/** What a target's status is decided from. */
interface StatusInput {
  readonly progress: Decimal;
  readonly expected: Decimal;
  readonly asOf: IsoDate;
  readonly start: IsoDate;
  readonly due: IsoDate;
  readonly thresholds: StatusThresholds;
}

/** On track, at risk or off track, by r = progress / expected (r = 1 when nothing is expected yet). */
function pace({ progress, expected, thresholds }: StatusInput): TargetStatus {
  const r = expected.isZero() ? ONE : progress.dividedBy(expected);
  if (r.gte(thresholds.onTrack)) return 'on-track';
  return r.gte(thresholds.atRisk) ? 'at-risk' : 'off-track';
}

/** Achieved; else missed after the due date, not started before the start; else by pace. */
function statusOf(input: StatusInput): TargetStatus {
  if (input.progress.eq(ONE)) return 'achieved';
  if (input.asOf > input.due) return 'missed';
  if (input.asOf < input.start) return 'not-started';
  return pace(input);
}

/** What {@link targetFigures} reads. */
export interface FiguresOptions {
  readonly plan: Plan;
  readonly target: Target;
  /** The latest observation per key (`unit|item`) of the target. */
  readonly latest: ReadonlyMap<string, Observation>;
  readonly asOf: IsoDate;
  readonly thresholds: StatusThresholds;
}

/** Computes one target's figures on `asOf`: its kind's figures, progress expected by time, status. */
export function targetFigures({ plan, target, latest, asOf, thresholds }: FiguresOptions): TargetFigures {
  const start = plan.period.start;
  const due = target.due ?? plan.period.end;
  const units = plan.units?.map((u) => u.code) ?? [];
  const figures = kindOf(target.kind).figures({ target, latest, units, due });
  const expected = expectedProgress(start, due, asOf);
  return {
    ...figures,
    expected,
    due,
    status: statusOf({ progress: figures.progress, expected, asOf, start, due, thresholds }),
  };
}
