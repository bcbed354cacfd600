/**
 * `evaluatePlan`: how far a plan is on a date, target by target and unit by unit, and why.
 */
import { assertArray, assertObject, localeOf } from '../core/guards.js';
import { Decimal } from 'decimal.js';
import { assertIsoDate, daysBetween, type IsoDate } from '../core/dates.js';
import { OcopValidationError } from '../core/errors.js';
import type { Issue, LocaleOptions } from '../core/issues.js';
import { validationError } from '../core/messages.js';
import type { Observation, ObservationInput, Plan, PlanInput, Target } from '../model/plan.js';
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
  readonly kind: 'current' | 'progress' | 'status' | 'units';
  readonly message: { readonly vi: string; readonly en: string };
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
  readonly progress: number;
  readonly achieved: boolean;
  readonly stretch?: number;
  readonly expected: number;
  readonly due: IsoDate;
  readonly status: TargetStatus;
  readonly byUnit: ReadonlyArray<{ readonly unit: string; readonly current: number; readonly progress: number }>;
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
  readonly score: number;
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
}

const ratio = (d: Decimal) => d.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber();
const pct = (d: Decimal) => `${d.times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toString()}%`;

const STATUS_VI: Record<TargetStatus, string> = {
  achieved: 'đạt',
  'on-track': 'đúng tiến độ',
  'at-risk': 'có nguy cơ chậm',
  'off-track': 'chậm tiến độ',
  missed: 'không đạt (đã quá hạn)',
  'not-started': 'chưa bắt đầu',
};

const STATUS_EN: Record<TargetStatus, string> = {
  achieved: 'achieved',
  'on-track': 'on track',
  'at-risk': 'at risk',
  'off-track': 'off track',
  missed: 'missed (past the due date)',
  'not-started': 'not started',
};

