import { describe, expect, it } from 'vitest';
import { validate, type EvaluationInput } from '../../src/index.js';
import { jsonCopy, VALID_EXAMPLES } from './examples.js';
import { itRejects } from './invalid-cases.js';

describe('evaluation', () => {
  itRejects('evaluation', [
    { name: 'an empty council', change: (d) => (d.sheets = []), code: 'empty_council', path: ['sheets'] },
    {
      name: 'criterion sheets mixed with totals',
      change: (d) => (d.sheets[1] = { points: { '1.1': 3 } }),
      code: 'mixed_sheets',
      path: ['sheets'],
    },
    {
      name: 'criterion sheets without a criteria set',
      change: (d) => (d.sheets = [{ points: { '1.1': 3 } }]),
      code: 'criteria_set_required',
      path: ['criteriaSet'],
    },
    {
      name: 'a sheet for another rule set',
      change: (d) => {
        d.criteriaSet = 1;
        d.sheets = [{ points: { '1.1': 3 }, ruleSet: 'qd26-2026' }];
      },
      code: 'rule_set_mismatch',
      path: ['sheets', 0, 'ruleSet'],
    },
    {
      name: 'a knock-out without its criterion',
      change: (d) => (d.disqualified = { reason: 'knock-out' }),
      code: 'required',
      path: ['disqualified', 'criterion'],
    },
    {
      name: 'a total over 100',
      change: (d) => (d.sheets[0] = { total: 100.01 }),
      code: 'too_big',
      path: ['sheets', 0, 'total'],
    },
    {
      name: 'a negative total',
      change: (d) => (d.sheets[0] = { total: '-1' }),
      code: 'too_small',
      path: ['sheets', 0, 'total'],
    },
    {
      name: 'a total with a comma decimal mark',
      change: (d) => (d.sheets[1] = { total: '81,4' }),
      code: 'invalid_format',
      path: ['sheets', 1, 'total'],
    },
    {
      name: 'a total that is a boolean',
      change: (d) => (d.sheets[1] = { total: true }),
      code: 'invalid_type',
      path: ['sheets', 1, 'total'],
    },
    {
      name: 'a sheet with neither points nor total',
      change: (d) => (d.sheets[2] = { score: 81 }),
      code: 'unknown_key',
      path: ['sheets', 2, 'score'],
    },
    {
      name: 'a criterion code that is not printed like one',
      change: (d) => (d.sheets[0] = { points: { 'A.1': 3 } }),
      code: 'invalid_format',
      path: ['sheets', 0, 'points', 'A.1'],
    },
    {
      name: 'negative points',
      change: (d) => (d.sheets[0] = { points: { '1.1': -1 } }),
      code: 'too_small',
      path: ['sheets', 0, 'points', '1.1'],
    },
    { name: 'an unknown rule set', change: (d) => (d.ruleSet = 'qd490-2018'), code: 'invalid_enum', path: ['ruleSet'] },
    { name: 'criteria set 0', change: (d) => (d.criteriaSet = 0), code: 'too_small', path: ['criteriaSet'] },
    {
      name: 'a commune level (communes only pre-assess)',
      change: (d) => (d.level = 'commune'),
      code: 'invalid_enum',
      path: ['level'],
    },
  ]);

  it('turns decimal-text totals into numbers', () => {
    const result = validate('evaluation', jsonCopy(VALID_EXAMPLES.evaluation));
    expect(result.ok && result.value.sheets).toEqual([{ total: 81 }, { total: 81.4 }, { total: 81.2 }]);
  });
});

describe('scoreSheet', () => {
  itRejects('scoreSheet', [
    { name: 'no criteria set', change: (d) => delete d.criteriaSet, code: 'required', path: ['criteriaSet'] },
    { name: 'points as text', change: (d) => (d.points['1.1'] = '3'), code: 'invalid_type', path: ['points', '1.1'] },
    {
      name: 'points that are not finite',
      change: (d) => (d.points = { '1.1': Number.POSITIVE_INFINITY }),
      code: 'invalid_type',
      path: ['points', '1.1'],
    },
  ]);
});

describe('district level after the reform', () => {
  it('rejects a district-level evaluation dated after 2025-06-30, and accepts it before', () => {
    const input = {
      ...(jsonCopy(VALID_EXAMPLES.evaluation) as object),
      ruleSet: 'qd148-1489-2025',
      evaluatedOn: '2025-07-01',
    };
    const result = validate('evaluation', input, { locale: 'en' });
    expect(result.ok || result.issues).toEqual([
      {
        code: 'level_not_in_force',
        path: ['level'],
        params: { level: 'district', on: '2025-07-01', lastDay: '2025-06-30' },
        message: 'The "district" level no longer exists on "2025-07-01" (it ended after "2025-06-30")',
      },
    ]);
    expect(validate('evaluation', { ...input, evaluatedOn: '2025-06-30' }).ok).toBe(true);
  });
});

describe('EvaluationInput (type)', () => {
  it("types a sheet's points as criterion code → points, not unknown (typecheck fails if it widens again)", () => {
    // @ts-expect-error points must be a record of points
    const wrong: EvaluationInput = { ruleSet: 'qd26-2026', criteriaSet: 1, sheets: [{ points: 5 }] };
    const right: EvaluationInput = { ruleSet: 'qd26-2026', criteriaSet: 1, sheets: [{ points: { '1.1': 2 } }] };
    expect(validate('evaluation', wrong).ok).toBe(false);
    expect(validate('evaluation', right).ok).toBe(true);
  });
});
