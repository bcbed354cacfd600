/**
 * Argument checks shared by the public functions, so that hostile input (null options, a
 * number where a rule set belongs, a BigInt in a date) is reported as an `OcopError` naming the
 * argument, never as a TypeError from deep inside.
 */
import { OcopError } from './errors.js';
import { isLocale, localeList, type Locale } from '../locales/list.js';
import { DEFAULT_LOCALE } from './issues.js';

/** A short, safe rendering of any value for messages: never throws (BigInt, symbols, null-prototype objects, cycles). */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
    case 'bigint':
      return `${value.toString()}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return 'a function';
    case 'undefined':
      return 'undefined';
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
      return String(value);
    default:
      if (value === null) return 'null';
      if (Array.isArray(value)) return `an array of ${value.length}`;
      return 'an object';
  }
}

/**
 * A value's JSON type as `invalid_type` issues name it (`received`): `null`, `array`, `NaN` or
 * `Infinity` for a number that is not finite, else `typeof`.
 */
export function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

/** Throws `invalid_input` unless `value` is a plain object (not null, not an array). */
export function assertObject(value: unknown, name: string): asserts value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new OcopError('invalid_input', `${name} must be an object, got ${describeValue(value)}`, { argument: name });
  }
}

/** An options argument: `undefined` is `{}`; anything else must be an object. */
export function optionsObject<T extends object>(value: T | undefined, name = 'options'): T {
  if (value === undefined) return {} as T;
  assertObject(value, name);
  return value;
}

/** `options.locale` (`undefined` is {@link DEFAULT_LOCALE}); throws `invalid_input` for anything but `vi` or `en`. */
export function localeOf(options: { readonly locale?: unknown }, name = 'options'): Locale {
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (!isLocale(locale))
    throw new OcopError('invalid_input', `${name}.locale must be ${localeList()}, got ${describeValue(locale)}`, {
      option: 'locale',
    });
  return locale;
}

/**
 * The locale of an options argument whose only key is `locale` (the last argument of functions
 * that take no other options): `undefined` is `{}`; another key, a value that is not an object
 * or a locale that is not `vi` or `en` throws `invalid_input`.
 */
export function localeOnlyOptions(value: unknown, name = 'options'): Locale {
  const options = optionsObject(value as { readonly locale?: unknown } | undefined, name);
  const unknown = Object.keys(options).find((key) => key !== 'locale');
  if (unknown !== undefined)
    throw new OcopError('invalid_input', `${name} has an unknown key ${describeValue(unknown)}; it takes only locale`, {
      option: unknown,
    });
  return localeOf(options, name);
}

/**
 * Throws `invalid_input` unless `value` is an array without an own `constructor` key (which
 * would make `map` and `filter` build their result with it: a TypeError, or a foreign class).
 */
export function assertArray(value: unknown, name: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value))
    throw new OcopError('invalid_input', `${name} must be an array, got ${describeValue(value)}`, { argument: name });
  if (Object.hasOwn(value, 'constructor'))
    throw new OcopError('invalid_input', `${name} must be a plain array (it has its own "constructor" key)`, {
      argument: name,
    });
}
