/**
 * The README's quick start is examples/quick-start.mjs verbatim (CI runs the example against the
 * built package), and docs/errors.md lists every code the library can produce.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ISSUE_CODES } from '../src/index.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('README', () => {
  const blocks = [
    ...read('README.md').matchAll(/<!-- example: (examples\/[\w.-]+\.mjs)[^>]*-->\n```js\n([\s\S]*?)```/g),
  ];

  it('marks its code blocks with the example each one is, the quick start first', () => {
    expect(blocks.map((b) => b[1])).toEqual(['examples/quick-start.mjs', 'examples/rate-product.mjs']);
  });

  it.each(blocks.map((b) => [b[1] as string, b[2] as string]))(
    'the block of %s is that example, verbatim',
    (file, code) => {
      expect(code).toBe(read(file));
    },
  );

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
