/**
 * The rating engine's hand-written evaluation check must agree with `validate('evaluation')`:
 * same verdict on any input, same value when valid, and the same issues (code, path, params,
 * message) for any input with one fault.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkEvaluation } from '../../src/model/evaluation-check.js';
import { validate } from '../../src/model/validate.js';

const FULL_POINTS = { '1.1': 3, '1.2': 1, '2.1': 2 };
const VALID: readonly Record<string, unknown>[] = [
  {
    ruleSet: 'qd1048-781-2020',
    level: 'district',
    evaluatedOn: '2020-12-24',
    product: 'tb-1',
    sheets: [{ total: 81 }, { total: '81.4' }, { total: 81.2 }],
  },
  {
    ruleSet: 'qd26-2026',
    criteriaSet: 1,
    level: 'province',
    sheets: [{ points: FULL_POINTS }, { points: FULL_POINTS, ruleSet: 'qd26-2026', criteriaSet: 1 }],
  },
  {
    ruleSet: 'qd26-2026',
    criteriaSet: 6,
    sheets: [{ points: FULL_POINTS }],
    disqualified: { reason: 'knock-out', criterion: '2.1', note: ' Ghi chú ' },
  },
  { ruleSet: 'qd148-2023', sheets: [{ total: '0' }], disqualified: { reason: 'dossier' } },
];

/** Values that exercise each rule: wrong types, edges, formats, NaN, huge numbers, empty text. */
const ODD_VALUES: readonly unknown[] = [
  undefined,
  null,
  true,
  0,
  1,
  -1,
  1.5,
  26,
  27,
  100,
  100.5,
  101,
  -0.5,
  1e20,
  -1e20,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  '  ',
  'x',
  '81.2',
  '-1',
  '101',
  '1e2',
  '2020-02-30',
  '2026-01-01',
  'qd26-2026',
  'qd148-2023',
  'district',
  'knock-out',
  'dossier',
  '2.1',
  '9.9.9.9',
  'a b',
  [],
  [1],
  {},
  { total: 5 },
  { points: {} },
  { x: 1 },
  'e\u0301',
  'x'.repeat(5001),
];

type Json = Record<string, unknown> | unknown[];

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** A deep copy with one change at `path`: set to `replacement`, deleted, or given an extra key. */
function mutate(
  base: unknown,
  path: ReadonlyArray<string | number>,
  change: { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'extra'; key: string },
): unknown {
  const copy = structuredClone(base) as Json;
  let parent: Json = copy;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json;
  const last = path[path.length - 1] as string | number;
  if (change.kind === 'set') (parent as Record<string | number, unknown>)[last] = change.value;
  else if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else Reflect.deleteProperty(parent, last);
  } else {
    const target = (parent as Record<string | number, unknown>)[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, unknown>)[change.key] = 1;
  }
  return copy;
}

function compare(input: unknown, exactIssues: boolean): void {
  const snapshot = structuredClone(input);
  const ours = checkEvaluation(input, 'en');
  const zods = validate('evaluation', input, { locale: 'en' });
  expect(input).toEqual(snapshot);
  expect(ours.ok).toBe(zods.ok);
  if (ours.ok && zods.ok) expect(ours.value).toEqual(zods.value);
  else if (exactIssues && !ours.ok && !zods.ok) expect(ours.issues).toEqual(zods.issues);
}

