#!/usr/bin/env node
// Node's ESM build, dist/node/ (the `node` condition of each `import` export; run by `npm run
// build` after tsup). One bundle per entry point with code splitting, so the ESM entries share
// one instance of every module (`OcopError` from `ocop/adapt` is the class `ocop` exports): Node
// pays per file loaded, so this loads faster than the one-file-per-module build that bundlers get.
// zod is imported as ESM here, the copy an ESM app imports itself (zod is a peer dependency).
// The criteria sets are not bundled: each import of a set module becomes an import of the
// package's own `ocop/rules/<id>/NN`, whose data is the CommonJS chunk that `require` gets
// too, so a set is one object in a Node process whichever module system loads it.
// The unit tables of `ocop/units` (src/units/data/: plain strings, no imports) are not bundled
// either: they are imported from the one-file-per-module build (`dist/units/data/*.js`), so the
// package ships their ~0.8 MB twice (ESM and CommonJS), not three times.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { NODE_BUNDLE_OPTIONS, ROOT } from './node-bundle-options.mjs';
import { criteriaEntries, setEntryOf } from './criteria-entries.cjs';

const root = ROOT;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The entries, from package.json: each `import.node` target `./dist/node/<name>.js` is `src/<name>.ts`. */
const entryPoints = {};
for (const value of Object.values(pkg.exports)) {
  const target = value?.import?.node;
  if (typeof target !== 'string') continue;
  const name = /^\.\/dist\/node\/(.+)\.js$/.exec(target)?.[1];
  if (name === undefined || name.includes('*')) throw new Error(`build-node-esm: unexpected node target ${target}`);
  entryPoints[name] = `src/${name}.ts`;
}

/**
 * Set modules (`src/rules/data/<id>/set-NN.js`, for each rule set with per-set entries) become the
 * package's own per-set entry `ocop/rules/<id>/NN`, left external; the folder decides the entry.
 */
const entries = criteriaEntries(pkg);
const criteriaSetsAsPackageImports = {
  name: 'criteria-sets-as-package-imports',
  setup(builder) {
    builder.onResolve({ filter: /(^|\/)set-\d\d\.js$/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const entry = setEntryOf(join(args.resolveDir, args.path), pkg.name, entries);
      return entry === undefined ? undefined : { path: entry, external: true };
    });
  },
};

/** The generated unit rows (`src/units/data/*.js` but sources.ts, which imports deepFreeze) → `../units/data/*.js`. */
const unitRowsFromEsmBuild = {
  name: 'unit-rows-from-esm-build',
  setup(builder) {
    builder.onResolve(
      { filter: /(^|\/)data\/(districts|communes-until-2025|communes-from-2025|conversion-2025)\.js$/ },
      (args) => {
        const resolved = join(args.resolveDir, args.path);
        const relative = resolved.slice(join(root, 'src').length + 1);
        if (!relative.startsWith('units/data/')) return undefined;
        return { path: `../${relative}`, external: true };
      },
    );
  },
};

const result = await build({
  ...NODE_BUNDLE_OPTIONS,
  entryPoints,
  outdir: join(root, 'dist/node'),
  plugins: [criteriaSetsAsPackageImports, unitRowsFromEsmBuild],
  metafile: true,
});

const bundledSets = Object.keys(result.metafile.inputs).filter((input) =>
  /rules\/data\/[^/]+\/set-\d\d\.ts$/.test(input),
);
if (bundledSets.length > 0) {
  console.error(`build-node-esm: criteria data was bundled into dist/node/: ${bundledSets.join(', ')}`);
  process.exit(1);
}
const outputs = Object.keys(result.metafile.outputs);
console.log(
  `dist/node/: ${Object.keys(entryPoints).length} ESM entries and ${outputs.length - Object.keys(entryPoints).length} shared chunks, criteria sets imported from ${entries.map((e) => `${pkg.name}/rules/${e.id}/NN`).join(', ')}`,
);
