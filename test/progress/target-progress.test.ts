import { describe, expect, it } from 'vitest';
import { evaluatePlan, OcopError, type PlanInput } from '../../src/index.js';
import { issueCodes } from '../issues-of.js';

const plan: PlanInput = {
  id: 'p',
  title: 'Kế hoạch OCOP 2026',
  unit: { province: '33' },
  period: { start: '2026-01-01', end: '2026-12-31' },
  targets: [{ id: 'new', kind: 'count', title: 'Sản phẩm mới', min: 5 }],
};

describe('counts are never negative', () => {
  it('a count observation of -1 is too_small at observations.0.value, not a current of -1', () => {
    expect(
      issueCodes(() => evaluatePlan(plan, [{ target: 'new', date: '2026-02-01', value: -1 }], { asOf: '2026-03-01' })),
    ).toEqual([['too_small', 'observations.0.value']]);
  });
});

describe('status thresholds', () => {
  const thrown = (thresholds: Record<string, unknown>) => {
    try {
      evaluatePlan(plan, [], { asOf: '2026-03-01', thresholds });
    } catch (error) {
      return error instanceof OcopError ? { code: error.code, params: error.params } : error;
    }
    return undefined;
  };

  it('onTrack below atRisk is refused, naming atRisk', () => {
    expect(thrown({ onTrack: 0.5, atRisk: 0.9 })).toEqual({
      code: 'invalid_input',
      params: { option: 'thresholds.atRisk' },
    });
  });

  it('a single threshold is compared with the other default: onTrack 0.5 is below the default atRisk 0.6', () => {
    expect(thrown({ onTrack: 0.5 })).toEqual({ code: 'invalid_input', params: { option: 'thresholds.atRisk' } });
  });

  it('a negative threshold is refused', () => {
    expect(thrown({ atRisk: -0.1 })).toEqual({ code: 'invalid_input', params: { option: 'thresholds.atRisk' } });
  });

  it('equal thresholds (no at-risk band) and the defaults are accepted', () => {
    expect(thrown({ onTrack: 0.8, atRisk: 0.8 })).toBeUndefined();
    expect(
      evaluatePlan(plan, [{ target: 'new', date: '2026-02-01', value: 1 }], {
        asOf: '2026-03-01',
        thresholds: { onTrack: 0.8, atRisk: 0.8 },
      }).targets[0]?.current,
    ).toBe(1);
  });
});
