import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../src/core/dates.js';
import type { Observation } from '../../../src/model/plan.js';
import { TargetSchema } from '../../../src/model/plan.js';
import { percent, share, towards } from '../../../src/model/target-kinds/arithmetic.js';
import { TARGET_KINDS } from '../../../src/model/target-kinds/index.js';
import type { FiguresInput, TargetKind, TargetOf } from '../../../src/model/target-kinds/kind.js';
import { PROGRESS_TEXT } from '../../../src/locales/index.js';

const UNITS = ['336', '338', '340'];
const on = (date: string, fields: Partial<Observation>): Observation =>
  ({ target: 't', date, ...fields }) as Observation;
const latestOf = (observations: Record<string, Observation>) => new Map(Object.entries(observations));
const input = <K extends TargetKind>(
  target: TargetOf<K>,
  latest: Map<string, Observation>,
  due: IsoDate = '2020-07-15',
): FiguresInput<TargetOf<K>> => ({ target, latest, units: UNITS, due });
const target = <K extends TargetKind>(fields: Record<string, unknown> & { kind: K }) =>
  TargetSchema.parse({ id: 't', title: 'T', ...fields }) as TargetOf<K>;

describe('the table of target kinds', () => {
  it('has the kinds of the schema union, in its order, and each module is where the union takes its schema from', () => {
    const kinds = TargetSchema.options.map((option) => option.shape.kind.value);
    expect(kinds).toEqual(['count', 'share', 'milestone', 'items']);
    expect(Object.keys(TARGET_KINDS)).toEqual(kinds);
    TargetSchema.options.forEach((option, i) => expect(TARGET_KINDS[kinds[i] as TargetKind].schema).toBe(option));
  });

  it('observation forms: what each kind accepts, and the fields observation_form names', () => {
    const forms = [
      { value: 3 },
      { done: true },
      { numerator: 1, denominator: 2 },
      { item: 'a', value: 4 },
      { item: 'a', done: false },
    ];
    const accepted = Object.fromEntries(
      Object.entries(TARGET_KINDS).map(([kind, m]) => [
        kind,
        forms.map((f) => m.observation.test(on('2020-01-01', f))),
      ]),
    );
    expect(accepted).toEqual({
      count: [true, false, false, true, false],
      share: [false, false, true, false, false],
      milestone: [false, true, false, false, true],
      items: [false, false, false, true, true],
    });
    expect(Object.values(TARGET_KINDS).map((m) => m.observation.expected)).toEqual([
      'value',
      'numerator + denominator',
      'done',
      'item + value (stars) or done',
    ]);
  });

  it('only a share is a ratio; only items may mix per-unit and whole-plan observations; only items have item ids', () => {
    expect(Object.values(TARGET_KINDS).map((m) => [m.measure, m.oneScope])).toEqual([
      ['count', true],
      ['ratio', true],
      ['count', true],
      ['count', false],
    ]);
    const items = target({
      kind: 'items',
      items: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
      condition: { kind: 'done' },
    });
    expect(TARGET_KINDS.items.itemIds(items)).toEqual(['a', 'b']);
    expect(TARGET_KINDS.count.itemIds(target({ kind: 'count', min: 1 }))).toEqual([]);
  });
});

