// The esbuild options both Node builds share (build-cjs.mjs for dist/cjs/, build-node-esm.mjs for
// dist/node/): one bundle per entry, code splitting so that entries share one instance of every
// module, zod and decimal.js left to the app (zod is a peer dependency), readable UTF-8 text.
import { fileURLToPath } from 'node:url';

/** The package root, where both builds resolve their entries. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Options for esbuild's `build`, to spread and complete with `entryPoints` and `outdir`. */
export const NODE_BUNDLE_OPTIONS = Object.freeze({
  absWorkingDir: ROOT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'es2022',
  external: ['zod', 'decimal.js'],
  charset: 'utf8',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
