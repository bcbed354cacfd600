/**
 * `evaluatePlan`: how far a plan is on a date, target by target and unit by unit, and why.
 */
import { assertArray, assertObject, describeValue, localeOf } from '../core/guards.js';
import { Decimal } from 'decimal.js';
import { assertIsoDate, daysBetween, type IsoDate } from '../core/dates.js';
import { OcopError, OcopValidationError } from '../core/errors.js';
import type { Issue, Locale, LocaleOptions } from '../core/issues.js';
import { validationError } from '../core/messages.js';
import type { Observation, ObservationInput, Plan, PlanInput, Target } from '../model/plan.js';
import { percent } from '../model/target-kinds/arithmetic.js';
import { kindOf, type TargetKind, type TargetKindModule } from '../model/target-kinds/index.js';
import type { ProgressText } from '../locales/catalogue.js';
import { LOCALES, PROGRESS_TEXT } from '../locales/index.js';
import { validate } from '../model/validate.js';
import { indexObservations, observationIssues } from './observations.js';
import {
  statusThresholds,
  targetFigures,
  type StatusThresholds,
  type TargetFigures,
  type TargetStatus,
} from './target-progress.js';

/**
 * One line of a target's explanation, in Vietnamese and English.
 *
 * @example
 * ```ts
 * import type { ProgressLine } from 'ocop';
 * const line: ProgressLine = { kind: 'status', message: { vi: 'Trạng thái: đạt', en: 'Status: achieved' } };
 * ```
 */
export interface ProgressLine {
  readonly kind: 'current' | 'progress' | 'attainment' | 'status' | 'units';
  readonly message: { readonly [L in Locale]: string };
}

/**
 * A target's progress on a date. Ratios (`progress`, `stretch`, `expected`, and `current` of a
 * share target) are rounded to 4 decimals half-up; decisions are made on exact values.
 *
 * @example
 * ```ts
 * import type { TargetProgress } from 'ocop';
 * const lagging = (t: TargetProgress) => t.belowGuidance;
 * ```
 */
export interface TargetProgress {
  readonly id: string;
  readonly kind: Target['kind'];
  readonly title: string;
  readonly current: number;
  /** Progress from the baseline to the minimum, clamped to [0, 1]: what scores use. */
  readonly progress: number;
  /**
   * Progress not clamped, as reports give it ("đạt 150% kế hoạch" is 1.5): (current − baseline) /
   * (min − baseline), its mirror for a decrease, done / total for milestones and items; `null`
   * without data.
   */
  readonly attainment: number | null;
  /** current − min in the target's unit (min − current for a decrease; done − total for milestones and items): "12 above target" is 12; `null` without data. */
  readonly surplus: number | null;
  readonly achieved: boolean;
  /** The date of the first observation with which the target was met (when it is met on `asOf`). */
  readonly achievedOn?: IsoDate;
  /** Whether any observation of the target counts on `asOf`; a target without is `no-data` and left out of the score. */
  readonly observed: boolean;
  readonly stretch?: number;
  readonly expected: number;
  readonly due: IsoDate;
  readonly status: TargetStatus;
  /** Each unit's figures; `observed: false` for a unit without an observation (left out of its unit score). */
  readonly byUnit: ReadonlyArray<{
    readonly unit: string;
    readonly current: number;
    readonly progress: number;
    readonly observed: boolean;
  }>;
  /** Units under the per-unit guidance minimum. */
  readonly belowGuidance: readonly string[];
  /** Units of an each-unit milestone done after the due date (not counted as done). */
  readonly late: readonly string[];
  /** Whether a whole-plan milestone (`scope: 'plan'`) was done after the due date (not counted as done); `false` for other targets. */
  readonly planLate: boolean;
  readonly explanation: readonly ProgressLine[];
}

/**
 * A unit's progress across the targets that have a per-unit figure for it: the weighted mean of
 * its progress.
 *
 * @example
 * ```ts
 * import type { UnitProgress } from 'ocop';
 * const weakest = (units: readonly UnitProgress[]) => [...units].sort((a, b) => a.score - b.score)[0];
 * ```
 */
export interface UnitProgress {
  readonly unit: string;
  readonly name?: string;
  readonly score: number;
  readonly targets: ReadonlyArray<{ readonly id: string; readonly current: number; readonly progress: number }>;
}

/**
 * A plan's progress on `asOf`. `score` = Σ(weight × progress) / Σ weight. Observations dated
 * before the plan's period or after `asOf` are left out and counted in `ignoredObservations`.
 *
 * @example
 * ```ts
 * import type { PlanProgress } from 'ocop';
 * const summary = (p: PlanProgress) => `${p.plan}: ${(p.score * 100).toFixed(1)}% on ${p.asOf}`;
 * ```
 */
