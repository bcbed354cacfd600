import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { QD26_CRITERIA_SETS } from '../../src/criteria.js';
import { rateProduct, scoreSheet, starBand, type CriteriaSet } from '../../src/index.js';

/** A valid sheet of a set: one option per criterion. */
function sheetOf(set: CriteriaSet): fc.Arbitrary<Record<string, number>> {
  return fc
    .tuple(...set.criteria.map((c) => fc.constantFrom(...c.options.map((o) => o.points))))
    .map((points) => Object.fromEntries(set.criteria.map((c, i) => [c.code, points[i] as number])));
}

const setAndSheet = fc.constantFrom(...QD26_CRITERIA_SETS).chain((set) => fc.tuple(fc.constant(set), sheetOf(set)));
const setAndCouncil = fc
  .constantFrom(...QD26_CRITERIA_SETS)
  .chain((set) => fc.tuple(fc.constant(set), fc.array(sheetOf(set), { minLength: 1, maxLength: 7 })));

describe('rating properties (26/2026)', () => {
  test.prop([setAndSheet], { numRuns: 300 })('total = Σ parts = Σ sections = Σ criteria', ([set, points]) => {
    const score = scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: set.setNo, points }, set);
    const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
    expect(sum(Object.values(score.parts))).toBe(score.total);
    expect(sum(Object.values(score.sections))).toBe(score.total);
    expect(sum(Object.values(points))).toBe(score.total);
    expect(score.total).toBeGreaterThanOrEqual(0);
    expect(score.total).toBeLessThanOrEqual(100);
  });

  test.prop([setAndSheet, fc.nat()], { numRuns: 300 })(
    'raising one criterion never lowers the band',
    ([set, points], pick) => {
      const criterion = set.criteria[pick % set.criteria.length] as CriteriaSet['criteria'][number];
      const higher = criterion.options.map((o) => o.points).filter((p) => p > (points[criterion.code] ?? 0));
      const before = starBand(
        scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: set.setNo, points }, set).total,
        'qd26-2026',
      );
      for (const p of higher) {
        const after = starBand(
          scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: set.setNo, points: { ...points, [criterion.code]: p } }, set)
            .total,
          'qd26-2026',
        );
        expect(after).toBeGreaterThanOrEqual(before);
      }
    },
  );

  test.prop([setAndCouncil, fc.nat()], { numRuns: 200 })(
    'rateProduct does not depend on the order of the sheets',
    ([set, sheets], seed) => {
      const shuffled = [...sheets].sort(
        (a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 31 + seed) % 7),
      );
      const rate = (list: typeof sheets) =>
        rateProduct(
          {
            ruleSet: 'qd26-2026',
            criteriaSet: set.setNo,
            level: 'province',
            sheets: list.map((points) => ({ points })),
          },
          { criteria: set },
        );
      const { totals: totalsA, explanation: explanationA, ...a } = rate(sheets);
      const { totals: totalsB, explanation: explanationB, ...b } = rate([...shuffled].reverse());
      expect(b).toEqual(a);
      expect([...totalsB].sort()).toEqual([...totalsA].sort());
      expect(explanationB.filter((l) => l.kind !== 'average')).toEqual(
        explanationA.filter((l) => l.kind !== 'average'),
      );
    },
  );
});
