import { existsSync, readFileSync } from 'node:fs';
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
    .map(cjsSourceFor)
    .filter((pair): pair is [string, string] => pair !== undefined),
);

const shared: Options = {
  // No source maps: the ESM files are one per source module, transpiled but not minified.
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'date-fns', 'decimal.js'],
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
  },
]);
