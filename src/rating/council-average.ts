/**
 * The council's average: the mean of members' totals, computed exactly and rounded as the rule
 * set says (two decimals, half-up). Whole numbers are summed as integers; decimals (totals such
 * as 81.2) as BigInt counts of their last decimal place, so no decimal library is shipped with
 * rating and no binary rounding error (0.1 + 0.2) reaches an average.
 */
import { assertArray, describeValue, localeOnlyOptions } from '../core/guards.js';
import type { LocaleOptions } from '../core/issues.js';
import { resolveRuleSetAt } from '../rules/registry.js';
import { OcopError } from '../core/errors.js';
import type { RuleSet } from '../rules/rule-set.js';

/**
 * The mean of `values` rounded half-up (away from zero on a tie) to `decimals` places, computed
 * exactly from each value's decimal form (`String(value)`, so 81.2 is 81.2, not the binary
 * fraction nearest to it). Whole numbers (every 26/2026 option is one) take an integer path.
 * Throws `OcopError` `invalid_input` for an empty list, a value that is not a finite number, or
 * `decimals` that is not a whole number from 0 to 20.
 *
 * @example
 * ```ts
 * import { roundedMean } from 'ocop';
 * roundedMean([1, 2, 2], 2); // 1.67
 * roundedMean([0.1, 0.2], 2); // 0.15, not 0.15000000000000002
 * ```
 */
export function roundedMean(values: readonly number[], decimals: number): number {
  if (!Array.isArray(values) || values.length === 0)
    throw new OcopError('invalid_input', 'roundedMean needs at least one value', { values });
  assertArray(values, 'values');
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20)
    throw new OcopError(
      'invalid_input',
      `decimals must be a whole number from 0 to 20, got ${describeValue(decimals)}`,
      { decimals },
    );
  let sum = 0;
  let whole = true;
  for (const value of values) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new OcopError('invalid_input', `roundedMean takes finite numbers, got ${describeValue(value)}`, { value });
    sum += value;
    if (!Number.isInteger(value) || value < 0) whole = false;
  }
  return wholeMean(sum, values.length, decimals, whole) ?? exactMean(values, decimals);
}

/**
 * The rounded mean of column `at` of `rows` (one row per sheet), as {@link roundedMean} gives it,
 * without building the column when its values are whole numbers.
 */
export function roundedColumnMean(rows: ReadonlyArray<readonly number[]>, at: number, decimals: number): number {
  let sum = 0;
  let whole = true;
  for (const row of rows) {
    const value = row[at] as number;
    sum += value;
    if (!Number.isInteger(value) || value < 0) whole = false;
  }
  return (
    wholeMean(sum, rows.length, decimals, whole) ??
    exactMean(
      rows.map((row) => row[at] as number),
      decimals,
    )
  );
}

/** Half-up mean of non-negative whole numbers from their sum, in integers: floor((2·sum·scale + n) / 2n). */
function wholeMean(sum: number, n: number, decimals: number, whole: boolean): number | undefined {
  const scale = 10 ** decimals;
  if (!whole || sum * scale * 2 >= Number.MAX_SAFE_INTEGER) return undefined;
  return Math.floor((2 * sum * scale + n) / (2 * n)) / scale;
}

/** A finite number's decimal form as an integer count of units of its last decimal place. */
function scaled(value: number): { readonly units: bigint; readonly places: number } {
  const text = String(Math.abs(value));
  const [mantissa = '0', exponentText] = text.split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const digits = BigInt(whole + fraction);
  const places = fraction.length - exponent;
  const units = places >= 0 ? digits : digits * 10n ** BigInt(-places);
  return { units: value < 0 ? -units : units, places: Math.max(places, 0) };
}

/** The exact mean, half-up (away from zero on a tie) at `decimals` places, via BigInt. */
function exactMean(values: readonly number[], decimals: number): number {
  const forms = values.map(scaled);
  const places = Math.max(...forms.map((f) => f.places));
  let sum = 0n;
  for (const f of forms) sum += f.units * 10n ** BigInt(places - f.places);
  // mean·10^decimals = sum·10^decimals / (n·10^places), rounded half-up on the magnitude
  const numerator = (sum < 0n ? -sum : sum) * 10n ** BigInt(decimals);
  const denominator = BigInt(values.length) * 10n ** BigInt(places);
  const rounded = (2n * numerator + denominator) / (2n * denominator);
  const digits = rounded.toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return Number(sum < 0n && rounded !== 0n ? `-${text}` : text);
}

/**
 * Mean of `totals`, rounded to the rule set's decimals with half-up rounding; `totals` must not
 * be empty. A malformed rule set object throws `OcopRuleError` in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { councilAverage, getRuleSet } from 'ocop';
 * councilAverage([70, 69.9, 70.1], getRuleSet('qd26-2026')); // 70
 * councilAverage([81, 81.4, 81.2], getRuleSet('qd26-2026'), { locale: 'en' }); // 81.2
 * ```
 */
export function councilAverage(totals: readonly number[], ruleSet: RuleSet, options?: LocaleOptions): number {
  return roundedMean(
    totals,
    resolveRuleSetAt(ruleSet, ['ruleSet'], localeOnlyOptions(options)).averaging.value.decimals,
  );
}
