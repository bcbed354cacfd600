// Checks that the package tree-shakes: an app that imports one function pays for that function's
// modules only. Bundles small probes against the built ESM files (dist/) with esbuild, as an
// app's bundler would, and fails when a probe pulls in what it must not (zod, decimal.js, the
// criteria, other criteria sets than the one imported).
// Prints each probe's minified and gzipped size. Run after `npm run build`.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { setsAsChunks } from './criteria-entries.cjs';

const root = new URL('../', import.meta.url);
if (!existsSync(new URL('dist/index.js', root))) {
  console.error('check-bundle-cost: dist/ is not built. Run `npm run build` first.');
  process.exit(1);
}

// Markers: text that only the zod library, decimal.js, or the criteria data contains.
const ZOD = /ZodError|_zod/;
const DECIMAL = /DecimalError/;
// Each criteria set's reference names its number ("bộ sản phẩm số 6"); minified output escapes it.
const SET_NUMBER = /b\\u1ED9 s\\u1EA3n ph\\u1EA9m s\\u1ED1 (\d+)|bộ sản phẩm số (\d+)/g;
const CRITERIA = /Rau, c\\u1EE7|Rau, củ|Bộ sản phẩm|b\\u1ED9 s\\u1EA3n ph\\u1EA9m/;
// Text only the fixtures contain (ids of the Thái Bình producers; ASCII, so escaping cannot hide it).
const FIXTURES = /thien-duc|htx-minh-tan/;

const probes = [
  {
    name: 'starBand',
    code: "export { starBand } from './dist/index.js';",
    forbid: { zod: ZOD, decimal: DECIMAL, criteria: CRITERIA },
  },
  {
    name: 'ruleSetFor',
    code: "export { ruleSetFor } from './dist/index.js';",
    forbid: { zod: ZOD, criteria: CRITERIA },
  },
  {
    name: 'addWorkingDays',
    code: "export { addWorkingDays } from './dist/index.js';",
    forbid: { zod: ZOD, criteria: CRITERIA },
  },
  { name: 'isIsoDate', code: "export { isIsoDate } from './dist/index.js';", forbid: { zod: ZOD, criteria: CRITERIA } },
  { name: 'validate', code: "export { validate } from './dist/index.js';", forbid: { criteria: CRITERIA } },
  {
    name: 'rateProduct',
    code: "export { rateProduct } from './dist/index.js';",
    forbid: { zod: ZOD, decimal: DECIMAL, criteria: CRITERIA, fixtures: FIXTURES },
  },
  {
    label: "import { rateProduct } + import { QD26_SET_06 } from 'ocop/rules/qd26-2026/06'",
    code: "export { rateProduct } from './dist/index.js'; export { QD26_SET_06 } from './dist/rules/data/qd26-2026/set-06.js';",
    forbid: { zod: ZOD, decimal: DECIMAL },
    sets: [6],
  },
  {
    label: "import { rateProduct } + import { QD148_SET_06 } from 'ocop/rules/qd148-2023/06'",
    code: "export { rateProduct } from './dist/index.js'; export { QD148_SET_06 } from './dist/rules/data/qd148-2023/set-06.js';",
    forbid: { zod: ZOD, decimal: DECIMAL },
    sets: [6],
  },
  {
    label: "import { QD1048_SET_07 } from 'ocop/rules/qd1048-2019/07'",
    code: "export { QD1048_SET_07 } from './dist/rules/data/qd1048-2019/set-07.js';",
    forbid: { zod: ZOD },
    sets: [7],
  },
  {
    label: "import { QD26_SET_07 } from 'ocop/rules/qd26-2026/07'",
    code: "export { QD26_SET_07 } from './dist/rules/data/qd26-2026/set-07.js';",
    forbid: { zod: ZOD },
    sets: [7],
  },
  {
    label: 'import { loadCriteriaSet } (the sets as separate chunks)',
    code: "export { loadCriteriaSet } from './dist/index.js';",
    forbid: { zod: ZOD, criteria: CRITERIA },
    splitSets: true,
  },
  {
    label: "import * from 'ocop/criteria'",
    code: "export * from './dist/criteria.js';",
    forbid: { fixtures: FIXTURES },
    sets: Array.from({ length: 26 }, (_, i) => i + 1),
  },
  // The main entry holds the set titles (QD26_CRITERIA_SET_CLASSES) but no set's criteria.
  {
    label: "import * from 'ocop' (the sets as separate chunks)",
    code: "export * from './dist/index.js';",
    forbid: { fixtures: FIXTURES },
    sets: [],
    splitSets: true,
  },
];

/** The criteria set numbers whose data a bundle contains. */
function setsIn(text) {
  return [...new Set([...text.matchAll(SET_NUMBER)].map((m) => Number(m[1] ?? m[2])))].sort((a, b) => a - b);
}

let failed = false;
for (const probe of probes) {
  const result = await build({
    stdin: { contents: probe.code, resolveDir: new URL('.', root).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
    // An app's bundler splits `loadCriteriaSet`'s dynamic imports into chunks; esbuild without an
    // output folder cannot, so those probes leave the set modules out, as a split would.
    ...(probe.splitSets ? { plugins: [setsAsChunks] } : {}),
  });
  const text = result.outputFiles[0]?.text ?? '';
  const gz = gzipSync(text).length;
  const pulled = Object.entries(probe.forbid)
    .filter(([, marker]) => marker.test(text))
    .map(([what]) => what);
  const sets = setsIn(text);
  if (probe.sets && sets.join() !== probe.sets.join())
    pulled.push(`criteria sets ${sets.join(', ') || 'none'} (expected ${probe.sets.join(', ')})`);
  failed ||= pulled.length > 0;
  console.log(
    `  ${pulled.length > 0 ? 'FAIL' : 'ok  '}  ${probe.label ?? `import { ${probe.name} }`}: ${(text.length / 1024).toFixed(1)} kB minified, ${(gz / 1024).toFixed(1)} kB gzipped${pulled.length > 0 ? `; pulls in ${pulled.join(' and ')}` : ''}`,
  );
}
if (failed) {
  console.error('check-bundle-cost: a probe pulled in modules it must not (see above).');
  process.exit(1);
}
console.log('check-bundle-cost: all probes tree-shake as expected.');
