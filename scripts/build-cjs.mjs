#!/usr/bin/env node
// The CommonJS build, dist/cjs/ (run by `npm run build` after tsup, before build-layout.mjs).
//
// One bundle per entry point with code splitting: a module used by several entries is in one
// shared chunk (dist/cjs/chunks/), so every entry (`ocop`, `ocop/fixtures`, `ocop/adapt`,
// `ocop/criteria`, the per-set modules, the CLI) has the same OcopError class and the same object
// per criteria set, and each criteria set, an entry of its own, is one chunk loaded only when
// asked for. esbuild splits ESM output only, so the entries are bundled as ESM in memory and each
// output file is then transformed to CommonJS on its own (file names, hence the relative
// `require`s, stay as they are). Dynamic `import()` becomes `require` in a resolved promise: the
// CommonJS build needs no ESM from its runtime (jest's CommonJS runtime cannot require ESM).
// Bundled rather than one file per module: Node pays per file loaded, and a cold
// `require('ocop')` of 70 separate modules took about 2.7 times as long (docs/performance.md).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { build, transform } from 'esbuild';
import { NODE_BUNDLE_OPTIONS, ROOT } from './node-bundle-options.mjs';

const root = ROOT;
const out = join(root, 'dist/cjs');

/**
 * The entries, derived from package.json: each `require` target `./dist/cjs/<name>.js` is built
 * from `src/<name>.ts`, the pattern `./dist/cjs/<dir>/<prefix>*.js` from every matching
 * `src/<dir>/<prefix>NN.ts`, and the bin likewise. A new entry point is one export there.
 */
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const targets = [
  ...Object.values(pkg.exports).map((value) => value?.require?.default),
  ...Object.values(pkg.bin ?? {}),
].filter((target) => typeof target === 'string');
const entryPoints = {};
for (const target of targets) {
  const name = /^\.\/dist\/cjs\/(.+)\.js$/.exec(target)?.[1];
  if (name === undefined) throw new Error(`build-cjs: a require target outside dist/cjs/: ${target}`);
  if (!name.includes('*')) {
    if (!existsSync(join(root, `src/${name}.ts`))) throw new Error(`build-cjs: no src/${name}.ts for ${target}`);
    entryPoints[name] = `src/${name}.ts`;
    continue;
  }
  const [dir, pattern] = [dirname(name), basename(name)];
  const [prefix, suffix] = pattern.split('*');
  const files = readdirSync(join(root, 'src', dir)).filter(
    (file) => file.startsWith(prefix) && file.endsWith(`${suffix}.ts`),
  );
  if (files.length === 0) throw new Error(`build-cjs: no source matches ${target}`);
  for (const file of files) entryPoints[`${dir}/${file.slice(0, -3)}`] = `src/${dir}/${file}`;
}
const sets = Object.keys(entryPoints).filter((name) => name.includes('*') || /\/set-\d\d$/.test(name));

const bundled = await build({ ...NODE_BUNDLE_OPTIONS, entryPoints, outdir: out, write: false });

// A chunk with no code (esbuild emits one for modules that only re-export types) is dropped,
// with the bare `import` or `export *` of it in each importer; any other reference to it fails
// the build.
const empty = bundled.outputFiles.filter((file) => file.text.trim() === '').map((file) => file.path);
const outputs = new Map();
for (const file of bundled.outputFiles) {
  if (empty.includes(file.path)) continue;
  let text = file.text;
  for (const gone of empty) {
    let specifier = relative(dirname(file.path), gone).split('\\').join('/');
    if (!specifier.startsWith('.')) specifier = `./${specifier}`;
    for (const statement of [`import ${JSON.stringify(specifier)};\n`, `export * from ${JSON.stringify(specifier)};\n`])
      text = text.split(statement).join('');
    if (text.includes(specifier)) {
      console.error(`build-cjs: ${relative(root, file.path)} uses the empty chunk ${specifier} beyond a bare import`);
      process.exit(1);
    }
  }
  const { code } = await transform(text, {
    format: 'cjs',
    loader: 'js',
    target: 'es2022',
    charset: 'utf8',
    supported: { 'dynamic-import': false },
    sourcefile: relative(root, file.path),
  });
  outputs.set(file.path, code);
}

let bytes = 0;
for (const [path, code] of outputs) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, code);
  bytes += statSync(path).size;
}
const chunks = outputs.size - Object.keys(entryPoints).length;
console.log(
  `dist/cjs/: ${Object.keys(entryPoints).length} entries (${sets.length} criteria sets) and ${chunks} shared chunks (${empty.length} empty dropped), ${(bytes / 1024).toFixed(1)} kB`,
);
