/**
 * One target's progress: current value, progress against the minimum, stretch, expected progress
 * by elapsed time, status, and the per-unit breakdown (see docs/progress.md).
 */
import type { Decimal } from 'decimal.js';
import { daysBetween, type IsoDate } from '../core/dates.js';
import { OcopError } from '../core/errors.js';
import { assertObject, describeValue } from '../core/guards.js';
import type { Observation, Plan, Target } from '../model/plan.js';
import { attainmentOf, clamp01, exact, ONE, ZERO } from '../model/target-kinds/arithmetic.js';
import { kindOf, type KindFigures } from '../model/target-kinds/index.js';
import type { FiguresInput } from '../model/target-kinds/kind.js';
import { keyOf } from './observations.js';

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
 * A status of a target on a date: `achieved` (met by its due date), `achieved-late` (met, but
 * after it), `on-track`, `at-risk`, `off-track` (by pace), `missed` (not met by its due date),
 * `not-started` (before the plan's start), `no-data` (no observation yet: silence is not zero).
 *
 * @example
 * ```ts
 * import type { TargetStatus } from 'ocop';
 * const status: TargetStatus = 'at-risk';
 * ```
 */
export type TargetStatus =
  'achieved' | 'achieved-late' | 'on-track' | 'at-risk' | 'off-track' | 'missed' | 'not-started' | 'no-data';

/** A target's exact figures before rounding for output: its kind's, and those of time and status. */
export type TargetFigures = KindFigures & {
  readonly expected: Decimal;
  readonly due: IsoDate;
  readonly status: TargetStatus;
  /** Whether any observation of the target counts on `asOf`. */
  readonly observed: boolean;
  /** The units with an observation of the target. */
  readonly observedUnits: ReadonlySet<string>;
  /** The date of the first observation with which the target was met, when it is met on `asOf`. */
  readonly achievedOn: IsoDate | undefined;
  /** The progress the plan's score counts: `progress`, or its progress on the due date for a late achievement that does not count. */
  readonly scored: Decimal;
};

/** What a target's expected progress is read from: its baseline, minimum and interim schedule. */
interface ExpectedTarget {
  readonly min?: number;
  readonly baseline?: number | undefined;
  readonly schedule?: ReadonlyArray<{ readonly by: IsoDate; readonly min: number }> | undefined;
}

/**
 * Progress expected on `asOf`: by elapsed calendar days, (days(start → asOf) + 1) / (days(start →
 * due) + 1); for a target with a schedule, the value expected on `asOf` read linearly between its
 * points (the baseline before the start, each interim figure on its date, the minimum on the due
 * date), as progress towards the minimum.
 */
export function expectedProgress(start: IsoDate, due: IsoDate, asOf: IsoDate, target: ExpectedTarget = {}): Decimal {
  const dayOf = (date: IsoDate) => daysBetween(start, date) + 1;
  const total = dayOf(due);
  if (total <= 0) return ONE;
  const at = Math.min(Math.max(dayOf(asOf), 0), total);
  const schedule = target.schedule ?? [];
  if (schedule.length === 0 || target.min === undefined) return clamp01(exact(at).dividedBy(total));
  const baseline = target.baseline ?? 0;
  const points = [
    { day: 0, value: baseline },
    ...schedule.map((p) => ({ day: Math.min(Math.max(dayOf(p.by), 0), total), value: p.min })),
    { day: total, value: target.min },
  ];
  const end = points.findIndex((point) => at <= point.day);
  const to = points[end] ?? { day: total, value: target.min };
  const from = points[end - 1] ?? to;
  const span = to.day - from.day;
  const value =
    span === 0
      ? exact(to.value)
      : exact(from.value).plus(
          exact(to.value - from.value)
            .times(at - from.day)
            .dividedBy(span),
        );
  return clamp01(attainmentOf(value, target.min, baseline));
}

/** What a target's status is decided from. */
interface StatusInput {
  readonly progress: Decimal;
  readonly expected: Decimal;
  readonly asOf: IsoDate;
  readonly start: IsoDate;
  readonly due: IsoDate;
  readonly thresholds: StatusThresholds;
  readonly observed: boolean;
  readonly achievedOn: IsoDate | undefined;
}

/** On track, at risk or off track, by r = progress / expected (r = 1 when nothing is expected yet). */
function pace({ progress, expected, thresholds }: StatusInput): TargetStatus {
  const r = expected.isZero() ? ONE : progress.dividedBy(expected);
  if (r.gte(thresholds.onTrack)) return 'on-track';
  return r.gte(thresholds.atRisk) ? 'at-risk' : 'off-track';
}

/** Not started before the start; no data without an observation; achieved (late); missed after the due date; else by pace. */
function statusOf(input: StatusInput): TargetStatus {
  if (input.asOf < input.start) return 'not-started';
  if (!input.observed) return 'no-data';
  if (input.progress.eq(ONE))
    return input.achievedOn !== undefined && input.achievedOn > input.due ? 'achieved-late' : 'achieved';
  if (input.asOf > input.due) return 'missed';
  return pace(input);
}

/** What {@link targetFigures} reads. */
export interface FiguresOptions {
  readonly plan: Plan;
  readonly target: Target;
  /** The latest observation per key (`unit|item`) of the target. */
  readonly latest: ReadonlyMap<string, Observation>;
  /** The target's observations that count on `asOf` (dated from the plan's start to `asOf`). */
  readonly history: readonly Observation[];
  readonly asOf: IsoDate;
  readonly thresholds: StatusThresholds;
  /** Whether a target met after its due date counts as met in the score (default in `evaluatePlan`: yes). */
  readonly countLate: boolean;
}

/** The kind's figures from the observations dated up to `date`, walking `sorted` (date order) once. */
function figuresUpTo(
  input: Omit<FiguresInput<Target>, 'latest'>,
  sorted: readonly Observation[],
  stop: (figures: KindFigures, date: IsoDate) => boolean,
  needed = 0,
): IsoDate | undefined {
  const latest = new Map<string, Observation>();
  const kind = kindOf(input.target.kind);
  for (let i = 0; i < sorted.length;) {
    const date = (sorted[i] as Observation).date;
    for (; i < sorted.length && sorted[i]?.date === date; i += 1) {
      const o = sorted[i] as Observation;
      latest.set(keyOf(o), o);
    }
    if (latest.size >= needed && stop(kind.figures({ ...input, latest }), date)) return date;
  }
  return undefined;
}

/** The target's observations in date order. */
const inDateOrder = (observations: readonly Observation[]) =>
  [...observations].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The first date on which the target was met, replaying its observations in date order. */
function firstMet(input: Omit<FiguresInput<Target>, 'latest'>, sorted: readonly Observation[]): IsoDate | undefined {
  const needed = kindOf(input.target.kind).keysToMeet(input.target as never, input.units);
  return figuresUpTo(input, sorted, (figures) => figures.progress.eq(ONE), needed);
}

/** The target's progress on its due date (from the observations dated up to it). */
function progressOnDue(input: Omit<FiguresInput<Target>, 'latest'>, sorted: readonly Observation[]): Decimal {
  let onDue = ZERO;
  figuresUpTo(input, sorted, (figures, date) => {
    if (date > input.due) return true;
    onDue = figures.progress;
    return false;
  });
  return onDue;
}

/** The units a target has observations for: each observation's unit, or its item's unit. */
function observedUnitsOf(target: Target, latest: ReadonlyMap<string, Observation>): ReadonlySet<string> {
  const itemUnits = new Map(target.kind === 'items' ? target.items.map((item) => [item.id, item.unit]) : []);
  const units = new Set<string>();
  for (const o of latest.values()) {
    const unit = o.unit ?? (o.item === undefined ? undefined : itemUnits.get(o.item));
    if (unit !== undefined) units.add(unit);
  }
  return units;
}

/** Computes one target's figures on `asOf`: its kind's figures, progress expected by time, status. */
export function targetFigures(options: FiguresOptions): TargetFigures {
  const { plan, target, latest, asOf, thresholds } = options;
  const start = plan.period.start;
  const due = target.due ?? plan.period.end;
  const units = plan.units?.map((u) => u.code) ?? [];
  const figures = kindOf(target.kind).figures({ target, latest, units, due });
  const expected = expectedProgress(start, due, asOf, 'schedule' in target ? target : {});
  const sorted = figures.progress.eq(ONE) ? inDateOrder(options.history) : [];
  const achievedOn = sorted.length > 0 ? firstMet({ target, units, due }, sorted) : undefined;
  const observed = latest.size > 0;
  const late = achievedOn !== undefined && achievedOn > due;
  return {
    ...figures,
    expected,
    due,
    observed,
    observedUnits: observedUnitsOf(target, latest),
    achievedOn,
    scored: late && !options.countLate ? progressOnDue({ target, units, due }, sorted) : figures.progress,
    status: statusOf({ progress: figures.progress, expected, asOf, start, due, thresholds, observed, achievedOn }),
  };
}