export interface PlanProgress {
  readonly plan: string;
  readonly asOf: IsoDate;
  /** Σ(weight × progress) / Σ weight over the observed targets (0 when none is observed). */
  readonly score: number;
  /** What the score covers: the observed targets, of how many, and their share of the weight. */
  readonly coverage: { readonly targets: number; readonly of: number; readonly weight: number };
  readonly targets: readonly TargetProgress[];
  readonly units: readonly UnitProgress[];
  readonly ignoredObservations: { readonly beforePeriod: number; readonly afterAsOf: number };
}

/**
 * Options of {@link evaluatePlan}.
 *
 * @example
 * ```ts
 * import type { EvaluatePlanOptions } from 'ocop';
 * const options: EvaluatePlanOptions = { asOf: '2020-07-15', thresholds: { onTrack: 1, atRisk: 0.75 } };
 * ```
 */
export interface EvaluatePlanOptions extends LocaleOptions {
  /** The day to judge on. Required: no function reads the clock. */
  readonly asOf: IsoDate;
  /** Status thresholds; default on-track ≥ 0.95, at-risk ≥ 0.6. */
  readonly thresholds?: Partial<StatusThresholds>;
  /**
   * Whether a target met after its due date (`achieved-late`) counts as met in the score
   * (default `true`); with `false` it counts with its progress on the due date.
   */
  readonly countLate?: boolean;
}

/** A ratio rounded for output: 4 decimals, half up. */
const ratio = (d: Decimal) => d.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber();

/** A current value for output: a ratio rounded, a count as it is. */
const rounded = (measure: TargetKindModule<TargetKind>['measure'], d: Decimal) =>
  measure === 'ratio' ? ratio(d) : d.toNumber();

/** A line in every locale, from each locale's progress sentences. */
function inEveryLocale(line: (text: ProgressText) => string): ProgressLine['message'] {
  return Object.fromEntries(LOCALES.map((locale) => [locale, line(PROGRESS_TEXT[locale])])) as ProgressLine['message'];
}

/** `Hiện đạt 12 (tối thiểu 15, phấn đấu 20)`: the current value and the target's goal. */
function currentLine(plan: Plan, target: Target, f: TargetFigures): ProgressLine {
  const kind = kindOf(target.kind);
  const value = kind.measure === 'ratio' ? percent(f.current) : f.current.toString();
  const units = plan.units?.length ?? 0;
  return {
    kind: 'current',
    message: inEveryLocale((text) => text.current({ value, goal: kind.goal({ target, text, units, due: f.due }) })),
  };
}

/** `Tiến độ 80%; kỳ vọng theo thời gian 54.4% (199/366 ngày)`. */
function progressLine(plan: Plan, f: TargetFigures, asOf: IsoDate): ProgressLine {
  const total = daysBetween(plan.period.start, f.due) + 1;
  const days = Math.max(0, Math.min(daysBetween(plan.period.start, asOf) + 1, total));
  const figures = {
    progress: percent(f.progress),
    stretch: f.stretch === undefined ? undefined : percent(f.stretch),
    expected: percent(f.expected),
    days,
    total,
  };
  return { kind: 'progress', message: inEveryLocale((text) => text.progress(figures)) };
}

/** `Đạt 150% kế hoạch; vượt 12 so với kế hoạch`: attainment and surplus, for an observed target. */
function attainmentLine(target: Target, f: TargetFigures): ProgressLine[] {
  if (!f.observed) return [];
  const { measure } = kindOf(target.kind);
  const numeric = target.kind === 'count' || target.kind === 'share';
  const amount = f.surplus.abs();
  const figures = {
    attainment: percent(f.attainment),
    surplus: !numeric || f.surplus.isZero() ? undefined : measure === 'ratio' ? percent(amount) : amount.toString(),
    above: f.surplus.isPositive(),
    achievedOn: f.achievedOn,
  };
  return [{ kind: 'attainment', message: inEveryLocale((text) => text.attainment(figures)) }];
}

/** The units below guidance and those done late, by name; none when there are none. */
function unitsLines(plan: Plan, f: TargetFigures): ProgressLine[] {
  if (f.belowGuidance.length === 0 && f.late.length === 0 && !f.planLate) return [];
  // one lookup table, not a scan of the units per code: a plan may list a thousand communes
  const nameOf = new Map((plan.units ?? []).map((u) => [u.code, u.name ?? u.code]));
  const names = (codes: readonly string[]) => codes.map((code) => nameOf.get(code) ?? code).join(', ');
  const parts = (text: ProgressText) => [
    f.belowGuidance.length > 0 ? text.belowGuidance(names(f.belowGuidance)) : '',
    f.late.length > 0 ? text.late(names(f.late)) : '',
    f.planLate ? text.planLate : '',
  ];
  return [{ kind: 'units', message: inEveryLocale((text) => parts(text).filter(Boolean).join('; ')) }];
}