function explain(plan: Plan, target: Target, f: TargetFigures, asOf: IsoDate): ProgressLine[] {
  const isShare = target.kind === 'share';
  const value = isShare ? pct(f.current) : f.current.toString();
  const goal =
    target.kind === 'count' || target.kind === 'share'
      ? {
          vi: `tối thiểu ${isShare ? pct(new Decimal(target.min)) : target.min}${target.max === undefined ? '' : `, phấn đấu ${isShare ? pct(new Decimal(target.max)) : target.max}`}${target.baseline ? `, từ mức ${target.baseline}` : ''}`,
          en: `minimum ${isShare ? pct(new Decimal(target.min)) : target.min}${target.max === undefined ? '' : `, stretch ${isShare ? pct(new Decimal(target.max)) : target.max}`}${target.baseline ? `, from ${target.baseline}` : ''}`,
        }
      : target.kind === 'milestone'
        ? {
            vi: `${target.scope === 'each-unit' ? `${plan.units?.length ?? 0} đơn vị` : 'cả kế hoạch'}, hạn ${f.due}`,
            en: `${target.scope === 'each-unit' ? `${plan.units?.length ?? 0} units` : 'the whole plan'}, due ${f.due}`,
          }
        : { vi: `${target.items.length} hạng mục`, en: `${target.items.length} items` };
  const days = daysBetween(plan.period.start, asOf) + 1;
  const total = daysBetween(plan.period.start, f.due) + 1;
  const lines: ProgressLine[] = [
    { kind: 'current', message: { vi: `Hiện đạt ${value} (${goal.vi})`, en: `Current ${value} (${goal.en})` } },
    {
      kind: 'progress',
      message: {
        vi: `Tiến độ ${pct(f.progress)}${f.stretch === undefined ? '' : `, vượt mức ${pct(f.stretch)}`}; kỳ vọng theo thời gian ${pct(f.expected)} (${Math.max(0, Math.min(days, total))}/${total} ngày)`,
        en: `Progress ${pct(f.progress)}${f.stretch === undefined ? '' : `, stretch ${pct(f.stretch)}`}; expected by time ${pct(f.expected)} (${Math.max(0, Math.min(days, total))}/${total} days)`,
      },
    },
    { kind: 'status', message: { vi: `Trạng thái: ${STATUS_VI[f.status]}`, en: `Status: ${STATUS_EN[f.status]}` } },
  ];
  if (f.belowGuidance.length > 0 || f.late.length > 0 || f.planLate) {
    // one lookup table, not a scan of the units per code: a plan may list a thousand communes
    const nameOf = new Map((plan.units ?? []).map((u) => [u.code, u.name ?? u.code]));
    const names = (codes: readonly string[]) => codes.map((code) => nameOf.get(code) ?? code).join(', ');
    lines.push({
      kind: 'units',
      message: {
        vi: [
          f.belowGuidance.length > 0 ? `Dưới mức hướng dẫn mỗi đơn vị: ${names(f.belowGuidance)}` : '',
          f.late.length > 0 ? `Hoàn thành muộn: ${names(f.late)}` : '',
          f.planLate ? 'Hoàn thành muộn: cả kế hoạch' : '',
        ]
          .filter(Boolean)
          .join('; '),
        en: [
          f.belowGuidance.length > 0 ? `Below the per-unit guidance: ${names(f.belowGuidance)}` : '',
          f.late.length > 0 ? `Done late: ${names(f.late)}` : '',
          f.planLate ? 'Done late: the whole plan' : '',
        ]
          .filter(Boolean)
          .join('; '),
      },
    });
  }
  return lines;
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
  assertIsoDate(options.asOf, 'asOf');
  assertArray(observations, 'observations');
  const thresholds = statusThresholds(options.thresholds);
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
  const thePlan = checkedPlan.value;
  const fit = observationIssues(thePlan, checked);
  if (fit.length > 0) throw validationError(fit, locale);

  const { latest, ignored } = indexObservations(thePlan, checked, options.asOf);
  const figures = thePlan.targets.map((target) => ({
    target,
    f: targetFigures(thePlan, target, latest.get(target.id) ?? new Map(), options.asOf, thresholds),
  }));

  const weighted = (pairs: ReadonlyArray<{ weight: number; progress: Decimal }>) => {
    const totalWeight = pairs.reduce((acc, p) => acc.plus(p.weight), new Decimal(0));
    return totalWeight.isZero()
      ? new Decimal(0)
      : pairs.reduce((acc, p) => acc.plus(p.progress.times(p.weight)), new Decimal(0)).dividedBy(totalWeight);
  };
  const score = weighted(figures.map(({ target, f }) => ({ weight: target.weight ?? 1, progress: f.progress })));

  const targets: TargetProgress[] = figures.map(({ target, f }) => ({
    id: target.id,
    kind: target.kind,
    title: target.title,
    current: target.kind === 'share' ? ratio(f.current) : f.current.toNumber(),
    progress: ratio(f.progress),
    achieved: f.progress.eq(1),
    ...(f.stretch === undefined ? {} : { stretch: ratio(f.stretch) }),
    expected: ratio(f.expected),
    due: f.due,
    status: f.status,
    byUnit: f.byUnit.map((u) => ({
      unit: u.unit,
      current: target.kind === 'share' ? ratio(u.current) : u.current.toNumber(),
      progress: ratio(u.progress),
    })),
    belowGuidance: f.belowGuidance,
    late: f.late,
    planLate: f.planLate,
    explanation: explain(thePlan, target, f, options.asOf),
  }));

  const byUnitOf = figures.map(({ target, f }) => ({ target, entries: new Map(f.byUnit.map((u) => [u.unit, u])) }));
  const units: UnitProgress[] = (thePlan.units ?? []).map((unit) => {
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
        current: target.kind === 'share' ? ratio(entry.current) : entry.current.toNumber(),
        progress: ratio(entry.progress),
      })),
    };
  });

  return { plan: thePlan.id, asOf: options.asOf, score: ratio(score), targets, units, ignoredObservations: ignored };
}
