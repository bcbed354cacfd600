import { describe, expect, it } from 'vitest';
import { apportion } from '../../src/index.js';

describe('apportion', () => {
  it.each([
    [15, [1, 1, 1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2, 2, 1]],
    [20, [1, 1, 1, 1, 1, 1, 1, 1], [3, 3, 3, 3, 2, 2, 2, 2]],
    [10, [5, 3, 2], [5, 3, 2]],
    [7, [1, 2], [2, 5]],
    [1, [1, 1], [1, 0]],
    [3, [1, 2, 2], [1, 1, 1]],
    [2, [1, 2, 2], [0, 1, 1]],
    [0, [3, 4], [0, 0]],
    [5, [0, 1], [0, 5]],
    [10, [0.5, 0.25, 0.25], [5, 3, 2]],
  ] as const)('apportion(%i, %j) = %j', (total, weights, parts) => {
    expect(apportion(total, weights)).toEqual(parts);
  });

  it('breaks ties by the larger weight, then the earlier unit', () => {
    // shares 1.5, 1.5 → tie on remainder and weight → earlier unit
    expect(apportion(3, [1, 1])).toEqual([2, 1]);
    // 3 over weights [1, 1, 2]: shares 0.75, 0.75, 1.5; remainders .75, .75, .5 → the two .75 get one each
    expect(apportion(3, [1, 1, 2])).toEqual([1, 1, 1]);
  });

  it('rejects bad totals and weights', () => {
    expect(() => apportion(-1, [1])).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => apportion(2.5, [1])).toThrow(/whole number/);
    expect(() => apportion(2, [])).toThrow(/non-empty/);
    expect(() => apportion(2, [0, 0])).toThrow(/must not all be 0/);
    expect(() => apportion(2, [1, -1])).toThrow(/finite numbers ≥ 0/);
  });
});
