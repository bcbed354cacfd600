/**
 * Splitting an integer total across units exactly (largest remainder).
 */
import { assertArray, describeValue } from '../core/guards.js';
import { Decimal } from 'decimal.js';
import { OcopError } from '../core/errors.js';

/**
 * Splits a whole-number `total` across units in proportion to `weights`, exactly: each unit gets
 * the floor of its share, and the units left over go to the largest remainders, ties to the larger
 * weight, then to the earlier unit. The parts always sum to `total` and differ from the exact
 * shares by less than 1. Throws `invalid_input` for a negative or fractional total, or weights
 * that are negative, not finite, or all zero.
 *
 * @example
 * ```ts
 * import { apportion } from 'ocop';
 * apportion(15, [1, 1, 1, 1, 1, 1, 1, 1]); // [2, 2, 2, 2, 2, 2, 2, 1]: 15 products over 8 districts
 * apportion(10, [5, 3, 2]); // [5, 3, 2]
 * apportion(7, [1, 2]); // [2, 5]
 * ```
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) {
    throw new OcopError('invalid_input', `total must be a whole number ≥ 0, got ${describeValue(total)}`, { total });
  }
  assertArray(weights, 'weights');
  if (weights.length === 0 || weights.some((w) => !Number.isFinite(w) || w < 0)) {
    throw new OcopError(
      'invalid_input',
      `weights must be a non-empty list of finite numbers ≥ 0, got ${describeValue(weights)}`,
      { weights },
    );
  }
  const sum = weights.reduce((acc, w) => acc.plus(w), new Decimal(0));
  if (sum.isZero()) throw new OcopError('invalid_input', 'weights must not all be 0', { weights });
  // Shares computed with decimal.js (whole-number weights give exact floors and remainders).
  const total$ = new Decimal(total);
  const shares = weights.map((w) => total$.times(w).dividedBy(sum));
  const parts = shares.map((share) => share.floor().toNumber());
  const remainders = shares.map((share, i) => share.minus(parts[i] as number));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = weights
    .map((_, i) => i)
    .sort(
      (a, b) =>
        (remainders[b] as Decimal).comparedTo(remainders[a] as Decimal) ||
        (weights[b] as number) - (weights[a] as number) ||
        a - b,
    );
  for (const i of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left -= 1;
  }
  return parts;
}
