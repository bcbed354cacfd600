import { describe, expect, it } from 'vitest';
import { issueCodes } from '../issues-of.js';
import { evaluatePlan, type IsoDate, type ObservationInput, type PlanInput } from '../../src/index.js';
import { THAI_BINH_2020_PLAN as PLAN } from '../../src/fixtures/index.js';

const DISTRICTS = ['336', '338', '339', '340', '341', '342', '343', '344'] as const;

const codes = (fn: () => unknown) => issueCodes(fn);

describe('the Thái Bình 2020 plan', () => {
  it('on 2020-07-15 with 6 of 8 district conferences held, the milestone is 0.75 and at-risk (r = 0.75 / 1)', () => {
    const held: ObservationInput[] = DISTRICTS.slice(0, 6).map((unit, i) => ({
      target: 'district-conferences',
      unit,
      date: `2020-07-0${i + 1}`,
      done: true,
    }));
    const progress = evaluatePlan(PLAN, held, { asOf: '2020-07-15' });
    const conferences = progress.targets.find((t) => t.id === 'district-conferences');
    expect(conferences).toMatchObject({
      current: 6,
      progress: 0.75,
      expected: 1,
      status: 'at-risk',
      achieved: false,
      due: '2020-07-15',
    });
    expect(conferences?.byUnit.filter((u) => u.progress === 0).map((u) => u.unit)).toEqual(['343', '344']);
    expect(conferences?.explanation.map((l) => l.message.en)).toEqual([
      'Current 6 (8 units, due 2020-07-15)',
      'Progress 75%; expected by time 100% (197/197 days)',
      'Reached 75% of plan',
      'Status: at risk',
    ]);
  });

  it('English explanations name the status in words, not as its code', () => {
    const held: ObservationInput[] = DISTRICTS.slice(0, 6).map((unit) => ({
      target: 'district-conferences',
      unit,
      date: '2020-07-01',
      done: true,
    }));
    const lines = (asOf: IsoDate) =>
      evaluatePlan(PLAN, held, { asOf }).targets.flatMap((t) =>
        t.explanation.filter((l) => l.kind === 'status').map((l) => l.message.en),
      );
    expect(lines('2020-07-15')).toContain('Status: at risk');
    expect(lines('2020-03-01')).toContain('Status: no data reported'); // nothing reported by 1 March
    expect([...lines('2020-07-15'), ...lines('2020-03-01'), ...lines('2019-12-01')].filter((l) => /-/.test(l))).toEqual(
      [],
    );
  });

  it('a whole-plan milestone done after its due date is planLate, and late lists units only', () => {
    const plan: PlanInput = {
      ...PLAN,
      targets: [{ id: 'launch', kind: 'milestone', title: 'Khởi động', due: '2020-03-31', scope: 'plan' }],
    };
    const late = evaluatePlan(plan, [{ target: 'launch', date: '2020-04-02', done: true }], { asOf: '2020-05-01' })
      .targets[0];
    expect(late).toMatchObject({ progress: 0, status: 'missed', late: [], planLate: true });
    expect(late?.explanation.at(-1)?.message).toEqual({
      vi: 'Hoàn thành muộn: cả kế hoạch',
      en: 'Done late: the whole plan',
    });
    const onTime = evaluatePlan(plan, [{ target: 'launch', date: '2020-03-30', done: true }], { asOf: '2020-05-01' })
      .targets[0];
    expect(onTime).toMatchObject({ progress: 1, status: 'achieved', late: [], planLate: false });
  });

  it('with stricter thresholds the same 0.75 is off-track', () => {
    const held: ObservationInput[] = DISTRICTS.slice(0, 6).map((unit) => ({
      target: 'district-conferences',
      unit,
      date: '2020-07-01',
      done: true,
    }));
    const progress = evaluatePlan(PLAN, held, { asOf: '2020-07-15', thresholds: { atRisk: 0.8 } });
    expect(progress.targets.find((t) => t.id === 'district-conferences')?.status).toBe('off-track');
  });

  it('a conference held after 15 July counts as late, not as done; after the due date the target is missed', () => {
    const held: ObservationInput[] = [
      ...DISTRICTS.slice(0, 7).map((unit) => ({
        target: 'district-conferences',
        unit,
        date: '2020-07-10',
        done: true,
      })),
      { target: 'district-conferences', unit: '344', date: '2020-07-20', done: true },
    ];
    const conferences = evaluatePlan(PLAN, held, { asOf: '2020-08-01' }).targets.find(
      (t) => t.id === 'district-conferences',
    );
    expect(conferences).toMatchObject({ progress: 0.875, status: 'missed', late: ['344'] });
    expect(conferences?.explanation.at(-1)?.message.vi).toBe('Hoàn thành muộn: Vũ Thư');
  });

  it('at 2020-12-31 with 17 products upgraded in 6 districts the upgrade target is achieved, stretch 0.4, and the 2 districts with none are below guidance', () => {
    const upgraded: ObservationInput[] = [
      ['336', 3],
      ['339', 3],
      ['340', 3],
      ['341', 3],
      ['342', 3],
      ['343', 2],
      ['338', 0],
      ['344', 0],
    ].map(([unit, value]) => ({
      target: 'upgrade-key-products',
      unit: unit as string,
      date: '2020-12-20',
      value: value as number,
    }));
    const upgrade = evaluatePlan(PLAN, upgraded, { asOf: '2020-12-31' }).targets.find(
      (t) => t.id === 'upgrade-key-products',
    );
    expect(upgrade).toMatchObject({
      current: 17,
      progress: 1,
      achieved: true,
      stretch: 0.4,
      status: 'achieved',
      belowGuidance: ['338', '344'],
    });
    expect(upgrade?.byUnit.find((u) => u.unit === '343')).toEqual({
      unit: '343',
      current: 2,
      progress: 1,
      observed: true,
    });
    // 17 of a minimum of 15 (stretch 20): attainment 17/15, 2 above target
    expect(upgrade).toMatchObject({ attainment: 1.1333, surplus: 2, achievedOn: '2020-12-20' });
    expect(upgrade?.explanation.at(-1)?.message.en).toBe('Below the per-unit guidance: Quỳnh Phụ, Vũ Thư');
  });

  it('scores the plan as the weighted mean of target progress, and each district', () => {
    const obs: ObservationInput[] = [
      ...DISTRICTS.map((unit) => ({ target: 'district-conferences', unit, date: '2020-07-01', done: true })),
      ...DISTRICTS.map((unit) => ({ target: 'training', unit, date: '2020-11-30', numerator: 9, denominator: 10 })),
      { target: 'pilot-products', item: 'banh-cay-lang-nguyen', date: '2020-12-24', value: 4 },
    ];
    const progress = evaluatePlan(PLAN, obs, { asOf: '2020-12-31' });
    const byId = Object.fromEntries(progress.targets.map((t) => [t.id, t]));
    expect(byId['training']).toMatchObject({ current: 0.9, progress: 0.9, status: 'at-risk' }); // due today: r = 0.9
    expect(evaluatePlan(PLAN, obs, { asOf: '2021-01-01' }).targets.find((t) => t.id === 'training')?.status).toBe(
      'missed',
    );
    expect(byId['pilot-products']).toMatchObject({ current: 1, progress: 0.5 });
    expect(byId['district-conferences']).toMatchObject({ progress: 1, achieved: true });
    // (1 conference + 0.9 training + 0.5 pilots) / the 3 targets reported on; the other 5 are no-data
    expect(progress.score).toBe(0.8);
    expect(progress.coverage).toEqual({ targets: 3, of: 8, weight: 0.375 });
    expect(progress.targets.filter((t) => !t.observed).every((t) => t.status === 'no-data')).toBe(true);
    const dongHung = progress.units.find((u) => u.unit === '340');
    expect(dongHung?.name).toBe('Đông Hưng');
    expect(dongHung?.targets.map((t) => [t.id, t.progress])).toEqual([
      ['training', 0.9],
      ['pilot-products', 1],
      ['district-conferences', 1],
    ]);
    expect(dongHung?.score).toBe(0.9667);
  });

  it('before anything is reported, every target is no-data and the score covers nothing', () => {
    const progress = evaluatePlan(PLAN, [], { asOf: '2020-01-01' });
    expect(progress.score).toBe(0);
    expect(progress.coverage).toEqual({ targets: 0, of: 8, weight: 0 });
    expect(progress.targets.every((t) => t.progress === 0 && t.attainment === null)).toBe(true);
    // silence is not zero: no observation is no-data, not off-track
    expect(progress.targets[0]).toMatchObject({ expected: 0.0027, status: 'no-data', observed: false });
    expect(evaluatePlan(PLAN, [], { asOf: '2019-12-31' }).targets[0]?.status).toBe('not-started');
  });
});