describe('figures of each kind', () => {
  it('share: Σ numerators / Σ denominators over the units, not the mean of their ratios', () => {
    const t = target({ kind: 'share', min: 1 });
    const f = TARGET_KINDS.share.figures(
      input(
        t,
        latestOf({
          '336|': on('2020-02-01', { numerator: 1, denominator: 2 }),
          '338|': on('2020-02-01', { numerator: 9, denominator: 10 }),
        }),
      ),
    );
    expect(f.current.toFixed(6)).toBe('0.833333'); // 10/12; the mean of 0.5 and 0.9 would be 0.7
    expect(f.byUnit.map((u) => [u.unit, u.current.toNumber()])).toEqual([
      ['336', 0.5],
      ['338', 0.9],
      ['340', 0],
    ]);
  });

  it('count: without guidance each unit is measured against the minimum split equally; with it, against perUnit.min', () => {
    const latest = latestOf({ '336|': on('2020-02-01', { value: 2 }), '338|': on('2020-02-01', { value: 1 }) });
    const split = TARGET_KINDS.count.figures(input(target({ kind: 'count', min: 6 }), latest));
    expect(split.byUnit.map((u) => u.progress.toNumber())).toEqual([1, 0.5, 0]); // against 6 / 3 units = 2
    const guided = TARGET_KINDS.count.figures(
      input(target({ kind: 'count', min: 6, max: 9, perUnit: { min: 4, basis: 'each' } }), latest),
    );
    expect(guided.byUnit.map((u) => u.progress.toNumber())).toEqual([0.5, 0.25, 0]);
    expect(guided.belowGuidance).toEqual(['336', '338', '340']);
    expect(guided.progress.toFixed(4)).toBe('0.5000'); // 3 of 6
    expect(guided.stretch?.toNumber()).toBe(0); // 3 is below the minimum: no stretch yet
  });

  it('count: a whole-plan observation gives no per-unit figures', () => {
    const f = TARGET_KINDS.count.figures(
      input(target({ kind: 'count', min: 4 }), latestOf({ '|': on('2020-02-01', { value: 3 }) })),
    );
    expect([f.current.toNumber(), f.progress.toNumber(), f.byUnit]).toEqual([3, 0.75, []]);
  });

  it('milestone of each unit: done by the due date counts, done after it is late', () => {
    const t = target({ kind: 'milestone', due: '2020-07-15', scope: 'each-unit' });
    const f = TARGET_KINDS.milestone.figures(
      input(
        t,
        latestOf({
          '336|': on('2020-07-15', { done: true }),
          '338|': on('2020-07-16', { done: true }),
          '340|': on('2020-07-01', { done: false }),
        }),
      ),
    );
    expect([f.current.toNumber(), f.progress.toFixed(4), f.late, f.planLate]).toEqual([1, '0.3333', ['338'], false]);
    expect(f.byUnit.map((u) => u.current.toNumber())).toEqual([1, 0, 0]);
  });

  it('milestone of the plan: done late is planLate, not progress', () => {
    const t = target({ kind: 'milestone', due: '2020-07-15' });
    const f = TARGET_KINDS.milestone.figures(input(t, latestOf({ '|': on('2020-07-20', { done: true }) })));
    expect([f.progress.toNumber(), f.planLate, f.late]).toEqual([0, true, []]);
  });

  it('items: the share of items meeting the condition; units only where items are', () => {
    const t = target({
      kind: 'items',
      items: [
        { id: 'a', title: 'A', unit: '340' },
        { id: 'b', title: 'B', unit: '340' },
        { id: 'c', title: 'C' },
      ],
      condition: { kind: 'stars', min: 4 },
    });
    const f = TARGET_KINDS.items.figures(
      input(
        t,
        latestOf({
          '340|a': on('2020-02-01', { item: 'a', value: 4 }),
          '340|b': on('2020-02-01', { item: 'b', value: 3 }),
        }),
      ),
    );
    expect([f.current.toNumber(), f.progress.toFixed(4)]).toEqual([1, '0.3333']);
    expect(f.byUnit.map((u) => [u.unit, u.current.toNumber(), u.progress.toNumber()])).toEqual([['340', 1, 0.5]]);
  });
});

describe('goals and plan checks of each kind', () => {
  const goal = <K extends TargetKind>(t: TargetOf<K>, locale: 'vi' | 'en') =>
    (TARGET_KINDS[t.kind] as (typeof TARGET_KINDS)[K]).goal({
      target: t,
      text: PROGRESS_TEXT[locale],
      units: 8,
      due: '2020-07-15',
    });

  it('writes a share goal in percentages, a count goal in numbers, a baseline of 0 not at all', () => {
    expect(goal(target({ kind: 'share', min: 0.875, max: 1 }), 'en')).toBe('minimum 87.5%, stretch 100%');
    expect(goal(target({ kind: 'count', min: 15, max: 20, baseline: 0 }), 'vi')).toBe('tối thiểu 15, phấn đấu 20');
    expect(goal(target({ kind: 'count', min: 15, baseline: 3 }), 'vi')).toBe('tối thiểu 15, từ mức 3');
    expect(goal(target({ kind: 'milestone', due: '2020-07-15', scope: 'each-unit' }), 'vi')).toBe(
      '8 đơn vị, hạn 2020-07-15',
    );
    expect(goal(target({ kind: 'milestone', due: '2020-07-15' }), 'en')).toBe('the whole plan, due 2020-07-15');
  });

  it('numeric checks come in order: stretch, baseline, direction, guidance range, guidance without units', () => {
    const t = target({
      kind: 'count',
      min: 5,
      max: 3,
      direction: 'decrease',
      perUnit: { min: 3, max: 1, basis: 'each' },
    });
    const at = (...rest: Array<string | number>) => ['targets', 0, ...rest];
    expect(TARGET_KINDS.count.issues(t, { at, hasUnits: false }).map((i) => [i.code, i.path.join('.')])).toEqual([
      ['range_order', 'targets.0.max'],
      ['range_order', 'targets.0.min'],
      ['required', 'targets.0.baseline'],
      ['range_order', 'targets.0.perUnit.max'],
      ['required', 'units'],
    ]);
  });
});

describe('arithmetic', () => {
  it('percent rounds half up to one decimal; share of a zero whole is 1 once reached; towards clamps', () => {
    expect([percent(new Decimal('0.8125')), percent(new Decimal('0.81249')), percent(new Decimal(1))]).toEqual([
      '81.3%',
      '81.2%',
      '100%',
    ]);
    expect([
      share(new Decimal(0), new Decimal(0)).toNumber(),
      share(new Decimal(-1), new Decimal(0)).toNumber(),
    ]).toEqual([1, 0]);
    expect([towards(new Decimal(20), 15, 5).toNumber(), towards(new Decimal(2), 15, 5).toNumber()]).toEqual([1, 0]);
    expect(towards(new Decimal(3), 1, 5).toNumber()).toBe(0.5); // a decrease from 5 towards 1
  });
});
