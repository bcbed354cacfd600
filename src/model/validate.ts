/**
 * `validate(kind, input)`: one entry point that checks any entity and never throws on data.
 */
import { describeValue, localeOf, optionsObject } from '../core/guards.js';
import type * as z from 'zod';
import { OcopError } from '../core/errors.js';
import type { Locale, ValidationResult } from '../core/issues.js';
import type { AdminUnitTables } from './admin-units/unit-tables.js';
import { CertificateSchema, type Certificate } from './certificate.js';
import { EvaluationSchema, ScoreSheetSchema, type Evaluation, type ScoreSheet } from './evaluation.js';
import { ObservationSchema, PlanSchema, type Observation, type Plan } from './plan.js';
import { forbiddenKeyIssues } from './forbidden-keys.js';
import { ProducerSchema, type Producer } from './producer.js';
import { ProductSchema, type Product } from './product.js';
import { RuleOverrideSchema, type RuleOverride } from './rule-override.js';
import { issuesFromZod } from './zod-issues.js';

/**
 * The schema of each entity kind that {@link validate} accepts.
 *
 * @example
 * ```ts
 * import { ENTITY_SCHEMAS } from 'ocop';
 * Object.keys(ENTITY_SCHEMAS); // ['producer', 'product', 'certificate', 'evaluation', 'scoreSheet', 'plan', 'observation', 'ruleOverride']
 * ```
 */
export const ENTITY_SCHEMAS = /* @__PURE__ */ Object.freeze({
  producer: ProducerSchema,
  product: ProductSchema,
  certificate: CertificateSchema,
  evaluation: EvaluationSchema,
  scoreSheet: ScoreSheetSchema,
  plan: PlanSchema,
  observation: ObservationSchema,
  ruleOverride: RuleOverrideSchema,
} as const);

/**
 * An entity kind: a key of {@link ENTITY_SCHEMAS}.
 *
 * @example
 * ```ts
 * import type { EntityKind } from 'ocop';
 * const kind: EntityKind = 'plan';
 * ```
 */
export type EntityKind = keyof typeof ENTITY_SCHEMAS;

/**
 * The validated value type of each entity kind.
 *
 * @example
 * ```ts
 * import type { EntityTypes } from 'ocop';
 * type P = EntityTypes['plan']; // Plan
 * ```
 */
export interface EntityTypes {
  producer: Producer;
  product: Product;
  certificate: Certificate;
  evaluation: Evaluation;
  scoreSheet: ScoreSheet;
  plan: Plan;
  observation: Observation;
  ruleOverride: RuleOverride;
}

/**
 * The validated value type of entity kind `K`.
 *
 * @example
 * ```ts
 * import type { EntityOf } from 'ocop';
 * const title = (plan: EntityOf<'plan'>) => plan.title;
 * ```
 */
export type EntityOf<K extends EntityKind> = EntityTypes[K];

/**
 * Options of {@link validate}.
 *
 * @example
 * ```ts
 * import type { ValidateOptions } from 'ocop';
 * const options: ValidateOptions = { locale: 'en' };
 * ```
 */
export interface ValidateOptions {
  /** Language of the messages; default `vi`. */
  readonly locale?: Locale;
  /**
   * The full unit tables (`UNIT_TABLES` from `ocop/units`): district and commune codes are then
   * checked to exist on the record's date and to lie in the record's province and district.
   * Without them, those codes are checked for format only (Thái Bình's districts excepted).
   * The check runs once the record's shape is valid.
   */
  readonly unitTables?: AdminUnitTables;
}

/**
 * Validates an entity: strict shapes (unknown keys are issues), trimmed NFC text, real
 * calendar dates, unit codes against the tables in force on the record's date. Never throws on
 * data and never mutates the input; throws {@link OcopError} `unknown_entity_kind` only for a
 * kind that does not exist (a programming error).
 *
 * @example
 * ```ts
 * import { validate } from 'ocop';
 * const result = validate('certificate', {
 *   id: 'c1', product: 'p1', stars: 4, level: 'province', decisionNumber: '1/QĐ-UBND', issuedOn: '2023-02-29',
 * }, { locale: 'en' });
 * const first = result.ok ? undefined : result.issues[0];
 * // { code: 'invalid_date', path: ['issuedOn'], params: { value: '2023-02-29' },
 * //   message: 'Not a real calendar date in YYYY-MM-DD form: "2023-02-29"' }
 * ```
 */
export function validate<K extends EntityKind>(
  kind: K,
  input: unknown,
  options: ValidateOptions = {},
): ValidationResult<EntityOf<K>> {
  const schema: z.ZodType | undefined =
    typeof kind === 'string' && Object.hasOwn(ENTITY_SCHEMAS, kind) ? ENTITY_SCHEMAS[kind] : undefined;
  if (!schema) {
    throw new OcopError(
      'unknown_entity_kind',
      `Unknown entity kind ${describeValue(kind)}; expected one of ${Object.keys(ENTITY_SCHEMAS).join(', ')}`,
      { kind },
    );
  }
  const tables = optionsObject(options).unitTables;
  const locale = localeOf(options);
  if (tables !== undefined && typeof tables?.recordIssues !== 'function')
    throw new OcopError('invalid_input', 'options.unitTables is not UNIT_TABLES', { option: 'unitTables' });
  const result = validateWith(schema as z.ZodType<EntityOf<K>>, input, locale);
  const issues = result.ok && tables ? tables.recordIssues(kind, result.value, locale) : [];
  return issues.length > 0 ? { ok: false, issues } : result;
}

/**
 * What {@link validate} does once it has the schema: parse, and on failure report forbidden keys
 * alone if there are any, else every issue with its code, path and message. For records that
 * are not an entity kind (e.g. the people of `officialsTrainedMetric`).
 */
export function validateWith<T>(schema: z.ZodType<T>, input: unknown, locale: Locale): ValidationResult<T> {
  const result = schema.safeParse(input);
  // Every object of every schema is strict and the one record's keys have a format, so a valid
  // input has no `__proto__`, `constructor` or `prototype` key anywhere: only a failed parse
  // needs the scan, whose issues are then the only ones reported.
  if (result.success) return { ok: true, value: result.data };
  const forbidden = forbiddenKeyIssues(input, locale);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };
  // Parse again reporting inputs (slower), which tells a missing field from a wrong type.
  const reported = schema.safeParse(input, { reportInput: true });
  return { ok: false, issues: issuesFromZod(reported.error?.issues ?? result.error.issues, locale) };
}
