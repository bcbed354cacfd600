/**
 * Deadlines: where one stands on a date, and the procedure deadlines the rule sets fix.
 */
import { assertObject, localeOf, localeOnlyOptions, optionsObject } from '../core/guards.js';
import type { LocaleOptions } from '../core/issues.js';
import { addDays, assertIsoDate, daysBetween, type IsoDate } from '../core/dates.js';
import { OcopError } from '../core/errors.js';
import { makeIssue, validationError } from '../core/messages.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import { currentRuleSet, latestRuleSet, resolveRuleSetAt } from '../rules/registry.js';
import type { Procedures, RuleSet } from '../rules/rule-set.js';
import { addWorkingDays, type CalendarOptions } from './working-days.js';

/**
 * A deadline: due on `due` (inclusive), optionally with the day it was done.
 *
 * @example
 * ```ts
 * import type { Deadline } from 'ocop';
 * const conference: Deadline = { due: '2020-07-15', completedOn: '2020-07-10' };
 * ```
 */
export interface Deadline {
  readonly due: IsoDate;
  readonly completedOn?: IsoDate;
  /** When the task started, if known; `completedOn` may not be earlier. */
  readonly start?: IsoDate;
}

/**
 * Where a deadline stands on a date.
 *
 * @example
 * ```ts
 * import type { DeadlineStatus } from 'ocop';
 * const late: DeadlineStatus = { status: 'overdue', daysLate: 3 };
 * ```
 */
export interface DeadlineStatus {
  readonly status: 'pending' | 'due-today' | 'overdue' | 'done-on-time' | 'done-late';
  /** Days from `asOf` to `due` while pending (0 on the day). */
  readonly daysLeft?: number;
  /** Days past `due`: to `asOf` when overdue, to `completedOn` when done late. */
  readonly daysLate?: number;
}

/**
 * The status of a deadline on `asOf`. Done on or before `due` is `done-on-time`; after is
 * `done-late`; a completion dated after `asOf` is not known yet on `asOf`. Throws
 * `OcopValidationError` (messages in `options.locale`, default `vi`) for a completion or a due
 * day before the start, and `invalid_date` for bad dates.
 *
 * @example
 * ```ts
 * import { deadlineStatus } from 'ocop';
 * deadlineStatus({ due: '2020-07-15' }, { asOf: '2020-07-10' }); // { status: 'pending', daysLeft: 5 }
 * deadlineStatus({ due: '2020-07-15', completedOn: '2020-07-17' }, { asOf: '2020-08-01', locale: 'en' }); // { status: 'done-late', daysLate: 2 }
 * ```
 */
export function deadlineStatus(
  deadline: Deadline,
  options: LocaleOptions & { readonly asOf: IsoDate },
): DeadlineStatus {
  assertObject(deadline, 'deadline');
  assertIsoDate(deadline.due, 'due');
  options = optionsObject(options);
  const locale = localeOf(options);
  assertIsoDate(options.asOf, 'asOf');
  if (deadline.completedOn !== undefined) assertIsoDate(deadline.completedOn, 'completedOn');
  if (deadline.start !== undefined) assertIsoDate(deadline.start, 'start');
  const { due, completedOn, start } = deadline;
  const asOf = options.asOf;
  if (start !== undefined && completedOn !== undefined && completedOn < start) {
    throw validationError(
      [makeIssue('date_order', ['completedOn'], { value: completedOn, field: 'start', other: start })],
      locale,
    );
  }
  if (start !== undefined && due < start) {
    throw validationError([makeIssue('date_order', ['due'], { value: due, field: 'start', other: start })], locale);
  }
  if (completedOn !== undefined && completedOn <= asOf) {
    return completedOn <= due
      ? { status: 'done-on-time' }
      : { status: 'done-late', daysLate: daysBetween(due, completedOn) };
  }
  if (asOf < due) return { status: 'pending', daysLeft: daysBetween(asOf, due) };
  if (asOf === due) return { status: 'due-today', daysLeft: 0 };
  return { status: 'overdue', daysLate: daysBetween(due, asOf) };
}

/** The latest national rule set that fixes the procedure `key` (148/2023 for the expiry notice, which 26/2026 dropped). */
function latestFixing(key: keyof Procedures): RuleSet {
  return latestRuleSet((r) => r.procedures[key] !== undefined) as RuleSet;
}

