import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/**
 * Build entries are derived from package.json, so adding a public entry point is one change
 * there: a `"./fixtures"` export whose files are `./dist/fixtures.*` builds `src/fixtures/index.ts`
 * (or `src/fixtures.ts`), and a `"bin": { "ocop": "./dist/cli.js" }` builds `src/cli/index.ts`.
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

function sourceFor(distFile: string): [name: string, source: string] | undefined {
  const match = /^\.\/dist\/(.+?)\.(?:js|cjs)$/.exec(distFile);
  if (!match?.[1]) return undefined;
  const name = match[1];
  const candidates = [`src/${name}.ts`, `src/${name}/index.ts`];
  const source = candidates.find((file) => existsSync(file));
  if (!source) throw new Error(`No source for ${distFile}: expected one of ${candidates.join(', ')}`);
  return [name, source];
}

const entry = Object.fromEntries(
  [...Object.values(pkg.exports).flatMap(distTargets), ...Object.values(pkg.bin ?? {})]
    .map(sourceFor)
    .filter((pair): pair is [string, string] => pair !== undefined),
);

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['zod', 'date-fns', 'decimal.js'],
});
