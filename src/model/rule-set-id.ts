/**
 * Identifiers of the national rule sets (criteria and process decisions), oldest first.
 * The rule sets themselves (dates, bands, criteria) are data in `src/rules/`. No zod here: the
 * criteria entries and `starBand` read the ids without loading zod (the schema is in
 * rule-set-id-schema.ts).
 */

/**
 * Every rule set id, oldest first:
 * - `qd1048-2019`: Quyết định 1048/QĐ-TTg (21/08/2019), the first national criteria;
 * - `qd1048-781-2020`: 1048 as amended by 781/QĐ-TTg (08/06/2020), which added per-star minima;
 * - `qd148-2023`: Quyết định 148/QĐ-TTg (24/02/2023);
 * - `qd148-1489-2025`: 148 as amended by 1489/QĐ-TTg (06/07/2025), two-tier local government;
 * - `qd26-2026`: Quyết định 26/2026/QĐ-TTg (22/05/2026), current.
 *
 * @example
 * ```ts
 * import { RULE_SET_IDS } from 'ocop';
 * RULE_SET_IDS[RULE_SET_IDS.length - 1]; // 'qd26-2026'
 * ```
 */
// Object.freeze suffices for a list of strings, and keeps deepFreeze out of `import { starBand }`.
export const RULE_SET_IDS = /* @__PURE__ */ Object.freeze([
  'qd1048-2019',
  'qd1048-781-2020',
  'qd148-2023',
  'qd148-1489-2025',
  'qd26-2026',
] as const);

/**
 * A rule set id; see {@link RULE_SET_IDS}.
 *
 * @example
 * ```ts
 * import type { RuleSetId } from 'ocop';
 * const current: RuleSetId = 'qd26-2026';
 * ```
 */
export type RuleSetId = (typeof RULE_SET_IDS)[number];
