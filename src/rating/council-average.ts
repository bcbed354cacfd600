/**
 * The council's average: the mean of members' totals, computed exactly and rounded as the rule
 * set says (two decimals, half-up).
 */
import { Decimal } from 'decimal.js';
import type { RuleSet } from '../rules/rule-set.js';

/**
 * The mean of `values` rounded half-up to `decimals` places, computed exactly. Whole numbers
 * (every 26/2026 option is one) take an integer path; other values go through decimal.js.
 * `values` must not be empty.
 *
 * @example
 * ```ts
 * import { roundedMean } from 'ocop';
 * roundedMean([1, 2, 2], 2); // 1.67
 * roundedMean([0.1, 0.2], 2); // 0.15, not 0.15000000000000002
 * ```
 */
export function roundedMean(values: readonly number[], decimals: number): number {
  const n = values.length;
  const scale = 10 ** decimals;
  let sum = 0;
  let whole = true;
  for (const value of values) {
    sum += value;
    if (!Number.isInteger(value) || value < 0) whole = false;
  }
  if (whole && sum * scale * 2 < Number.MAX_SAFE_INTEGER) {
    // half-up of sum/n at `decimals` places, in integers: floor((2·sum·scale + n) / 2n)
    return Math.floor((2 * sum * scale + n) / (2 * n)) / scale;
  }
  const exact = values.reduce((acc, value) => acc.plus(value), new Decimal(0));
  return exact.dividedBy(n).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * Mean of `totals`, rounded to the rule set's decimals with half-up rounding; `totals` must not
 * be empty.
 *
 * @example
 * ```ts
 * import { councilAverage, getRuleSet } from 'ocop';
 * councilAverage([70, 69.9, 70.1], getRuleSet('qd26-2026')); // 70
 * councilAverage([81, 81.4, 81.2], getRuleSet('qd26-2026')); // 81.2
 * ```
 */
export function councilAverage(totals: readonly number[], ruleSet: RuleSet): number {
  return roundedMean(totals, ruleSet.averaging.value.decimals);
}
