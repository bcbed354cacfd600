/**
 * The zod schema of a rule set id, apart from the ids themselves (rule-set-id.ts) so that code
 * that only reads the ids loads no zod.
 */
import * as z from 'zod';
import { RULE_SET_IDS } from './rule-set-id.js';

/**
 * Accepts a {@link RuleSetId}.
 *
 * @example
 * ```ts
 * import { RuleSetIdSchema } from 'ocop';
 * RuleSetIdSchema.safeParse('qd148-2023').success; // true
 * RuleSetIdSchema.safeParse('qd148').success; // false
 * ```
 */
export const RuleSetIdSchema = /* @__PURE__ */ z.enum(RULE_SET_IDS);
