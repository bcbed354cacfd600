/**
 * `validate(kind, input)`: one entry point that checks any entity and never throws on data.
 */
import type * as z from 'zod';
import { OcopError } from '../core/errors.js';
import type { Issue, Locale, ValidationResult } from '../core/issues.js';
import { CertificateSchema, type Certificate } from './certificate.js';
import { EvaluationSchema, ScoreSheetSchema, type Evaluation, type ScoreSheet } from './evaluation.js';
import { ObservationSchema, PlanSchema, type Observation, type Plan } from './plan.js';
import { FORBIDDEN_KEYS } from './primitives.js';
import { ProducerSchema, type Producer } from './producer.js';
import { ProductSchema, type Product } from './product.js';
import { RuleOverrideSchema, type RuleOverride } from './rule-override.js';
import { issuesFromZod, toIssue } from './zod-issues.js';

/**
 * The schema of each entity kind that {@link validate} accepts.
 *
 * @example
 * ```ts
 * import { ENTITY_SCHEMAS } from 'ocop';
 * Object.keys(ENTITY_SCHEMAS); // ['producer', 'product', 'certificate', 'evaluation', 'scoreSheet', 'plan', 'observation', 'ruleOverride']
 * ```
 */
export const ENTITY_SCHEMAS = {
  producer: ProducerSchema,
  product: ProductSchema,
  certificate: CertificateSchema,
  evaluation: EvaluationSchema,
  scoreSheet: ScoreSheetSchema,
  plan: PlanSchema,
  observation: ObservationSchema,
  ruleOverride: RuleOverrideSchema,
} as const;

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
}

const MAX_DEPTH = 64;

/**
 * Finds `__proto__`, `constructor` and `prototype` keys anywhere in the input (own keys only).
 * Such keys are rejected, never merged, whether or not a schema would have dropped them.
 */
/** Whether a forbidden key occurs anywhere (no allocation: the common, clean case stays cheap). */
function hasForbiddenKey(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (hasForbiddenKey(item, depth + 1)) return true;
    return false;
  }
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    if (FORBIDDEN_KEYS.has(key) || hasForbiddenKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

function forbiddenKeyIssues(input: unknown, locale: Locale): Issue[] {
  if (!hasForbiddenKey(input, 0)) return [];
  const issues: Issue[] = [];
  // Depth-first walk; paths are rebuilt from parent links only when a forbidden key is found.
  type Node = { readonly value: unknown; readonly key: string | number | undefined; readonly parent: Node | undefined; readonly depth: number };
  const pathOf = (node: Node | undefined): Array<string | number> => {
    const path: Array<string | number> = [];
    for (let at = node; at?.key !== undefined; at = at.parent) path.unshift(at.key);
    return path;
  };
  const stack: Node[] = [{ value: input, key: undefined, parent: undefined, depth: 0 }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const value = node.value;
    if (value === null || typeof value !== 'object' || seen.has(value) || node.depth > MAX_DEPTH) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (item !== null && typeof item === 'object') stack.push({ value: item, key: index, parent: node, depth: node.depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      const child: unknown = (value as Record<string, unknown>)[key];
      if (FORBIDDEN_KEYS.has(key)) issues.push(toIssue({ code: 'forbidden_key', path: [...pathOf(node), key], params: { key } }, locale));
      else if (child !== null && typeof child === 'object') stack.push({ value: child, key, parent: node, depth: node.depth + 1 });
    }
  }
  return issues;
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
 * if (!result.ok) console.log(result.issues[0]);
 * // { code: 'invalid_date', path: ['issuedOn'], params: { value: '2023-02-29' },
 * //   message: 'Not a real calendar date in YYYY-MM-DD form: "2023-02-29"' }
 * ```
 */
export function validate<K extends EntityKind>(kind: K, input: unknown, options: ValidateOptions = {}): ValidationResult<EntityOf<K>> {
  const schema: z.ZodType | undefined = Object.prototype.hasOwnProperty.call(ENTITY_SCHEMAS, kind) ? ENTITY_SCHEMAS[kind] : undefined;
  if (!schema) {
    throw new OcopError('unknown_entity_kind', `Unknown entity kind ${JSON.stringify(kind)}; expected one of ${Object.keys(ENTITY_SCHEMAS).join(', ')}`, { kind });
  }
  const locale = options.locale ?? 'vi';
  const forbidden = forbiddenKeyIssues(input, locale);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data as EntityOf<K> };
  // Parse again reporting inputs (slower), which tells a missing field from a wrong type.
  const reported = schema.safeParse(input, { reportInput: true });
  return { ok: false, issues: issuesFromZod(reported.error?.issues ?? result.error.issues, locale) };
}
