// Checks that the package tree-shakes: an app that imports one function pays for that function's
// modules only. Bundles small probes against the built ESM files (dist/) with esbuild, as an
// app's bundler would, and fails when a probe pulls in what it must not (zod, the criteria).
// Prints each probe's minified and gzipped size. Run after `npm run build`.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
if (!existsSync(new URL('dist/index.js', root))) {
  console.error('check-bundle-cost: dist/ is not built. Run `npm run build` first.');
  process.exit(1);
}

// Markers: text that only the zod library, or only the criteria data, contains.
const ZOD = /ZodError|_zod/;
const CRITERIA = /Rau, c\\u1EE7|Rau, củ|Bộ sản phẩm|b\\u1ED9 s\\u1EA3n ph\\u1EA9m/;
// Text only the fixtures contain (ids of the Thái Bình producers; ASCII, so escaping cannot hide it).
const FIXTURES = /thien-duc|htx-minh-tan/;

const probes = [
  { name: 'starBand', code: "export { starBand } from './dist/index.js';", forbid: { zod: ZOD, criteria: CRITERIA } },
  { name: 'ruleSetFor', code: "export { ruleSetFor } from './dist/index.js';", forbid: { zod: ZOD, criteria: CRITERIA } },
  { name: 'addWorkingDays', code: "export { addWorkingDays } from './dist/index.js';", forbid: { zod: ZOD, criteria: CRITERIA } },
  { name: 'isIsoDate', code: "export { isIsoDate } from './dist/index.js';", forbid: { zod: ZOD, criteria: CRITERIA } },
  { name: 'validate', code: "export { validate } from './dist/index.js';", forbid: { criteria: CRITERIA } },
  { name: 'QD26_SET_07', code: "export { QD26_SET_07 } from './dist/index.js';", forbid: { zod: ZOD } },
  { name: 'rateProduct', code: "export { rateProduct } from './dist/index.js';", forbid: { fixtures: FIXTURES } },
  { name: '* (the whole main entry)', code: "export * from './dist/index.js';", forbid: { fixtures: FIXTURES } },
];

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
  });
  const text = result.outputFiles[0]?.text ?? '';
  const gz = gzipSync(text).length;
  const pulled = Object.entries(probe.forbid).filter(([, marker]) => marker.test(text)).map(([what]) => what);
  failed ||= pulled.length > 0;
  console.log(`  ${pulled.length > 0 ? 'FAIL' : 'ok  '}  import { ${probe.name} }: ${(text.length / 1024).toFixed(1)} kB minified, ${(gz / 1024).toFixed(1)} kB gzipped${pulled.length > 0 ? `; pulls in ${pulled.join(' and ')}` : ''}`);
}
if (failed) {
  console.error('check-bundle-cost: a probe pulled in modules it must not (see above).');
  process.exit(1);
}
console.log('check-bundle-cost: all probes tree-shake as expected.');
