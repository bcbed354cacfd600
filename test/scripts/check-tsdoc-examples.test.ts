/**
 * scripts/check-tsdoc-examples.mjs (issue #16): a TSDoc `@example` that does not type-check is
 * reported at its source file and line, and the exit code is 1; a file whose examples compile
 * passes with exit code 0. The fixture sources are written under .tmp/ (inside the repository,
 * so the package's `paths` and `"type": "module"` apply as they do to src/).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/check-tsdoc-examples.mjs');
const TIMEOUT = 180_000;

/**
 * Compiles: an import from `ocop`, and `addOne` of its own module used without an import (the
 * documented module's exports are in scope, as in a doctest).
 */
const GOOD = `/**
 * Adds one.
 *
 * @example
 * \`\`\`ts
 * import { starBand } from 'ocop';
 * const stars: number = starBand(81.2, 'qd26-2026'); // 4
 * addOne(stars); // 5
 * \`\`\`
 */
export function addOne(n: number): number {
  return n + 1;
}
`;

/**
 * Line 8 passes a string where a number is expected; the js block is not checked. No import from
 * `ocop`, so this run does not load the library's types.
 */
const BAD = `/**
 * Doubles.
 *
 * @example
 * \`\`\`ts
 * double(2); // 4
 *
 * const four: number = double('2');
 * \`\`\`
 *
 * \`\`\`js
 * double('not checked: not a ts block');
 * \`\`\`
 */
export function double(n: number): number {
  return n * 2;
}

/** Not an example: \`\`\`ts blocks outside @example are prose. */
export const NOTE = 1;
`;

let folder = '';
const rel = (name: string) => relative(root, join(folder, name)).split(sep).join('/');
const run = (...files: string[]) => spawnSync(process.execPath, [script, ...files], { cwd: root, encoding: 'utf8' });

beforeAll(() => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  folder = mkdtempSync(join(root, '.tmp', 'tsdoc-fixture-'));
  writeFileSync(join(folder, 'good.ts'), GOOD);
  writeFileSync(join(folder, 'bad.ts'), BAD);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('check-tsdoc-examples', () => {
  it(
    'reports a failing example at its source file and line, and exits 1',
    () => {
      const r = run(rel('bad.ts'));
      expect(r.status).toBe(1);
      const errors = r.stderr.split('\n').filter((line) => line.includes(' TS'));
      expect(errors).toEqual([expect.stringMatching(new RegExp(`^${rel('bad.ts')}:8:\\d+ TS2345 `))]);
      expect(r.stderr).toMatch(/1 errors in 1 places; 1 examples in 1 files/);
    },
    TIMEOUT,
  );

  it(
    'passes a file whose examples compile (imports from ocop, its own exports in scope), and exits 0',
    () => {
      const r = run(rel('good.ts'));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^TSDoc examples type-check: 1 examples in 1 files/);
    },
    TIMEOUT,
  );
});
