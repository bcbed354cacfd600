import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/**
 * Two outputs:
 * - ESM, one file per source module (`dist/**\/*.js`, declarations from `tsc -p
 *   tsconfig.build.json`), so that with `sideEffects: false` an app's bundler drops every module
 *   it does not import: `import { starBand }` does not pull in zod, the schemas or the criteria.
 * - CJS, one bundle per entry point (`dist/<name>.cjs` + `.d.cts`).
 *
 * CJS entries are derived from package.json, so adding a public entry point is one line there:
 * a `"./fixtures"` export whose `require` file is `./dist/fixtures.cjs` builds
 * `src/fixtures/index.ts` (or `src/fixtures.ts`), and `"bin": { "ocop": "./dist/cli.cjs" }`
 * builds `src/cli/index.ts`. The ESM files mirror `src/`, e.g. `./dist/fixtures/index.js`.
 *
 * One pattern export is built too: `"./rules/qd26-2026/*"`, whose `require` files
 * `./dist/rules/qd26-2026/NN.cjs` are the criteria sets `src/rules/data/qd26-2026/set-NN.ts`.
 */
interface PackageJson {
  exports: Record<string, unknown>;
  bin?: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as PackageJson;

function distTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(distTargets);
  return [];
}

/** The criteria-set modules behind the `./rules/qd26-2026/*` pattern: `rules/qd26-2026/06` → set-06.ts. */
function criteriaSetEntries(distFile: string): Array<[name: string, source: string]> {
  if (distFile !== './dist/rules/qd26-2026/*.cjs') throw new Error(`No pattern source known for ${distFile}`);
  const folder = 'src/rules/data/qd26-2026';
  return readdirSync(folder)
    .map((file) => /^set-(\d\d)\.ts$/.exec(file)?.[1])
    .filter((nn): nn is string => nn !== undefined)
    .map((nn) => [`rules/qd26-2026/${nn}`, `${folder}/set-${nn}.ts`]);
}

function cjsSourcesFor(distFile: string): Array<[name: string, source: string]> {
  if (distFile.includes('*')) return distFile.endsWith('.cjs') ? criteriaSetEntries(distFile) : [];
  const single = cjsSourceFor(distFile);
  return single ? [single] : [];
}

function cjsSourceFor(distFile: string): [name: string, source: string] | undefined {
  const match = /^\.\/dist\/(.+?)\.cjs$/.exec(distFile);
  if (!match?.[1]) return undefined;
  const name = match[1];
  const candidates = [`src/${name}.ts`, `src/${name}/index.ts`];
  const source = candidates.find((file) => existsSync(file));
  if (!source) throw new Error(`No source for ${distFile}: expected one of ${candidates.join(', ')}`);
  return [name, source];
}

const cjsEntry = Object.fromEntries(
  [...Object.values(pkg.exports).flatMap(distTargets), ...Object.values(pkg.bin ?? {})]
    .flatMap(cjsSourcesFor),
);

const shared: Options = {
  // No source maps: the ESM files are one per source module, transpiled but not minified.
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'decimal.js'],
};

/**
 * In the CJS bundles, each criteria set stays its own file: an import of a set module (static in
 * `ocop/criteria`, dynamic in `loadCriteriaSet`) becomes a `require` of `dist/rules/qd26-2026/NN.cjs`
 * instead of a copy of the set. So `require('ocop')` does not parse 850 kB of criteria, and every
 * CJS entry shares one object per set (`QD26_SET_06` is the same object from `ocop/criteria` and
 * from `ocop/rules/qd26-2026/06`). All bundles that import sets sit in `dist/`, hence the path.
 */
const criteriaSetsAsFiles = {
  name: 'criteria-sets-as-files',
  setup(build: { onResolve: (options: { filter: RegExp }, callback: (args: { path: string; kind: string }) => { path: string; external: boolean } | undefined) => void }) {
    build.onResolve({ filter: /(^|\/)(data\/qd26-2026\/)?set-\d\d\.js$/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const nn = /set-(\d\d)\.js$/.exec(args.path)?.[1];
      return nn === undefined ? undefined : { path: `./rules/qd26-2026/${nn}.cjs`, external: true };
    });
  },
};

/**
 * Node's ESM entries (`dist/node/`, the `node` condition of each export): the same modules bundled
 * into one file per entry plus shared chunks. Loading 70 small files costs Node more than
 * running them (resolution, stat, read and compile per file), so a cold `import('ocop')` is
 * about 30 ms faster bundled. Bundlers keep the one-file-per-module build, which they tree-shake.
 * Shared chunks keep one copy of each module across entries (`OcopError` from `ocop` is the one
 * `ocop/criteria` throws).
 */
const nodeEntry = {
  index: 'src/index.ts',
  criteria: 'src/criteria.ts',
  adapt: 'src/adapt.ts',
  'fixtures/index': 'src/fixtures/index.ts',
};

/**
 * The criteria sets are not copied into the Node bundles: the bundles import the one-module-per-
 * file ESM set files (`dist/rules/data/qd26-2026/set-NN.js`), which the per-set export
 * `ocop/rules/qd26-2026/NN` serves to Node too, so each set is one module and one object.
 */
const criteriaSetsFromEsmFiles = {
  name: 'criteria-sets-from-esm-files',
  setup(build: { onResolve: (options: { filter: RegExp }, callback: (args: { path: string; kind: string; importer: string }) => { path: string; external: boolean } | undefined) => void }) {
    build.onResolve({ filter: /(^|\/)(data\/qd26-2026\/)?set-\d\d\.js$/ }, (args) => {
      const nn = /set-(\d\d)\.js$/.exec(args.path)?.[1];
      return nn === undefined ? undefined : { path: `../rules/data/qd26-2026/set-${nn}.js`, external: true };
    });
  },
};

export default defineConfig([
  {
    ...shared,
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
  },
  {
    ...shared,
    entry: cjsEntry,
    format: ['cjs'],
    dts: true,
    treeshake: true,
    esbuildPlugins: [criteriaSetsAsFiles],
  },
  {
    ...shared,
    entry: nodeEntry,
    outDir: 'dist/node',
    format: ['esm'],
    platform: 'node',
    splitting: true,
    treeshake: true,
    dts: false,
    esbuildPlugins: [criteriaSetsFromEsmFiles],
  },
]);
