// Writes JSON Schema files for every entity kind into schemas/, from the built package
// (dist/index.js), so the schemas describe exactly what ships. Run after tsup.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as z from 'zod';

const { ENTITY_SCHEMAS } = await import(new URL('../dist/index.js', import.meta.url).href);
const pkg = (await import(new URL('../package.json', import.meta.url).href, { with: { type: 'json' } })).default;

const outDir = new URL('../schemas/', import.meta.url);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const TITLES = {
  producer: 'OCOP producer (chủ thể OCOP)',
  product: 'OCOP product (sản phẩm OCOP)',
  certificate: 'OCOP certificate (giấy chứng nhận)',
  evaluation: 'OCOP council evaluation (kết quả đánh giá của hội đồng)',
  scoreSheet: 'OCOP score sheet (phiếu đánh giá)',
  plan: 'OCOP plan with targets (kế hoạch)',
  observation: 'Observation reported against a plan target',
  ruleOverride: 'OCOP rule override: a province adapting a national rule set (format version 1)',
};
// File names: <kind>.json, except the override schema, named for editors' schema associations.
const FILE_NAMES = { ruleOverride: 'rule-override.schema.json' };

for (const [kind, schema] of Object.entries(ENTITY_SCHEMAS)) {
  // Input shape: what apps send (decimal text is accepted where numbers are).
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const document = {
    $id: `https://unpkg.com/ocop@${pkg.version}/schemas/${FILE_NAMES[kind] ?? `${kind}.json`}`,
    title: TITLES[kind] ?? kind,
    description: `Generated from ocop's zod schema "${kind}". Cross-field rules (unit codes on the record's date, date order, exactly-one-of fields) are checked by validate() only.`,
    ...json,
  };
  writeFileSync(new URL(FILE_NAMES[kind] ?? `${kind}.json`, outDir), `${JSON.stringify(document, null, 2)}\n`);
}
console.log(`schemas/: ${Object.keys(ENTITY_SCHEMAS).length} JSON Schema files`);
