import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fmt } from '../../src/rating/explanation.js';

describe('fmt (numbers in explanation messages)', () => {
  test.prop([fc.integer({ min: 0, max: 1e12 })], { numRuns: 5000 })(
    'writes any number of hundredths as String does',
    (hundredths) => {
      const n = hundredths / 100;
      expect(fmt(n)).toBe(String(n));
    },
  );

  test.prop([fc.double({ noNaN: true })], { numRuns: 5000 })('writes any other number as String does', (n) => {
    expect(fmt(n)).toBe(String(n));
  });

  it.each([0, 0.05, 0.1, 2.57, 81.2, 100, 89.99, 1e-7, -0.5, 0.1 + 0.2, 1e21, Number.POSITIVE_INFINITY])(
    'fmt(%s) === String(%s)',
    (n) => {
      expect(fmt(n)).toBe(String(n));
    },
  );
});
