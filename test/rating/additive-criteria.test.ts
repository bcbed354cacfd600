/**
 * Additive criteria (1048/2019 set 26, part C, "Được cộng tổng điểm các nội dung ghi Có": the
 * council ticks any boxes and the criterion scores their sum), and the top-option totals of every
 * 1048 and 148 set through `rateProduct`, with the printed numbers that do not add up kept.
 */
import { describe, expect, it } from 'vitest';
import { issueCodes, issuesOf } from '../issues-of.js';
import { OcopRuleError, rateProduct, scoreSheet } from '../../src/index.js';
import type { CriteriaSet, Criterion } from '../../src/rules/criteria-set.js';
import { QD1048_CRITERIA_SETS, QD1048_SET_26 } from '../../src/rules/data/qd1048-2019/index.js';
import { QD148_CRITERIA_SETS } from '../../src/rules/data/qd148-2023/index.js';
import { compileSet } from '../../src/rating/compiled-set.js';

/** The best a council can give a criterion: the sum of the options if additive, else the top option. */
const best = (c: Criterion): number =>
  c.additive ? c.options.reduce((t, o) => t + o.points, 0) : Math.max(...c.options.map((o) => o.points));

const topSheet = (set: CriteriaSet): Record<string, number> =>
  Object.fromEntries(set.criteria.map((c) => [c.code, best(c)]));

function rate1048(set: CriteriaSet, points: Record<string, number>) {
  return rateProduct(
    { ruleSet: 'qd1048-781-2020', criteriaSet: set.setNo, level: 'province', sheets: [{ points }] },
    { criteria: set },
  );
}

describe('additive criteria: 1048 set 26, part C', () => {
  it('allow every sum of some of the options, 0 included', () => {
    const compiled = compileSet(QD1048_SET_26);
    const allowed = (code: string) => compiled.allowed[compiled.index.get(code) ?? -1];
    expect(allowed('6')).toEqual([0, 1, 2, 3, 4, 5]); // 1, 1, 2, 1
    expect(allowed('8')).toEqual([0, 2, 4, 6]); // 2, 2, 2
    expect(allowed('12')).toEqual([0, 2, 3, 5, 6, 8]); // 2, 3, 3
    expect(allowed('5.1')).toEqual([0, 1, 2, 3, 4, 5]); // not additive: its options
    expect(allowed('5.3')).toEqual([0, 1, 2]); // not additive, conditional: 0 and its options 1, 2
  });

  it('the best sheet (every box ticked in part C) totals 99: part A is headed 35 but its criteria sum to 34', () => {
    const rating = rate1048(QD1048_SET_26, topSheet(QD1048_SET_26));
    expect(rating.totals).toEqual([99]);
    expect(rating.stars).toBe(5);
    const score = scoreSheet(
      { ruleSet: 'qd1048-2019', criteriaSet: 26, points: topSheet(QD1048_SET_26) },
      QD1048_SET_26,
    );
    expect(score.parts).toEqual({ A: 34, B: 25, C: 40 });
  });

  it('criterion 6 may score 3 (two boxes, 1 + 2); the total drops by 2', () => {
    const rating = rate1048(QD1048_SET_26, { ...topSheet(QD1048_SET_26), '6': 3 });
    expect(rating.totals).toEqual([97]);
  });

  it('criterion 8 (2, 2, 2) may not score 3, criterion 12 (2, 3, 3) not 7, criterion 6 not 6: points_not_an_option', () => {
    expect(issueCodes(() => rate1048(QD1048_SET_26, { ...topSheet(QD1048_SET_26), '8': 3 }))).toEqual([
      ['points_not_an_option', 'sheets.0.points.8'],
    ]);
    const issues = issuesOf(() => rate1048(QD1048_SET_26, { ...topSheet(QD1048_SET_26), '12': 7, '6': 6 }));
    expect(issues.map((i) => [i.code, i.path.join('.'), i.params])).toEqual([
      ['points_not_an_option', 'sheets.0.points.6', { criterion: '6', value: 6, options: [0, 1, 2, 3, 4, 5] }],
      ['points_not_an_option', 'sheets.0.points.12', { criterion: '12', value: 7, options: [0, 2, 3, 5, 6, 8] }],
    ]);
  });

  it('the checks want an additive criterion’s options to sum to its maximum, not its top option', () => {
    const broken = structuredClone(QD1048_SET_26) as CriteriaSet & { criteria: Criterion[] };
    broken.criteria = broken.criteria.map((c) => (c.code === '8' ? { ...c, max: 2 } : c));
    const params = issuesOf(() => compileSet(broken), OcopRuleError).map((i) => i.params);
    expect(params).toContainEqual({ what: 'options sum of 8', value: 6, expected: 2 });
    const plain = structuredClone(QD1048_SET_26) as CriteriaSet & { criteria: Criterion[] };
    plain.criteria = plain.criteria.map((c) => {
      if (c.code !== '8') return c;
      const rest = { ...c };
      delete rest.additive;
      return rest;
    });
    expect(issuesOf(() => compileSet(plain), OcopRuleError).map((i) => i.params)).toContainEqual({
      what: 'top option of 8',
      value: 2,
      expected: 6,
    });
  });
});

describe('every 1048 and 148 set at its best options, through rateProduct (province level)', () => {
  it('1048 (as 781/2020 rates it): 100 except set 7 (99), set 19 (98) and set 26 (99); all 5★', () => {
    const totals = Object.fromEntries(
      QD1048_CRITERIA_SETS.map((set) => {
        const rating = rate1048(set, topSheet(set));
        expect(rating.stars, `set ${set.setNo}`).toBe(5);
        return [set.setNo, rating.average];
      }),
    );
    expect(totals).toEqual({
      ...Object.fromEntries(QD1048_CRITERIA_SETS.map((s) => [s.setNo, 100])),
      7: 99,
      19: 98,
      26: 99,
    });
  });

  it('148/2023: 100 except set 7 (99), sets 11 and 12 (97) and set 13 (98); all 5★', () => {
    const totals = Object.fromEntries(
      QD148_CRITERIA_SETS.map((set) => {
        const rating = rateProduct(
          { ruleSet: 'qd148-2023', criteriaSet: set.setNo, level: 'province', sheets: [{ points: topSheet(set) }] },
          { criteria: set },
        );
        expect(rating.stars, `set ${set.setNo}`).toBe(5);
        return [set.setNo, rating.average];
      }),
    );
    expect(totals).toEqual({
      ...Object.fromEntries(QD148_CRITERIA_SETS.map((s) => [s.setNo, 100])),
      7: 99,
      11: 97,
      12: 97,
      13: 98,
    });
  });
});
