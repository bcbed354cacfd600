/**
 * Rule data is built once and frozen: rating a council allocates results, never rule data.
 */
import { describe, expect, it } from 'vitest';
import { QD26_CRITERIA_SETS } from '../../src/criteria.js';
import {
  getRuleSet,
  rateProduct,
  RULE_SET_IDS,
  ruleSetFor,
  starMinima,
  type EvaluationInput,
} from '../../src/index.js';
import { compileSet } from '../../src/rating/compiled-set.js';

function unfrozen(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object' || value instanceof Map) return [];
  const own = Object.isFrozen(value) ? [] : [path || '(root)'];
  return [...own, ...Object.entries(value).flatMap(([key, item]) => unfrozen(item, `${path}.${key}`))];
}

describe('rule data is built once, frozen', () => {
  it('getRuleSet and ruleSetFor return the same frozen object on every call', () => {
    for (const id of RULE_SET_IDS) {
      expect(getRuleSet(id)).toBe(getRuleSet(id));
      expect(unfrozen(getRuleSet(id))).toEqual([]);
    }
    expect(ruleSetFor('2026-11-29')).toBe(getRuleSet('qd26-2026'));
  });

  it.each(QD26_CRITERIA_SETS.map((set) => [set.setNo, set] as const))(
    'set %i: prepared once, the same frozen preparation on every call',
    (_no, set) => {
      const first = compileSet(set);
      expect(compileSet(set)).toBe(first);
      expect(first.set).toBe(set);
      expect(Object.isFrozen(first)).toBe(true);
      // the index is a Map (not freezable, never handed out); everything else is frozen data
      const parts = Object.entries(first).filter(([key]) => key !== 'index');
      expect(parts.flatMap(([key, part]) => unfrozen(part, key))).toEqual([]);
      expect(starMinima(set)).toBe(starMinima(set));
      expect(starMinima(set)).toBe(first.minimaList);
    },
  );

  it('prepares a set by each position: codes, allowed points, parts and minima line up with the data', () => {
    const set = QD26_CRITERIA_SETS[0];
    if (!set) throw new Error('no set 1');
    const compiled = compileSet(set);
    set.criteria.forEach((criterion, at) => {
      expect(compiled.index.get(criterion.code)).toBe(at);
      expect(set.parts[compiled.partIndex[at] ?? -1]?.part).toBe(criterion.part);
      for (const option of criterion.options) expect(compiled.allowed[at]).toContain(option.points);
      expect(compiled.minimaAt[at]?.map((m) => m.minimum.criterion).every((code) => code === criterion.code)).toBe(
        true,
      );
    });
    expect(compiled.minima.map((m) => m.minimum)).toEqual(starMinima(set));
  });

  it('a rating shares no rule data with the next: rating twice gives equal, separate results and leaves the set untouched', () => {
    const set = QD26_CRITERIA_SETS[5];
    if (!set) throw new Error('no set 6');
    const points = Object.fromEntries(set.criteria.map((c) => [c.code, c.max]));
    const evaluation: EvaluationInput = {
      ruleSet: 'qd26-2026',
      criteriaSet: 6,
      sheets: [{ points }, { points }, { points }],
    };
    const snapshot = JSON.stringify(set);
    const a = rateProduct(evaluation, { criteria: set });
    const b = rateProduct(evaluation, { criteria: set });
    expect(a).toEqual(b);
    expect(a.explanation).not.toBe(b.explanation);
    expect(a.totals).not.toBe(b.totals);
    expect(JSON.stringify(set)).toBe(snapshot);
  });
});
