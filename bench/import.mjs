// Benchmark: the cost of loading the library in a fresh Node process — a cold `import('ocop')`
// (which loads zod too) against a cold `import('zod')` alone, each timed inside its own process
// from just before the import to just after, alternating, medians of 15 runs. Also the other
// entries and CJS `require`. `ocop` resolves through the package's own exports (the `node`
// condition: dist/node/ wrappers around the CommonJS modules in dist/cjs/, one file per source
// module). Run after `npm run build`: `node bench/import.mjs`.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median, report } from './harness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 15;

function coldImport(specifier) {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }));
}

function coldRequire(specifier) {
  const code = `const t = performance.now(); require(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  return Number(execFileSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' }));
}

function compareCold(load, baselineSpecifier, subjectSpecifier) {
  const base = [];
  const ours = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(load(baselineSpecifier));
    ours.push(load(subjectSpecifier));
  }
  return { baselineMs: median(base), subjectMs: median(ours) };
}

const main = compareCold(coldImport, 'zod', 'ocop');
report({
  group: 'import',
  name: "cold import('ocop') in Node",
  baseline: "cold import('zod') alone",
  ...main,
  goal: 1.5,
});
for (const entry of ['ocop/criteria', 'ocop/rules/qd26-2026/06', 'ocop/fixtures']) {
  report({
    group: 'import',
    name: `cold import('${entry}')`,
    baseline: "cold import('zod') alone",
    ...compareCold(coldImport, 'zod', entry),
  });
}
report({
  group: 'import',
  name: "cold require('ocop') (CJS)",
  baseline: "cold require('zod') alone",
  ...compareCold(coldRequire, 'zod', 'ocop'),
});
