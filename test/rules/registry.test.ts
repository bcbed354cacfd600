import { describe, expect, it } from 'vitest';
import {
  getRuleSet,
  listRuleSets,
  OcopError,
  RULE_SET_IDS,
  ruleSetFor,
  type IsoDate,
  type RuleSetId,
} from '../../src/index.js';

/** Days between two ISO dates, by UTC epoch days (independent of the process time zone). */
function daysBetween(from: string, to: string): number {
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  return day(to) - day(from);
}

describe('rule sets as data', () => {
  it('lists the five rule sets in order, ids matching RULE_SET_IDS', () => {
    expect(listRuleSets().map((r) => r.id)).toEqual([...RULE_SET_IDS]);
  });

  it.each([
    ['qd1048-2019', { A: 35, B: 25, C: 40 }],
    ['qd1048-781-2020', { A: 35, B: 25, C: 40 }],
    ['qd148-2023', { A: 40, B: 25, C: 35 }],
    ['qd148-1489-2025', { A: 40, B: 25, C: 35 }],
    ['qd26-2026', { A: 40, B: 25, C: 35 }],
  ] as const)('%s has part maxima %j summing to 100', (id, parts) => {
    const rules = getRuleSet(id);
    expect(rules.parts.value).toEqual(parts);
    expect(parts.A + parts.B + parts.C).toBe(100);
  });

  it.each([
    ['qd1048-2019', 'province', 'province', 'central'],
    ['qd1048-781-2020', 'province', 'province', 'central'],
    ['qd148-2023', 'district', 'province', 'central'],
    ['qd148-1489-2025', 'province', 'province', 'central'],
    ['qd26-2026', 'province', 'province', 'central'],
  ] as const)('%s: 3★ by %s, 4★ by %s, 5★ by %s', (id, three, four, five) => {
    expect(getRuleSet(id).recognition.value).toEqual({ 3: three, 4: four, 5: five });
  });

  it('carries a legal reference on every number and 36 months of validity everywhere', () => {
    for (const rules of listRuleSets()) {
      for (const key of [
        'parts',
        'bands',
        'levels',
        'recognition',
        'forwarding',
        'certificateValidityMonths',
        'averaging',
        'minima',
      ] as const) {
        expect(rules[key].reference.length, `${rules.id}.${key}`).toBeGreaterThan(10);
      }
      expect(rules.certificateValidityMonths.value).toBe(36);
    }
  });

  it('chains effective dates without gaps: each rule set starts the day after the previous one ends (148+1489 overlaps 26/2026 by the transition)', () => {
    const sets = listRuleSets();
    for (let i = 1; i < sets.length - 1; i++) {
      expect(daysBetween(sets[i - 1]?.effectiveTo as string, sets[i]?.effectiveFrom as string)).toBe(1);
    }
    expect(getRuleSet('qd148-1489-2025').effectiveTo).toBe('2026-07-21');
  });

  it('states the 26/2026 transition as 60 and 30 days counted from the day after 2026-05-22', () => {
    const transition = getRuleSet('qd26-2026').transition?.value;
    expect(daysBetween('2026-05-22', transition?.lastDay.first as string)).toBe(60);
    expect(daysBetween('2026-05-22', transition?.lastDay['re-evaluation'] as string)).toBe(30);
  });

  it('is deeply frozen', () => {
    const rules = getRuleSet('qd26-2026');
    expect(Object.isFrozen(rules.bands.value[0])).toBe(true);
    expect(() => {
      (rules.parts.value as { A: number }).A = 50;
    }).toThrow(TypeError);
  });

  it('throws unknown_rule_set for an id that does not exist', () => {
    expect(() => getRuleSet('qd490-2018' as RuleSetId)).toThrow(expect.objectContaining({ code: 'unknown_rule_set' }));
  });
});

describe('ruleSetFor', () => {
  it.each([
    ['2019-08-21', 'qd1048-2019'],
    ['2019-08-22', 'qd1048-2019'],
    ['2020-06-07', 'qd1048-2019'],
    ['2020-06-08', 'qd1048-781-2020'],
    ['2020-06-09', 'qd1048-781-2020'],
    ['2020-12-24', 'qd1048-781-2020'],
    ['2023-02-23', 'qd1048-781-2020'],
    ['2023-02-24', 'qd148-2023'],
    ['2023-02-25', 'qd148-2023'],
    ['2025-07-05', 'qd148-2023'],
    ['2025-07-06', 'qd148-1489-2025'],
    ['2025-07-07', 'qd148-1489-2025'],
    ['2026-05-21', 'qd148-1489-2025'],
    ['2026-05-22', 'qd26-2026'],
    ['2026-05-23', 'qd26-2026'],
    ['2026-11-29', 'qd26-2026'],
  ] as const)('on %s → %s', (on, id) => {
    expect(ruleSetFor(on).id).toBe(id);
  });

  it('throws rule_set_not_in_force before 2019-08-21, with a clear message', () => {
    expect(() => ruleSetFor('2019-08-20')).toThrow(OcopError);
    expect(() => ruleSetFor('2019-08-20')).toThrow(
      /No OCOP rule set is in force on 2019-08-20: the first criteria \(1048\/QĐ-TTg\) apply from 2019-08-21/,
    );
  });

  it('throws invalid_date for dates that do not exist', () => {
    expect(() => ruleSetFor('2023-02-29')).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => ruleSetFor('2026-06-01', { submittedOn: '2026-02-30' as IsoDate })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });

  it.each([
    ['2026-05-21', 'first', '2026-07-21', 'qd148-1489-2025'],
    ['2026-05-21', 'first', '2026-07-22', 'qd26-2026'],
    ['2026-05-21', 'upgrade', '2026-07-21', 'qd148-1489-2025'],
    ['2026-05-21', 'upgrade', '2026-07-22', 'qd26-2026'],
    ['2026-05-21', 're-evaluation', '2026-06-21', 'qd148-1489-2025'],
    ['2026-05-21', 're-evaluation', '2026-06-22', 'qd26-2026'],
    ['2026-05-22', 'first', '2026-05-22', 'qd26-2026'],
    ['2026-05-22', 're-evaluation', '2026-06-01', 'qd26-2026'],
  ] as const)('Điều 12 transition: submitted %s (%s), evaluated %s → %s', (submittedOn, kind, on, id) => {
    expect(ruleSetFor(on, { submittedOn, kind }).id).toBe(id);
  });

  it('defaults the kind to a first evaluation (60 days)', () => {
    expect(ruleSetFor('2026-07-01', { submittedOn: '2026-04-30' }).id).toBe('qd148-1489-2025');
  });
});

describe('docs/concepts.md: a dossier submitted on 2026-05-01 and evaluated on 2026-06-10', () => {
  it('is evaluated under qd148-1489-2025, whatever its kind (both transition limits reach past 2026-06-10)', () => {
    for (const kind of ['first', 'upgrade', 're-evaluation'] as const) {
      expect(ruleSetFor('2026-06-10', { submittedOn: '2026-05-01', kind }).id).toBe('qd148-1489-2025');
    }
    expect(ruleSetFor('2026-06-10').id).toBe('qd26-2026');
  });
});
