import { describe, expect, it } from 'vitest';
import { evaluatePlan, type ObservationInput, type PlanInput } from '../../src/index.js';
import { expectedProgress } from '../../src/progress/target-progress.js';
import { SCHEDULED_PLAN } from './scheduled-plan.js';

/** A provincial plan of one count target: 40 new products by the end of 2023, due 2023-12-31. */
const plan = (target: Record<string, unknown> = {}): PlanInput => ({
  id: 'p',
  title: 'Kế hoạch OCOP năm 2023',
  unit: { province: '33' },
  period: { start: '2023-01-01', end: '2023-12-31' },
  targets: [{ id: 'new', kind: 'count', title: 'Sản phẩm OCOP mới', min: 40, ...target } as never],
});
const count = (date: string, value: number): ObservationInput => ({ target: 'new', date, value });
const only = (p: PlanInput, obs: ObservationInput[], asOf: string, options = {}) =>
  evaluatePlan(p, obs, { asOf: asOf as never, ...options }).targets[0];

describe('attainment and surplus (docs/progress.md, "Attainment and surplus")', () => {
  it('45 products of a plan of 30 is 150% of plan, 15 above target; progress stays clamped at 1', () => {
    const t = only(plan({ min: 30 }), [count('2023-11-20', 45)], '2023-12-31');
    expect(t).toMatchObject({ current: 45, progress: 1, attainment: 1.5, surplus: 15, status: 'achieved' });
    const line = t?.explanation.find((l) => l.kind === 'attainment')?.message;
    expect(line).toEqual({
      vi: 'Đạt 150% kế hoạch; vượt 15 so với kế hoạch; hoàn thành ngày 2023-11-20',
      en: 'Reached 150% of plan; 15 above target; met on 2023-11-20',
    });
    expect(line?.vi).not.toMatch(/vượt 150%/);
  });

  it('short of the target: 28 of 40 is 70% of plan, 12 below target', () => {
    const t = only(plan(), [count('2023-06-30', 28)], '2023-07-01');
    expect(t).toMatchObject({ attainment: 0.7, surplus: -12 });
    expect(t?.explanation.find((l) => l.kind === 'attainment')?.message.vi).toBe(
      'Đạt 70% kế hoạch; còn thiếu 12 so với kế hoạch',
    );
  });

  it('from a baseline, and the mirror for a decrease (30 unranked products down to 10: 5 left is 125%)', () => {
    expect(only(plan({ min: 40, baseline: 20 }), [count('2023-12-01', 50)], '2023-12-31')).toMatchObject({
      attainment: 1.5,
      surplus: 10,
    });
    const decrease = plan({ min: 10, baseline: 30, direction: 'decrease' });
    expect(only(decrease, [count('2023-12-01', 5)], '2023-12-31')).toMatchObject({
      progress: 1,
      attainment: 1.25,
      surplus: 5,
    });
  });

  it('a share of 45% against 40% is 112.5% of plan and 5 percentage points above', () => {
    const share: PlanInput = {
      ...plan(),
      targets: [{ id: 'coop', kind: 'share', title: 'Tỷ lệ chủ thể là hợp tác xã', min: 0.4 }],
    };
    const t = only(share, [{ target: 'coop', date: '2023-12-01', numerator: 45, denominator: 100 }], '2023-12-31');
    expect(t).toMatchObject({ current: 0.45, attainment: 1.125, surplus: 0.05 });
    expect(t?.explanation.find((l) => l.kind === 'attainment')?.message.en).toBe(
      'Reached 112.5% of plan; 5% above target; met on 2023-12-01',
    );
  });
});

describe('no data is not zero (docs/progress.md, "No data")', () => {
  it('a target without an observation is no-data before and after its due date; reported as 0 it is missed after', () => {
    expect(only(plan(), [], '2023-06-30')).toMatchObject({ status: 'no-data', observed: false, attainment: null });
    expect(only(plan(), [], '2024-03-01')).toMatchObject({ status: 'no-data', surplus: null });
    expect(only(plan(), [count('2023-03-01', 0)], '2024-03-01')).toMatchObject({ status: 'missed', attainment: 0 });
  });

  it('the plan score leaves out targets without data and says what it covers', () => {
    const two: PlanInput = {
      ...plan(),
      targets: [
        { id: 'new', kind: 'count', title: 'Sản phẩm OCOP mới', min: 40, weight: 3 },
        { id: 'stars', kind: 'count', title: 'Sản phẩm 4 sao', min: 5 },
      ],
    };
    const progress = evaluatePlan(two, [count('2023-12-01', 20)], { asOf: '2023-12-31' });
    expect(progress.score).toBe(0.5);
    expect(progress.coverage).toEqual({ targets: 1, of: 2, weight: 0.75 });
  });
});

