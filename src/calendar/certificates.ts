/**
 * Certificate validity and status on a date: valid, in the re-evaluation window, late for it,
 * in the grace of a pending re-evaluation, expired, or revoked.
 */
import { optionsObject } from '../core/guards.js';
import { addDays, addMonths, assertIsoDate, daysBetween, type IsoDate } from '../core/dates.js';
import { OcopValidationError } from '../core/errors.js';
import type { Certificate } from '../model/certificate.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import { validate } from '../model/validate.js';
import { resolveRuleSet, ruleSetFor } from '../rules/registry.js';
import type { RuleSet } from '../rules/rule-set.js';

/**
 * The last day a certificate is valid: the issuing date plus the rule set's validity (36 months
 * in every rule set), counted as the Civil Code counts months — the period starts the day after
 * the decision and ends on the corresponding day of the last month, or on that month's last day
 * when it has no such day. So 2020-02-04 → 2023-02-04 (expired from 2023-02-05), and
 * 2020-02-29 → 2023-02-28. Without a rule set, the one in force on `issuedOn` is used.
 *
 * @example
 * ```ts
 * import { certificateValidUntil } from 'ocop';
 * certificateValidUntil('2020-02-04'); // '2023-02-04' (Nghệ An QĐ 303/QĐ-UBND)
 * certificateValidUntil('2020-02-29'); // '2023-02-28'
 * ```
 */
export function certificateValidUntil(issuedOn: IsoDate, ruleSet?: RuleSet | RuleSetId): IsoDate {
  assertIsoDate(issuedOn, 'issuedOn');
  const rules = ruleSet === undefined ? ruleSetFor(issuedOn) : resolveRuleSet(ruleSet);
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
  /** The rule set whose time limits were applied. */
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
export interface CertificateStatusOptions {
  /** The day to judge on. Required: no function reads the clock. */
  readonly asOf: IsoDate;
  /** A rule set (e.g. a province's adaptation) whose time limits apply instead of the national one in force on `validUntil`. */
  readonly ruleSet?: RuleSet;
}

/**
 * A certificate's status on `asOf`:
 * - `revoked` from the revocation date;
 * - `valid` until the re-evaluation window opens;
 * - `renewal-window` while a re-evaluation dossier may be submitted (26/2026 Điều 7.6.a: from
 *   180 to 120 days before expiry);
 * - `renewal-late` after the window closes, up to `validUntil`;
 * - after `validUntil`: `grace` while a re-evaluation submitted by then is undecided, for at most
 *   180 days (26/2026 Điều 12.3), else `expired`.
 * The time limits are those of the rule set in force on `validUntil`. The certificate is
 * validated first (`OcopValidationError`); a bad `asOf` throws `invalid_date`.
 *
 * @example
 * ```ts
 * import { certificateStatus } from 'ocop';
 * const certificate = { id: 'c1', product: 'p1', stars: 4, level: 'province', decisionNumber: '12/QĐ-UBND', issuedOn: '2024-03-04' } as const;
 * certificateStatus(certificate, { asOf: '2026-11-29' }).status; // 'renewal-window' (expires 2027-03-04)
 * ```
 */
export function certificateStatus(certificate: Certificate, options: CertificateStatusOptions): CertificateStatus {
  const checked = validate('certificate', certificate, { locale: 'en' });
  if (!checked.ok) throw new OcopValidationError(checked.issues);
  const { asOf } = optionsObject(options);
  assertIsoDate(asOf, 'asOf');
  const cert = checked.value;
  const validUntil = cert.validUntil ?? certificateValidUntil(cert.issuedOn, options.ruleSet ?? cert.ruleSet);
  const rules = options.ruleSet ?? ruleSetFor(validUntil < '2019-08-21' ? '2019-08-21' : validUntil);
  const window = rules.procedures.renewalWindowDaysBefore?.value;
  const renewalWindow = window ? { opens: addDays(validUntil, -window.earliest), closes: addDays(validUntil, -window.latest) } : null;
  const graceDays = rules.procedures.expiryGraceDays?.value;
  const pending = cert.reEvaluation !== undefined && cert.reEvaluation.submittedOn <= validUntil;
  const graceLimit = graceDays !== undefined && pending ? addDays(validUntil, graceDays) : null;
  const decidedOn = cert.reEvaluation?.decidedOn;
  const graceUntil = graceLimit && decidedOn !== undefined && decidedOn < graceLimit ? decidedOn : graceLimit;
  const revokedOn = cert.revocation && cert.revocation.date <= asOf ? cert.revocation.date : null;
  const base = { validUntil, daysLeft: daysBetween(asOf, validUntil), renewalWindow, graceUntil, revokedOn, ruleSet: rules.id };
  if (revokedOn) return { status: 'revoked', ...base };
  if (asOf > validUntil) return { status: graceUntil && asOf <= graceUntil ? 'grace' : 'expired', ...base };
  if (renewalWindow && asOf > renewalWindow.closes) return { status: 'renewal-late', ...base };
  if (renewalWindow && asOf >= renewalWindow.opens) return { status: 'renewal-window', ...base };
  return { status: 'valid', ...base };
}
