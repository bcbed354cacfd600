import { describe, expect, it } from 'vitest';
import { bandOf, councilAverage, getRuleSet, RULE_SET_IDS, starBand } from '../../src/index.js';

describe.each(RULE_SET_IDS)('starBand under %s', (id) => {
  it.each([
    [0, 1], [29.99, 1], [30, 2], [49.99, 2], [50, 3], [69.99, 3], [70, 4], [89.99, 4], [90, 5], [100, 5],
    ['29.99', 1], ['30', 2], ['89.999999999999999999', 4], ['90.00', 5],
  ] as const)('%j → %i★', (score, stars) => {
    expect(starBand(score, id)).toBe(stars);
  });

  it.each([100.01, -1, '100.000000000000000001', '-0.01'])('rejects %j as out of range', (score) => {
    expect(() => starBand(score, id)).toThrow(expect.objectContaining({ code: 'score_out_of_range' }));
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '81,2', '8e1', ''])('rejects %j, which is not a score', (score) => {
    expect(() => starBand(score, id)).toThrow(expect.objectContaining({ code: 'score_out_of_range' }));
  });
});

describe('bandOf', () => {
  it('gives the band edges', () => {
    expect(bandOf(81.2, 'qd26-2026')).toEqual({ stars: 4, from: 70, below: 90 });
    expect(bandOf(100, 'qd26-2026')).toEqual({ stars: 5, from: 90, below: null });
  });
});

describe('councilAverage', () => {
  const rules = getRuleSet('qd26-2026');
  it('averages (70, 69.9, 70.1) to exactly 70, which is 4★', () => {
    expect(councilAverage([70, 69.9, 70.1], rules)).toBe(70);
    expect(starBand(councilAverage([70, 69.9, 70.1], rules), rules)).toBe(4);
  });
  it('rounds half-up to two decimals', () => {
    expect(councilAverage([81, 82], rules)).toBe(81.5);
    expect(councilAverage([95, 96, 96], rules)).toBe(95.67);
    expect(councilAverage([89.995], rules)).toBe(90);
    expect(councilAverage([0.1, 0.2], rules)).toBe(0.15);
  });
});
