/**
 * The README's quick start is examples/quick-start.mjs verbatim (CI runs the example against the
 * built package), and docs/errors.md lists every code the library can produce.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ISSUE_CODES } from '../src/index.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('README', () => {
  it('quick start is examples/quick-start.mjs, verbatim', () => {
    const readme = read('README.md');
    const block = /<!-- quick-start: examples\/quick-start\.mjs[^>]*-->\n```js\n([\s\S]*?)```/.exec(readme);
    expect(block?.[1]).toBe(read('examples/quick-start.mjs'));
  });

  it('names the test command that CI runs', () => {
    expect(read('README.md')).toContain('npm test');
    expect(read('.ci/run')).toContain('npm test');
  });
});

describe('docs/errors.md', () => {
  it.each([...ISSUE_CODES, ...ERROR_CODES])('documents %s', (code) => {
    expect(read('docs/errors.md')).toContain(`| \`${code}\` |`);
  });
});
