/**
 * A small structural check for data the library defines and callers hand back to it: rule sets,
 * criteria sets, day-off schedules. Their types say what they hold, but an app may build them by
 * hand, spread and edit a shipped one, or read one back from JSON. Written without zod so that
 * the rating path keeps shipping without it (docs/performance.md). Every object is strict
 * (unknown keys are issues), every array is bounded, and the check never throws: it collects
 * issues with their paths.
 */
import { isIsoDate } from './dates.js';
import { jsonKind } from './guards.js';
import type { Issue, IssueDraft, IssuePath } from './issues.js';
import { makeIssue } from './messages.js';

/**
 * What a value must be. `text`: a string; `date`: an ISO calendar date; `number`: a finite
 * number in `[min, max]` (`integer`: whole); `oneOf`: one of the values; `array`: items of a
 * shape, at most `max` (1,000 unless given); `object`: exactly these keys, those in `optional`
 * may be missing; `nullable`: `null` or the shape.
 */
export type Shape =
  | 'text'
  | 'boolean'
  | 'date'
  | { readonly number: readonly [min: number, max: number]; readonly integer?: true }
  | { readonly oneOf: readonly unknown[] }
  | { readonly array: Shape; readonly min?: number; readonly max?: number }
  | { readonly object: Readonly<Record<string, Shape>>; readonly optional?: readonly string[] }
  | { readonly nullable: Shape };

/** What a check found: its issues, and whether every object and array it went through was frozen. */
export interface ShapeReport {
  readonly issues: Issue[];
  frozen: boolean;
}

/** Issues kept per check: enough to fix a file, bounded for a hostile one. */
const MAX_ISSUES = 100;
const DEFAULT_MAX_ITEMS = 1000;

function push(report: ShapeReport, issue: Issue): false {
  if (report.issues.length < MAX_ISSUES) report.issues.push(issue);
  return false;
}

export type { IssueDraft };

/**
 * The draft of a value that is missing (`required`) or not of the `expected` JSON type
 * (`invalid_type`, naming the {@link jsonKind} received), as `validate` reports them.
 */
export function typeDraft(value: unknown, expected: string, path: IssuePath): IssueDraft {
  return value === undefined
    ? { code: 'required', path, params: {} }
    : { code: 'invalid_type', path, params: { expected, received: jsonKind(value) } };
}

/**
 * The issue of a value that is missing (`required`) or not of the `expected` JSON type
 * (`invalid_type`), as `validate` reports them.
 *
 * @example
 * ```ts
 * typeIssue(5, 'array', ['units']).code; // 'invalid_type'
 * ```
 */
export function typeIssue(value: unknown, expected: string, path: IssuePath): Issue {
  const draft = typeDraft(value, expected, path);
  return makeIssue(draft.code, draft.path, draft.params);
}

function wrongType(value: unknown, expected: string, path: IssuePath, report: ShapeReport): false {
  return push(report, typeIssue(value, expected, path));
}

/** What a number must be: finite, in `[min, max]`; `integer`: whole; `safe`: also a safe integer, as zod's `int()` wants. */
export interface NumberBounds {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean | undefined;
  readonly safe?: boolean | undefined;
}

/**
 * The drafts of what is wrong with `value` as a number within `bounds`, in the order zod reports
 * them; none when it is right. Shared by {@link checkShape} and the zod-free evaluation check.
 */
export function numberDrafts(value: unknown, path: IssuePath, bounds: NumberBounds): IssueDraft[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [typeDraft(value, 'number', path)];
  if (bounds.integer && !Number.isInteger(value)) return [{ code: 'not_integer', path, params: { value } }];
  const drafts: IssueDraft[] = [];
  if (bounds.safe && value < Number.MIN_SAFE_INTEGER)
    drafts.push({ code: 'too_small', path, params: { minimum: Number.MIN_SAFE_INTEGER, inclusive: true } });
  if (bounds.safe && value > Number.MAX_SAFE_INTEGER)
    drafts.push({ code: 'too_big', path, params: { maximum: Number.MAX_SAFE_INTEGER, inclusive: true } });
  if (value < bounds.min) drafts.push({ code: 'too_small', path, params: { minimum: bounds.min, inclusive: true } });
  else if (value > bounds.max) drafts.push({ code: 'too_big', path, params: { maximum: bounds.max, inclusive: true } });
  return drafts;
}

