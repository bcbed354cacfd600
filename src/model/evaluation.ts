/**
 * Score sheets and evaluations: what a council member ticks, and what a council hands in.
 * The points are checked here for shape; which criteria a set has and which option values are
 * allowed is checked by the rating engine against the rule set's criteria data.
 */
import * as z from 'zod';
import {
  criteriaSetNumber,
  DecimalSchema,
  IdSchema,
  IsoDateSchema,
  LongTextSchema,
  safeRecord,
  textFormat,
} from './primitives.js';
import { CRITERION_CODE, SHEETS_MAX } from './formats.js';
import { evaluationRuleIssues } from './evaluation-check.js';
import { LEVELS } from './level.js';
import { ALWAYS_REFINE, coded, isRecordValue, readableIn, report } from './report.js';
import { RuleSetIdSchema } from './rule-set-id-schema.js';

/** A criterion code as printed in the decision: `"1.1"`, `"2.3"`, `"6.2"`, `"7"`. */
const CriterionCodeSchema = textFormat(CRITERION_CODE);

/** Points of one criterion: a finite number from 0 to 100. */
const PointsSchema = z.number().min(0).max(100);

/** A council member's points: criterion code → the points of the ticked option. */
const PointsRecordSchema = safeRecord(CriterionCodeSchema, PointsSchema);

/**
 * One council member's sheet for a criteria set: criterion code → points of the ticked option.
 *
 * @example
 * ```ts
 * import { ScoreSheetSchema } from 'ocop';
 * ScoreSheetSchema.parse({ ruleSet: 'qd26-2026', criteriaSet: 1, points: { '1.1': 3, '1.2': 1 } });
 * ```
 */
export const ScoreSheetSchema = z.strictObject({
  ruleSet: RuleSetIdSchema,
  criteriaSet: criteriaSetNumber(),
  points: PointsRecordSchema,
});

/**
 * A validated score sheet (output of {@link ScoreSheetSchema}).
 *
 * @example
 * ```ts
 * import type { ScoreSheet } from 'ocop';
 * const sheet: ScoreSheet = { ruleSet: 'qd26-2026', criteriaSet: 1, points: { '1.1': 3 } };
 * ```
 */
export type ScoreSheet = z.output<typeof ScoreSheetSchema>;

/**
 * A council's evaluation of one product: one sheet per member, either criterion points or a
 * total only (for rule sets whose criteria are not shipped), never both kinds in one evaluation.
 * Totals accept decimal text (`"81.2"`) and must be within 0–100. A points sheet may carry its
 * own `ruleSet`/`criteriaSet` (a {@link ScoreSheet} as is), which must match the evaluation's.
 * `disqualified` records that the council rejected the dossier ("Hồ sơ bị loại khi…") or stopped
 * at a knock-out note of a criterion.
 *
 * @example
 * ```ts
 * import { EvaluationSchema } from 'ocop';
 * EvaluationSchema.parse({
 *   ruleSet: 'qd1048-781-2020',
 *   level: 'district',
 *   evaluatedOn: '2020-12-24',
 *   sheets: [{ total: 81 }, { total: '81.4' }, { total: 81.2 }],
 * });
 * ```
 */
export const EvaluationSchema = z
  .strictObject({
    ruleSet: RuleSetIdSchema,
    criteriaSet: criteriaSetNumber().optional(),
    level: z.enum(LEVELS).optional(),
    product: IdSchema.optional(),
    evaluatedOn: IsoDateSchema.optional(),
    sheets: z
      .array(
        z.union([
          z.strictObject({
            points: PointsRecordSchema,
            ruleSet: RuleSetIdSchema.optional(),
            criteriaSet: criteriaSetNumber().optional(),
          }),
          z.strictObject({ total: DecimalSchema.pipe(z.number().min(0).max(100)) }),
        ]),
      )
      .max(SHEETS_MAX)
      .check((ctx) => {
        if (ctx.value.length === 0)
          ctx.issues.push({ code: 'custom', input: ctx.value, params: coded('empty_council', {}) });
      })
      .meta({ minItems: 1 }),
    disqualified: z
      .strictObject({
        reason: z.enum(['dossier', 'knock-out']),
        /** The criterion whose knock-out note applied (`reason: 'knock-out'`). */
        criterion: CriterionCodeSchema.optional(),
        note: LongTextSchema.optional(),
      })
      .optional(),
  })
  .superRefine((evaluation, ctx) => {
    if (isRecordValue(evaluation)) report(ctx, evaluationRuleIssues(evaluation, readableIn(ctx)));
  }, ALWAYS_REFINE);

/**
 * A validated evaluation (output of {@link EvaluationSchema}); totals are numbers.
 *
 * @example
 * ```ts
 * import type { Evaluation } from 'ocop';
 * const members = (e: Evaluation) => e.sheets.length;
 * ```
 */
export type Evaluation = z.output<typeof EvaluationSchema>;

/**
 * An evaluation as apps may send it (before validation): totals may be decimal text.
 *
 * @example
 * ```ts
 * import type { EvaluationInput } from 'ocop';
 * const input: EvaluationInput = { ruleSet: 'qd1048-781-2020', sheets: [{ total: '81.2' }] };
 * ```
 */
export type EvaluationInput = z.input<typeof EvaluationSchema>;
