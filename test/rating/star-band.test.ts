import { describe, expect, it } from 'vitest';
import { bandOf, councilAverage, getRuleSet, RULE_SET_IDS, starBand } from '../../src/index.js';
import { HALF_OPEN_BANDS } from '../../src/rules/data/shared-numbers.js';

describe.each(RULE_SET_IDS)('starBand under %s', (id) => {
  it.each([
    [0, 1],
    [29.99, 1],
    [30, 2],
    [49.99, 2],
    [50, 3],
    [69.99, 3],
    [70, 4],
    [89.99, 4],
    [90, 5],
    [100, 5],
    ['29.99', 1],
    ['30', 2],
    ['89.999999999999999999', 4],
    ['90.00', 5],
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
  it('reads decimal text exactly, with leading zeros, trailing zeros and negative zero', () => {
    expect(bandOf('070', 'qd26-2026').stars).toBe(4);
    expect(bandOf('069.990', 'qd26-2026').stars).toBe(3);
    expect(bandOf('-0', 'qd26-2026').stars).toBe(1);
    expect(bandOf('-0.000', 'qd26-2026').stars).toBe(1);
    expect(bandOf('100.000', 'qd26-2026').stars).toBe(5);
    expect(bandOf('0.0000000000000000000001', 'qd26-2026').stars).toBe(1);
  });

  it('uses the same half-open bands for an id as the registry holds for it', () => {
    for (const id of RULE_SET_IDS) expect(getRuleSet(id).bands.value).toBe(HALF_OPEN_BANDS);
  });

  it("applies a rule set object's own edges, also when they have decimals", () => {
    const base = getRuleSet('qd26-2026');
    const bands = [
      { stars: 1, from: 0, below: 30 },
      { stars: 2, from: 30, below: 50 },
      { stars: 3, from: 50, below: 70 },
      { stars: 4, from: 70, below: 89.5 },
      { stars: 5, from: 89.5, below: null },
    ] as const;
    const adapted = { ...base, bands: { ...base.bands, value: bands } };
    expect(starBand('89.49999999999999999999', adapted)).toBe(4);
    expect(starBand('89.5', adapted)).toBe(5);
    expect(starBand(89.5, adapted)).toBe(5);
    expect(starBand('89.5', 'qd26-2026')).toBe(4);
  });

  it("words a malformed band of a rule set object from the catalogue's bands section, in the caller's locale", () => {
    const base = getRuleSet('qd26-2026');
    const bands = [...HALF_OPEN_BANDS.slice(0, 4), { stars: 5, from: 90, below: 100 }];
    const broken = { ...base, bands: { ...base.bands, value: bands } };
    const issuesIn = (locale: 'vi' | 'en') => {
      try {
        starBand(95, broken as never, { locale });
      } catch (error) {
        return (error as { issues: ReadonlyArray<{ path: unknown; message: string }> }).issues;
      }
      throw new Error('no error');
    };
    expect(issuesIn('en')).toEqual([
      expect.objectContaining({
        path: ['ruleSet', 'bands', 'value', 4, 'below'],
        message: 'Invalid value: 100, expected null',
      }),
    ]);
    expect(issuesIn('vi')[0]?.message).toBe('Giá trị không hợp lệ: 100, cần null');
  });

  it('names an unknown rule set id', () => {
    expect(() => bandOf(50, 'qd9-2099' as never)).toThrow(expect.objectContaining({ code: 'unknown_rule_set' }));
  });

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

describe('regression: starBand on long decimal text', () => {
  it("reads '0.' + 30,000 zeros + '1' exactly (the old pattern backtracked quadratically on it)", () => {
    expect(starBand(`0.${'0'.repeat(30_000)}1`, 'qd26-2026')).toBe(1);
    expect(starBand(`89.${'9'.repeat(30_000)}`, 'qd26-2026')).toBe(4);
    expect(starBand(`90.${'0'.repeat(30_000)}`, 'qd26-2026')).toBe(5);
    expect(() => starBand(`100.${'0'.repeat(30_000)}1`, 'qd26-2026')).toThrow(
      expect.objectContaining({ code: 'score_out_of_range' }),
    );
  });
});
