/**
 * Certificate validity and status on a date: valid, in the re-evaluation window, late for it,
 * in the grace of a pending re-evaluation, expired, or revoked.
 */
import { localeOf, localeOnlyOptions, optionsObject } from '../core/guards.js';
import { addDays, addMonths, assertIsoDate, daysBetween, type IsoDate } from '../core/dates.js';
import type { LocaleOptions } from '../core/issues.js';
import { makeIssue, validationError } from '../core/messages.js';
import type { CertificateInput } from '../model/certificate.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import { validate } from '../model/validate.js';
import { getRuleSet, listRuleSets, resolveRuleSetAt, ruleSetFor } from '../rules/registry.js';
import type { RuleSet } from '../rules/rule-set.js';

/**
 * The last day a certificate is valid: the issuing date plus the rule set's validity (36 months
 * in every rule set), counted as the Civil Code counts months — the period starts the day after
 * the decision and ends on the corresponding day of the last month, or on that month's last day
 * when it has no such day. So 2020-02-04 → 2023-02-04 (expired from 2023-02-05), and
 * 2020-02-29 → 2023-02-28. Without a rule set, the one in force on `issuedOn` is used. A
 * malformed rule set object throws `OcopRuleError` in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { certificateValidUntil } from 'ocop';
 * certificateValidUntil('2020-02-04'); // '2023-02-04' (Nghệ An QĐ 303/QĐ-UBND)
 * certificateValidUntil('2020-02-29', undefined, { locale: 'en' }); // '2023-02-28'
 * ```
 */
export function certificateValidUntil(
  issuedOn: IsoDate,
  ruleSet?: RuleSet | RuleSetId,
  options?: LocaleOptions,
): IsoDate {
  const locale = localeOnlyOptions(options);
  assertIsoDate(issuedOn, 'issuedOn');
  const rules = ruleSet === undefined ? ruleSetFor(issuedOn) : resolveRuleSetAt(ruleSet, ['ruleSet'], locale);
  return addMonths(issuedOn, rules.certificateValidityMonths.value);
}

/**
 * Where a certificate stands on a date, with the dates that bound each state.
 *
 * @example
 * ```ts
 * import { certificateStatus, type CertificateStatus } from 'ocop';
 * const s: CertificateStatus = certificateStatus(
 *   { id: 'c1', product: 'p1', stars: 4, level: 'province', decisionNumber: '303/QĐ-UBND', issuedOn: '2020-02-04' },
 *   { asOf: '2023-02-05' },
 * );
 * s.status; // 'expired'
 * ```
 */
export interface CertificateStatus {
  readonly status: 'valid' | 'renewal-window' | 'renewal-late' | 'grace' | 'expired' | 'revoked';
  /** Last valid day. */
  readonly validUntil: IsoDate;
  /** Days from `asOf` to `validUntil` (0 on the last day, negative after). */
  readonly daysLeft: number;
  /** The re-evaluation window (first and last day to submit), when the rule set has one. */
  readonly renewalWindow: { readonly opens: IsoDate; readonly closes: IsoDate } | null;
  /** Last day of the grace of a pending re-evaluation, when one applies. */
  readonly graceUntil: IsoDate | null;
  /** Day the certificate was revoked, if it was by `asOf`. */
  readonly revokedOn: IsoDate | null;
  /** The rule set whose time limits were applied: the one in force on `asOf`, or on `validUntil` once it has passed. */
  readonly ruleSet: RuleSetId;
}

/**
 * Options of {@link certificateStatus}.
 *
 * @example
 * ```ts
 * import type { CertificateStatusOptions } from 'ocop';
 * const options: CertificateStatusOptions = { asOf: '2026-11-29' };
 * ```
 */
export interface CertificateStatusOptions extends LocaleOptions {
  /** The day to judge on. Required: no function reads the clock. */
  readonly asOf: IsoDate;
  /**
   * A rule set (e.g. a province's adaptation of 26/2026) standing for the national rule set with
   * its `id`. It is checked, not pinned: it must be in force on `asOf` (its `id` that of the
   * national rule set in force then, `asOf` within its own `effectiveFrom`…`effectiveTo`), else
   * `OcopValidationError` with the issue `rule_set_not_in_force` at `options.ruleSet`. It then applies wherever that national rule set would:
   * to the validity of a certificate issued under it, and to the limits on the day judged.
   */
  readonly ruleSet?: RuleSet;
}

/** The first day of the first rule set (1048/QĐ-TTg): earlier days are judged under it. */
function firstDay(): IsoDate {
  return (listRuleSets()[0] as RuleSet).effectiveFrom;
}

/** The national rule set in force on `on` (the first one for earlier days). */
function nationalOn(on: IsoDate): RuleSet {
  return ruleSetFor(on < firstDay() ? firstDay() : on);
}

/** `given` when it stands for `national` and is in effect on `on`, else `national`. */
function ruleOn(on: IsoDate, national: RuleSet, given: RuleSet | undefined): RuleSet {
  const inEffect =
    given !== undefined && given.effectiveFrom <= on && (given.effectiveTo === null || on <= given.effectiveTo);
  return inEffect && given.id === national.id ? given : national;
}

/**
 * The 26/2026 Điều 7.6.a window (`earliest` to `latest` days before `validUntil`), without its
 * days before the rule set took effect on `from`: no rule had a window then. `null` when the
 * whole window came before `from` (Điều 12.3 covers those certificates).
 */
