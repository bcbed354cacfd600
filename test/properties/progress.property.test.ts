import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { apportion, evaluatePlan, type ObservationInput } from '../../src/index.js';
import { THAI_BINH_2020_PLAN as PLAN } from '../../src/fixtures/index.js';

const UNITS = ['336', '338', '339', '340', '341', '342', '343', '344'];
const day = fc.integer({ min: 1, max: 365 }).map((n) => {
  const d = new Date(Date.UTC(2020, 0, n));
  return d.toISOString().slice(0, 10);
});
const upgradeObservation = fc.record({
  unit: fc.constantFrom(...UNITS),
  date: day,
  value: fc.integer({ min: 0, max: 12 }),
});
// one observation per unit and date (duplicates are errors by design)
const observations = fc
  .uniqueArray(upgradeObservation, { selector: (o) => `${o.unit}|${o.date}`, maxLength: 40 })
  .map((list) => list.map((o): ObservationInput => ({ target: 'upgrade-key-products', ...o })));
const asOf = day;

describe('progress properties', () => {
  test.prop([observations, asOf], { numRuns: 200 })('progress, stretch and expected stay in [0, 1]', (obs, on) => {
    for (const t of evaluatePlan(PLAN, obs, { asOf: on as never }).targets) {
      for (const v of [t.progress, t.expected, t.stretch ?? 0]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  });

  test.prop([observations, asOf, fc.constantFrom(...UNITS), fc.integer({ min: 1, max: 5 })], { numRuns: 200 })(
    'monotone in current: raising a unit’s latest value never lowers progress',
    (obs, on, unit, extra) => {
      const date = on as string;
      const base = obs.filter((o) => !(o.unit === unit && o.date === date));
      const before = evaluatePlan(PLAN, base, { asOf: date as never }).targets[0]?.progress ?? 0;
      const latestInUnit = [...base]
        .filter((o) => o.unit === unit && o.date <= date)
        .sort((a, b) => (a.date < b.date ? -1 : 1))
        .at(-1);
      const raised = [
        ...base,
        { target: 'upgrade-key-products', unit, date, value: Number(latestInUnit?.value ?? 0) + extra },
      ];
      expect(evaluatePlan(PLAN, raised, { asOf: date as never }).targets[0]?.progress ?? 0).toBeGreaterThanOrEqual(
        before,
      );
    },
  );

  test.prop([observations, asOf, fc.nat()], { numRuns: 200 })(
    'the order of observations does not matter',
    (obs, on, seed) => {
      const shuffled = [...obs].sort(
        (a, b) => ((a.date.charCodeAt(9) * 7 + seed) % 5) - ((b.date.charCodeAt(9) * 7 + seed) % 5),
      );
      expect(evaluatePlan(PLAN, shuffled.reverse(), { asOf: on as never })).toEqual(
        evaluatePlan(PLAN, obs, { asOf: on as never }),
      );
    },
  );

  test.prop([observations, asOf], { numRuns: 200 })(
    'attainment ≥ progress for an increasing target, and the two agree below 1',
    (obs, on) => {
      for (const t of evaluatePlan(PLAN, obs, { asOf: on as never }).targets) {
        if (t.attainment === null) continue;
        expect(t.attainment).toBeGreaterThanOrEqual(t.progress);
        if (t.attainment < 1) expect(t.attainment).toBe(t.progress);
        else expect(t.progress).toBe(1);
      }
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 8 }), asOf], { numRuns: 100 })(
    'coverage is 1 when every target is observed (and the score is then the weighted mean of all)',
    (values, on) => {
      const plan = {
        id: 'all',
        title: 'Kế hoạch',
        unit: { province: '34' },
        period: { start: '2020-01-01', end: '2020-12-31' },
        targets: values.map((_, i) => ({ id: `t${i}`, kind: 'count' as const, title: `Chỉ tiêu ${i}`, min: 10 + i })),
      };
      const obs = values.map((value, i): ObservationInput => ({ target: `t${i}`, date: '2020-01-01', value }));
      const progress = evaluatePlan(plan, obs, { asOf: on as never });
      expect(progress.coverage).toEqual({ targets: values.length, of: values.length, weight: 1 });
      const mean = progress.targets.reduce((sum, t) => sum + t.progress, 0) / values.length;
      expect(progress.score).toBeCloseTo(mean, 3);
    },
  );

  test.prop([
    fc.integer({ min: 0, max: 10_000 }),
    fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }).filter((w) => w.some((x) => x > 0)),
  ])('apportion: the parts sum to the total and each is within 1 of its exact share', (total, weights) => {
    const parts = apportion(total, weights);
    const sum = weights.reduce((a, b) => a + b, 0);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    parts.forEach((part, i) => {
      expect(Number.isInteger(part)).toBe(true);
      expect(Math.abs(part - (total * (weights[i] as number)) / sum)).toBeLessThan(1);
    });
  });
});
