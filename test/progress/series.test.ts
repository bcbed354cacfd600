import { describe, expect, it } from 'vitest';
import { issuesOf } from '../issues-of.js';
import { evaluatePlan, OcopError, progressSeries, type IsoDate, type ObservationInput } from '../../src/index.js';
import { THAI_BINH_2020_PLAN } from '../../src/fixtures/index.js';
import { SAMPLE_OBSERVATIONS } from '../../src/cli/demo.js';
import { SCHEDULED_PLAN } from './scheduled-plan.js';

/** The thrown error's class, code and message. */
function thrown(fn: () => unknown): { name: string; code: string; message: string } {
  try {
    fn();
  } catch (error) {
    const e = error as OcopError;
    return { name: e.constructor.name, code: e.code, message: e.message };
  }
  throw new Error('expected an error');
}

describe('progressSeries', () => {
  const dates: IsoDate[] = ['2020-12-31', '2020-06-30', '2020-07-15'];

  it('gives evaluatePlan’s answer on each date, in ascending date order', () => {
    const series = progressSeries(THAI_BINH_2020_PLAN, SAMPLE_OBSERVATIONS, dates);
    expect(series.points.map((p) => p.asOf)).toEqual(['2020-06-30', '2020-07-15', '2020-12-31']);
    for (const point of series.points)
      expect(point).toEqual(evaluatePlan(THAI_BINH_2020_PLAN, SAMPLE_OBSERVATIONS, { asOf: point.asOf }));
    expect(dates).toEqual(['2020-12-31', '2020-06-30', '2020-07-15']); // not sorted in place
  });

  it('follows a target through the year: the upgrades 5 (at risk), 5, then 16 of 15 (achieved, 106.7% of plan)', () => {
    const series = progressSeries(THAI_BINH_2020_PLAN, SAMPLE_OBSERVATIONS, dates);
    const upgrades = series.points.map((p) => p.targets.find((t) => t.id === 'upgrade-key-products'));
    expect(upgrades.map((t) => t?.current)).toEqual([5, 5, 16]);
    expect(upgrades.map((t) => t?.status)).toEqual(['at-risk', 'at-risk', 'achieved']);
    expect(upgrades[2]).toMatchObject({ attainment: 1.0667, surplus: 1, achievedOn: '2020-12-15' });
    expect(series.points.map((p) => p.coverage.targets)).toEqual([1, 2, 4]);
  });

  it('returns the validated plan (its targets with their defaults) for the axes and lines of a chart', () => {
    const series = progressSeries(THAI_BINH_2020_PLAN, [], ['2020-06-30']);
    expect(series.plan.period).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(series.plan.targets.map((t) => t.id)).toEqual(THAI_BINH_2020_PLAN.targets.map((t) => t.id));
    expect(series.points[0]?.targets.every((t) => t.status === 'no-data')).toBe(true);
  });

  it('an interim schedule: 150 by 2025 with 100 by 2023 and 125 by 2024 is on-track at 126 and at-risk at 105 on 2024-12-31', () => {
    const plan = SCHEDULED_PLAN;
    const status = (value: number) =>
      progressSeries(
        plan,
        [{ target: 'products', date: '2024-12-31', value }],
        ['2024-12-31', '2023-12-31'],
      ).points.map((p) => [p.asOf, p.targets[0]?.status, p.targets[0]?.expected]);
    expect(status(126)).toEqual([
      ['2023-12-31', 'no-data', 0.6667],
      ['2024-12-31', 'on-track', 0.8333],
    ]);
    expect(status(105)[1]).toEqual(['2024-12-31', 'at-risk', 0.8333]);
  });

  it('no dates, no points', () => {
    expect(progressSeries(THAI_BINH_2020_PLAN, SAMPLE_OBSERVATIONS, []).points).toEqual([]);
  });

  it('a date twice, a date that is not one, or dates that are not a list are errors naming them', () => {
    expect(thrown(() => progressSeries(THAI_BINH_2020_PLAN, [], ['2020-06-30', '2020-01-01', '2020-06-30']))).toEqual({
      name: 'OcopError',
      code: 'invalid_input',
      message: 'dates must not repeat a date, got 2020-06-30 twice',
    });
    expect(thrown(() => progressSeries(THAI_BINH_2020_PLAN, [], ['2020-06-30', '2020-02-30']))).toMatchObject({
      code: 'invalid_date',
      message: 'dates[1] must be a real calendar date YYYY-MM-DD, got "2020-02-30"',
    });
    expect(thrown(() => progressSeries(THAI_BINH_2020_PLAN, [], '2020-06-30' as unknown as IsoDate[])).code).toBe(
      'invalid_input',
    );
  });

  it('throws evaluatePlan’s errors for the plan, the observations and the options, in the locale asked', () => {
    const bad: ObservationInput[] = [
      { target: 'launch', date: '2020-07-10', done: true },
      { target: 'new-products', unit: '999', date: '2020-07-10', value: 1 },
    ];
    const asSeries = issuesOf(() => progressSeries(THAI_BINH_2020_PLAN, bad, ['2020-07-15'], { locale: 'en' }));
    const asEvaluate = issuesOf(() => evaluatePlan(THAI_BINH_2020_PLAN, bad, { asOf: '2020-07-15', locale: 'en' }));
    expect(asSeries).toEqual(asEvaluate);
    expect(asSeries.map((i) => i.path.join('.'))).toEqual(['observations.0.target', 'observations.1.unit']);
    const badOption = () => progressSeries(THAI_BINH_2020_PLAN, [], ['2020-07-15'], { countLate: 'no' as never });
    expect(thrown(badOption)).toEqual(
      thrown(() => evaluatePlan(THAI_BINH_2020_PLAN, [], { asOf: '2020-07-15', countLate: 'no' as never })),
    );
    expect(thrown(() => progressSeries(THAI_BINH_2020_PLAN, [], ['2020-07-15'], null as never)).code).toBe(
      'invalid_input',
    );
  });
});
