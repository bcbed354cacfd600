/**
 * `ocop/adapt`: a province's adaptation of a national rule set (`adaptRuleSet`), the
 * difference between two rule sets (`diffRuleSets`) and what changed in one product group
 * between two criteria sets (`diffCriteriaSets`). Adapting copies the shipped criteria sets
 * into the adapted rule set, so this entry loads all 26 sets of 26/2026; the main entry does
 * not. The override format itself (`RuleOverrideSchema`, `validate('ruleOverride', …)`) is in
 * the main entry.
 *
 * @packageDocumentation
 */
export { adaptRuleSet } from './rules/adapt.js';
export { diffRuleSets } from './rules/rule-diff.js';
export type { RuleDiff, RuleDiffStep } from './rules/rule-diff.js';
export { diffCriteriaSets } from './rules/criteria-diff.js';
export type {
  CriteriaSetDiff,
  CriteriaSetRef,
  CriterionMatch,
  CriterionPair,
  CriterionSummary,
  PartMaximumChange,
  SectionChange,
  SectionSummary,
  StarMark,
  StarMarkChange,
} from './rules/criteria-diff.js';