/** A target's explanation: its current value against its goal, its progress, its status, its late or lagging units. */
function explain(plan: Plan, target: Target, f: TargetFigures, asOf: IsoDate): ProgressLine[] {
  return [
    currentLine(plan, target, f),
    progressLine(plan, f, asOf),
    ...attainmentLine(target, f),
    { kind: 'status', message: inEveryLocale((text) => text.status(f.status)) },
    ...unitsLines(plan, f),
  ];
}

/** The plan and the observations, validated and checked against each other; throws every problem at once. */
function checkedInputs(
  plan: PlanInput,
  observations: readonly ObservationInput[],
  locale: Locale,
): { readonly plan: Plan; readonly observations: Observation[] } {
  const issues: Issue[] = [];
  const checkedPlan = validate('plan', plan, { locale });
  if (!checkedPlan.ok) issues.push(...checkedPlan.issues.map((i) => ({ ...i, path: ['plan', ...i.path] })));
  const checked: Observation[] = [];
  observations.forEach((observation, index) => {
    const result = validate('observation', observation, { locale });
    if (result.ok) checked.push(result.value);
    else issues.push(...result.issues.map((i) => ({ ...i, path: ['observations', index, ...i.path] })));
  });
  // validate wrote these in `locale` already: no second copy (a million observations, a million issues)
  if (!checkedPlan.ok || issues.length > 0) throw new OcopValidationError(issues, locale);
  const fit = observationIssues(checkedPlan.value, checked);
  if (fit.length > 0) throw validationError(fit, locale);
  return { plan: checkedPlan.value, observations: checked };
}

/** Σ(weight × progress) / Σ weight; 0 without weight. */
function weighted(pairs: ReadonlyArray<{ readonly weight: number; readonly progress: Decimal }>): Decimal {
  const totalWeight = pairs.reduce((acc, p) => acc.plus(p.weight), new Decimal(0));
  return totalWeight.isZero()
    ? new Decimal(0)
    : pairs.reduce((acc, p) => acc.plus(p.progress.times(p.weight)), new Decimal(0)).dividedBy(totalWeight);
}

/** A target with its figures. */
interface Figured {
  readonly target: Target;
  readonly f: TargetFigures;
}

/** A target's progress for output: its figures rounded, and its explanation. */
function targetProgress(plan: Plan, { target, f }: Figured, asOf: IsoDate): TargetProgress {
  const { measure } = kindOf(target.kind);
  return {
    id: target.id,
    kind: target.kind,
    title: target.title,
    current: rounded(measure, f.current),
    progress: ratio(f.progress),
    attainment: f.observed ? ratio(f.attainment) : null,
    surplus: f.observed ? rounded(measure, f.surplus) : null,
    achieved: f.progress.eq(1),
    ...(f.achievedOn === undefined ? {} : { achievedOn: f.achievedOn }),
    observed: f.observed,
    ...(f.stretch === undefined ? {} : { stretch: ratio(f.stretch) }),
    expected: ratio(f.expected),
    due: f.due,
    status: f.status,
    byUnit: f.byUnit.map((u) => ({
      unit: u.unit,
      current: rounded(measure, u.current),
      progress: ratio(u.progress),
      observed: f.observedUnits.has(u.unit),
    })),
    belowGuidance: f.belowGuidance,
    late: f.late,
    planLate: f.planLate,
    explanation: explain(plan, target, f, asOf),
  };
}

/** Each plan unit's progress over the targets that have an observed figure for it. */
function unitsProgress(plan: Plan, figured: readonly Figured[]): UnitProgress[] {
  const byUnitOf = figured.map(({ target, f }) => ({
    target,
    entries: new Map(f.byUnit.filter((u) => f.observedUnits.has(u.unit)).map((u) => [u.unit, u])),
  }));
  return (plan.units ?? []).map((unit) => {
    const mine = byUnitOf.flatMap(({ target, entries }) => {
      const entry = entries.get(unit.code);
      return entry ? [{ target, entry }] : [];
    });
    return {
      unit: unit.code,
      ...(unit.name === undefined ? {} : { name: unit.name }),
      score: ratio(
        weighted(mine.map(({ target, entry }) => ({ weight: target.weight ?? 1, progress: entry.progress }))),
      ),
      targets: mine.map(({ target, entry }) => ({
        id: target.id,
        current: rounded(kindOf(target.kind).measure, entry.current),
        progress: ratio(entry.progress),
      })),
    };
  });
}

