/**
 * Shared fuzzing harness: hostile values, near-valid mutations of valid argument lists, and the
 * one assertion every public function must satisfy — it returns, or it throws an `OcopError`
 * (never a TypeError, RangeError or stack overflow), and it does not write to its inputs (which
 * are deep-frozen before the call, so a write would throw a TypeError in strict mode).
 */
import { fc } from '@fast-check/vitest';
import { OcopError } from '../../src/index.js';

/** Run-count multiplier: `FUZZ_RUNS=2000 npx vitest run test/fuzz` for a long run. */
export const RUNS = Math.max(1, Number(process.env['FUZZ_RUNS'] ?? 100));

/**
 * Seed of every property: fixed by default so that CI is reproducible; `FUZZ_SEED=random`
 * explores new cases (fast-check prints the seed of a failure), `FUZZ_SEED=<n>` replays one.
 */
export const SEED: number | undefined =
  process.env['FUZZ_SEED'] === 'random' ? undefined : Number(process.env['FUZZ_SEED'] ?? 10);

/** Builds `[[[…]]]` `depth` levels deep, iteratively. */
export function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** Builds `{ a: { a: … } }` `depth` levels deep, iteratively. */
export function deepObject(depth: number, key = 'a'): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i += 1) value = { [key]: value };
  return value;
}

/**
 * Deep-freezes a test input iteratively (any depth). Typed arrays with elements cannot be
 * frozen, so they are left as they are.
 */
export function freezeInput<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v) || ArrayBuffer.isView(v)) continue;
    Object.freeze(v);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return value;
}

const NFD_THAI_BINH = 'Thái Bình'.normalize('NFD');

/** 1,000,000 characters, built once. */
export const LONG_STRING = 'Đ'.repeat(1_000_000);
/** 10,000 levels deep, built once (and frozen: every run shares them). */
export const DEEP_ARRAY = freezeInput(labelled(deepArray(10_000), 'DEEP_ARRAY(10000)'));
export const DEEP_OBJECT = freezeInput(labelled(deepObject(10_000), 'DEEP_OBJECT(10000)'));

/** Gives a value a short name in fast-check's reports (its printer recurses, so 10,000 levels would overflow it). */
function labelled(value: unknown, label: string): unknown {
  Object.defineProperty(value, fc.toStringMethod, { value: () => label, enumerable: false });
  return value;
}

export const SPECIAL_NUMBERS: readonly unknown[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  2 ** 32,
  -(2 ** 31),
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e21,
  1e-7,
  10n,
  -1n,
  2n ** 64n,
];

export const SPECIAL_STRINGS: readonly string[] = [
  '',
  ' ',
  '\u0000',
  '\u202e',
  '\u200b',
  '\uFEFF',
  '\r\n',
  '\uD800',
  '\uDC00x',
  '\uD83D',
  NFD_THAI_BINH,
  'Thái Bình',
  `${NFD_THAI_BINH}\u0000`,
  '2026-01-01\u0000',
  ' 2026-01-01',
  '2026-1-1',
  '2026-02-30',
  '+002026-01-01',
  '٢٠٢٦-٠١-٠١',
  '２０２６-０１-０１',
  '0000-01-01',
  '9999-12-31',
  '1e308',
  'NaN',
  '-0',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'qd26-2026\u200b',
  'QD26-2026',
  '34\u0000',
  '٣٤',
  '1.1\u0000',
  '%s%s%n',
  '${x}',
];

const anything = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withNullPrototype: true,
  withSparseArray: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withBigInt: true,
  withBoxedValues: true,
  withTypedArray: true,
  withObjectString: true,
});

const nastyString = fc.oneof(
  fc.constantFrom(...SPECIAL_STRINGS),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 10 }),
  fc.string({ maxLength: 10 }).map((s) => `${s}\u0301\u0000\u202e`),
);

