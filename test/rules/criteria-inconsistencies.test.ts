/**
 * Printed numbers that do not add up, kept as printed: a criteria set's `inconsistencies` silence
 * exactly the sum issues they name, and an entry that matches nothing is an issue itself.
 */
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../issues-of.js';
import { OcopRuleError } from '../../src/index.js';
import type { CriteriaSet } from '../../src/rules/criteria-set.js';
import { QD1048_CRITERIA_SETS, QD1048_SET_04, QD1048_SET_26 } from '../../src/rules/data/qd1048-2019/index.js';
import { QD148_CRITERIA_SETS, QD148_SET_07, QD148_SET_11 } from '../../src/rules/data/qd148-2023/index.js';
import { QD26_CRITERIA_SETS } from '../../src/rules/data/qd26-2026/index.js';
import { acceptCriteriaSet, criteriaSetSumIssues } from '../../src/rules/rule-data-check.js';
import { RuleOverrideSchema } from '../../src/model/rule-override.js';

/** `set` without the key `key`. */
function without<T extends object>(set: T, key: keyof T): T {
  return Object.fromEntries(Object.entries(set).filter(([k]) => k !== key)) as T;
}

/** `[code, path, what, value, expected]` of each issue `acceptCriteriaSet` throws for `set`. */
function rejected(set: unknown): Array<[string, string, unknown, unknown, unknown]> {
  return issuesOf(() => acceptCriteriaSet(set, ['criteria']), OcopRuleError).map((i) => {
    const p = (i.params ?? {}) as { what?: unknown; value?: unknown; expected?: unknown };
    return [i.code, i.path.join('.'), p.what, p.value, p.expected];
  });
}

const copy = (set: CriteriaSet): CriteriaSet => structuredClone(set) as CriteriaSet;

describe('shipped criteria sets', () => {
  it.each([
    ['qd26-2026', QD26_CRITERIA_SETS],
    ['qd1048-2019', QD1048_CRITERIA_SETS],
    ['qd148-2023', QD148_CRITERIA_SETS],
  ] as const)('every set of %s passes acceptCriteriaSet', (_, sets) => {
    expect(sets).toHaveLength(26);
    for (const set of sets) expect(acceptCriteriaSet(set, ['criteria'])).toBe(set);
  });

  it('26/2026 needs no inconsistencies; 1048 keeps 11 in 7 sets, 148 keeps 4 in 4 sets', () => {
    const kept = (sets: readonly CriteriaSet[]) =>
      sets.filter((s) => s.inconsistencies).map((s) => [s.setNo, s.inconsistencies?.length]);
    expect(kept(QD26_CRITERIA_SETS)).toEqual([]);
    expect(kept(QD1048_CRITERIA_SETS)).toEqual([
      [4, 2],
      [7, 1],
      [13, 2],
      [17, 2],
      [19, 1],
      [25, 2],
      [26, 1],
    ]);
    expect(kept(QD148_CRITERIA_SETS)).toEqual([
      [7, 1],
      [11, 1],
      [12, 1],
      [13, 1],
    ]);
  });

  it('a set with an inconsistency still carries the transcription note that explains it', () => {
    expect(
      QD1048_SET_04.transcriptionNotes?.some((n) => n.startsWith('Criterion 9.1 is printed with a maximum of 3')),
    ).toBe(true);
    expect(QD148_SET_07.transcriptionNotes?.some((n) => n.startsWith('Criterion 6.d (Mùi)'))).toBe(true);
  });
});

describe('inconsistencies', () => {
  it('1048 set 4 without them fails, naming both printed numbers', () => {
    const bare = without(copy(QD1048_SET_04), 'inconsistencies');
    expect(rejected(bare)).toEqual([
      ['invalid_criteria_set', 'criteria.parts.2.sections', 'sections of part C', 41, 40],
      ['invalid_criteria_set', 'criteria.criteria.27.options', 'top option of 9.1', 2, 3],
    ]);
  });

  it('silence only the issue they name: removing one leaves the other', () => {
    const set = { ...copy(QD1048_SET_04), inconsistencies: [{ what: 'top option of 9.1', value: 2, expected: 3 }] };
    expect(rejected(set)).toEqual([
      ['invalid_criteria_set', 'criteria.parts.2.sections', 'sections of part C', 41, 40],
    ]);
  });

  it('must match value and expected too', () => {
    const set = {
      ...copy(QD148_SET_11),
      inconsistencies: [{ what: 'sections of part C', value: 33, expected: 35 }],
    };
    expect(rejected(set)).toEqual([
      ['invalid_criteria_set', 'criteria.parts.2.sections', 'sections of part C', 32, 35],
      [
        'invalid_criteria_set',
        'criteria.inconsistencies.0',
        'stale inconsistency "sections of part C" (33 for 35)',
        'no such issue',
        'an issue of the set',
      ],
    ]);
  });

  it('an entry that matches nothing fails (a stale entry on a set that adds up)', () => {
    const set = {
      ...copy(QD26_CRITERIA_SETS[0] as CriteriaSet),
      inconsistencies: [{ what: 'top option of 1.1', value: 3, expected: 5 }],
    };
    expect(rejected(set)).toEqual([
      [
        'invalid_criteria_set',
        'criteria.inconsistencies.0',
        'stale inconsistency "top option of 1.1" (3 for 5)',
        'no such issue',
        'an issue of the set',
      ],
    ]);
  });

  it('apply inside a rule set too (criteriaSetSumIssues with the rule set’s parts)', () => {
    expect(criteriaSetSumIssues(QD1048_SET_26, { A: 35, B: 25, C: 40 }, ['criteria', 25])).toEqual([]);
    const bare = without(QD1048_SET_26, 'inconsistencies');
    expect(criteriaSetSumIssues(bare, { A: 35, B: 25, C: 40 }, ['criteria', 25]).map((i) => i.params)).toEqual([
      { what: 'sections of part A', value: 34, expected: 35 },
    ]);
  });

  it('are shape-checked: numbers for value and expected, text for what', () => {
    const set = { ...copy(QD1048_SET_04), inconsistencies: [{ what: 'top option of 9.1', value: '2', expected: 3 }] };
    expect(rejected(set).map(([code, path]) => [code, path])).toEqual([
      ['invalid_type', 'criteria.inconsistencies.0.value'],
    ]);
  });

  it('overrides may carry them, and additive criteria, in a whole criteria set', () => {
    const set = without(copy(QD1048_SET_26), 'ruleSet');
    const parsed = RuleOverrideSchema.safeParse({
      formatVersion: 1,
      id: 'x',
      title: 'x',
      basedOn: 'qd1048-781-2020',
      jurisdiction: '33',
      effectiveFrom: '2026-07-01',
      changes: { criteriaSets: [set] },
    });
    expect(parsed.success).toBe(true);
    const badValue = { ...set, inconsistencies: [{ what: 'x', value: -1, expected: 3 }] };
    const badAdditive = { ...set, criteria: set.criteria.map((c) => ({ ...c, additive: false })) };
    for (const bad of [badValue, badAdditive])
      expect(
        RuleOverrideSchema.safeParse({
          formatVersion: 1,
          id: 'x',
          title: 'x',
          basedOn: 'qd1048-781-2020',
          jurisdiction: '33',
          effectiveFrom: '2026-07-01',
          changes: { criteriaSets: [bad] },
        }).success,
      ).toBe(false);
  });
});
