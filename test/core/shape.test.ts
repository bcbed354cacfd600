import { describe, expect, it } from 'vitest';
import { checkShape, numberDrafts, typeDraft, type Shape, type ShapeReport } from '../../src/core/shape.js';

const run = (value: unknown, shape: Shape) => {
  const report: ShapeReport = { issues: [], frozen: true };
  const ok = checkShape(value, shape, ['x'], report);
  return { ok, frozen: report.frozen, issues: report.issues.map((i) => [i.code, i.path.join('.')]) };
};

const POINT: Shape = { object: { a: 'text', b: { number: [0, 10], integer: true }, c: 'date' }, optional: ['c'] };

describe('checkShape', () => {
  it('accepts a matching value and reports it frozen only when every object and array is', () => {
    expect(run({ a: 'x', b: 3 }, POINT)).toEqual({ ok: true, frozen: false, issues: [] });
    expect(run(Object.freeze({ a: 'x', b: 3, c: '2024-02-29' }), POINT)).toEqual({
      ok: true,
      frozen: true,
      issues: [],
    });
    expect(run(Object.freeze([Object.freeze({ a: 'x', b: 3 }), { a: 'y', b: 4 }]), { array: POINT }).frozen).toBe(
      false,
    );
  });

  it('names each problem with its path: missing, wrong type, range, whole number, date, enum, unknown key', () => {
    expect(run({ b: 11, c: '2023-02-29', d: 1 }, POINT).issues).toEqual([
      ['unknown_key', 'x.d'],
      ['required', 'x.a'],
      ['too_big', 'x.b'],
      ['invalid_date', 'x.c'],
    ]);
    expect(run({ a: 1, b: 2.5 }, POINT).issues).toEqual([
      ['invalid_type', 'x.a'],
      ['not_integer', 'x.b'],
    ]);
    expect(run({ a: 'x', b: Number.NaN }, POINT).issues).toEqual([['invalid_type', 'x.b']]);
    expect(run(4, { oneOf: [3, 5] }).issues).toEqual([['invalid_enum', 'x']]);
    expect(run(null, POINT).issues).toEqual([['invalid_type', 'x']]);
    expect(run(null, { nullable: 'date' }).ok).toBe(true);
  });

  it('refuses keys of an array besides its indexes (an own constructor breaks map and filter)', () => {
    const list = ['a', 'b'];
    Object.defineProperty(list, 'constructor', { value: { [Symbol.species]: 1 }, enumerable: true });
    expect(run(list, { array: 'text' }).issues).toEqual([['unknown_key', 'x.constructor']]);
    const hidden = ['a'];
    Object.defineProperty(hidden, 'constructor', { value: 0 });
    expect(run(hidden, { array: 'text' }).issues).toEqual([['unknown_key', 'x.constructor']]);
    const extra = Object.assign(['a'], { note: 'x' });
    expect(run(extra, { array: 'text' }).issues).toEqual([['unknown_key', 'x.note']]);
    const sparse = ['a'];
    sparse[2] = 'c';
    expect(run(sparse, { array: 'text' }).issues).toEqual([['required', 'x.1']]);
  });

  it('bounds arrays and the number of issues kept', () => {
    expect(run(['a', 'b', 'c'], { array: 'text', max: 2 }).issues).toEqual([['too_big', 'x']]);
    expect(run([], { array: 'text', min: 1 }).issues).toEqual([['too_small', 'x']]);
    expect(
      run(
        Array.from({ length: 1000 }, () => 0),
        { array: 'text' },
      ).issues,
    ).toHaveLength(100);
    expect(
      run(
        Array.from({ length: 1001 }, () => 'a'),
        { array: 'text' },
      ).issues,
    ).toEqual([['too_big', 'x']]);
  });

  it('reads own keys only: inherited fields do not count as present', () => {
    const inherited = Object.create({ a: 'x', b: 1 }) as object;
    expect(run(inherited, POINT).issues).toEqual([
      ['required', 'x.a'],
      ['required', 'x.b'],
    ]);
  });
});

describe('numberDrafts and typeDraft (shared by checkShape, the zod issue mapping and the zod-free evaluation check)', () => {
  const codes = (value: unknown, bounds: Parameters<typeof numberDrafts>[2]) =>
    numberDrafts(value, ['n'], bounds).map((d) => [d.code, d.params]);

  it('reports a missing value as required and a wrong JSON type by its kind', () => {
    expect(typeDraft(undefined, 'number', ['n'])).toEqual({ code: 'required', path: ['n'], params: {} });
    expect(typeDraft(Number.NaN, 'number', ['n']).params).toEqual({ expected: 'number', received: 'NaN' });
    expect(typeDraft([], 'object', ['n']).params).toEqual({ expected: 'object', received: 'array' });
  });

  it('checks the bounds inclusively, and whole numbers only when asked', () => {
    expect(codes(10, { min: 0, max: 10 })).toEqual([]);
    expect(codes(10.5, { min: 0, max: 10 })).toEqual([['too_big', { maximum: 10, inclusive: true }]]);
    expect(codes(2.5, { min: 0, max: 10, integer: true })).toEqual([['not_integer', { value: 2.5 }]]);
    expect(codes(-1, { min: 0, max: 10, integer: true })).toEqual([['too_small', { minimum: 0, inclusive: true }]]);
  });

  it("adds zod int()'s safe-integer bound before the field's own, as zod reports both", () => {
    const huge = -(2 ** 60);
    expect(codes(huge, { min: 1, max: 26, integer: true, safe: true })).toEqual([
      ['too_small', { minimum: Number.MIN_SAFE_INTEGER, inclusive: true }],
      ['too_small', { minimum: 1, inclusive: true }],
    ]);
    expect(codes(huge, { min: 1, max: 26, integer: true })).toEqual([['too_small', { minimum: 1, inclusive: true }]]);
  });
});