function checkNumber(
  value: unknown,
  shape: { readonly number: readonly [number, number]; readonly integer?: true },
  path: IssuePath,
  report: ShapeReport,
): boolean {
  const [min, max] = shape.number;
  const drafts = numberDrafts(value, path, { min, max, integer: shape.integer });
  for (const draft of drafts) push(report, makeIssue(draft.code, draft.path, draft.params));
  return drafts.length === 0;
}

function checkArray(
  value: unknown,
  shape: { readonly array: Shape; readonly min?: number; readonly max?: number },
  path: IssuePath,
  report: ShapeReport,
): boolean {
  if (!Array.isArray(value)) return wrongType(value, 'array', path, report);
  if (!Object.isFrozen(value)) report.frozen = false;
  const max = shape.max ?? DEFAULT_MAX_ITEMS;
  if (value.length > max)
    return push(report, makeIssue('too_big', path, { maximum: max, inclusive: true, unit: 'items' }));
  if (value.length < (shape.min ?? 0))
    return push(report, makeIssue('too_small', path, { minimum: shape.min ?? 0, inclusive: true, unit: 'items' }));
  let ok = true;
  // keys besides the indexes; an own `constructor` (which would derail `map` and `filter`) even when hidden
  if (Object.hasOwn(value, 'constructor') && !Object.prototype.propertyIsEnumerable.call(value, 'constructor')) {
    ok = push(report, makeIssue('unknown_key', [...path, 'constructor'], { key: 'constructor' }));
  }
  for (const key of Object.keys(value)) {
    const index = Number(key);
    if (!(Number.isInteger(index) && String(index) === key && index < value.length))
      ok = push(report, makeIssue('unknown_key', [...path, key], { key }));
  }
  for (let index = 0; index < value.length && report.issues.length < MAX_ISSUES; index += 1) {
    ok = checkShape(value[index], shape.array, [...path, index], report) && ok;
  }
  return ok;
}

function checkObject(
  value: unknown,
  shape: { readonly object: Readonly<Record<string, Shape>>; readonly optional?: readonly string[] },
  path: IssuePath,
  report: ShapeReport,
): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return wrongType(value, 'object', path, report);
  if (!Object.isFrozen(value)) report.frozen = false;
  const record = value as Record<string, unknown>;
  let ok = true;
  for (const key of Object.keys(record)) {
    if (!Object.prototype.hasOwnProperty.call(shape.object, key))
      ok = push(report, makeIssue('unknown_key', [...path, key], { key }));
  }
  for (const [key, inner] of Object.entries(shape.object)) {
    const item = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
    if (item === undefined && shape.optional?.includes(key)) continue;
    ok = checkShape(item, inner, [...path, key], report) && ok;
  }
  return ok;
}

/**
 * Checks `value` against `shape`, adding issues (paths start at `path`) to `report`; returns
 * whether it matched.
 *
 * @example
 * ```ts
 * const report: ShapeReport = { issues: [], frozen: true };
 * checkShape({ month: 13 }, { object: { month: { number: [1, 12], integer: true } } }, ['when'], report); // false
 * report.issues[0]?.code; // 'too_big'
 * ```
 */
export function checkShape(value: unknown, shape: Shape, path: IssuePath, report: ShapeReport): boolean {
  if (shape === 'text') return typeof value === 'string' || wrongType(value, 'string', path, report);
  if (shape === 'boolean') return typeof value === 'boolean' || wrongType(value, 'boolean', path, report);
  if (shape === 'date') {
    if (typeof value !== 'string') return wrongType(value, 'string', path, report);
    return isIsoDate(value) || push(report, makeIssue('invalid_date', path, { value }));
  }
  if ('number' in shape) return checkNumber(value, shape, path, report);
  if ('oneOf' in shape)
    return (
      shape.oneOf.includes(value) || push(report, makeIssue('invalid_enum', path, { options: shape.oneOf, value }))
    );
  if ('array' in shape) return checkArray(value, shape, path, report);
  if ('nullable' in shape) return value === null || checkShape(value, shape.nullable, path, report);
  return checkObject(value, shape, path, report);
}
