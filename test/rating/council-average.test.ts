import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { roundedMean } from '../../src/rating/council-average.js';

/** The reference: decimal.js on each value's decimal form, half-up (away from zero on a tie). */
function reference(values: readonly number[], decimals: number): number {
  const sum = values.reduce((acc, v) => acc.plus(new Decimal(String(v))), new Decimal(0));
  return sum.dividedBy(values.length).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
}

describe('roundedMean (exact, without a decimal library)', () => {
  const decimalsArb = fc.integer({ min: 0, max: 4 });

  test.prop(
    [
      fc.array(
        fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
        { minLength: 1, maxLength: 15 },
      ),
      decimalsArb,
    ],
    { numRuns: 3000 },
  )('agrees with decimal.js on council totals with two decimals', (values, decimals) => {
    expect(roundedMean(values, decimals)).toBe(reference(values, decimals));
  });

  test.prop([fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 10 }), decimalsArb], {
    numRuns: 3000,
  })('agrees with decimal.js on any finite numbers, negatives and tiny ones included', (values, decimals) => {
    // 0 and -0 are the same average
    expect(roundedMean(values, decimals) === reference(values, decimals)).toBe(true);
  });

  it.each([
    [[0.1, 0.2], 2, 0.15],
    [[70, 69.9, 70.1], 2, 70],
    [[81, 81.4, 81.2], 2, 81.2],
    [[1e-7, 0], 7, 1e-7],
    [[0.005], 2, 0.01],
    [[-0.005], 2, -0.01],
    [[1, 2, 2], 2, 1.67],
    [[89.995, 89.995], 2, 90],
  ] as const)('roundedMean(%j, %i) is %s', (values, decimals, expected) => {
    expect(roundedMean(values, decimals)).toBe(expected);
  });

  it.each([
    [[], 2],
    [[1, Number.NaN], 2],
    [[1, Number.POSITIVE_INFINITY], 2],
    [[1], -1],
    [[1], 1.5],
    [[1], 21],
  ] as const)('rejects %j with %s decimals as invalid_input', (values, decimals) => {
    expect(() => roundedMean(values, decimals)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
