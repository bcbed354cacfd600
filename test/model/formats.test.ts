import { describe, expect, it } from 'vitest';
import { QD26_CRITERIA_SETS } from '../../src/criteria.js';
import { CRITERIA_SET_MAX } from '../../src/model/formats.js';
import { validate } from '../../src/model/validate.js';
import { checkEvaluation } from '../../src/model/evaluation-check.js';

describe('CRITERIA_SET_MAX, the one bound of a criteria set number', () => {
  it('is the number of criteria sets 26/2026 ships', () => {
    expect(CRITERIA_SET_MAX).toBe(QD26_CRITERIA_SETS.length);
  });

  it('bounds the schemas and the zod-free evaluation check alike', () => {
    const evaluation = { ruleSet: 'qd26-2026', criteriaSet: CRITERIA_SET_MAX + 1, sheets: [{ total: 80 }] };
    const expected = [
      { code: 'too_big', path: ['criteriaSet'], params: { maximum: CRITERIA_SET_MAX, inclusive: true } },
    ];
    const strip = (r: { ok: boolean; issues?: ReadonlyArray<{ code: string; path: unknown; params?: unknown }> }) =>
      r.issues?.map(({ code, path, params }) => ({ code, path, params }));
    expect(strip(validate('evaluation', evaluation, { locale: 'en' }))).toEqual(expected);
    expect(strip(checkEvaluation(evaluation, 'en'))).toEqual(expected);
  });
});
