import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ENTITY_SCHEMAS, validate, type EntityKind } from '../../src/index.js';
import { jsonCopy, VALID_EXAMPLES } from '../model/examples.js';

const KINDS = Object.keys(ENTITY_SCHEMAS) as EntityKind[];

/** Replaces one leaf (or adds one key) somewhere in a valid example with an arbitrary JSON value. */
function mutated(kind: EntityKind): fc.Arbitrary<unknown> {
  return fc.tuple(fc.nat(), fc.jsonValue(), fc.string({ maxLength: 8 })).map(([pick, replacement, extraKey]) => {
    const copy = jsonCopy(VALID_EXAMPLES[kind]) as Record<string, unknown>;
    const containers: Array<Record<string, unknown> | unknown[]> = [];
    const walk = (value: unknown) => {
      if (value !== null && typeof value === 'object') {
        containers.push(value as Record<string, unknown>);
        Object.values(value).forEach(walk);
      }
    };
    walk(copy);
    const target = containers[pick % containers.length];
    if (Array.isArray(target)) {
      // replace an element, or append one
      target[pick % (target.length + 1)] = replacement;
      return copy;
    }
    const record = target as Record<string, unknown>;
    const keys = Object.keys(record);
    const key = pick % 3 === 0 || keys.length === 0 ? extraKey : (keys[pick % keys.length] as string);
    record[key] = replacement;
    return copy;
  });
}

function checkOne(kind: EntityKind, input: unknown): void {
  const before = JSON.stringify(input);
  const vi = validate(kind, input);
  const en = validate(kind, input, { locale: 'en' });
  expect(JSON.stringify(input)).toBe(before);
  expect(vi.ok).toBe(en.ok);
  if (!vi.ok && !en.ok) {
    expect(vi.issues.length).toBeGreaterThan(0);
    expect(en.issues.map((i) => [i.code, i.path])).toEqual(vi.issues.map((i) => [i.code, i.path]));
    vi.issues.forEach((issue, index) => {
      expect(issue.message).not.toBe('');
      expect(en.issues[index]?.message).not.toBe('');
      expect(issue.message).not.toMatch(/undefined|\[object/);
    });
  }
}

describe.each(KINDS)('validate(%s) on arbitrary input', (kind) => {
  test.prop([fc.jsonValue()], { numRuns: 1000 })(
    'never throws; an invalid value has issues in both locales',
    (input) => {
      checkOne(kind, input);
    },
  );

  test.prop([mutated(kind)], { numRuns: 300 })('a valid example with one part replaced never throws', (input) => {
    checkOne(kind, input);
  });
});
