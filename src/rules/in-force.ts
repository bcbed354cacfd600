/**
 * Whether a rule set governs an evaluation of a given date: from its `effectiveFrom` to its
 * `effectiveTo` inclusive. The national rule sets' `effectiveTo` already includes the transition
 * days of the decision that replaced them (148/1489 runs to 2026-07-21 for dossiers submitted
 * before 26/2026, Điều 12.2), and an adapted rule set's dates are narrowed to its override's.
 */
import type { IsoDate } from '../core/dates.js';
import type { Issue, IssuePath } from '../core/issues.js';
import { makeIssue } from '../core/messages.js';
import type { RuleSet } from './rule-set.js';

/**
 * `rule_set_not_in_force` at `path` when `on` is before `ruleSet.effectiveFrom` or after its
 * `effectiveTo`; none when `on` is undefined (an evaluation without a date is not checked).
 */
export function ruleSetInForceIssues(
  ruleSet: Pick<RuleSet, 'id' | 'effectiveFrom' | 'effectiveTo'>,
  on: IsoDate | undefined,
  path: IssuePath,
): Issue[] {
  if (on === undefined) return [];
  if (on >= ruleSet.effectiveFrom && (ruleSet.effectiveTo === null || on <= ruleSet.effectiveTo)) return [];
  return [
    makeIssue('rule_set_not_in_force', path, {
      value: on,
      ruleSet: ruleSet.id,
      effectiveFrom: ruleSet.effectiveFrom,
      effectiveTo: ruleSet.effectiveTo,
    }),
  ];
}