describe('checkEvaluation agrees with validate("evaluation")', () => {
  it.each(VALID.map((v, i) => [i, v] as const))('valid example %i: the same value', (_i, input) => {
    const ours = checkEvaluation(input, 'en');
    expect(ours.ok).toBe(true);
    compare(input, true);
  });

  it.each([
    '{"ruleSet":"qd26-2026","criteriaSet":1,"sheets":[{"points":{"__proto__":{"x":1},"1.1":3}}]}',
    '{"ruleSet":"qd26-2026","sheets":[{"total":5,"constructor":1}]}',
    '{"ruleSet":"qd26-2026","sheets":[{"total":5}],"disqualified":{"reason":"dossier","prototype":{}}}',
    '{"__proto__":{"polluted":true},"ruleSet":"qd26-2026","sheets":[{"total":5}]}',
    '{"ruleSet":"qd26-2026","sheets":[{"total":5}],"level":{"constructor":{"prototype":1}}}',
  ])('reports only the forbidden keys of %s, as validate does', (json) => {
    const input: unknown = JSON.parse(json);
    const ours = checkEvaluation(input, 'en');
    expect(ours.ok).toBe(false);
    if (!ours.ok) expect(ours.issues.every((issue) => issue.code === 'forbidden_key')).toBe(true);
    compare(input, true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('gives fresh objects: the result shares nothing with the input', () => {
    const input = VALID[1] as { sheets: Array<{ points: object }> };
    const ours = checkEvaluation(input, 'vi');
    if (!ours.ok) throw new Error('expected valid');
    expect(ours.value.sheets[0]).not.toBe(input.sheets[0]);
    expect((ours.value.sheets[0] as { points: object }).points).not.toBe(input.sheets[0]?.points);
  });

  test.prop([fc.integer({ min: 0, max: VALID.length - 1 }), fc.nat(), fc.constantFrom(...ODD_VALUES)], {
    numRuns: 3000,
  })('one value replaced anywhere: the same issues', (which, at, value) => {
    const base = VALID[which];
    const paths = pathsOf(base);
    compare(mutate(base, paths[at % paths.length] ?? ['ruleSet'], { kind: 'set', value }), true);
  });

  test.prop(
    [
      fc.integer({ min: 0, max: VALID.length - 1 }),
      fc.nat(),
      fc.constantFrom(...ODD_VALUES),
      fc.nat(),
      fc.constantFrom(...ODD_VALUES),
    ],
    { numRuns: 1500 },
  )(
    'two values replaced anywhere (issue #15, point 4: the cross-field rules run on the parts that parsed): the same issues',
    (which, at, value, at2, value2) => {
      const base = VALID[which];
      const once = mutate(base, pathsOf(base)[at % pathsOf(base).length] ?? ['ruleSet'], { kind: 'set', value });
      const paths = pathsOf(once);
      compare(
        paths.length === 0
          ? once
          : mutate(once, paths[at2 % paths.length] ?? ['ruleSet'], { kind: 'set', value: value2 }),
        true,
      );
    },
  );

  test.prop(
    [
      fc.integer({ min: 0, max: VALID.length - 1 }),
      fc.nat(),
      fc.boolean(),
      fc.constantFrom('extra', '1.9', 'x y', 'total', 'points'),
    ],
    { numRuns: 1000 },
  )('one key deleted, or one key added: the same issues', (which, at, remove, key) => {
    const base = VALID[which];
    const paths = pathsOf(base);
    const path = paths[at % paths.length] ?? ['ruleSet'];
    compare(
      mutate(
        base,
        remove ? path : path.slice(0, -1).length === 0 ? path : path.slice(0, -1),
        remove ? { kind: 'delete' } : { kind: 'extra', key },
      ),
      true,
    );
  });

  test.prop(
    [
      fc.anything({
        withNullPrototype: false,
        withObjectString: false,
        withMap: false,
        withSet: false,
        withDate: false,
        withTypedArray: false,
        withSparseArray: false,
        withBigInt: false,
      }),
    ],
    { numRuns: 2000 },
  )('any JSON-like value: the same verdict', (input) => compare(input, false));

  test.prop(
    [
      fc.record(
        {
          ruleSet: fc.constantFrom('qd26-2026', 'qd148-2023', 'x'),
          criteriaSet: fc.oneof(fc.integer({ min: -2, max: 30 }), fc.double()),
          level: fc.constantFrom('district', 'province', 'central', 'x'),
          evaluatedOn: fc.constantFrom('2020-01-01', '2026-01-01', '2020-02-30'),
          sheets: fc.array(
            fc.oneof(
              fc.record({ total: fc.oneof(fc.double(), fc.constantFrom('81.2', 'x', '100.0')) }),
              fc.record({ points: fc.dictionary(fc.constantFrom('1.1', '2.1', 'x'), fc.double()) }),
            ),
            { maxLength: 4 },
          ),
        },
        { requiredKeys: [] },
      ),
    ],
    { numRuns: 2000 },
  )('evaluation-shaped values with several faults: the same verdict', (input) => compare(input, false));
});
