/**
 * Fuzzing of every public function (issue #10): hostile arguments (arbitrary values with
 * null-prototype objects, sparse arrays, Map/Set/Date, huge numbers, NaN/Infinity, control
 * characters, NFD Vietnamese, lone surrogates, 1,000,000-character strings, 10,000-deep
 * nesting) and near-valid ones (a valid call with one field replaced, deleted or added). A call
 * must return or throw an `OcopError`, and must not write to its (frozen) arguments.
 *
 * `FUZZ_RUNS=2000 npx vitest run test/fuzz` for a long run (default 100 per function).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { argumentsFor, callSafely, callSafelyAsync, hostile, RUNS, SEED } from './harness.js';
import { SPECS } from './specs.js';

const numRuns = (weight = 1) => Math.max(10, Math.round(RUNS * weight));
/** Per-test timeout, scaled with the run count (a long run of FUZZ_RUNS=2000 takes seconds per function). */
const TIMEOUT = 10_000 + RUNS * 100;
/** Run parameters: `weight` × RUNS cases, with the fixed seed unless FUZZ_SEED=random. */
const params = (weight?: number) =>
  SEED === undefined ? { numRuns: numRuns(weight) } : { numRuns: numRuns(weight), seed: SEED };

describe('every public function returns or throws OcopError', () => {
  for (const spec of SPECS) {
    if (spec.async) {
      test.prop([argumentsFor(spec.valid)], params(spec.weight))(
        `${spec.name} (async)`,
        async (args) => {
          await callSafelyAsync(spec.name, spec.fn as (...a: never[]) => Promise<unknown>, args);
        },
        TIMEOUT,
      );
    } else {
      test.prop([argumentsFor(spec.valid)], params(spec.weight))(
        spec.name,
        (args) => {
          callSafely(spec.name, spec.fn, args, { freeze: !spec.mutates });
        },
        TIMEOUT,
      );
    }
  }
});

describe('the valid call of every spec succeeds (so near-valid cases are near something valid)', () => {
  for (const spec of SPECS) {
    test.prop([fc.constant(null)], { numRuns: 1 })(spec.name, async () => {
      const result = spec.fn(...(structuredClone(spec.valid()) as never[]));
      await expect(Promise.resolve(result)).resolves.not.toBeInstanceOf(Error);
    });
  }
});

describe('non-object options are rejected with OcopError', () => {
  const withOptions = SPECS.filter((s) => {
    const args = s.valid();
    const last = args[args.length - 1];
    return !s.mutates && args.length > 1 && last !== null && typeof last === 'object' && !Array.isArray(last);
  });
  for (const spec of withOptions) {
    test.prop(
      [
        fc.oneof(
          fc.constantFrom<unknown>(null, 0, '', 'x', true, 1n, Symbol('s'), [], () => 0),
          hostile,
        ),
      ],
      params(0.3),
    )(
      spec.name,
      async (options) => {
        const args = [...(structuredClone(spec.valid()) as unknown[]).slice(0, -1), options];
        if (spec.async) await callSafelyAsync(spec.name, spec.fn as (...a: never[]) => Promise<unknown>, args);
        else callSafely(spec.name, spec.fn, args);
      },
      TIMEOUT,
    );
  }
});
