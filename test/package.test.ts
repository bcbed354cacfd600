/**
 * What the published package holds and how its entries fit together (issue #15):
 * - every relative link in the Markdown it ships (README.md, docs/*.md) points to a file that
 *   package.json's `files` ships, so the links work on npm's page and in node_modules;
 * - once built (`npm run build`; CI builds before `npx vitest run test/cli test/package.test.ts`
 *   runs again), one class per error across the entries of each module system, `isOcopError`
 *   across the two, and each criteria set one object for `import` and `require` alike.
 * scripts/check-package.mjs and scripts/check-consumer.mjs check the packed tarball itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };

/** Whether npm would ship `path` given package.json's `files` (the forms this package uses). */
function shipped(path: string): boolean {
  if (['package.json', 'README.md', 'LICENSE'].includes(path)) return true; // npm always ships these
  return pkg.files.some((pattern) => {
    if (pattern.includes('*')) {
      const [dir, glob] = [posix.dirname(pattern), posix.basename(pattern)];
      const [prefix, suffix] = glob.split('*') as [string, string];
      const name = posix.basename(path);
      return posix.dirname(path) === dir && name.startsWith(prefix) && name.endsWith(suffix);
    }
    return path === pattern || path.startsWith(`${pattern}/`);
  });
}

const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

describe('the shipped Markdown', () => {
  it('ships README.md and every docs/*.md page', () => {
    expect(pages.filter((page) => !shipped(page))).toEqual([]);
  });

  it.each(pages)('%s links only to files the package ships', (page) => {
    const text = readFileSync(join(root, page), 'utf8').replace(/```[\s\S]*?```/g, '');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => (match[1] as string).split('#')[0] as string)
      .filter((target) => target !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(target));
    const resolved = targets.map((target) => posix.normalize(posix.join(posix.dirname(page), target)));
    expect(resolved.filter((path) => !existsSync(join(root, path)) || !shipped(path))).toEqual([]);
  });
});

const built = existsSync(join(root, 'dist/cjs/index.js')) && existsSync(join(root, 'dist/node/index.js'));

describe.skipIf(!built)('the built entries (dist/; skipped until npm run build)', () => {
  // vitest runs this body to collect the tests even when the block is skipped: load nothing here
  const require = createRequire(import.meta.url);
  const cjs = (path: string) => require(join(root, path));
  const badOverride = {
    formatVersion: 1,
    id: 'x',
    title: 'x',
    basedOn: 'qd148-2023',
    jurisdiction: '33',
    effectiveFrom: '2026-07-01',
    changes: {},
  };
  const thrown = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('CommonJS: ocop/fixtures and ocop/adapt throw the classes that ocop exports', () => {
    const main = cjs('dist/cjs/index.js');
    const fixtures = cjs('dist/cjs/fixtures/index.js');
    const adapt = cjs('dist/cjs/adapt.js');
    const fromFixtures = thrown(() => fixtures.createPlan({ nonsense: 1 }));
    const fromAdapt = thrown(() => adapt.adaptRuleSet('qd26-2026', badOverride));
    expect(fromFixtures).toBeInstanceOf(main.OcopValidationError);
    expect(fromAdapt).toBeInstanceOf(main.OcopRuleError);
    expect(main.isOcopError(fromAdapt, 'invalid_override')).toBe(true);
  });

  it("Node's ESM entries share one copy of the classes; import and require share each criteria set", async () => {
    const imported = await import(pathToFileURL(join(root, 'dist/node/index.js')).href);
    const importedAdapt = await import(pathToFileURL(join(root, 'dist/node/adapt.js')).href);
    const importedCriteria = await import(pathToFileURL(join(root, 'dist/node/criteria.js')).href);
    const main = cjs('dist/cjs/index.js');
    const criteria = cjs('dist/cjs/criteria.js');
    const fromAdapt = thrown(() => importedAdapt.adaptRuleSet('qd26-2026', badOverride));
    expect(fromAdapt).toBeInstanceOf(imported.OcopRuleError);
    // ESM and CommonJS are two copies of the code (each with its own zod, as zod itself ships
    // both); isOcopError sees across them.
    expect(main.isOcopError(fromAdapt, 'invalid_override')).toBe(true);
    expect(importedCriteria.QD26_SET_06).toBe(criteria.QD26_SET_06);
    expect(await imported.loadCriteriaSet('qd26-2026', 6)).toBe(criteria.QD26_SET_06);
    expect(await main.loadCriteriaSet('qd26-2026', 6)).toBe(criteria.QD26_SET_06);
  });

  it('the ESM criteria-set modules hold no data of their own', () => {
    const folder = join(root, 'dist/rules/data/qd26-2026');
    const sizes = readdirSync(folder)
      .filter((file) => /^set-\d\d\.js$/.test(file))
      .map((file) => readFileSync(join(folder, file), 'utf8').length);
    expect(sizes).toHaveLength(26);
    expect(Math.max(...sizes)).toBeLessThan(400);
  });
});
