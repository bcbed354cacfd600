import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { jsonCopy, THAI_BINH_2020_PLAN, VALID_EXAMPLES } from './examples.js';
import { itRejects } from './invalid-cases.js';

describe('plan', () => {
  itRejects('plan', [
    {
      name: 'period that ends before it starts',
      change: (d) => (d.period.end = '2019-12-31'),
      code: 'date_order',
      path: ['period', 'end'],
    },
    { name: 'no targets', change: (d) => (d.targets = []), code: 'too_small', path: ['targets'] },
    {
      name: 'two targets with one id',
      change: (d) => (d.targets[1].id = 'upgrade-key-products'),
      code: 'duplicate',
      path: ['targets', 1, 'id'],
    },
    {
      name: 'a district listed twice',
      change: (d) => d.units.push({ code: '340' }),
      code: 'duplicate',
      path: ['units', 8, 'code'],
    },
    {
      name: 'a unit Thái Bình never had',
      change: (d) => d.units.push({ code: '345' }),
      code: 'unknown_unit',
      path: ['units', 8, 'code'],
    },
    {
      name: 'an unknown target kind',
      change: (d) => (d.targets[0].kind = 'percent'),
      code: 'invalid_enum',
      path: ['targets', 0, 'kind'],
    },
    {
      name: 'stretch below the minimum ("20 to 15")',
      change: (d) => (d.targets[0].max = 12),
      code: 'range_order',
      path: ['targets', 0, 'max'],
    },
    {
      name: 'count target of 2.5 products',
      change: (d) => (d.targets[0].min = 2.5),
      code: 'not_integer',
      path: ['targets', 0, 'min'],
    },
    {
      name: 'share target over 100%',
      change: (d) => (d.targets[4].min = 1.5),
      code: 'too_big',
      path: ['targets', 4, 'min'],
    },
    {
      name: 'an increase target not above its baseline',
      change: (d) => (d.targets[2].baseline = 15),
      code: 'range_order',
      path: ['targets', 2, 'min'],
    },
    {
      name: 'a decrease target without a baseline',
      change: (d) => {
        d.targets[2].direction = 'decrease';
        d.targets[2].min = 0;
      },
      code: 'required',
      path: ['targets', 2, 'baseline'],
    },
    {
      name: 'a decrease target above its baseline',
      change: (d) => {
        d.targets[2].direction = 'decrease';
        d.targets[2].baseline = 10;
      },
      code: 'range_order',
      path: ['targets', 2, 'min'],
    },
    {
      name: 'per-unit guidance 3 to 2',
      change: (d) => (d.targets[0].perUnit = { min: 3, max: 2, basis: 'average' }),
      code: 'range_order',
      path: ['targets', 0, 'perUnit', 'max'],
    },
    {
      name: 'per-unit basis that does not exist',
      change: (d) => (d.targets[0].perUnit.basis = 'median'),
      code: 'invalid_enum',
      path: ['targets', 0, 'perUnit', 'basis'],
    },
    {
      name: 'per-unit guidance with no units to spread over',
      change: (d) => delete d.units,
      code: 'required',
      path: ['units'],
    },
    {
      name: 'a milestone without its due date',
      change: (d) => delete d.targets[7].due,
      code: 'required',
      path: ['targets', 7, 'due'],
    },
    {
      name: 'a due date before the plan starts',
      change: (d) => (d.targets[7].due = '2019-12-01'),
      code: 'date_order',
      path: ['targets', 7, 'due'],
    },
    {
      name: 'a due date that does not exist',
      change: (d) => (d.targets[7].due = '2020-06-31'),
      code: 'invalid_date',
      path: ['targets', 7, 'due'],
    },
    {
      name: 'two items with one id',
      change: (d) => (d.targets[6].items[1].id = 'banh-cay-lang-nguyen'),
      code: 'duplicate',
      path: ['targets', 6, 'items', 1, 'id'],
    },
    {
      name: 'an item condition of 2 stars',
      change: (d) => (d.targets[6].condition.min = 2),
      code: 'invalid_enum',
      path: ['targets', 6, 'condition', 'min'],
    },
    {
      name: 'a zero weight',
      change: (d) => (d.targets[0].weight = 0),
      code: 'too_small',
      path: ['targets', 0, 'weight'],
    },
    {
      name: 'a district-level plan unit after the reform',
      change: (d) => {
        d.period = { start: '2025-07-01', end: '2025-12-31' };
        d.targets[7].due = '2025-07-15';
      },
      code: 'unit_not_in_force',
      path: ['unit', 'province'],
    },
  ]);

  it('expresses the Thái Bình 2020 plan: 8 districts, 8 targets of all four kinds', () => {
    const result = validate('plan', jsonCopy(THAI_BINH_2020_PLAN));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.units?.map((u) => u.code)).toEqual(['336', '338', '339', '340', '341', '342', '343', '344']);
    expect(new Set(result.value.targets.map((t) => t.kind))).toEqual(new Set(['count', 'share', 'items', 'milestone']));
  });
});

