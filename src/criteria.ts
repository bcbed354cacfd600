/**
 * `ocop/criteria`: every criteria set shipped with the library — the 26 sets of Quyết định
 * 26/2026/QĐ-TTg (Phụ lục II), of 148/QĐ-TTg (Phụ lục III, from a third-party transcription,
 * with its known defects) and of 1048/QĐ-TTg (Phụ lục III) — and the synchronous lookups over
 * them. Importing this entry loads all 78 sets; an app that needs one set imports it alone from
 * `ocop/rules/<rule-set-id>/NN`, or loads it on demand with `loadCriteriaSet` from the main entry.
 *
 * @packageDocumentation
 */
export { getCriteriaSet, listCriteriaSets } from './rules/criteria-registry.js';
export {
  QD26_CRITERIA_SETS,
  QD26_SET_01,
  QD26_SET_02,
  QD26_SET_03,
  QD26_SET_04,
  QD26_SET_05,
  QD26_SET_06,
  QD26_SET_07,
  QD26_SET_08,
  QD26_SET_09,
  QD26_SET_10,
  QD26_SET_11,
  QD26_SET_12,
  QD26_SET_13,
  QD26_SET_14,
  QD26_SET_15,
  QD26_SET_16,
  QD26_SET_17,
  QD26_SET_18,
  QD26_SET_19,
  QD26_SET_20,
  QD26_SET_21,
  QD26_SET_22,
  QD26_SET_23,
  QD26_SET_24,
  QD26_SET_25,
  QD26_SET_26,
} from './rules/data/qd26-2026/index.js';
export { QD148_CRITERIA_SETS } from './rules/data/qd148-2023/index.js';
export { QD148_KNOWN_DEFECTS } from './rules/data/qd148-2023/known-defects.js';
export type { KnownDefect } from './rules/data/qd148-2023/known-defects.js';
export { QD1048_CRITERIA_SETS } from './rules/data/qd1048-2019/index.js';
export { QD1048_CRITERIA_SET_CLASSES } from './model/classification/qd1048-2019.js';
export type { Qd1048CriteriaSetClass } from './model/classification/qd1048-2019.js';
