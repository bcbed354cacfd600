import { describe, expect, it } from 'vitest';
import { ENTITY_SCHEMAS, OcopError, validate, type EntityKind } from '../../src/index.js';
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
    if (!result.ok) expect(result.issues).toContainEqual({ code: 'unknown_key', path: ['colour'], params: { key: 'colour' }, message: 'Unknown key: "colour"' });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects a %s key anywhere, and never merges it', (key) => {
    const text = JSON.stringify(VALID_EXAMPLES.plan).replace('"unit":{"province":"34"}', `"unit":{"province":"34","${key}":{"polluted":true}}`);
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
    if (!bad.ok) expect(bad.issues).toEqual([{ code: 'invalid_date', path: ['date'], params: { value: '2023-02-29' }, message: 'Not a real calendar date in YYYY-MM-DD form: "2023-02-29"' }]);
    expect(on('2024-02-29').ok).toBe(true);
  });

  it('gives messages in Vietnamese by default and in English on request', () => {
    const vi = validate('observation', { date: '2020-07-10', done: true });
    const en = validate('observation', { date: '2020-07-10', done: true }, { locale: 'en' });
    expect(vi.ok || vi.issues[0]).toMatchObject({ code: 'required', path: ['target'], message: 'Thiếu trường bắt buộc' });
    expect(en.ok || en.issues[0]).toMatchObject({ code: 'required', path: ['target'], message: 'Required field is missing' });
  });

  it('throws OcopError unknown_entity_kind for a kind that does not exist (a programming error)', () => {
    expect(() => validate('nonsense' as EntityKind, {})).toThrow(OcopError);
    expect(() => validate('toString' as EntityKind, {})).toThrow(/Unknown entity kind "toString"/);
  });

  it('reports a non-object input as a type issue at the root', () => {
    const result = validate('plan', 'tb-2020', { locale: 'en' });
    expect(result).toEqual({ ok: false, issues: [{ code: 'invalid_type', path: [], params: { expected: 'object', received: 'string' }, message: 'Expected an object, received a string' }] });
  });
});

describe('validate: forbidden keys are found although a valid parse skips the scan', () => {
  /** Every path to an object (not an array) inside `value`, the root included. */
  function objectPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
    if (value === null || typeof value !== 'object') return [];
    const here = Array.isArray(value) ? [] : [prefix];
    const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    return [...here, ...entries.flatMap(([key, child]) => objectPaths(child, [...prefix, key]))];
  }

  const cases = (Object.keys(ENTITY_SCHEMAS) as EntityKind[]).flatMap((kind) =>
    objectPaths(VALID_EXAMPLES[kind]).flatMap((path) => ['__proto__', 'constructor', 'prototype'].map((key) => [kind, path, key] as const)),
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
    if (!result.ok) expect(result.issues).toEqual([expect.objectContaining({ code: 'forbidden_key', path: [...path, key] })]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
