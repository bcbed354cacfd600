import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { validate } from '../../src/index.js';
import { issuesFromZod } from '../../src/model/zod-issues.js';
import { jsonCopy, VALID_EXAMPLES } from './examples.js';

const certificate = (stars: unknown) => ({ ...(jsonCopy(VALID_EXAMPLES.certificate) as object), stars });

describe('issuesFromZod: a union of literals', () => {
  it.each([2, 6, '4', 4.5])('names every allowed star count for a certificate with stars %j', (stars) => {
    const result = validate('certificate', certificate(stars), { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'invalid_enum',
      path: ['stars'],
      params: { options: [3, 4, 5], value: stars },
    });
    expect(result.issues[0]?.message).toBe('Invalid value; expected one of: 3, 4, 5');
  });

  it("names every allowed star count for an items target's condition.min", () => {
    const plan = jsonCopy(VALID_EXAMPLES.plan) as { targets: unknown[] };
    plan.targets.push({
      id: 'pilot',
      kind: 'items',
      title: 'Sản phẩm thí điểm',
      items: [{ id: 'a', title: 'A' }],
      condition: { kind: 'stars', min: 2 },
    });
    const result = validate('plan', plan, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => ({ code: i.code, path: i.path.join('.'), params: i.params }))).toEqual([
      {
        code: 'invalid_enum',
        path: `targets.${plan.targets.length - 1}.condition.min`,
        params: { options: [3, 4, 5], value: 2 },
      },
    ]);
  });

  it("names every allowed star count for an override's minimum", () => {
    const override = jsonCopy(VALID_EXAMPLES.ruleOverride) as { changes: { minima: Array<Record<string, unknown>> } };
    (override.changes.minima[0] as Record<string, unknown>)['stars'] = 6;
    const result = validate('ruleOverride', override, { locale: 'vi' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'invalid_enum',
      path: ['changes', 'minima', 0, 'stars'],
      params: { options: [3, 4, 5], value: 6 },
    });
    expect(result.issues[0]?.message).toBe('Giá trị không hợp lệ; chỉ chấp nhận: 3, 4, 5');
  });

  it('merges the options of any union whose branches are all single values (strings too)', () => {
    const schema = z.union([z.literal('a'), z.literal('b'), z.enum(['c', 'd'])]);
    const result = schema.safeParse('e', { reportInput: true });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(issuesFromZod(result.error.issues, 'en').map((i) => i.params)).toEqual([
      { options: ['a', 'b', 'c', 'd'], value: 'e' },
    ]);
  });
});

describe('issuesFromZod: a missing enum or literal field', () => {
  it.each(['level', 'stars'])('a certificate without %s gets required, not a wrong value', (field) => {
    const record = Object.fromEntries(
      Object.entries(jsonCopy(VALID_EXAMPLES.certificate) as Record<string, unknown>).filter(([key]) => key !== field),
    );
    const result = validate('certificate', record, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['required', field]]);
  });
});

describe('issuesFromZod: other unions', () => {
  it('a union of formats names every format: a certificate issuer of one digit is neither a province nor a district code', () => {
    const input = {
      ...(jsonCopy(VALID_EXAMPLES.certificate) as object),
      level: 'district',
      issuedOn: '2024-05-07',
      validUntil: '2027-05-07',
      issuer: '3',
    };
    const result = validate('certificate', input, { locale: 'en' });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.'), i.params, i.message])).toEqual([
      [
        'invalid_format',
        'issuer',
        { format: 'province-code | district-code', example: '34 | 340', value: '3' },
        'Invalid "province-code | district-code" format (e.g. "34 | 340")',
      ],
    ]);
  });

  it('an unknown discriminator gives the value given, not the whole object', () => {
    const plan = jsonCopy(VALID_EXAMPLES.plan) as { targets: Array<Record<string, unknown>> };
    (plan.targets[0] as Record<string, unknown>)['kind'] = 'ratio';
    const result = validate('plan', plan, { locale: 'en' });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.'), i.params])).toEqual([
      ['invalid_enum', 'targets.0.kind', { options: ['count', 'share', 'milestone', 'items'], value: 'ratio' }],
    ]);
  });
});
