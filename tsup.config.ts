import { defineConfig } from 'tsup';

/**
 * The ESM build: one file per source module (`dist/**\/*.js`, not bundled), for bundlers and
 * browsers (the `default` condition of every `import` export), with declarations from `tsc -p
 * tsconfig.build.json`. With `sideEffects: false` an app's bundler drops every module it does not
 * import: `import { starBand }` pulls in neither zod, the schemas nor the criteria.
 *
 * The CommonJS build is `scripts/build-cjs.mjs` (esbuild's code splitting, which works for ESM
 * output only, then each file transformed to CommonJS), Node's ESM bundles are
 * `scripts/build-node-esm.mjs`, and `scripts/build-layout.mjs` finishes `dist/`; see
 * docs/architecture.md, "Build".
 *
 * Entry points: this build compiles every module, so it keeps no list; the CommonJS and Node ESM
 * builds read theirs from package.json `exports` (`require.default` and `import.node`), and so
 * does scripts/check-tsdoc-examples.mjs. A new public entry is therefore its block in `exports`
 * for the build, plus four lists kept by hand outside it: a stub folder `<name>/package.json`
 * for old `node10` resolvers and its line in package.json `files`, the entry in typedoc.json
 * `entryPoints`, and its files in REQUIRED of scripts/check-package.mjs (which fails if the
 * tarball lacks one).
 */
export default defineConfig({
  entry: ['src/**/*.ts', '!src/cli/**'],
  format: ['esm'],
  platform: 'neutral',
  bundle: false,
  dts: false,
  // No source maps, no minification: the files stay readable.
  sourcemap: false,
  target: 'es2022',
  external: ['zod', 'decimal.js'],
  esbuildOptions(options) {
    // Vietnamese stays readable in dist/ (esbuild writes \uXXXX escapes by default).
    options.charset = 'utf8';
  },
});
