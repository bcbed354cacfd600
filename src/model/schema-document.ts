/**
 * The JSON Schema documents shipped in `schemas/`: each kind's zod schema as JSON Schema 2020-12
 * (input shape) with its `$id`, title and description. `scripts/build-schemas.mjs` writes the
 * files with this module and `ocop schema <kind>` prints the same documents.
 */
import * as z from 'zod';
import { ENTITY_SCHEMAS, type EntityKind } from './validate.js';

const TITLES: Readonly<Record<EntityKind, string>> = {
  producer: 'OCOP producer (chủ thể OCOP)',
  product: 'OCOP product (sản phẩm OCOP)',
  certificate: 'OCOP certificate (giấy chứng nhận)',
  evaluation: 'OCOP council evaluation (kết quả đánh giá của hội đồng)',
  scoreSheet: 'OCOP score sheet (phiếu đánh giá)',
  plan: 'OCOP plan with targets (kế hoạch)',
  observation: 'Observation reported against a plan target',
  ruleOverride: 'OCOP rule override: a province adapting a national rule set (format version 1)',
};

/**
 * The file name of a kind's schema in `schemas/`: `<kind>.json`, except the override schema,
 * `rule-override.schema.json` (named for editors' schema associations).
 *
 * @example
 * ```ts
 * schemaFileName('ruleOverride'); // 'rule-override.schema.json'
 * ```
 */
export function schemaFileName(kind: EntityKind): string {
  return kind === 'ruleOverride' ? 'rule-override.schema.json' : `${kind}.json`;
}

/**
 * A kind's JSON Schema document as shipped: `$id` (the file on unpkg for `version`), `title`,
 * `description`, then the input shape of its zod schema (JSON Schema 2020-12; decimal text is
 * accepted where numbers are).
 *
 * @example
 * ```ts
 * schemaDocument('plan', '0.1.0').$id; // 'https://unpkg.com/ocop@0.1.0/schemas/plan.json'
 * ```
 */
export function schemaDocument(kind: EntityKind, version: string): Record<string, unknown> {
  const json = z.toJSONSchema(ENTITY_SCHEMAS[kind], { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return {
    $id: `https://unpkg.com/ocop@${version}/schemas/${schemaFileName(kind)}`,
    title: TITLES[kind],
    description: `Generated from ocop's zod schema "${kind}". Cross-field rules (unit codes on the record's date, date order, exactly-one-of fields) are checked by validate() only.`,
    ...json,
  };
}
