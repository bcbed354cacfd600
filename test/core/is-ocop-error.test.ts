import { describe, expect, it, vi } from 'vitest';
import { isOcopError, OcopError, OcopRuleError, OcopValidationError } from '../../src/index.js';

const issue = { code: 'invalid_date', path: ['asOf'], message: 'x' } as const;

describe('isOcopError', () => {
  it('recognises every error class of the library, with and without a code', () => {
    const validation = new OcopValidationError([issue]);
    const rule = new OcopRuleError([issue]);
    const plain = new OcopError('unknown_rule_set', 'x');
    expect([isOcopError(validation), isOcopError(rule), isOcopError(plain)]).toEqual([true, true, true]);
    expect(isOcopError(validation, 'invalid_input')).toBe(true);
    expect(isOcopError(validation, 'invalid_override')).toBe(false);
    expect(isOcopError(rule, 'invalid_override')).toBe(true);
    expect(isOcopError(plain, 'unknown_rule_set')).toBe(true);
    expect(isOcopError(plain, 'invalid_input')).toBe(false);
  });

  it('recognises an error made by another copy of the library, where instanceof does not', async () => {
    vi.resetModules();
    const copy = await import('../../src/core/errors.js');
    const foreign = new copy.OcopValidationError([issue]);
    expect(copy.OcopValidationError).not.toBe(OcopValidationError);
    expect(foreign instanceof OcopValidationError).toBe(false);
    expect(isOcopError(foreign, 'invalid_input')).toBe(true);
    expect(copy.isOcopError(new OcopRuleError([issue]), 'invalid_override')).toBe(true);
  });

  it('is false for look-alikes and for values that are not errors', () => {
    const lookalike = Object.assign(new Error('x'), { name: 'OcopValidationError', code: 'invalid_input', issues: [] });
    const throwing = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    const values: unknown[] = [
      lookalike,
      { code: 'invalid_input' },
      null,
      undefined,
      'invalid_input',
      42,
      throwing,
      Object.create(null),
    ];
    expect(values.map((value) => isOcopError(value))).toEqual(values.map(() => false));
  });

  it('narrows by code: invalid_input gives the issues of an OcopValidationError', () => {
    const caught: unknown = new OcopValidationError([issue]);
    const paths = isOcopError(caught, 'invalid_input') ? caught.issues.map((i) => i.path.join('.')) : [];
    expect(paths).toEqual(['asOf']);
  });
});
