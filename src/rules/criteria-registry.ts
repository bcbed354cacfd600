/**
 * The criteria sets of each rule set, exported from `ocop/criteria` (not from the main entry).
 * Importing this module loads all 26 criteria sets of 26/2026; an app that needs one set can
 * import it alone (`import { QD26_SET_07 } from 'ocop/rules/qd26-2026/07'`) or load it on demand
 * with `loadCriteriaSet` from the main entry instead.
 */
import { describeValue, localeOnlyOptions } from '../core/guards.js';
import type { LocaleOptions } from '../core/issues.js';
import { OcopError } from '../core/errors.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import type { CriteriaSet } from './criteria-set.js';
import { CRITERIA_LISTS } from './data/criteria-lists.js';
import { criteriaSourceOf, resolveRuleSetAt } from './registry.js';
import type { RuleSet } from './rule-set.js';

/** The shipped criteria sets a rule set scores on (its own, or its base's for an amendment that kept them). */
function shippedSets(ruleSet: RuleSet): readonly CriteriaSet[] {
  const source = criteriaSourceOf(ruleSet);
  return CRITERIA_LISTS.find((list) => list[0]?.ruleSet === source) ?? [];
}

/**
 * The criteria sets of a rule set: those an adapted rule set carries, else the shipped ones
 * (empty for 1048, 781 and 148, whose per-set criteria are not available to this project). A
 * malformed rule set object throws `OcopRuleError` in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { listCriteriaSets } from 'ocop/criteria';
 * listCriteriaSets('qd26-2026').length; // 26
 * listCriteriaSets('qd148-2023', { locale: 'en' }).length; // 0
 * ```
 */
export function listCriteriaSets(ruleSet: RuleSet | RuleSetId, options?: LocaleOptions): readonly CriteriaSet[] {
  const rules = resolveRuleSetAt(ruleSet, ['ruleSet'], localeOnlyOptions(options));
  return rules.criteria ?? shippedSets(rules);
}

/**
 * A criteria set by number (26/2026: 1–26). Throws `OcopError` `criteria_not_available` for a
 * rule set whose criteria are not shipped, and `unknown_criteria_set` for a number it does not
 * have; a malformed rule set object throws `OcopRuleError` in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { rateProduct } from 'ocop';
 * import { getCriteriaSet } from 'ocop/criteria';
 * getCriteriaSet('qd26-2026', 26).title; // 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch'
 * const criteria = getCriteriaSet('qd26-2026', 7);
 * const points = Object.fromEntries(criteria.criteria.map((c) => [c.code, c.max]));
 * rateProduct({ ruleSet: 'qd26-2026', criteriaSet: 7, sheets: [{ points }] }, { criteria }).stars; // 5
 * getCriteriaSet('qd26-2026', 7, { locale: 'en' }) === criteria; // true
 * ```
 */
export function getCriteriaSet(ruleSet: RuleSet | RuleSetId, setNo: number, options?: LocaleOptions): CriteriaSet {
  const rules = resolveRuleSetAt(ruleSet, ['ruleSet'], localeOnlyOptions(options));
  const sets = listCriteriaSets(rules);
  if (sets.length === 0) {
    throw new OcopError(
      'criteria_not_available',
      `Rule set ${rules.id} ships no criteria sets: its evaluations carry member totals only`,
      { ruleSet: rules.id },
    );
  }
  const found = sets.find((set) => set.setNo === setNo);
  if (!found) {
    throw new OcopError(
      'unknown_criteria_set',
      `Rule set ${rules.id} has no criteria set ${describeValue(setNo)}; it has 1 to ${sets.length}`,
      { ruleSet: rules.id, setNo, count: sets.length },
    );
  }
  return found;
}
