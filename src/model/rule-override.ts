/**
 * RuleOverride: a province's adaptation of a national rule set, as a validated JSON file.
 * The shapes are checked here; `adaptRuleSet` checks them against the rule set they adapt.
 */
import * as z from 'zod';
import {
  DecimalSchema,
  formattedString,
  IdSchema,
  IsoDateSchema,
  LongTextSchema,
  ProvinceCodeSchema,
  TextSchema,
  textFormat,
  wholeNumber,
} from './primitives.js';
import { CRITERION_CODE } from './formats.js';
import { ALWAYS_REFINE, coded, dateOrder, isRecordValue, readableIn, report } from './report.js';
import { RuleSetIdSchema } from './rule-set-id-schema.js';

/** A key that names a number the law fixes: allowed only inside `national` with `replaces`. */
const nationalOnly = (key: string) =>
  z
    .unknown()
    .check((ctx) => {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        params: coded('override_forbidden_key', {
          key,
          why: 'the law fixes it; change it only under changes.national with "replaces": "national" and a reference',
        }),
      });
    })
    .optional()
    // In JSON Schema: any value is refused, with the reason, so editors flag the key.
    .meta({
      not: {},
      description: `${key} is fixed by law: change it only under changes.national with "replaces": "national" and a reference`,
    });

const CriterionCodeSchema = textFormat(CRITERION_CODE);
const ReferenceSchema = TextSchema;
const StarsSchema = z.union([z.literal(3), z.literal(4), z.literal(5)]);
const MonthDaySchema = z.strictObject({
  month: wholeNumber().min(1).max(12),
  day: wholeNumber().min(1).max(31),
  yearOffset: wholeNumber().min(0).max(1).optional(),
});

/** A criteria set supplied whole by a province (for rule sets that ship none, e.g. 148/2023). */
const CriteriaSetSchema = z.strictObject({
  setNo: wholeNumber().min(1).max(99),
  title: TextSchema,
  reference: ReferenceSchema,
  parts: z
    .array(
      z.strictObject({
        part: z.enum(['A', 'B', 'C']),
        title: TextSchema,
        titleEn: TextSchema,
        max: z.number().min(0).max(100),
        sections: z
          .array(
            z.strictObject({
              code: formattedString(/^\d{1,2}$/, 'section-code', '1'),
              title: TextSchema,
              titleEn: TextSchema,
              description: LongTextSchema.optional(),
              max: z.number().min(0).max(100),
            }),
          )
          .min(1)
          .max(30),
      }),
    )
    .length(3),
  criteria: z
    .array(
      z.strictObject({
        code: CriterionCodeSchema,
        part: z.enum(['A', 'B', 'C']),
        section: formattedString(/^\d{1,2}$/, 'section-code', '1'),
        title: TextSchema,
        description: LongTextSchema.optional(),
        max: z.number().min(0).max(100),
        options: z
          .array(
            z.strictObject({
              points: z.number().min(0).max(100),
              label: LongTextSchema,
              minStars: StarsSchema.optional(),
              implied: z.literal(true).optional(),
            }),
          )
          .min(1)
          .max(20),
        notes: z
          .array(
            z.strictObject({
              kind: z.enum(['requirement', 'condition', 'knock-out', 'exclusion', 'note']),
              text: LongTextSchema,
            }),
          )
          .max(20)
          .optional(),
        additive: z.literal(true).optional(),
      }),
    )
    .min(1)
    .max(200),
  disqualifiers: z.array(LongTextSchema).max(20),
  starLegend: z.boolean(),
  transcriptionNotes: z.array(LongTextSchema).max(50).optional(),
  provenance: z
    .strictObject({ kind: z.enum(['official-text', 'third-party-transcription']), source: LongTextSchema })
    .optional(),
  inconsistencies: z
    .array(
      z.strictObject({
        what: LongTextSchema,
        value: z.number().min(0).max(1000),
        expected: z.number().min(0).max(1000),
      }),
    )
    .max(200)
    .optional(),
});

/**
 * A province's override of a national rule set (format version 1). Allowed changes: stricter
 * star minima, extra disqualifiers, extra evaluation rounds, extra days off, the policies the law
 * leaves open, labels, whole criteria sets for rule sets that ship none, and — only with
 * `national.replaces: "national"` and a reference — part maxima, band edges and certificate
 * validity.
 *
 * @example
 * ```ts
 * import { RuleOverrideSchema } from 'ocop';
 * RuleOverrideSchema.parse({
 *   formatVersion: 1, id: 'hy-2026-4sao', title: 'Yêu cầu bổ sung hạng 4 sao', basedOn: 'qd26-2026',
 *   jurisdiction: '33', effectiveFrom: '2026-07-01',
 *   changes: { minima: [{ setNo: 1, criterion: '4.3', points: 2, stars: 4, reference: 'QĐ 1234/QĐ-UBND tỉnh Hưng Yên' }] },
 * });
 * ```
 */
