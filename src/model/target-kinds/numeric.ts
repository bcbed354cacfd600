/**
 * What the numeric kinds (`count`, `share`) share: their plan checks, their progress against a
 * minimum from a baseline, their stretch, their per-unit guidance and their goal line. Each kind
 * module gives what differs: how a unit's value and the total are read from observations, and
 * what a unit's progress is measured against.
 */
import type { Decimal } from 'decimal.js';
import type { Observation } from '../plan.js';
import type { IssueDraft } from '../report.js';
import { attainmentOf, exact, share, towards, ZERO } from './arithmetic.js';
import type { FiguresInput, GoalInput, KindFigures, TargetCheckContext, TargetOf, UnitFigures } from './kind.js';

/** A `count` or `share` target. */
export type NumericTarget = TargetOf<'count' | 'share'>;

/** `max ≥ min`, for a target's stretch and for its per-unit guidance. */
function rangeOrder(
  range: { readonly min: number; readonly max?: number | undefined },
  at: Array<string | number>,
  field: string,
): IssueDraft[] {
  if (range.max === undefined || range.max >= range.min) return [];
  return [{ code: 'range_order', path: at, params: { value: range.max, relation: 'gte', field, other: range.min } }];
}

/** progress = (current − baseline) / (min − baseline): min must differ from the baseline, on the side of the direction. */
function baselineIssues(target: NumericTarget, context: TargetCheckContext): IssueDraft[] {
  const baseline = target.baseline ?? 0;
  const decrease = target.direction === 'decrease';
  const issues: IssueDraft[] = [];
  if (decrease ? target.min >= baseline : target.min <= baseline) {
    issues.push({
      code: 'range_order',
      path: context.at('min'),
      params: { value: target.min, relation: decrease ? 'lt' : 'gt', field: 'baseline', other: baseline },
    });
  }
  if (decrease && target.baseline === undefined)
    issues.push({ code: 'required', path: context.at('baseline'), params: {} });
  return issues;
}

/** A schedule's dates strictly ascending. */
function scheduleIssues(target: NumericTarget, context: TargetCheckContext): IssueDraft[] {
  const points = target.schedule ?? [];
  return points.flatMap((point, index) => {
    const previous = points[index - 1];
    return previous && point.by <= previous.by
      ? [
          {
            code: 'not_chronological' as const,
            path: context.at('schedule', index, 'by'),
            params: { value: point.by, previous: previous.by },
          },
        ]
      : [];
  });
}

/** The plan checks of a numeric target: its range, its baseline and direction, its per-unit guidance, its schedule. */
export function numericIssues(target: NumericTarget, context: TargetCheckContext): IssueDraft[] {
  const { at } = context;
  return [
    ...scheduleIssues(target, context),
    ...rangeOrder(target, at('max'), 'min'),
    ...baselineIssues(target, context),
    ...(target.perUnit ? rangeOrder(target.perUnit, at('perUnit', 'max'), 'perUnit.min') : []),
    ...(target.perUnit && !context.hasUnits
      ? [{ code: 'required' as const, path: ['units'], params: { because: at('perUnit').join('.') } }]
      : []),
  ];
}

/** How one numeric kind reads its observations. */
export interface NumericReading<T extends NumericTarget> {
  /** The target's current value over all units. */
  readonly total: (latest: ReadonlyMap<string, Observation>) => Decimal;
  /** One unit's value from its latest observation. */
  readonly unitValue: (observation: Observation) => Decimal;
  /** One unit's progress from its value. */
  readonly unitProgress: (value: Decimal, input: FiguresInput<T>) => Decimal;
}

const unitOf = (key: string) => key.slice(0, key.indexOf('|'));

/** Each unit's figures, when every observation is per unit; none when some are for the whole plan. */
function byUnit<T extends NumericTarget>(input: FiguresInput<T>, reading: NumericReading<T>): UnitFigures[] {
  const { latest, units } = input;
  const perUnit = latest.size > 0 && [...latest.keys()].every((key) => unitOf(key) !== '');
  if (!perUnit) return [];
  return units.map((unit) => {
    const observation = latest.get(`${unit}|`);
    const current = observation ? reading.unitValue(observation) : ZERO;
    return { unit, current, progress: reading.unitProgress(current, input) };
  });
}

/** A numeric target's figures: progress from its baseline to its minimum, stretch towards its maximum, units. */
export function numericFigures<T extends NumericTarget>(
  input: FiguresInput<T>,
  reading: NumericReading<T>,
): KindFigures {
  const { target } = input;
  const current = reading.total(input.latest);
  const units = byUnit(input, reading);
  const guidance = target.perUnit;
  return {
    current,
    progress: towards(current, target.min, target.baseline ?? 0),
    attainment: attainmentOf(current, target.min, target.baseline ?? 0),
    surplus: target.direction === 'decrease' ? exact(target.min).minus(current) : current.minus(target.min),
    // the span in binary floating point, as it always was (0.1 − 0 is exact, 1 − 0.9 is not)
    stretch: target.max === undefined ? undefined : share(current.minus(target.min), exact(target.max - target.min)),
    byUnit: units,
    belowGuidance: guidance ? units.filter((u) => u.current.lt(guidance.min)).map((u) => u.unit) : [],
    late: [],
    planLate: false,
  };
}

/** A numeric target's goal: its minimum, stretch and baseline, the bounds written by `show`. */
export function numericGoal<T extends NumericTarget>(input: GoalInput<T>, show: (value: number) => string): string {
  const { target } = input;
  return input.text.minimum({
    min: show(target.min),
    max: target.max === undefined ? undefined : show(target.max),
    from: target.baseline ? String(target.baseline) : undefined,
  });
}
