/**
 * Exact arithmetic of progress (decimal.js), shared by the target kinds and `progress/`. Only the
 * kinds' figures and goals import it, so a bundle that only validates plans does not load decimal.js.
 */
import { Decimal } from 'decimal.js';
import type { Observation } from '../plan.js';

/** 0. */
export const ZERO = /* @__PURE__ */ new Decimal(0);
/** 1. */
export const ONE = /* @__PURE__ */ new Decimal(1);

/** `value` as an exact decimal. */
export function exact(value: number): Decimal {
  return new Decimal(value);
}

/** `d` clamped to [0, 1]. */
export function clamp01(d: Decimal): Decimal {
  return Decimal.min(ONE, Decimal.max(ZERO, d));
}

/** 1 when `reached`, else 0. */
export function oneIf(reached: boolean): Decimal {
  return reached ? ONE : ZERO;
}

/** `part / whole` clamped to [0, 1]; when `whole` is 0, 1 once `part` reaches `whole`, else 0. */
export function share(part: Decimal, whole: Decimal): Decimal {
  return whole.isZero() ? oneIf(part.gte(whole)) : clamp01(part.dividedBy(whole));
}

/** (current − baseline) / (min − baseline), clamped to [0, 1]; the schema keeps min ≠ baseline. */
export function towards(current: Decimal, min: number, baseline: number): Decimal {
  return share(current.minus(baseline), exact(min).minus(baseline));
}

/**
 * (current − baseline) / (min − baseline), not clamped: 1.5 when a target of 10 from 0 stands at
 * 15; for a `decrease` target (min below the baseline) the same formula is its mirror.
 */
export function attainmentOf(current: Decimal, min: number, baseline: number): Decimal {
  return current.minus(baseline).dividedBy(exact(min).minus(baseline));
}

/** Σ `pick(o)` over the observations (a missing value counts 0). */
export function sumOf(observations: Iterable<Observation>, pick: (o: Observation) => number | undefined): Decimal {
  let sum = ZERO;
  for (const o of observations) sum = sum.plus(pick(o) ?? 0);
  return sum;
}

/** A ratio as a percentage with one decimal, half up: 0.8125 → `81.3%`. */
export function percent(d: Decimal): string {
  return `${d.times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toString()}%`;
}
