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