export const RuleOverrideSchema = z
  .strictObject({
    /** The JSON Schema an editor should use (e.g. `node_modules/ocop/schemas/rule-override.schema.json`). */
    $schema: z.string().max(500).optional(),
    formatVersion: z.literal(1),
    id: IdSchema,
    title: TextSchema,
    basedOn: RuleSetIdSchema,
    jurisdiction: ProvinceCodeSchema,
    effectiveFrom: IsoDateSchema,
    effectiveTo: IsoDateSchema.optional(),
    reference: ReferenceSchema.optional(),
    changes: z.strictObject({
      minima: z
        .array(
          z.strictObject({
            setNo: wholeNumber().min(1).max(99),
            criterion: CriterionCodeSchema,
            points: z.number().min(0).max(100),
            stars: StarsSchema,
            reference: ReferenceSchema,
          }),
        )
        .max(2000)
        .optional(),
      disqualifiers: z
        .array(
          z.strictObject({
            setNo: wholeNumber().min(1).max(99).optional(),
            text: LongTextSchema,
            reference: ReferenceSchema,
          }),
        )
        .max(200)
        .optional(),
      rounds: z
        .array(
          z.strictObject({
            level: z.enum(['province', 'central']),
            round: wholeNumber().min(1).max(20),
            proposalsBefore: MonthDaySchema,
            heldBefore: MonthDaySchema,
            reference: ReferenceSchema,
          }),
        )
        .max(20)
        .optional(),
      daysOff: z
        .array(z.strictObject({ date: IsoDateSchema, name: TextSchema, reference: ReferenceSchema }))
        .max(2000)
        .optional(),
      policies: z
        .strictObject({
          averagingDecimals: wholeNumber().min(0).max(4).optional(),
          minimaCouncil: z.enum(['majority', 'all']).optional(),
          minimaPolicy: z.enum(['cap', 'reject']).optional(),
          reference: ReferenceSchema,
        })
        .optional(),
      labels: z.strictObject({ title: TextSchema.optional(), titleEn: TextSchema.optional() }).optional(),
      criteriaSets: z.array(CriteriaSetSchema).max(60).optional(),
      parts: nationalOnly('parts'),
      bands: nationalOnly('bands'),
      bandEdges: nationalOnly('bandEdges'),
      certificateValidityMonths: nationalOnly('certificateValidityMonths'),
      national: z
        .strictObject({
          replaces: z.literal('national'),
          reference: ReferenceSchema,
          parts: z
            .strictObject({
              A: DecimalSchema.pipe(z.number().min(0).max(100)),
              B: DecimalSchema.pipe(z.number().min(0).max(100)),
              C: DecimalSchema.pipe(z.number().min(0).max(100)),
            })
            .optional(),
          bandEdges: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
          certificateValidityMonths: wholeNumber().min(1).max(120).optional(),
        })
        .optional(),
    }),
  })
  .superRefine((override, ctx) => {
    if (!isRecordValue(override)) return;
    const ok = readableIn(ctx);
    if (ok(['effectiveTo']) && ok(['effectiveFrom']))
      report(ctx, dateOrder(override.effectiveTo, override.effectiveFrom, ['effectiveTo'], 'effectiveFrom'));
  }, ALWAYS_REFINE);

/**
 * A validated rule override (output of {@link RuleOverrideSchema}).
 *
 * @example
 * ```ts
 * import type { RuleOverride } from 'ocop';
 * const province = (o: RuleOverride) => o.jurisdiction;
 * ```
 */
export type RuleOverride = z.output<typeof RuleOverrideSchema>;

/**
 * A rule override as a province writes it (before validation).
 *
 * @example
 * ```ts
 * import type { RuleOverrideInput } from 'ocop';
 * const empty: RuleOverrideInput = { formatVersion: 1, id: 'x', title: 'x', basedOn: 'qd26-2026', jurisdiction: '33', effectiveFrom: '2026-07-01', changes: {} };
 * ```
 */
export type RuleOverrideInput = z.input<typeof RuleOverrideSchema>;

/** Change lists whose items `adaptRuleSet` checks one by one. */
const ITEM_LISTS: ReadonlySet<string> = new Set(['minima', 'disqualifiers', 'rounds', 'daysOff']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` parsed by `schema`, or undefined when it fails. */
function parsedOrUndefined(schema: z.ZodType, value: unknown): unknown {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/**
 * The parts of an override that pass their own checks, so that `adaptRuleSet` can check the
 * changes against the rule set even when other parts are malformed, and report every problem in
 * one error. A field or a change that fails is left out. In the lists of minima, disqualifiers,
 * rounds and days off an item that fails leaves a hole at its index: the list is sparse, so
 * `forEach` skips it and the other items keep their paths.
 */
export function overrideParts(
  input: unknown,
): Partial<Omit<RuleOverride, 'changes'>> & { changes?: Partial<RuleOverride['changes']> } {
  if (!isRecord(input)) return {};
  const fields: Record<string, z.ZodType> = RuleOverrideSchema.shape;
  const parts: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    if (key === 'changes' || !Object.prototype.hasOwnProperty.call(input, key)) continue;
    const value = parsedOrUndefined(schema, input[key]);
    if (value !== undefined) parts[key] = value;
  }
  const given = input['changes'];
  if (isRecord(given)) {
    const changeFields: Record<string, z.ZodType> = RuleOverrideSchema.shape.changes.shape;
    const changes: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries(changeFields)) {
      if (!Object.prototype.hasOwnProperty.call(given, key)) continue;
      const list = given[key];
      if (ITEM_LISTS.has(key) && Array.isArray(list)) {
        const item = (schema as z.ZodOptional<z.ZodArray<z.ZodType>>).unwrap().element;
        const items: unknown[] = new Array<unknown>(list.length);
        list.forEach((value: unknown, index) => {
          const parsed = parsedOrUndefined(item, value);
          if (parsed !== undefined) items[index] = parsed;
        });
        changes[key] = items;
      } else {
        const value = parsedOrUndefined(schema, list);
        if (value !== undefined) changes[key] = value;
      }
    }
    parts['changes'] = changes;
  }
  return parts;
}