function limit<K extends keyof Procedures>(rules: RuleSet, key: K): NonNullable<Procedures[K]> {
  const value = rules.procedures[key];
  if (value === undefined) {
    throw new OcopError('calendar_not_available', `Rule set ${rules.id} fixes no ${key} (no source seen states one)`, {
      ruleSet: rules.id,
      procedure: key,
    });
  }
  return value as NonNullable<Procedures[K]>;
}

/** The arguments of a deadline counted in calendar days from a date, as the public functions take them. */
interface DayCountArguments {
  /** The date counted from, and the argument's name for its error. */
  readonly from: IsoDate;
  readonly name: string;
  readonly ruleSet: RuleSet | RuleSetId;
  readonly options: LocaleOptions | undefined;
}

/** `from` plus (`sign` 1) or minus (-1) the rule set's number of days `key`, after checking the arguments. */
function dayCount(
  args: DayCountArguments,
  key: 'reEvaluationMaxDays' | 'revocationDays' | 'expiryNoticeDaysBefore',
  sign: 1 | -1,
): IsoDate {
  const locale = localeOnlyOptions(args.options);
  assertIsoDate(args.from, args.name);
  return addDays(args.from, sign * limit(resolveRuleSetAt(args.ruleSet, ['ruleSet'], locale), key).value);
}

/**
 * Last day for the commune to check and pre-assess a dossier: 15 working days after receipt
 * (26/2026 Điều 7.2; the day of receipt is not counted). Malformed options throw issues in
 * `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { communePreAssessmentDue } from 'ocop';
 * communePreAssessmentDue('2026-06-01'); // '2026-06-22'
 * communePreAssessmentDue('2026-06-01', { locale: 'en' }); // '2026-06-22'
 * ```
 */
export function communePreAssessmentDue(
  receivedOn: IsoDate,
  options: CalendarOptions & { readonly ruleSet?: RuleSet | RuleSetId } = {},
): IsoDate {
  options = optionsObject(options);
  const rules = resolveRuleSetAt(options.ruleSet ?? currentRuleSet(), ['options', 'ruleSet'], localeOf(options));
  return addWorkingDays(receivedOn, limit(rules, 'communePreAssessmentWorkingDays').value, options);
}

/**
 * Last day to finish a re-evaluation: 45 days after the complete dossier is received (26/2026
 * Điều 7.6.g; calendar days, the day of receipt not counted). A malformed rule set object throws
 * `OcopRuleError` in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { reEvaluationDue } from 'ocop';
 * reEvaluationDue('2026-09-01'); // '2026-10-16'
 * reEvaluationDue('2026-09-01', 'qd26-2026', { locale: 'en' }); // '2026-10-16'
 * ```
 */
export function reEvaluationDue(
  completeDossierOn: IsoDate,
  ruleSet: RuleSet | RuleSetId = currentRuleSet(),
  options?: LocaleOptions,
): IsoDate {
  return dayCount({ from: completeDossierOn, name: 'completeDossierOn', ruleSet, options }, 'reEvaluationMaxDays', 1);
}

/**
 * Last day to revoke a certificate: 15 days after the competent conclusion, or after the
 * commune confirms the producer stopped (26/2026 Điều 8.4). A malformed rule set object throws
 * `OcopRuleError` in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { revocationDue } from 'ocop';
 * revocationDue('2026-12-20'); // '2027-01-04'
 * revocationDue('2026-12-20', 'qd26-2026', { locale: 'en' }); // '2027-01-04'
 * ```
 */
export function revocationDue(
  conclusionOn: IsoDate,
  ruleSet: RuleSet | RuleSetId = currentRuleSet(),
  options?: LocaleOptions,
): IsoDate {
  return dayCount({ from: conclusionOn, name: 'conclusionOn', ruleSet, options }, 'revocationDays', 1);
}

/**
 * Last day for the recognising body to notify the producer of expiry under 148/QĐ-TTg: at least
 * 30 days before the certificate's last valid day. A malformed rule set object throws
 * `OcopRuleError` in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { expiryNoticeDue } from 'ocop';
 * expiryNoticeDue('2026-03-10'); // '2026-02-08'
 * expiryNoticeDue('2026-03-10', 'qd148-2023', { locale: 'en' }); // '2026-02-08'
 * ```
 */
export function expiryNoticeDue(
  validUntil: IsoDate,
  ruleSet: RuleSet | RuleSetId = latestFixing('expiryNoticeDaysBefore'),
  options?: LocaleOptions,
): IsoDate {
  return dayCount({ from: validUntil, name: 'validUntil', ruleSet, options }, 'expiryNoticeDaysBefore', -1);
}