describe('observation', () => {
  itRejects('observation', [
    { name: 'no value, done or fraction', change: (d) => delete d.done, code: 'one_of_fields', path: [] },
    { name: 'both a value and done', change: (d) => (d.value = 3), code: 'one_of_fields', path: [] },
    {
      name: 'a numerator without a denominator',
      change: (d) => {
        delete d.done;
        d.numerator = 3;
      },
      code: 'required',
      path: ['denominator'],
    },
    {
      name: 'a fraction above one',
      change: (d) => {
        delete d.done;
        d.numerator = 46;
        d.denominator = 45;
      },
      code: 'range_order',
      path: ['denominator'],
    },
    {
      name: 'a zero denominator',
      change: (d) => {
        delete d.done;
        d.numerator = 0;
        d.denominator = 0;
      },
      code: 'too_small',
      path: ['denominator'],
    },
    {
      name: 'a district unit after the reform',
      change: (d) => (d.date = '2025-07-15'),
      code: 'unit_not_in_force',
      path: ['unit'],
    },
    { name: 'a unit code of four digits', change: (d) => (d.unit = '3400'), code: 'invalid_format', path: ['unit'] },
    {
      name: 'a target id with a space',
      change: (d) => (d.target = 'district conference'),
      code: 'invalid_format',
      path: ['target'],
    },
    {
      name: 'a value as text that is not a number',
      change: (d) => {
        delete d.done;
        d.value = 'three';
      },
      code: 'invalid_format',
      path: ['value'],
    },
    {
      name: 'a negative value (a count or a star rating is never below 0)',
      change: (d) => {
        delete d.done;
        d.value = -1;
      },
      code: 'too_small',
      path: ['value'],
    },
    {
      name: 'a negative value as text',
      change: (d) => {
        delete d.done;
        d.value = '-0.5';
      },
      code: 'too_small',
      path: ['value'],
    },
  ]);

  it('accepts a fraction given as decimal text and returns numbers', () => {
    const result = validate('observation', {
      target: 'training',
      date: '2020-11-30',
      numerator: '42',
      denominator: 45,
    });
    expect(result).toEqual({
      ok: true,
      value: { target: 'training', date: '2020-11-30', numerator: 42, denominator: 45 },
    });
  });

  it('example observation is for Đông Hưng before the deadline', () => {
    expect(VALID_EXAMPLES.observation).toMatchObject({ unit: '340', date: '2020-07-10' });
  });
});

describe('plan units over the whole period', () => {
  it('a Thái Bình plan for the calendar year 2025 fails: the province and its districts end on 2025-06-30', () => {
    const plan = {
      ...(jsonCopy(THAI_BINH_2020_PLAN) as object),
      units: [{ code: '340' }],
      period: { start: '2025-01-01', end: '2025-12-31' },
      targets: [{ id: 't', kind: 'count', title: 'x', min: 1 }],
    };
    const result = validate('plan', plan, { locale: 'en' });
    expect(result.ok || result.issues.map((i) => [i.code, i.path.join('.'), i.params?.['on']])).toEqual([
      ['unit_not_in_force', 'unit.province', '2025-12-31'],
      ['unit_not_in_force', 'units.0.code', '2025-12-31'],
    ]);
  });

  it('a plan after the reform uses the new province and communes', () => {
    const plan = {
      id: 'hy-2026',
      title: 'Kế hoạch OCOP tỉnh Hưng Yên năm 2026',
      unit: { province: '33' },
      units: [{ code: '12688' }],
      period: { start: '2026-01-01', end: '2026-12-31' },
      targets: [{ id: 't', kind: 'count', title: 'x', min: 1 }],
    };
    expect(validate('plan', plan).ok).toBe(true);
  });
});
