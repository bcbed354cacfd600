/**
 * Issues with their messages: the sentences themselves are in the locale modules
 * (`src/locales/`). Codes are stable; the wording may improve between versions, so apps should
 * branch on `code`, not on `message`.
 */
import { OcopError, OcopRuleError, OcopValidationError } from './errors.js';
import { describeValue } from './guards.js';
import { ISSUE_TEXT, isLocale, localeList, type Locale } from '../locales/index.js';
import type { IssueParams } from './issue-params.js';
import { DEFAULT_LOCALE, type Issue, type IssueCode, type IssueOf, type IssuePath } from './issues.js';

/**
 * The message for an issue code in a locale, built from its params. Every issue this library
 * returns or throws carries its `code` and `params`, so any issue can be written again in the
 * other language: `issueMessage(issue.code, issue.params ?? {}, 'en')`.
 *
 * @example
 * ```ts
 * import { issueMessage } from 'ocop';
 * issueMessage('invalid_date', { value: '2023-02-29' }, 'en');
 * // 'Not a real calendar date in YYYY-MM-DD form: "2023-02-29"'
 * issueMessage('invalid_date', { value: '2023-02-29' }, 'vi');
 * // 'Ngày không tồn tại hoặc không đúng dạng YYYY-MM-DD: "2023-02-29"'
 * ```
 */
export function issueMessage(code: IssueCode, params: Readonly<Record<string, unknown>>, locale: Locale): string {
  if (typeof code !== 'string' || !Object.prototype.hasOwnProperty.call(ISSUE_TEXT[DEFAULT_LOCALE], code))
    throw new OcopError('invalid_input', `code must be one of ISSUE_CODES, got ${describeValue(code)}`, {
      argument: 'code',
    });
  if (!isLocale(locale))
    throw new OcopError('invalid_input', `locale must be ${localeList()}, got ${describeValue(locale)}`, {
      argument: 'locale',
    });
  if (params === null || typeof params !== 'object')
    throw new OcopError('invalid_input', `params must be an object, got ${describeValue(params)}`, {
      argument: 'params',
    });
  const render = ISSUE_TEXT[locale][code] as (params: Readonly<Record<string, unknown>>) => string;
  return render(params);
}

/**
 * An issue with its message in `locale` (default {@link DEFAULT_LOCALE}; the functions that throw
 * issues write them again in their `locale` option when they throw, see {@link validationError}).
 */
export function makeIssue<C extends IssueCode>(
  code: C,
  path: IssuePath,
  params: IssueParams[C],
  locale: Locale = DEFAULT_LOCALE,
): Extract<Issue, { readonly code: C }> {
  const issue: IssueOf<C> = { code, path, params, message: issueMessage(code, params, locale) };
  // IssueOf<C> is that member of the Issue union; the compiler cannot see it for a generic C
  return issue as unknown as Extract<Issue, { readonly code: C }>;
}

/** `issues` with each message written again in `locale` from its code and params. */
export function inLocale(issues: readonly Issue[], locale: Locale): Issue[] {
  return issues.map((issue) => ({ ...issue, message: issueMessage(issue.code, issue.params ?? {}, locale) }));
}

/** The `OcopValidationError` for `issues`, its issues' messages and its own in `locale`. */
export function validationError(issues: readonly Issue[], locale: Locale): OcopValidationError {
  return new OcopValidationError(inLocale(issues, locale), locale);
}

/** The `OcopRuleError` for `issues` (see its `source`), its issues' messages and its own in `locale`. */
export function ruleError(issues: readonly Issue[], source: 'override' | 'rule-data', locale: Locale): OcopRuleError {
  return new OcopRuleError(inLocale(issues, locale), source, locale);
}
