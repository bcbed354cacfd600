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
import { resolveRuleSetAt } from './registry.js';
import type { RuleSet } from './rule-set.js';

/** Loaders of the 26 criteria sets of 26/2026, by set number − 1. */
const QD26_LOADERS: ReadonlyArray<() => Promise<CriteriaSet>> = [
  () => import('./data/qd26-2026/set-01.js').then((m) => m.QD26_SET_01),
  () => import('./data/qd26-2026/set-02.js').then((m) => m.QD26_SET_02),
  () => import('./data/qd26-2026/set-03.js').then((m) => m.QD26_SET_03),
  () => import('./data/qd26-2026/set-04.js').then((m) => m.QD26_SET_04),
  () => import('./data/qd26-2026/set-05.js').then((m) => m.QD26_SET_05),
  () => import('./data/qd26-2026/set-06.js').then((m) => m.QD26_SET_06),
  () => import('./data/qd26-2026/set-07.js').then((m) => m.QD26_SET_07),
  () => import('./data/qd26-2026/set-08.js').then((m) => m.QD26_SET_08),
  () => import('./data/qd26-2026/set-09.js').then((m) => m.QD26_SET_09),
  () => import('./data/qd26-2026/set-10.js').then((m) => m.QD26_SET_10),
  () => import('./data/qd26-2026/set-11.js').then((m) => m.QD26_SET_11),
  () => import('./data/qd26-2026/set-12.js').then((m) => m.QD26_SET_12),
  () => import('./data/qd26-2026/set-13.js').then((m) => m.QD26_SET_13),
  () => import('./data/qd26-2026/set-14.js').then((m) => m.QD26_SET_14),
  () => import('./data/qd26-2026/set-15.js').then((m) => m.QD26_SET_15),
  () => import('./data/qd26-2026/set-16.js').then((m) => m.QD26_SET_16),
  () => import('./data/qd26-2026/set-17.js').then((m) => m.QD26_SET_17),
  () => import('./data/qd26-2026/set-18.js').then((m) => m.QD26_SET_18),
  () => import('./data/qd26-2026/set-19.js').then((m) => m.QD26_SET_19),
  () => import('./data/qd26-2026/set-20.js').then((m) => m.QD26_SET_20),
  () => import('./data/qd26-2026/set-21.js').then((m) => m.QD26_SET_21),
  () => import('./data/qd26-2026/set-22.js').then((m) => m.QD26_SET_22),
  () => import('./data/qd26-2026/set-23.js').then((m) => m.QD26_SET_23),
  () => import('./data/qd26-2026/set-24.js').then((m) => m.QD26_SET_24),
  () => import('./data/qd26-2026/set-25.js').then((m) => m.QD26_SET_25),
  () => import('./data/qd26-2026/set-26.js').then((m) => m.QD26_SET_26),
];

const SHIPPED: Partial<Record<RuleSetId, ReadonlyArray<() => Promise<CriteriaSet>>>> = { 'qd26-2026': QD26_LOADERS };

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
  const loaders = SHIPPED[rules.id];
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