function windowOf(
  validUntil: IsoDate,
  days: { readonly earliest: number; readonly latest: number },
  from: IsoDate,
): CertificateStatus['renewalWindow'] {
  const opens = addDays(validUntil, -days.earliest);
  const closes = addDays(validUntil, -days.latest);
  if (closes < from) return null;
  return { opens: opens < from ? from : opens, closes };
}

/**
 * A certificate's status on `asOf`, under the rule set in force on `asOf` (on `validUntil` once
 * that day has passed: a certificate expires under the rule in force on its last day):
 * - `revoked` from the revocation date;
 * - `valid` until the re-evaluation window opens, or up to `validUntil` under a rule set without
 *   one (1048/2019, 148/2023: the whole time before 26/2026 took effect on 2026-05-22);
 * - `renewal-window` while a re-evaluation dossier may be submitted (26/2026 Điều 7.6.a: from
 *   180 to 120 days before expiry, counted only from 2026-05-22: a window wholly before that day
 *   is `null`, and Điều 12.3 covers the certificate);
 * - `renewal-late` after the window closes, up to `validUntil`;
 * - after `validUntil`: `grace` while a re-evaluation submitted by then is undecided, for at most
 *   180 days (26/2026 Điều 12.3; only for certificates still valid on 2026-05-22 — one that
 *   expired under 148 stays expired), else `expired`.
 * The validity (36 months) is that of the rule set the certificate was issued under (its
 * `ruleSet`, else the one in force on `issuedOn`; 26/2026 Điều 12.1). The certificate may come
 * straight from a database row ({@link CertificateInput}): it is validated first
 * (`OcopValidationError`, its messages in `options.locale`, default `vi`); a bad `asOf` throws
 * `invalid_date`; `options.ruleSet` not in force on `asOf` is an `OcopValidationError` with the
 * issue `rule_set_not_in_force`.
 *
 * @example
 * ```ts
 * import { certificateStatus } from 'ocop';
 * const certificate = { id: 'c1', product: 'p1', stars: 4, level: 'province', decisionNumber: '12/QĐ-UBND', issuedOn: '2024-03-04' } as const;
 * certificateStatus(certificate, { asOf: '2026-11-29' }).status; // 'renewal-late' (window 2026-09-05 … 2026-11-04, expires 2027-03-04)
 * const before = { ...certificate, issuedOn: '2023-10-01' }; // valid until 2026-10-01
 * certificateStatus(before, { asOf: '2026-05-21' }).status; // 'valid' (148/2023 has no window)
 * certificateStatus(before, { asOf: '2026-05-22', locale: 'en' }).renewalWindow; // { opens: '2026-05-22', closes: '2026-06-03' }
 * ```
 */
export function certificateStatus(certificate: CertificateInput, options: CertificateStatusOptions): CertificateStatus {
  const locale = localeOf(optionsObject(options));
  const checked = validate('certificate', certificate, { locale });
  if (!checked.ok) throw validationError(checked.issues, locale);
  const { asOf } = optionsObject(options);
  assertIsoDate(asOf, 'asOf');
  const given =
    options.ruleSet === undefined ? undefined : resolveRuleSetAt(options.ruleSet, ['options', 'ruleSet'], locale);
  const inForce = nationalOn(asOf);
  if (given !== undefined && ruleOn(asOf, inForce, given) !== given) {
    const params = {
      value: asOf,
      ruleSet: given.id,
      effectiveFrom: given.effectiveFrom,
      effectiveTo: given.effectiveTo,
      inForce: inForce.id,
    };
    throw validationError([makeIssue('rule_set_not_in_force', ['options', 'ruleSet'], params, locale)], locale);
  }
  const cert = checked.value;
  const validUntil =
    cert.validUntil ??
    certificateValidUntil(
      cert.issuedOn,
      ruleOn(cert.issuedOn, cert.ruleSet === undefined ? ruleSetFor(cert.issuedOn) : getRuleSet(cert.ruleSet), given),
    );
  const judgedOn = asOf <= validUntil ? asOf : validUntil;
  const national = nationalOn(judgedOn);
  const rules = ruleOn(judgedOn, national, given);
  const window = rules.procedures.renewalWindowDaysBefore?.value;
  const renewalWindow = window ? windowOf(validUntil, window, national.effectiveFrom) : null;
  const graceDays = rules.procedures.expiryGraceDays?.value;
  const pending = cert.reEvaluation !== undefined && cert.reEvaluation.submittedOn <= validUntil;
  const graceLimit = graceDays !== undefined && pending ? addDays(validUntil, graceDays) : null;
  const decidedOn = cert.reEvaluation?.decidedOn;
  const graceUntil = graceLimit && decidedOn !== undefined && decidedOn < graceLimit ? decidedOn : graceLimit;
  const revokedOn = cert.revocation && cert.revocation.date <= asOf ? cert.revocation.date : null;
  const base = {
    validUntil,
    daysLeft: daysBetween(asOf, validUntil),
    renewalWindow,
    graceUntil,
    revokedOn,
    ruleSet: rules.id,
  };
  if (revokedOn) return { status: 'revoked', ...base };
  if (asOf > validUntil) return { status: graceUntil && asOf <= graceUntil ? 'grace' : 'expired', ...base };
  if (renewalWindow && asOf > renewalWindow.closes) return { status: 'renewal-late', ...base };
  if (renewalWindow && asOf >= renewalWindow.opens) return { status: 'renewal-window', ...base };
  return { status: 'valid', ...base };
}
