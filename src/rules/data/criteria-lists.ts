/**
 * Every shipped criteria set, as one list per rule set that has its own: the data of the
 * `ocop/criteria` entry. A list is found by the `ruleSet` its sets carry; the registry
 * (`rules/registry.ts`) says which list each rule set scores on. The main entry does not import
 * this module.
 */
import type { CriteriaSet } from '../criteria-set.js';
import { QD1048_CRITERIA_SETS } from './qd1048-2019/index.js';
import { QD148_CRITERIA_SETS } from './qd148-2023/index.js';
import { QD26_CRITERIA_SETS } from './qd26-2026/index.js';

/** The shipped criteria sets: one list per rule set that has its own, oldest first. */
export const CRITERIA_LISTS: ReadonlyArray<readonly CriteriaSet[]> = [
  QD1048_CRITERIA_SETS,
  QD148_CRITERIA_SETS,
  QD26_CRITERIA_SETS,
];
