import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMAS, OcopError, validate, type EntityKind } from '../../src/index.js';
import { checkEvaluation } from '../../src/model/evaluation-check.js';
import { deepFreeze, jsonCopy, VALID_EXAMPLES } from './examples.js';

const KINDS = Object.keys(ENTITY_SCHEMAS) as EntityKind[];

describe('validate', () => {
  it.each(KINDS)('accepts the valid %s example, frozen, without mutating it', (kind) => {
    const input = deepFreeze(jsonCopy(VALID_EXAMPLES[kind]));
    const before = JSON.stringify(input);
    const result = validate(kind, input);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(JSON.stringify(input)).toBe(before);
  });

  it.each(KINDS)('%s: the JSON round trip of a validated value validates to an equal value', (kind) => {
    const first = validate(kind, jsonCopy(VALID_EXAMPLES[kind]));
    if (!first.ok) throw new Error('example must be valid');
    const second = validate(kind, JSON.parse(JSON.stringify(first.value)));
    expect(second).toEqual({ ok: true, value: first.value });
  });

  it.each(KINDS)('%s: an unknown key at the root is an issue at its path', (kind) => {
    const input = { ...(jsonCopy(VALID_EXAMPLES[kind]) as object), colour: 'red' };
    const result = validate(kind, input, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toContainEqual({
        code: 'unknown_key',
        path: ['colour'],
        params: { key: 'colour' },
        message: 'Unknown key: "colour"',
      });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects a %s key anywhere, and never merges it', (key) => {
    const text = JSON.stringify(VALID_EXAMPLES.plan).replace(
      '"unit":{"province":"34"}',
      `"unit":{"province":"34","${key}":{"polluted":true}}`,
    );
    const input: unknown = JSON.parse(text);
    const result = validate('plan', input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => [i.code, i.path])).toEqual([['forbidden_key', ['unit', key]]]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('rejects a __proto__ key inside a points record (which zod alone would drop silently)', () => {
    const input: unknown = JSON.parse('{"ruleSet":"qd26-2026","criteriaSet":1,"points":{"1.1":3,"__proto__":{"x":1}}}');
    const result = validate('scoreSheet', input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'forbidden_key', path: ['points', '__proto__'] });
    // the exported schema reports it too
    expect(ENTITY_SCHEMAS.scoreSheet.safeParse(input).success).toBe(false);
  });

  it('turns NFD text into trimmed NFC', () => {
    const nfd = '  Bánh cáy Thiên Đức  '.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const result = validate('product', { ...(jsonCopy(VALID_EXAMPLES.product) as object), name: nfd });
    expect(result.ok && result.value.name).toBe('Bánh cáy Thiên Đức'.normalize('NFC'));
  });

  it('rejects 2023-02-29 and accepts 2024-02-29', () => {
    const on = (date: string) => validate('observation', { target: 't', date, value: 1 }, { locale: 'en' });
    const bad = on('2023-02-29');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues).toEqual([
        {
          code: 'invalid_date',
          path: ['date'],
          params: { value: '2023-02-29' },
          message: 'Not a real calendar date in YYYY-MM-DD form: "2023-02-29"',
        },
      ]);
    expect(on('2024-02-29').ok).toBe(true);
  });

  it('gives messages in Vietnamese by default and in English on request', () => {
    const vi = validate('observation', { date: '2020-07-10', done: true });
    const en = validate('observation', { date: '2020-07-10', done: true }, { locale: 'en' });
    expect(vi.ok || vi.issues[0]).toMatchObject({
      code: 'required',
      path: ['target'],
      message: 'Thiếu trường bắt buộc',
    });
    expect(en.ok || en.issues[0]).toMatchObject({
      code: 'required',
      path: ['target'],
      message: 'Required field is missing',
    });
  });

  it('throws OcopError unknown_entity_kind for a kind that does not exist (a programming error)', () => {
    expect(() => validate('nonsense' as EntityKind, {})).toThrow(OcopError);
    expect(() => validate('toString' as EntityKind, {})).toThrow(/Unknown entity kind "toString"/);
  });

  it('reports a non-object input as a type issue at the root', () => {
    const result = validate('plan', 'tb-2020', { locale: 'en' });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_type',
          path: [],
          params: { expected: 'object', received: 'string' },
          message: 'Expected an object, received a string',
        },
      ],
    });
  });
});

