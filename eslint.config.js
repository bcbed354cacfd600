import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// A later config's `no-restricted-syntax` replaces an earlier one's, so both src/ configs list this selector.
const nestedConditional = {
  selector: 'ConditionalExpression ConditionalExpression ConditionalExpression',
  message: 'A conditional nested more than one level deep: name the cases (a table, a function, if/return).',
};

export default tseslint.config(
  { ignores: ['dist/', 'docs/api/', 'schemas/', 'coverage/', 'node_modules/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    // Short functions with named steps (issue #16): no function over 60 lines of code in src/, generated data
    // excepted, and no conditional nested more than one level inside another.
    files: ['src/**/*.ts'],
    ignores: ['src/rules/data/**', 'src/model/admin-units/data/**', 'src/units/data/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': ['error', nestedConditional],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'The core must run in browsers: only src/cli/ may import Node built-ins.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        nestedConditional,
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The core never reads the clock: take an asOf date.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The core never reads the clock: take an asOf date.',
        },
      ],
      'no-console': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'examples/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
  },
  {
    files: ['examples/**/*.cjs', 'scripts/**/*.cjs', '.size-limit.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { console: 'readonly', require: 'readonly', module: 'writable' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['examples/web-scoring/**/*.js'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly' } },
  },
);
