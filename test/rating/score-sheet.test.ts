import { issuesOf } from '../issues-of.js';
import { describe, expect, it } from 'vitest';
import { getCriteriaSet } from '../../src/criteria.js';
import { scoreSheet, type CriteriaSet } from '../../src/index.js';
import { QD26_SET_01 } from '../../src/rules/data/qd26-2026/set-01.js';
import { QD26_SET_06 } from '../../src/rules/data/qd26-2026/set-06.js';

const top = (set: CriteriaSet) => Object.fromEntries(set.criteria.map((c) => [c.code, c.max]));

describe('scoreSheet(sheet, criteria)', () => {
  it('scores a sheet on the set passed: total, parts and sections', () => {
    const score = scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: 1, points: top(QD26_SET_01) }, QD26_SET_01);
    expect(score.total).toBe(100);
    expect(score.parts).toEqual({ A: 40, B: 25, C: 35 });
    expect(
      scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: 6, points: top(QD26_SET_06) }, getCriteriaSet('qd26-2026', 6))
        .total,
    ).toBe(100);
  });

  it('a set of another number: criteria_set_mismatch at criteriaSet, carried false, and nothing else', () => {
    const issues = issuesOf(() =>
      scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: 1, points: top(QD26_SET_01) }, QD26_SET_06, { locale: 'en' }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'criteria_set_mismatch',
        path: ['criteriaSet'],
        params: { value: 'qd26-2026 6', expected: 'qd26-2026 1', carried: false },
      }),
    ]);
    expect(issues[0]?.message).toBe('options.criteria is set "qd26-2026 6", the evaluation is scored on "qd26-2026 1"');
  });

  it('a set of another rule set with the same number: criteria_set_mismatch', () => {
    const foreign: CriteriaSet = { ...QD26_SET_01, ruleSet: 'qd148-2023' };
    expect(
      issuesOf(() => scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: 1, points: top(QD26_SET_01) }, foreign)),
    ).toEqual([
      expect.objectContaining({
        code: 'criteria_set_mismatch',
        path: ['criteriaSet'],
        params: { value: 'qd148-2023 1', expected: 'qd26-2026 1', carried: false },
      }),
    ]);
  });

  it('the sheet is validated first: a shape problem is reported, not a mismatch', () => {
    const issues = issuesOf(() =>
      scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: 0, points: top(QD26_SET_01) }, QD26_SET_01),
    );
    expect(issues.map((i) => i.code)).not.toContain('criteria_set_mismatch');
    expect(issues.map((i) => i.path.join('.'))).toEqual(['criteriaSet']);
  });
});