/** One hostile value of any shape. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anything },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS) },
  { weight: 2, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      DEEP_ARRAY,
      DEEP_OBJECT,
      LONG_STRING,
      `2026-01-01${LONG_STRING}`,
      null,
      undefined,
      [],
      {},
      Object.create(null),
      new Map(),
      new Set(),
    ),
  },
);

/** A change to a valid argument list: replace / delete / add at a pseudo-random path. */
interface Mutation {
  readonly path: readonly number[];
  readonly op: 'replace' | 'delete' | 'add';
  readonly key: string;
  readonly value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
  op: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'add'),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'extra', '0', 'length'), fc.string({ maxLength: 5 })),
  value: hostile,
});

/** A deep copy of valid arguments with one hostile change applied. */
export function applyMutation(valid: readonly unknown[], m: Mutation): unknown[] {
  const args = structuredClone(valid) as unknown[];
  const [first = 0, ...rest] = m.path;
  let parent: Record<PropertyKey, unknown> = args as unknown as Record<PropertyKey, unknown>;
  let key: string = String(first % (args.length + 1));
  for (const seed of rest) {
    const child = parent[key];
    if (child === null || typeof child !== 'object') break;
    const keys = Object.keys(child);
    if (keys.length === 0) break;
    parent = child as Record<PropertyKey, unknown>;
    key = keys[seed % keys.length] as string;
  }
  // Reflect, not assignment: setting an array's `length` to a hostile value would throw here, in the harness
  if (m.op === 'delete') Reflect.deleteProperty(parent, key);
  else if (m.op === 'add' && typeof parent[key] === 'object' && parent[key] !== null) {
    const target = parent[key] as object;
    if (!(Array.isArray(target) && m.key === 'length'))
      Reflect.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    // fast-check's printer maps over arrays too: an own `constructor` would crash the report of a failure
    if (Array.isArray(target) && m.key === 'constructor') {
      Reflect.defineProperty(target, fc.toStringMethod, {
        value: () => `Object.assign(${fc.stringify(Array.from(target))}, { constructor: ${fc.stringify(m.value)} })`,
      });
    }
  } else if (!(Array.isArray(parent) && key === 'length')) Reflect.set(parent, key, m.value);
  return args;
}

/** Argument lists for a function whose valid call is `valid()`. */
export function argumentsFor(valid: () => readonly unknown[]): fc.Arbitrary<unknown[]> {
  const arity = valid().length;
  return fc.oneof(
    // fully hostile arguments, any count
    { weight: 2, arbitrary: fc.array(hostile, { maxLength: arity + 1 }) },
    // a valid call with one whole argument hostile
    {
      weight: 2,
      arbitrary: fc.tuple(fc.nat(), hostile).map(([i, v]) => {
        const args = structuredClone(valid()) as unknown[];
        args[arity === 0 ? 0 : i % arity] = v;
        return args;
      }),
    },
    // a valid call with one deep field replaced, deleted or added
    { weight: 5, arbitrary: mutation.map((m) => applyMutation(valid(), m)) },
    // the valid call itself
    { weight: 1, arbitrary: fc.constant(null).map(() => structuredClone(valid()) as unknown[]) },
  );
}

/** Describes an unexpected throw, for the failure message. */
function describeThrow(name: string, error: unknown): Error {
  const kind =
    error instanceof Error ? `${error.constructor.name}: ${error.message.slice(0, 300)}` : `non-Error ${typeof error}`;
  const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 6).join('\n') : '';
  return new Error(`${name} threw ${kind} (only OcopError may escape)\n${stack}`);
}

/** Calls `fn(...args)` with frozen arguments; fails unless it returns or throws an OcopError. */
export function callSafely(
  name: string,
  fn: (...args: never[]) => unknown,
  args: unknown[],
  options: { freeze?: boolean } = {},
): unknown {
  if (options.freeze !== false) freezeInput(args);
  try {
    return fn(...(args as never[]));
  } catch (error) {
    if (error instanceof OcopError) return error;
    throw describeThrow(name, error);
  }
}

/** The async form of {@link callSafely}: the promise must fulfil or reject with an OcopError. */
export async function callSafelyAsync(
  name: string,
  fn: (...args: never[]) => Promise<unknown>,
  args: unknown[],
): Promise<unknown> {
  freezeInput(args);
  try {
    return await fn(...(args as never[]));
  } catch (error) {
    if (error instanceof OcopError) return error;
    throw describeThrow(name, error);
  }
}
