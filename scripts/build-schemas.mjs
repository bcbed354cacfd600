// Writes JSON Schema files for every entity kind into schemas/, from the built package
// (dist/index.js for the kinds, dist/model/schema-document.js for each document, the module
// `ocop schema <kind>` prints too), so the schemas describe exactly what ships. Run after tsup.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const { ENTITY_SCHEMAS } = await import(new URL('../dist/index.js', import.meta.url).href);
const { schemaDocument, schemaFileName } = await import(
  new URL('../dist/model/schema-document.js', import.meta.url).href
);
const pkg = (await import(new URL('../package.json', import.meta.url).href, { with: { type: 'json' } })).default;

const outDir = new URL('../schemas/', import.meta.url);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

for (const kind of Object.keys(ENTITY_SCHEMAS)) {
  writeFileSync(
    new URL(schemaFileName(kind), outDir),
    `${JSON.stringify(schemaDocument(kind, pkg.version), null, 2)}\n`,
  );
}
console.log(`schemas/: ${Object.keys(ENTITY_SCHEMAS).length} JSON Schema files`);