describe('when a target was met (docs/progress.md, "Met late or early")', () => {
  const observed = [count('2023-10-01', 30), count('2024-01-31', 42)];

  it('met a month after its due date: achieved-late with the date it was met', () => {
    const t = only(plan(), observed, '2024-03-01');
    expect(t).toMatchObject({ status: 'achieved-late', achieved: true, achievedOn: '2024-01-31', progress: 1 });
    expect(t?.explanation.find((l) => l.kind === 'status')?.message.vi).toBe('Trạng thái: đạt, nhưng sau hạn');
  });

  it('a late achievement counts as met by default; with countLate: false it scores its progress on the due date', () => {
    expect(evaluatePlan(plan(), observed, { asOf: '2024-03-01' }).score).toBe(1);
    expect(evaluatePlan(plan(), observed, { asOf: '2024-03-01', countLate: false }).score).toBe(0.75);
    expect(() => evaluatePlan(plan(), observed, { asOf: '2024-03-01', countLate: 'no' as never })).toThrow(/countLate/);
  });

  it('met early keeps its date: the first observation that met it, not the latest', () => {
    const early = [count('2023-05-15', 41), count('2023-09-30', 55)];
    expect(only(plan(), early, '2023-12-31')).toMatchObject({ status: 'achieved', achievedOn: '2023-05-15' });
  });

  it('per-unit snapshots: met on the day the sum first reached the minimum', () => {
    const units: PlanInput = { ...plan(), units: [{ code: '12688' }, { code: '11953' }] };
    const obs: ObservationInput[] = [
      { target: 'new', unit: '12688', date: '2023-03-01', value: 25 },
      { target: 'new', unit: '11953', date: '2023-04-01', value: 10 },
      { target: 'new', unit: '11953', date: '2023-08-01', value: 15 },
    ];
    expect(only(units, obs, '2023-12-31')).toMatchObject({ current: 40, achievedOn: '2023-08-01' });
  });
});

describe('interim schedule (docs/progress.md, "Interim targets")', () => {
  const long = SCHEDULED_PLAN;
  const at = (value: number) =>
    evaluatePlan(long, [{ target: 'products', date: '2024-12-31', value }], { asOf: '2024-12-31' }).targets[0];

  it('126 on 2024-12-31 is on track and 105 at risk (default thresholds), against the schedule, not a straight line', () => {
    expect(at(126)).toMatchObject({ status: 'on-track', expected: 0.8333 });
    expect(at(105)).toMatchObject({ status: 'at-risk' });
    // a straight line from 2021-01-01 would expect 80% (1,461 of 1,826 days): 126 is 84%
    expect(expectedProgress('2021-01-01', '2025-12-31', '2024-12-31').toNumber()).toBeCloseTo(0.8001, 4);
  });

  it('between points the expected value is read linearly; before the first point it starts from the baseline', () => {
    const mid = (asOf: string) => expectedProgress('2021-01-01', '2025-12-31', asOf as never, long.targets[0] as never);
    // 2024-07-01 is 183 of 366 days into 2024: 100 + 25 × 183/366 = 112.5 → 0.75
    expect(mid('2024-07-01').toNumber()).toBe(0.75);
    expect(mid('2023-12-31').toNumber()).toBeCloseTo(100 / 150, 10);
    expect(mid('2025-12-31').toNumber()).toBe(1);
  });

  it('a schedule out of date order, or before the period, is an issue', () => {
    const bad = {
      ...long,
      targets: [
        {
          ...long.targets[0],
          schedule: [
            { by: '2024-12-31', min: 125 },
            { by: '2023-12-31', min: 100 },
            { by: '2020-06-30', min: 10 },
          ],
        },
      ],
    } as PlanInput;
    expect(() => evaluatePlan(bad, [], { asOf: '2024-12-31', locale: 'en' })).toThrow(/schedule/);
  });
});
