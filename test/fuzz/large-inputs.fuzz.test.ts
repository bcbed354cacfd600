/**
 * Very large inputs (issue #10): a 10,000-member council, 1,000,000 observations and 10,000-deep
 * nesting. Each call returns or throws an `OcopError`; memory stays bounded. No timing asserts.
 */
import { describe, expect, it } from 'vitest';
import { adaptRuleSet } from '../../src/adapt.js';
import { QD26_SET_06 } from '../../src/criteria.js';
import { createSheet, thaiBinh2020 } from '../../src/fixtures/index.js';
import { evaluatePlan, rateProduct, validate } from '../../src/index.js';
import { callSafely, DEEP_ARRAY, DEEP_OBJECT, deepObject, freezeInput } from './harness.js';

const TIMEOUT = 120_000;

describe('large inputs', () => {
  it(
    'rateProduct with a 10,000-member council (valid sheets) returns or throws OcopError',
    () => {
      const points = freezeInput(createSheet(QD26_SET_06, { total: 80 }).points);
      const sheets = Array.from({ length: 10_000 }, () => ({ points }));
      callSafely('rateProduct', rateProduct as never, [
        { ruleSet: 'qd26-2026', criteriaSet: 6, level: 'province', sheets },
        { criteria: QD26_SET_06 },
      ]);
    },
    TIMEOUT,
  );

  it(
    'rateProduct with a 10,000-member council (every 100th sheet invalid) throws OcopError',
    () => {
      const { points } = createSheet(QD26_SET_06, { total: 80 });
      const bad = { ...points, '1.1': 999 };
      const sheets = Array.from({ length: 10_000 }, (_, i) => ({ points: i % 100 === 0 ? bad : points }));
      const result = callSafely('rateProduct', rateProduct as never, [
        { ruleSet: 'qd26-2026', criteriaSet: 6, level: 'province', sheets },
        { criteria: QD26_SET_06 },
      ]);
      expect(result).toBeInstanceOf(Error);
    },
    TIMEOUT,
  );

  it(
    'evaluatePlan with 1,000,000 observations returns or throws OcopError, and memory stays bounded',
    () => {
      const observation = { target: 'new-organisations', unit: '340', date: '2020-07-10', value: 1 };
      const observations = new Array<unknown>(1_000_000).fill(observation);
      callSafely('evaluatePlan', evaluatePlan as never, [thaiBinh2020.plan, observations, { asOf: '2020-12-31' }]);
      expect(process.memoryUsage().heapUsed).toBeLessThan(1.5 * 1024 ** 3);
    },
    TIMEOUT,
  );

  it(
    'validate, rateProduct and adaptRuleSet with 10,000-deep nesting return or throw OcopError',
    () => {
      for (const deep of [DEEP_ARRAY, DEEP_OBJECT]) {
        callSafely('validate', validate as never, ['plan', deep]);
        callSafely('validate', validate as never, ['evaluation', { ruleSet: 'qd26-2026', sheets: [{ points: deep }] }]);
        callSafely('rateProduct', rateProduct as never, [deep]);
        callSafely('rateProduct', rateProduct as never, [
          { ruleSet: 'qd26-2026', criteriaSet: 6, sheets: [{ points: deep }] },
          { criteria: QD26_SET_06 },
        ]);
        callSafely('adaptRuleSet', adaptRuleSet as never, ['qd26-2026', deep]);
        callSafely('adaptRuleSet', adaptRuleSet as never, [
          'qd26-2026',
          {
            formatVersion: 1,
            id: 'x',
            title: 'x',
            basedOn: 'qd26-2026',
            jurisdiction: '33',
            effectiveFrom: '2026-07-01',
            changes: deep,
          },
        ]);
      }
      // a __proto__ key at the bottom of the nesting (the forbidden-key scan walks it all)
      callSafely('validate', validate as never, ['plan', deepObject(10_000, 'x')]);
    },
    TIMEOUT,
  );
});
