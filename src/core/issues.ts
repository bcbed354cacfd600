/**
 * Structured validation issues: what `validate` returns instead of throwing.
 */

import type { Locale } from '../locales/index.js';
import { deepFreeze } from './freeze.js';
import type { IssueParams } from './issue-params.js';

// The languages are listed once, in the registry of locales.
export type { Locale } from '../locales/index.js';
export type { IssueParams } from './issue-params.js';

/**
 * The language of messages when no `locale` option is given: Vietnamese, for `validate` and for
 * every function that throws issues (`rateProduct`, `evaluatePlan`, `adaptRuleSet`, …).
 *
 * @example
 * ```ts
 * import { DEFAULT_LOCALE, issueMessage } from 'ocop';
 * issueMessage('required', {}, DEFAULT_LOCALE); // 'Thiếu trường bắt buộc'
 * ```
 */
export const DEFAULT_LOCALE: Locale = 'vi';

/**
 * The `locale` option every function that can throw issues takes (in its options object, or as
 * a last argument of its own when it has no other options): the language of the issues'
 * messages and of the error's `message`. Default {@link DEFAULT_LOCALE}.
 *
 * @example
 * ```ts
 * import { resolveRuleSet, type LocaleOptions } from 'ocop';
 * const options: LocaleOptions = { locale: 'en' };
 * resolveRuleSet('qd26-2026', options).id; // 'qd26-2026'
 * ```
 */
export interface LocaleOptions {
  /** Language of the messages: `vi` (default) or `en`. */
  readonly locale?: Locale;
}

/**
 * Where in the input an issue is: object keys and array indexes from the root, e.g.
 * `["targets", 2, "min"]`. An empty path means the input itself.
 *
 * @example
 * ```ts
 * import type { IssuePath } from 'ocop';
 * const path: IssuePath = ['targets', 2, 'min'];
 * ```
 */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * One problem found in an input. `code` is stable (see {@link ISSUE_CODES}); `message` is for
 * people and may change between versions; `params` holds the values the message was built from.
 *
 * @example
 * ```ts
 * import type { Issue } from 'ocop';
 * const issue: Issue = {
 *   code: 'invalid_date',
 *   path: ['issuedOn'],
 *   params: { value: '2023-02-29' },
 *   message: 'Ngày không tồn tại hoặc không đúng dạng YYYY-MM-DD: "2023-02-29"',
 * };
 * ```
 */
export type Issue = { readonly [C in IssueCode]: IssueOf<C> }[IssueCode];

/**
 * An {@link Issue} with the code `C`: its `params` are {@link IssueParams}`[C]`, so an issue
 * narrowed by its code reads typed params (`issue.params?.maximum` of a `too_big` issue is a
 * number); a key that is not among them reads as `unknown`.
 *
 * @example
 * ```ts
 * import type { IssueOf } from 'ocop';
 * const issue: IssueOf<'too_big'> = {
 *   code: 'too_big',
 *   path: ['sheets'],
 *   params: { maximum: 100, inclusive: true, unit: 'items' },
 *   message: 'Must be at most 100 items',
 * };
 * ```
 */
export interface IssueOf<C extends IssueCode> {
  readonly code: C;
  readonly path: IssuePath;
  readonly message: string;
  readonly params?: IssueParams[C] & Readonly<Record<string, unknown>>;
}

/**
 * An issue found by a check before it is given a message: its code, path and the params of that
 * code, checked at compile time (`makeIssue` turns it into an {@link Issue}).
 */
export type IssueDraft = {
  readonly [C in IssueCode]: { readonly code: C; readonly path: IssuePath; readonly params: IssueParams[C] };
}[IssueCode];

/**
 * The outcome of `validate`: the cleaned value (text trimmed and NFC-normalized, decimal text
 * turned into numbers), or the list of issues.
 *
 * @example
 * ```ts
 * import { validate } from 'ocop';
 * const result = validate('observation', { target: 'conference', date: '2020-07-10', done: true });
 * const summary = result.ok ? result.value.date : result.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
 * // '2020-07-10'
 * ```
 */
export type ValidationResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Every issue code `validate` can return. Codes are stable: apps may branch on them.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from 'ocop';
 * ISSUE_CODES.includes('unknown_key'); // true
 * ```
 */
export const ISSUE_CODES = /* @__PURE__ */ deepFreeze([
  'required',
  'invalid_type',
  'unknown_key',
  'forbidden_key',
  'empty_text',
  'too_small',
  'too_big',
  'not_integer',
  'not_a_number',
  'invalid_enum',
  'invalid_format',
  'invalid_date',
  'date_order',
  'range_order',
  'not_chronological',
  'duplicate',
  'one_of_fields',
  'unknown_unit',
  'unit_not_in_force',
  'unit_parent_mismatch',
  'level_not_in_force',
  'empty_council',
  'mixed_sheets',
  'rule_set_mismatch',
  'level_not_in_rule_set',
  'rule_set_not_in_force',
  'criteria_set_required',
  'criteria_not_available',
  'unknown_criteria_set',
  'criteria_not_loaded',
  'criteria_set_mismatch',
  'unknown_criterion',
  'missing_criterion',
  'points_not_an_option',
  'not_a_knock_out',
  'unknown_target',
  'unknown_item',
  'unknown_plan_unit',
  'observation_form',
  'duplicate_observation',
  'mixed_observation_scopes',
  'override_forbidden_key',
  'override_conflict',
  'override_not_stricter',
  'override_already_applied',
  'invalid_criteria_set',
  'invalid_value',
] as const);

/**
 * A stable issue code; see {@link ISSUE_CODES} and `docs/errors.md`.
 *
 * @example
 * ```ts
 * import type { IssueCode } from 'ocop';
 * const code: IssueCode = 'invalid_date';
 * ```
 */
export type IssueCode = (typeof ISSUE_CODES)[number];
