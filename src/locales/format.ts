/**
 * How values are written inside sentences, the same in every locale: the words themselves are in
 * the locale modules (`vi.ts`, `en.ts`), which pass them to these helpers.
 */
import { describeValue } from '../core/guards.js';

/** Words looked up by a key (a type name, a relation, a unit), in one locale. */
export type Words = Readonly<Record<string, string>>;

/** A parameter in a message; lists are written out two levels deep, deeper ones summarised (no recursion without end). */
export function show(value: unknown, depth = 0): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value))
    return depth >= 2 ? describeValue(value) : Array.from(value, (item: unknown) => show(item, depth + 1)).join(', ');
  return typeof value === 'object' && value !== null ? describeValue(value) : String(value);
}

/** The word for `key` in `words`, or `fallback` when `words` has none (inherited names such as `toString` included). */
export function wordFor(words: Words, key: unknown, fallback: string): string {
  const name = String(key);
  return Object.prototype.hasOwnProperty.call(words, name) ? (words[name] as string) : fallback;
}

/** Type names such as `number | string` in words (`số hoặc chuỗi ký tự`); an unknown name is written as given. */
export function typeWords(value: unknown, words: Words, or: string): string {
  return String(value)
    .split(' | ')
    .map((key) => wordFor(words, key, key))
    .join(or);
}

/** `: 95, expected 100` when the params have an expected value, `` otherwise. */
export function expectedValue(params: object, word: string): string {
  if (!('expected' in params)) return '';
  const { value, expected } = params as { readonly value?: unknown; readonly expected?: unknown };
  return `: ${show(value)}, ${word} ${show(expected)}`;
}
