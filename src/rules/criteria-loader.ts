/**
 * `loadCriteriaSet`: one criteria set on demand. Each set is its own module, reached through a
 * dynamic `import()`, so an app's bundler splits the 26 sets into 26 chunks and a page that
 * rates one product group downloads one of them; Node loads only the set asked for.
 */
import { describeValue, localeOnlyOptions } from '../core/guards.js';
import type { LocaleOptions } from '../core/issues.js';
import { OcopError } from '../core/errors.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import type { CriteriaSet } from './criteria-set.js';
import { CRITERIA_LOADERS } from './data/criteria-loaders.js';
import { criteriaSourceOf, resolveRuleSetAt } from './registry.js';
import type { RuleSet } from './rule-set.js';

/**
 * Loads one criteria set: from the rule set itself when it carries its criteria (an adapted
 * rule set), else the shipped module of that set. Rejects with `OcopError`
 * `criteria_not_available` for a rule set whose criteria are not shipped (1048, 781, 148) and
 * `unknown_criteria_set` for a number the rule set does not have. For a set known when the app
 * is written, a static import is simpler: `import { QD26_SET_06 } from 'ocop/rules/qd26-2026/06'`.
 * A malformed rule set object rejects with `OcopRuleError` in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { loadCriteriaSet, rateProduct } from 'ocop';
 * const criteria = await loadCriteriaSet('qd26-2026', 6);
 * criteria.title; // 'Chế biến từ gạo, ngũ cốc'
 * const points = Object.fromEntries(criteria.criteria.map((c) => [c.code, c.max]));
 * rateProduct({ ruleSet: 'qd26-2026', criteriaSet: 6, sheets: [{ points }] }, { criteria }).stars; // 5
 * (await loadCriteriaSet('qd26-2026', 6, { locale: 'en' })) === criteria; // true
 * ```
 */
export async function loadCriteriaSet(
  ruleSet: RuleSet | RuleSetId,
  setNo: number,
  options?: LocaleOptions,
): Promise<CriteriaSet> {
  const rules = resolveRuleSetAt(ruleSet, ['ruleSet'], localeOnlyOptions(options));
  const carried = rules.criteria;
  const source = criteriaSourceOf(rules);
  const loaders = source === undefined ? undefined : CRITERIA_LOADERS[source];
  const count = carried ? carried.length : (loaders?.length ?? 0);
  if (count === 0) {
    throw new OcopError(
      'criteria_not_available',
      `Rule set ${rules.id} ships no criteria sets: its evaluations carry member totals only`,
      { ruleSet: rules.id },
    );
  }
  const found = carried
    ? carried.find((set) => set.setNo === setNo)
    : Number.isInteger(setNo)
      ? loaders?.[setNo - 1]
      : undefined;
  if (!found) {
    throw new OcopError(
      'unknown_criteria_set',
      `Rule set ${rules.id} has no criteria set ${describeValue(setNo)}; it has 1 to ${count}`,
      { ruleSet: rules.id, setNo, count },
    );
  }
  return typeof found === 'function' ? found() : found;
}