describe('rules of observations', () => {
  const small: PlanInput = {
    id: 'small',
    title: 'Kế hoạch thử',
    unit: { province: '34' },
    period: { start: '2020-01-01', end: '2020-12-31' },
    units: [{ code: '340' }, { code: '338' }],
    targets: [
      { id: 'products', kind: 'count', title: 'Sản phẩm', min: 4 },
      { id: 'unranked', kind: 'count', title: 'Sản phẩm chưa xếp hạng', min: 10, baseline: 30, direction: 'decrease' },
    ],
  };

  it('takes the latest observation per unit up to asOf; ignores those after asOf and before the period, and counts them', () => {
    const obs: ObservationInput[] = [
      { target: 'products', unit: '340', date: '2019-12-31', value: 9 },
      { target: 'products', unit: '340', date: '2020-03-01', value: 1 },
      { target: 'products', unit: '340', date: '2020-06-01', value: 2 },
      { target: 'products', unit: '338', date: '2020-05-01', value: 1 },
      { target: 'products', unit: '338', date: '2020-09-01', value: 5 },
    ];
    const progress = evaluatePlan(small, obs, { asOf: '2020-07-01' });
    expect(progress.targets[0]).toMatchObject({ current: 3, progress: 0.75 });
    expect(progress.ignoredObservations).toEqual({ beforePeriod: 1, afterAsOf: 1 });
  });

  it('a decreasing target progresses as the level falls from its baseline', () => {
    const at = (value: number) =>
      evaluatePlan(small, [{ target: 'unranked', date: '2020-06-01', value }], { asOf: '2020-12-31' }).targets[1];
    expect(at(30)).toMatchObject({ progress: 0 });
    expect(at(20)).toMatchObject({ progress: 0.5 });
    expect(at(10)).toMatchObject({ progress: 1, achieved: true });
    expect(at(35)).toMatchObject({ progress: 0 });
  });

  it('a zero baseline is the default: progress = current / min', () => {
    expect(
      evaluatePlan(small, [{ target: 'products', unit: '340', date: '2020-06-01', value: 1 }], { asOf: '2020-12-31' })
        .targets[0]?.progress,
    ).toBe(0.25);
  });

  it('duplicate observations are an error, not a double count', () => {
    const dup: ObservationInput[] = [
      { target: 'products', unit: '340', date: '2020-06-01', value: 2 },
      { target: 'products', unit: '340', date: '2020-06-01', value: 2 },
    ];
    expect(codes(() => evaluatePlan(small, dup, { asOf: '2020-12-31' }))).toEqual([
      ['duplicate_observation', 'observations.1'],
    ]);
  });

  it('names every misfit: unknown target, unit, item, wrong form, mixed scopes, invalid observation', () => {
    const bad: ObservationInput[] = [
      { target: 'nope', date: '2020-06-01', value: 1 },
      { target: 'products', unit: '341', date: '2020-06-01', value: 1 },
      { target: 'products', unit: '340', date: '2020-06-01', done: true },
      { target: 'unranked', date: '2020-06-01', value: 25 },
      { target: 'unranked', unit: '340', date: '2020-07-01', value: 20 },
    ];
    expect(codes(() => evaluatePlan(small, bad, { asOf: '2020-12-31' }))).toEqual([
      ['unknown_target', 'observations.0.target'],
      ['unknown_plan_unit', 'observations.1.unit'],
      ['observation_form', 'observations.2'],
      ['mixed_observation_scopes', 'observations.4.unit'],
    ]);
    expect(
      codes(() => evaluatePlan(small, [{ target: 'products', date: '2020-02-30', value: 1 }], { asOf: '2020-12-31' })),
    ).toEqual([['invalid_date', 'observations.0.date']]);
  });

  it('an empty plan (no targets) is invalid, and so is a bad asOf', () => {
    expect(codes(() => evaluatePlan({ ...small, targets: [] }, [], { asOf: '2020-12-31' }))).toEqual([
      ['too_small', 'plan.targets'],
    ]);
    expect(() => evaluatePlan(small, [], { asOf: '2020-13-01' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});