describe('validate: forbidden keys are found although a valid parse skips the scan', () => {
  /** Every path to an object (not an array) inside `value`, the root included. */
  function objectPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
    if (value === null || typeof value !== 'object') return [];
    const here = Array.isArray(value) ? [] : [prefix];
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    return [...here, ...entries.flatMap(([key, child]) => objectPaths(child, [...prefix, key]))];
  }

  const cases = (Object.keys(ENTITY_SCHEMAS) as EntityKind[]).flatMap((kind) =>
    objectPaths(VALID_EXAMPLES[kind]).flatMap((path) =>
      ['__proto__', 'constructor', 'prototype'].map((key) => [kind, path, key] as const),
    ),
  );

  it.each(cases)('%s with a %s key at %j: only forbidden_key', (kind, path, key) => {
    expect(validate(kind, VALID_EXAMPLES[kind]).ok).toBe(true);
    // JSON.parse makes `__proto__` an own key, as a request body would
    const input = JSON.parse(JSON.stringify(VALID_EXAMPLES[kind])) as Record<string | number, unknown>;
    let target: Record<string | number, unknown> = input;
    for (const step of path) target = target[step] as Record<string | number, unknown>;
    const injected = JSON.parse(`{"${key}": {"polluted": true}}`) as Record<string, unknown>;
    Object.defineProperty(target, key, { value: injected[key], enumerable: true, configurable: true, writable: true });
    const result = validate(kind, input, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([expect.objectContaining({ code: 'forbidden_key', path: [...path, key] })]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

/**
 * Issue #15, point 4: a record with N independent faults gets N issues in one call. Each record
 * below mixes faults that stop zod before its cross-field rules (a wrong type, a value not among
 * the options, an unknown key) with faults only those rules find (dates, units, duplicates).
 */
describe('validate reports every problem together, cross-field rules included', () => {
  const codesOf = (kind: EntityKind, input: unknown) => {
    const result = validate(kind, input, { locale: 'en' });
    return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
  };
  const example = (kind: EntityKind) => jsonCopy(VALID_EXAMPLES[kind]) as Record<string, unknown>;

  it.each(
    KINDS.flatMap(
      (kind) =>
        [
          [kind, []],
          [kind, 'x'],
          [kind, null],
        ] as const,
    ),
  )('%s: a non-object input (%j) is one invalid_type at the root, and the rules do not run on it', (kind, input) => {
    const result = validate(kind, input, { locale: 'en' });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_type', '']]);
  });

  it('producer: a name that is not text, an enterprise without its kind, registered after the record date, a capital share over 100', () => {
    const producer = {
      ...example('producer'),
      name: 42,
      legalForm: 'enterprise',
      registration: { number: '08A8000123', date: '2021-01-01' },
      localCapitalPercent: 150,
    };
    expect(codesOf('producer', producer)).toEqual([
      ['invalid_type', 'name'],
      ['too_big', 'localCapitalPercent'],
      ['required', 'enterpriseKind'],
      ['date_order', 'recordedOn'],
    ]);
  });

  it('product: a producer that is not an id, a district of another province, a missing star, a history out of order', () => {
    const product = {
      ...example('product'),
      producer: 7,
      origin: { province: '33', district: '340' },
      statusHistory: [
        { date: '2020-12-24', status: 'evaluated' },
        { date: '2020-06-16', status: 'registered' },
      ],
    };
    expect(codesOf('product', product)).toEqual([
      ['invalid_type', 'producer'],
      ['unit_parent_mismatch', 'origin.district'],
      ['required', 'statusHistory.0.stars'],
      ['not_chronological', 'statusHistory.1.date'],
    ]);
  });

  it('certificate: two stars, a revocation ground the law does not list, a district level after 2025, valid until before issued, re-evaluated before issued', () => {
    const certificate: Record<string, unknown> = {
      ...example('certificate'),
      stars: 2,
      level: 'district',
      validUntil: '2026-01-01',
      reEvaluation: { submittedOn: '2026-01-02' },
      revocation: { date: '2027-01-01', ground: 'late-fees' },
    };
    delete certificate['issuer'];
    expect(codesOf('certificate', certificate)).toEqual([
      ['invalid_enum', 'stars'],
      ['invalid_enum', 'revocation.ground'],
      ['level_not_in_force', 'level'],
      ['date_order', 'validUntil'],
      ['date_order', 'reEvaluation.submittedOn'],
    ]);
  });

  it('evaluation: an unknown key, a product id with a space, an unknown disqualification reason, a district level in 2026, mixed sheets, a sheet of another rule set', () => {
    const evaluation = {
      ...example('evaluation'),
      colour: 'red',
      product: 'a b',
      evaluatedOn: '2026-01-01',
      criteriaSet: 1,
      sheets: [{ total: 81 }, { points: { '1.1': 3 }, ruleSet: 'qd26-2026' }],
      disqualified: { reason: 'late' },
    };
    const expected = [
      ['invalid_format', 'product'],
      ['invalid_enum', 'disqualified.reason'],
      ['unknown_key', 'colour'],
      ['level_not_in_force', 'level'],
      ['mixed_sheets', 'sheets'],
      ['rule_set_mismatch', 'sheets.1.ruleSet'],
    ];
    expect(codesOf('evaluation', evaluation)).toEqual(expected);
    // the rating engine's own check (without zod) finds the same six
    const checked = checkEvaluation(evaluation, 'en');
    expect(checked.ok ? [] : checked.issues.map((i) => [i.code, i.path.join('.')])).toEqual(expected);
  });

  it('scoreSheet: an unknown rule set, a set number over 26, points over 100, a criterion code that is not one', () => {
    expect(codesOf('scoreSheet', { ruleSet: 'qd148', criteriaSet: 27, points: { '1.1': 101, 'a b': 1 } })).toEqual([
      ['invalid_enum', 'ruleSet'],
      ['too_big', 'criteriaSet'],
      ['too_big', 'points.1.1'],
      ['invalid_format', 'points.a b'],
    ]);
  });

  it('plan (the example of issue #15): a share min over 1, a star condition of 2, a district in a 2026 plan, a duplicate target id, a min below its baseline', () => {
    const plan = {
      id: 'hy-2026',
      title: 'Kế hoạch OCOP năm 2026',
      unit: { province: '33' },
      period: { start: '2026-01-01', end: '2026-12-31' },
      units: [{ code: '340' }],
      targets: [
        { id: 'trained', kind: 'share', title: 'Tập huấn', min: 1.5 },
        {
          id: 'pilot',
          kind: 'items',
          title: 'Thí điểm',
          items: [{ id: 'a', title: 'A' }],
          condition: { kind: 'stars', min: 2 },
        },
        { id: 'new', kind: 'count', title: 'Sản phẩm mới', min: 5, baseline: 10 },
        { id: 'new', kind: 'milestone', title: 'Hội nghị', due: '2026-07-15' },
      ],
    };
    expect(codesOf('plan', plan)).toEqual([
      ['too_big', 'targets.0.min'],
      ['invalid_enum', 'targets.1.condition.min'],
      ['unit_not_in_force', 'units.0.code'],
      ['duplicate', 'targets.3.id'],
      ['range_order', 'targets.2.min'],
    ]);
  });

  it('observation: an item that is not an id, a district after the reform, both a value and done, a negative value', () => {
    expect(
      codesOf('observation', { target: 'conference', item: 7, unit: '340', date: '2026-01-01', value: -1, done: true }),
    ).toEqual([
      ['invalid_type', 'item'],
      ['too_small', 'value'],
      ['one_of_fields', ''],
      ['unit_not_in_force', 'unit'],
    ]);
  });

  it('ruleOverride: format version 2, a province code of one digit, six stars in a minimum, an end before the start', () => {
    const override: Record<string, unknown> = {
      ...example('ruleOverride'),
      formatVersion: 2,
      jurisdiction: '3',
      effectiveTo: '2026-01-01',
    };
    ((override['changes'] as { minima: Array<Record<string, unknown>> }).minima[0] as Record<string, unknown>)[
      'stars'
    ] = 6;
    expect(codesOf('ruleOverride', override)).toEqual([
      ['invalid_enum', 'formatVersion'],
      ['invalid_format', 'jurisdiction'],
      ['invalid_enum', 'changes.minima.0.stars'],
      ['date_order', 'effectiveTo'],
    ]);
  });
});