/**
 * Evaluates a plan on `asOf` from observations (reported by hand, or computed from domain data by
 * the metrics functions): each target's current value, progress, stretch, expected progress by
 * elapsed days, status and per-unit breakdown; each unit's score; the plan's weighted score.
 * An observation states the level of its target in one unit (or for the whole plan) as of its
 * date; the latest per unit (and item) up to `asOf` counts, and units are summed. Throws
 * `OcopValidationError` listing every problem: an invalid plan or observation, an observation for
 * a target, unit or item the plan does not have, of the wrong form for its target, a duplicate
 * (same target, unit, item and date), or per-unit and whole-plan observations mixed for a target;
 * the messages are in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { evaluatePlan } from 'ocop';
 * const plan = {
 *   id: 'p', title: 'Hội nghị cấp huyện', unit: { province: '34' },
 *   period: { start: '2020-01-01', end: '2020-12-31' },
 *   units: [{ code: '340' }, { code: '338' }],
 *   targets: [{ id: 'conference', kind: 'milestone' as const, title: 'Hội nghị', due: '2020-07-15', scope: 'each-unit' as const }],
 * };
 * const progress = evaluatePlan(plan, [{ target: 'conference', unit: '340', date: '2020-07-10', done: true }], { asOf: '2020-07-15' });
 * progress.targets[0]?.progress; // 0.5
 * evaluatePlan(plan, [{ target: 'launch', date: '2020-07-10', done: true }], { asOf: '2020-07-15', locale: 'en' });
 * // throws OcopValidationError: 'Invalid input: observations.0.target: The plan has no target "launch"'
 * ```
 */
export function evaluatePlan(
  plan: PlanInput,
  observations: readonly ObservationInput[],
  options: EvaluatePlanOptions,
): PlanProgress {
  assertObject(options, 'options');
  const locale = localeOf(options);
  const { asOf } = options;
  assertIsoDate(asOf, 'asOf');
  return progressOn(checkedProgressInputs(plan, observations, options, locale), asOf);
}

/** A plan and its observations checked once, with the settings every date is judged with. */
export interface CheckedProgressInputs {
  readonly plan: Plan;
  readonly observations: readonly Observation[];
  readonly thresholds: StatusThresholds;
  readonly countLate: boolean;
}

/**
 * Checks what {@link evaluatePlan} checks besides `asOf`, in the same order and with the same
 * errors: `observations` is an array, the thresholds, the plan and the observations (every
 * problem at once, in `locale`), then `countLate`.
 */
export function checkedProgressInputs(
  plan: PlanInput,
  observations: readonly ObservationInput[],
  options: Omit<EvaluatePlanOptions, 'asOf'>,
  locale: Locale,
): CheckedProgressInputs {
  assertArray(observations, 'observations');
  const thresholds = statusThresholds(options.thresholds);
  const checked = checkedInputs(plan, observations, locale);
  const countLate = options.countLate ?? true;
  if (typeof countLate !== 'boolean')
    throw new OcopError('invalid_input', `options.countLate must be true or false, got ${describeValue(countLate)}`, {
      option: 'countLate',
    });
  return { ...checked, thresholds, countLate };
}

/** The progress on `asOf` (a checked date) of checked inputs: what {@link evaluatePlan} returns. */
export function progressOn(checked: CheckedProgressInputs, asOf: IsoDate): PlanProgress {
  const { latest, counted, ignored } = indexObservations(checked.plan, checked.observations, asOf);
  const figured = checked.plan.targets.map((target) => ({
    target,
    f: targetFigures({
      plan: checked.plan,
      target,
      latest: latest.get(target.id) ?? new Map(),
      history: counted.get(target.id) ?? [],
      asOf,
      thresholds: checked.thresholds,
      countLate: checked.countLate,
    }),
  }));
  const observed = figured.filter(({ f }) => f.observed);
  const weightOf = (list: readonly Figured[]) =>
    list.reduce((sum, { target }) => sum.plus(target.weight ?? 1), new Decimal(0));
  const totalWeight = weightOf(figured);
  return {
    plan: checked.plan.id,
    asOf,
    score: ratio(weighted(observed.map(({ target, f }) => ({ weight: target.weight ?? 1, progress: f.scored })))),
    coverage: {
      targets: observed.length,
      of: figured.length,
      weight: totalWeight.isZero() ? 0 : ratio(weightOf(observed).dividedBy(totalWeight)),
    },
    targets: figured.map((one) => targetProgress(checked.plan, one, asOf)),
    units: unitsProgress(checked.plan, figured),
    ignoredObservations: ignored,
  };
}
