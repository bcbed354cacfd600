/**
 * The `count` kind: at least `min` (a whole number), optional stretch `max`: "upgrade 15 to 20
 * products". Observations give a `value` per unit (or for the whole plan); units are summed.
 */
import * as z from 'zod';
import { wholeNumber } from '../primitives.js';
import type { Observation } from '../plan.js';
import { exact, share, sumOf } from './arithmetic.js';
import { numericTarget, targetBase } from './fields.js';
import type { FiguresInput, GoalInput, KindFigures, ObservationForm } from './kind.js';
import { numericFigures, numericGoal, numericIssues, type NumericReading } from './numeric.js';

/** A `count` target. */
export const schema = z.strictObject({
  ...targetBase,
  ...numericTarget,
  kind: z.literal('count'),
  min: wholeNumber().min(0),
  max: wholeNumber().min(0).optional(),
});

type CountTarget = z.output<typeof schema>;

/** Its range, baseline and per-unit guidance. */
export const issues = numericIssues;

/** A number. */
export const observation: ObservationForm = { test: (o) => o.value !== undefined, expected: 'value' };

/** Per-unit and whole-plan observations are not mixed. */
export const oneScope = true;

/** No named items. */
export function itemIds(): readonly string[] {
  return [];
}

/** A whole number. */
/** One observation can meet it (a sum or a ratio over whatever reported). */
export function keysToMeet(): number {
  return 1;
}

export const measure = 'count';

const reading: NumericReading<CountTarget> = {
  total: (latest) => sumOf(latest.values(), (o) => o.value),
  unitValue: (o: Observation) => exact(o.value ?? 0),
  // against the per-unit guidance, else the minimum split equally over the units
  unitProgress: (value, { target, units }) =>
    share(value, exact(target.perUnit?.min ?? target.min / Math.max(units.length, 1))),
};

/** Σ values; progress from the baseline to the minimum; each unit against its share of it. */
export function figures(input: FiguresInput<CountTarget>): KindFigures {
  return numericFigures(input, reading);
}

/** `tối thiểu 15, phấn đấu 20`. */
export function goal(input: GoalInput<CountTarget>): string {
  return numericGoal(input, String);
}
