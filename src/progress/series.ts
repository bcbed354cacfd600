/**
 * `progressSeries`: a plan's progress on several dates, for charts, with its inputs checked once.
 */
import { assertArray, assertObject, localeOf } from '../core/guards.js';
import { assertIsoDate, type IsoDate } from '../core/dates.js';
import { OcopError } from '../core/errors.js';
import type { ObservationInput, Plan, PlanInput } from '../model/plan.js';
import { checkedProgressInputs, progressOn, type EvaluatePlanOptions, type PlanProgress } from './evaluate-plan.js';

/**
 * Options of {@link progressSeries}: those of `evaluatePlan` but the date.
 *
 * @example
 * ```ts
 * import type { ProgressSeriesOptions } from 'ocop';
 * const options: ProgressSeriesOptions = { locale: 'en', countLate: false };
 * ```
 */
export type ProgressSeriesOptions = Omit<EvaluatePlanOptions, 'asOf'>;

/**
 * A plan's progress on several dates: the validated plan (its period, targets, baselines,
 * minima and schedules: what a chart's axes and lines are drawn from) and one `PlanProgress`
 * per date, dates ascending.
 *
 * @example
 * ```ts
 * import type { ProgressSeries } from 'ocop';
 * const scores = (s: ProgressSeries) => s.points.map((p) => [p.asOf, p.score] as const);
 * ```
 */
export interface ProgressSeries {
  readonly plan: Plan;
  readonly points: readonly PlanProgress[];
}

/** The dates checked (each an ISO date, none twice) and sorted ascending; a new array. */
function checkedDates(dates: readonly IsoDate[]): IsoDate[] {
  assertArray(dates, 'dates');
  dates.forEach((date, index) => assertIsoDate(date, `dates[${index}]`));
  const sorted = [...dates].sort();
  const repeated = sorted.find((date, index) => index > 0 && sorted[index - 1] === date);
  if (repeated !== undefined)
    throw new OcopError('invalid_input', `dates must not repeat a date, got ${repeated} twice`, { option: 'dates' });
  return sorted;
}

/**
 * The plan's progress on each of `dates`, as `evaluatePlan` gives it on that date, with the plan
 * and the observations validated once (not once per date). Dates may come in any order; the
 * points are in ascending date order. Throws what `evaluatePlan` throws for the plan, the
 * observations and the options (`OcopValidationError` listing every problem, in
 * `options.locale`); `OcopError` `invalid_date` for a value of `dates` that is not a real ISO
 * date (naming `dates[i]`), and `invalid_input` when `dates` is not an array or holds a date twice.
 *
 * @example
 * ```ts
 * import { progressSeries } from 'ocop';
 * const plan = {
 *   id: 'p', title: 'Sản phẩm mới', unit: { province: '34' },
 *   period: { start: '2020-01-01', end: '2020-12-31' },
 *   targets: [{ id: 'new', kind: 'count' as const, title: 'Sản phẩm mới', min: 8 }],
 * };
 * const observations = [
 *   { target: 'new', date: '2020-06-30', value: 3 },
 *   { target: 'new', date: '2020-12-15', value: 9 },
 * ];
 * const series = progressSeries(plan, observations, ['2020-12-31', '2020-06-30']);
 * series.points.map((p) => p.targets[0]?.current); // [3, 9]
 * series.points.map((p) => p.targets[0]?.status); // ['at-risk', 'achieved']
 * ```
 */
export function progressSeries(
  plan: PlanInput,
  observations: readonly ObservationInput[],
  dates: readonly IsoDate[],
  options: ProgressSeriesOptions = {},
): ProgressSeries {
  assertObject(options, 'options');
  const locale = localeOf(options);
  const sorted = checkedDates(dates);
  const checked = checkedProgressInputs(plan, observations, options, locale);
  return { plan: checked.plan, points: sorted.map((date) => progressOn(checked, date)) };
}
