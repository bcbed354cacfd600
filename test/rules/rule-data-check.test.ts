import { describe, expect, it } from 'vitest';
import { adaptRuleSet, diffRuleSets } from '../../src/adapt.js';
import { QD26_SET_06 } from '../../src/criteria.js';
import { createSheet } from '../../src/fixtures/index.js';
import {
  getRuleSet,
  listRuleSets,
  OcopRuleError,
  rateProduct,
  resolveRuleSet,
  scoreSheet,
  starMinima,
  type CriteriaSet,
  type RuleSet,
} from '../../src/index.js';
import { acceptCriteriaSet, acceptRuleSet, isVerifiedRuleData } from '../../src/rules/rule-data-check.js';
import { issueCodes, issuesOf } from '../issues-of.js';

const QD26 = getRuleSet('qd26-2026');
type Loose = Record<string, unknown>;
/** A deep, unfrozen copy to corrupt. */
const copy = <T>(value: T): Loose => structuredClone(value) as unknown as Loose;
const rule = (f: () => unknown) => issueCodes(f, OcopRuleError);

describe('rule data passed to functions is checked', () => {
  it('every shipped rule set and criteria set passes and, being deeply frozen, is remembered', () => {
    for (const rules of listRuleSets()) expect(acceptRuleSet(rules, ['ruleSet'])).toBe(rules);
    expect(acceptCriteriaSet(QD26_SET_06, ['criteria'])).toBe(QD26_SET_06);
    expect(isVerifiedRuleData(QD26)).toBe(true);
    expect(isVerifiedRuleData(QD26_SET_06)).toBe(true);
  });

  it('an adapted rule set passes with the criteria sets it carries', () => {
    const adapted = adaptRuleSet('qd26-2026', {
      formatVersion: 1,
      id: 'x',
      title: 'x',
      basedOn: 'qd26-2026',
      jurisdiction: '33',
      effectiveFrom: '2026-07-01',
      changes: { policies: { minimaCouncil: 'all', reference: 'r' } },
    });
    expect(resolveRuleSet(adapted)).toBe(adapted);
    expect(isVerifiedRuleData(adapted)).toBe(true);
  });

  it('a hand-built copy that is correct is accepted but not remembered (it may still change)', () => {
    const built = copy(QD26) as unknown as RuleSet;
    expect(resolveRuleSet(built)).toBe(built);
    expect(isVerifiedRuleData(built)).toBe(false);
  });

  it('the error is OcopRuleError invalid_rule_data, naming each path', () => {
    const bad = copy(QD26);
    (bad['certificateValidityMonths'] as Loose)['value'] = 0;
    delete (bad['averaging'] as Loose)['reference'];
    bad['extra'] = true;
    const error = (() => {
      try {
        resolveRuleSet(bad as unknown as RuleSet, { locale: 'en' });
      } catch (e) {
        return e as InstanceType<typeof OcopRuleError>;
      }
      throw new Error('expected a throw');
    })();
    expect(error).toBeInstanceOf(OcopRuleError);
    expect(error.code).toBe('invalid_rule_data');
    expect(error.message).toMatch(/^Invalid rule data: /);
    expect(error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_key', 'ruleSet.extra'],
      ['too_small', 'ruleSet.certificateValidityMonths.value'],
      ['required', 'ruleSet.averaging.reference'],
    ]);
  });

  it('parts that do not add up to 100 and bands with a gap are refused', () => {
    const bad = copy(QD26);
    (bad['parts'] as { value: Loose }).value['C'] = 30;
    const bands = (bad['bands'] as { value: Loose[] }).value;
    (bands[3] as Loose)['from'] = 71;
    (bands[4] as Loose)['below'] = 100;
    expect(rule(() => resolveRuleSet(bad as unknown as RuleSet))).toEqual([
      ['invalid_value', 'ruleSet.parts.value'],
      ['invalid_value', 'ruleSet.bands.value.3.from'],
      ['invalid_value', 'ruleSet.bands.value.4.below'],
    ]);
    expect(issuesOf(() => resolveRuleSet(bad as unknown as RuleSet, { locale: 'en' }), OcopRuleError)[0]?.message).toBe(
      'Invalid value: 95, expected 100',
    );
  });

  it('a criteria set whose sections, criteria or options do not add up is refused, with the argument in the path', () => {
    const bad = copy(QD26_SET_06);
    const criteria = bad['criteria'] as Loose[];
    (criteria[0] as Loose)['max'] = 99;
    (criteria[1] as Loose)['section'] = '6';
    const points = Object.fromEntries(QD26_SET_06.criteria.map((c) => [c.code, c.max]));
    const codes = rule(() =>
      rateProduct(
        { ruleSet: 'qd26-2026', criteriaSet: 6, sheets: [{ points }] },
        { criteria: bad as unknown as CriteriaSet },
      ),
    );
    expect(codes).toContainEqual(['invalid_criteria_set', 'options.criteria.criteria.0.options']);
    expect(codes).toContainEqual(['invalid_criteria_set', 'options.criteria.criteria.1.section']);
    expect(codes).toContainEqual(['invalid_criteria_set', 'options.criteria.parts.0.sections.0']);
  });

  it("a set's adaptations (what an override changed, with references) are checked: shape, and criteria that exist", () => {
    const adapted = adaptRuleSet('qd26-2026', {
      formatVersion: 1,
      id: 'x',
      title: 'x',
      basedOn: 'qd26-2026',
      jurisdiction: '33',
      effectiveFrom: '2026-07-01',
      changes: { minima: [{ setNo: 6, criterion: '4.3', points: 2, stars: 4, reference: 'QĐ 1999/QĐ-UBND' }] },
    });
    const set6 = adapted.criteria?.find((s) => s.setNo === 6) as CriteriaSet;
    expect(set6.adaptations?.minima).toEqual([{ criterion: '4.3', stars: 4, points: 2, reference: 'QĐ 1999/QĐ-UBND' }]);
    expect(acceptCriteriaSet(copy(set6), ['criteria'])).toBeDefined();
    const points = Object.fromEntries(set6.criteria.map((c) => [c.code, c.max]));
    const rate = (set: Loose) =>
      rule(() =>
        rateProduct(
          { ruleSet: 'qd26-2026', criteriaSet: 6, sheets: [{ points }] },
          { criteria: set as unknown as CriteriaSet },
        ),
      );
    const unknown = copy(set6);
    (((unknown['adaptations'] as Loose)['minima'] as Loose[])[0] as Loose)['criterion'] = '9.9';
    expect(rate(unknown)).toEqual([['invalid_criteria_set', 'options.criteria.adaptations.minima.0.criterion']]);
    const star = copy(set6);
    (((star['adaptations'] as Loose)['minima'] as Loose[])[0] as Loose)['stars'] = 6;
    expect(rate(star).map((c) => c[1])).toEqual(['options.criteria.adaptations.minima.0.stars']);
    const noReference = copy(set6);
    (noReference['adaptations'] as Loose)['disqualifiers'] = [{ text: 'x' }];
    expect(rate(noReference)).toEqual([['required', 'options.criteria.adaptations.disqualifiers.0.reference']]);
  });

  it('scoreSheet, starMinima and createSheet name their own argument', () => {
    const bad = copy(QD26_SET_06);
    bad['starLegend'] = 'yes';
    const set = bad as unknown as CriteriaSet;
    expect(rule(() => scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: 6, points: {} }, set))).toEqual([
      ['invalid_type', 'criteria.starLegend'],
    ]);
    expect(rule(() => starMinima(set))).toEqual([['invalid_type', 'set.starLegend']]);
    expect(rule(() => createSheet(set, { total: 80 }))).toEqual([['invalid_type', 'set.starLegend']]);
  });

  it('diffRuleSets and adaptRuleSet name a and b, and base', () => {
    const bad = copy(QD26);
    bad['notes'] = 'none';
    expect(rule(() => diffRuleSets(QD26, bad as unknown as RuleSet))).toEqual([['invalid_type', 'b.notes']]);
    expect(
      rule(() =>
        adaptRuleSet(bad as unknown as RuleSet, {
          formatVersion: 1,
          id: 'x',
          title: 'x',
          basedOn: 'qd26-2026',
          jurisdiction: '33',
          effectiveFrom: '2026-07-01',
          changes: {},
        }),
      ),
    ).toEqual([['invalid_type', 'base.notes']]);
  });

  it('an unfrozen set changed between two calls is checked and prepared again (no stale result)', () => {
    const set = copy(QD26_SET_06) as unknown as { criteria: Array<{ options: Array<{ minStars?: number }> }> };
    const before = starMinima(set as unknown as CriteriaSet).length;
    for (const criterion of set.criteria) for (const option of criterion.options) delete option.minStars;
    expect(before).toBeGreaterThan(0);
    expect(starMinima(set as unknown as CriteriaSet)).toHaveLength(0);
  });
});
