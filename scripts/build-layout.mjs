#!/usr/bin/env node
// Finishes dist/ after `tsc` (ESM declarations), `tsup` (ESM files in dist/, one per source
// module), build-cjs.mjs (dist/cjs/) and build-node-esm.mjs (dist/node/). Run by `npm run build`;
// fails loudly on anything unexpected.
//
//   1. dist/cjs/package.json says "type": "commonjs", so Node and TypeScript read dist/cjs/**.js
//      and .d.ts as CommonJS while the package is "type": "module".
//   2. Type-only modules (their ESM output is empty) are removed from both trees, after checking
//      that no emitted file imports them.
//   3. The declarations are copied into dist/cjs/, where TypeScript reads them as CommonJS
//      declarations (the `require` types of every export).
//   4. Each criteria set ships once: dist/rules/data/<id>/set-NN.js (the ESM module that
//      bundlers and browsers import) becomes a re-export of the CommonJS module that holds the
//      data, dist/cjs/rules/data/<id>/set-NN.js. Bundlers read CommonJS; jest's CommonJS
//      runtime and Node < 22.12 without flags cannot require ESM, so the data stays CommonJS.
//   5. The CLI (dist/cjs/cli/index.js) is made executable.
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { criteriaEntries } from './criteria-entries.cjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const cjs = join(dist, 'cjs');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);

const posix = (path) => path.split(sep).join('/');
const relativeImport = (from, to) => {
  const path = posix(relative(dirname(from), to));
  return path.startsWith('.') ? path : `./${path}`;
};

/** Every file under `folder`, as absolute paths; `skip` folders are not entered. */
function filesUnder(folder, skip = []) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return skip.includes(path) ? [] : filesUnder(path, skip);
    return [path];
  });
}

function fail(message) {
  console.error(`build-layout: ${message}`);
  process.exit(1);
}

// 1. The CommonJS package marker.
writeFileSync(join(cjs, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);

// 2. Type-only modules.
const esmFiles = filesUnder(dist, [cjs]).filter((file) => file.endsWith('.js'));
const empty = esmFiles.filter((file) => readFileSync(file, 'utf8').trim() === '');
const removed = new Set();
for (const file of empty) {
  const twin = join(cjs, relative(dist, file));
  for (const path of [file, twin]) {
    rmSync(path, { force: true });
    removed.add(path);
  }
}
const allJs = [...filesUnder(dist, [cjs]), ...filesUnder(cjs)].filter((file) => file.endsWith('.js'));
for (const file of allJs) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:from\s*|require\(\s*|import\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = join(dirname(file), match[1]);
    if (removed.has(target))
      fail(`${posix(relative(root, file))} imports ${match[1]}, a type-only module that was removed`);
  }
}

// 3. CommonJS declarations.
const declarations = filesUnder(dist, [cjs]).filter((file) => file.endsWith('.d.ts'));
if (declarations.length === 0) fail('no declarations in dist/: run tsc -p tsconfig.build.json first');
for (const file of declarations) {
  const target = join(cjs, relative(dist, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
}

// 4. Criteria sets once, for every rule set with per-set entries (package.json `./rules/<id>/*`).
let setCount = 0;
for (const { id, prefix } of criteriaEntries(pkg)) setCount += shipSetsOnce(id, prefix);

/** Makes each ESM set module of `id` a re-export of its CommonJS data module; returns how many. */
function shipSetsOnce(id, prefix) {
  const setFolder = join(dist, 'rules/data', id);
  const setFiles = readdirSync(setFolder).filter((file) => /^set-\d\d\.js$/.test(file));
  const expected = setFiles.map((_, i) => `set-${String(i + 1).padStart(2, '0')}.js`);
  if (setFiles.length === 0 || setFiles.join() !== expected.join())
    fail(
      `expected criteria-set modules set-01.js … in ${posix(relative(root, setFolder))}, found ${setFiles.join(', ')}`,
    );
  for (const file of setFiles) {
    const nn = file.slice(4, 6);
    const name = `${prefix}_SET_${nn}`;
    const esm = join(setFolder, file);
    const data = join(cjs, 'rules/data', id, file);
    const exported = Object.keys(require(data));
    if (exported.length !== 1 || exported[0] !== name)
      fail(`${posix(relative(root, data))} exports ${exported.join(', ')}, expected ${name} alone`);
    writeFileSync(
      esm,
      [
        `// Criteria set ${Number(nn)} of rule set ${id}. The data is shipped once, in the CommonJS`,
        '// module below, for both module systems.',
        `import set from '${relativeImport(esm, data)}';`,
        `export const ${name} = set.${name};`,
        '',
      ].join('\n'),
    );
  }
  return setFiles.length;
}

// 5. The CLI.
const bin = Object.values(pkg.bin ?? {});
for (const file of bin) {
  const path = join(root, file);
  if (!statSync(path, { throwIfNoEntry: false })) fail(`bin ${file} was not built`);
  if (!readFileSync(path, 'utf8').startsWith('#!/usr/bin/env node')) fail(`bin ${file} lacks its #! line`);
  chmodSync(path, 0o755);
}

console.log(
  `dist/: ${esmFiles.length - empty.length} ESM modules, ${filesUnder(cjs).filter((f) => f.endsWith('.js')).length} CommonJS modules, ` +
    `${declarations.length} declarations (also in dist/cjs/), ${empty.length} type-only modules dropped, ` +
    `${setCount} criteria sets shipped once`,
);
