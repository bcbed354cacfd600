/**
 * The `share` kind: Σ numerator / Σ denominator must reach the ratio `min` (0–1): "100% of
 * officials trained". Observations give a `numerator` and a `denominator` per unit; the plan's
 * ratio is taken over the sums, never as a mean of the units' ratios.
 */
import * as z from 'zod';
import type { Observation } from '../plan.js';
import { exact, percent, sumOf, towards, ZERO } from './arithmetic.js';
import { numericTarget, targetBase } from './fields.js';
import type { FiguresInput, GoalInput, KindFigures, ObservationForm } from './kind.js';
import { numericFigures, numericGoal, numericIssues, type NumericReading } from './numeric.js';

/** A `share` target. */
export const schema = z.strictObject({
  ...targetBase,
  ...numericTarget,
  kind: z.literal('share'),
  min: z.number().min(0).max(1),
  max: z.number().min(0).max(1).optional(),
});

type ShareTarget = z.output<typeof schema>;

/** Its range, baseline and per-unit guidance. */
export const issues = numericIssues;

/** A fraction. */
export const observation: ObservationForm = {
  test: (o) => o.numerator !== undefined && o.denominator !== undefined,
  expected: 'numerator + denominator',
};

/** Per-unit and whole-plan observations are not mixed. */
export const oneScope = true;

/** No named items. */
export function itemIds(): readonly string[] {
  return [];
}

/** A ratio 0–1. */
/** One observation can meet it (a sum or a ratio over whatever reported). */
export function keysToMeet(): number {
  return 1;
}

export const measure = 'ratio';

const reading: NumericReading<ShareTarget> = {
  total: (latest) => {
    const denominator = sumOf(latest.values(), (o) => o.denominator);
    return denominator.isZero() ? ZERO : sumOf(latest.values(), (o) => o.numerator).dividedBy(denominator);
  },
  unitValue: (o: Observation) => exact(o.numerator ?? 0).dividedBy(o.denominator ?? 1),
  // the unit's own ratio, from the baseline to the minimum like the plan's
  unitProgress: (value, { target }) => towards(value, target.min, target.baseline ?? 0),
};

/** Σ numerators / Σ denominators; progress from the baseline to the minimum; each unit by its own ratio. */
export function figures(input: FiguresInput<ShareTarget>): KindFigures {
  return numericFigures(input, reading);
}

/** `tối thiểu 100%`: the bounds as percentages. */
export function goal(input: GoalInput<ShareTarget>): string {
  return numericGoal(input, (value) => percent(exact(value)));
}
