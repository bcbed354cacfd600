import { describe, expect, it } from 'vitest';
import {
  certificateStatus,
  certificateValidUntil,
  getRuleSet,
  OcopValidationError,
  type Certificate,
} from '../../src/index.js';
import { issuesOf } from '../issues-of.js';

const base = { id: 'c1', product: 'p1', stars: 4, level: 'province', decisionNumber: '303/QĐ-UBND' } as const;
const cert = (issuedOn: string, extra: Partial<Certificate> = {}): Certificate =>
  ({ ...base, issuedOn, ...extra }) as Certificate;

describe('certificateValidUntil', () => {
  it('Nghệ An QĐ 303/QĐ-UBND of 2020-02-04: valid through 2023-02-04, expired on 2023-02-05', () => {
    expect(certificateValidUntil('2020-02-04')).toBe('2023-02-04');
    expect(certificateStatus(cert('2020-02-04'), { asOf: '2023-02-04' }).status).toBe('valid');
    expect(certificateStatus(cert('2020-02-04'), { asOf: '2023-02-05' })).toMatchObject({
      status: 'expired',
      daysLeft: -1,
      ruleSet: 'qd1048-781-2020',
    });
  });

  it('2020-02-29 + 36 months ends on 2023-02-28, the last day of a February without a 29th', () => {
    expect(certificateValidUntil('2020-02-29')).toBe('2023-02-28');
    expect(certificateValidUntil('2021-02-28')).toBe('2024-02-28');
    expect(certificateValidUntil('2023-05-31', 'qd26-2026')).toBe('2026-05-31');
  });

  it('rejects a date that does not exist, and one before any rule set', () => {
    expect(() => certificateValidUntil('2023-02-29')).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => certificateValidUntil('2019-01-01')).toThrow(
      expect.objectContaining({ code: 'rule_set_not_in_force' }),
    );
  });
});

describe('certificateStatus under 26/2026 (window 180 → 120 days before expiry, grace up to 180 days)', () => {
  // issued 2024-03-04 → valid until 2027-03-04; window opens 2026-09-05, closes 2026-11-04
  const c = cert('2024-03-04');

  it.each([
    ['2026-09-04', 'valid', 181],
    ['2026-09-05', 'renewal-window', 180],
    ['2026-11-04', 'renewal-window', 120],
    ['2026-11-05', 'renewal-late', 119],
    ['2027-03-04', 'renewal-late', 0],
    ['2027-03-05', 'expired', -1],
  ] as const)('on %s: %s, %i days left', (asOf, status, daysLeft) => {
    expect(certificateStatus(c, { asOf })).toMatchObject({
      status,
      daysLeft,
      validUntil: '2027-03-04',
      renewalWindow: { opens: '2026-09-05', closes: '2026-11-04' },
      ruleSet: 'qd26-2026',
    });
  });

  it('a re-evaluation submitted before expiry and not yet decided keeps it in grace for 180 days', () => {
    const pending = cert('2024-03-04', { reEvaluation: { submittedOn: '2027-01-10' } });
    expect(certificateStatus(pending, { asOf: '2027-08-31' })).toMatchObject({
      status: 'grace',
      graceUntil: '2027-08-31',
    });
    expect(certificateStatus(pending, { asOf: '2027-09-01' }).status).toBe('expired');
  });

  it('grace ends with the decision', () => {
    const decided = cert('2024-03-04', { reEvaluation: { submittedOn: '2027-01-10', decidedOn: '2027-04-01' } });
    expect(certificateStatus(decided, { asOf: '2027-04-01' })).toMatchObject({
      status: 'grace',
      graceUntil: '2027-04-01',
    });
    expect(certificateStatus(decided, { asOf: '2027-04-02' }).status).toBe('expired');
  });

  it('a re-evaluation submitted after expiry gives no grace', () => {
    expect(
      certificateStatus(cert('2024-03-04', { reEvaluation: { submittedOn: '2027-03-10' } }), { asOf: '2027-03-11' })
        .status,
    ).toBe('expired');
  });

  it('revoked from the revocation date, whatever else', () => {
    const revoked = cert('2024-03-04', { revocation: { date: '2025-06-01', ground: 'production-stopped' } });
    expect(certificateStatus(revoked, { asOf: '2025-05-31' }).status).toBe('valid');
    expect(certificateStatus(revoked, { asOf: '2025-06-01' })).toMatchObject({
      status: 'revoked',
      revokedOn: '2025-06-01',
    });
  });

  it('a certificate issued before the first rule set (2019-08-21) with a printed validUntil is judged, not refused', () => {
    expect(certificateStatus(cert('2019-01-10', { validUntil: '2022-01-10' }), { asOf: '2021-01-01' })).toMatchObject({
      status: 'valid',
      validUntil: '2022-01-10',
      ruleSet: 'qd1048-781-2020',
    });
  });

  it('uses a printed validUntil when the certificate carries one', () => {
    expect(certificateStatus(cert('2024-03-04', { validUntil: '2027-03-03' }), { asOf: '2027-03-04' }).status).toBe(
      'expired',
    );
  });
});

describe('certificateStatus: errors', () => {
  it('statuses out of order are validation errors with paths', () => {
    const bad = cert('2024-03-04', { reEvaluation: { submittedOn: '2027-01-10', decidedOn: '2027-01-01' } });
    expect(() => certificateStatus(bad, { asOf: '2027-02-01' })).toThrow(OcopValidationError);
    try {
      certificateStatus(bad, { asOf: '2027-02-01' });
    } catch (error) {
      expect((error as OcopValidationError).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['date_order', 'reEvaluation.decidedOn'],
      ]);
    }
  });

  it('a bad asOf is invalid_date', () => {
    expect(() => certificateStatus(cert('2024-03-04'), { asOf: '2027-02-30' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});

describe('certificateStatus across the 26/2026 transition (in force 2026-05-22; Điều 12)', () => {
  // Issue #15 point 7. On each date the rule in force on that date applies: 148/2023 (as amended
  // by 1489/2025) has no re-evaluation window and no grace, 26/2026 has both (Điều 7.6.a, 12.3).

  it('issued 2023-06-15 (valid until 2026-06-15): on 2026-01-10 plainly valid under 148, not in a 26/2026 window', () => {
    expect(certificateStatus(cert('2023-06-15'), { asOf: '2026-01-10' })).toEqual({
      status: 'valid',
      validUntil: '2026-06-15',
      daysLeft: 156,
      renewalWindow: null,
      graceUntil: null,
      revokedOn: null,
      ruleSet: 'qd148-1489-2025',
    });
  });

  it('issued 2023-07-25 (valid until 2026-07-25): no window closing 2026-03-27, before or after 2026-05-22', () => {
    // 26/2026 Điều 7.6.a would put the window on 2026-01-26 … 2026-03-27, wholly before the
    // decision took effect: Điều 12.3 covers such certificates (no window to meet, grace instead).
    expect(certificateStatus(cert('2023-07-25'), { asOf: '2026-03-27' })).toMatchObject({
      status: 'valid',
      renewalWindow: null,
      ruleSet: 'qd148-1489-2025',
      daysLeft: 120,
    });
    expect(certificateStatus(cert('2023-07-25'), { asOf: '2026-06-01' })).toMatchObject({
      status: 'valid',
      renewalWindow: null,
      ruleSet: 'qd26-2026',
      daysLeft: 54,
    });
    const pending = cert('2023-07-25', { reEvaluation: { submittedOn: '2026-06-10' } });
    expect(certificateStatus(pending, { asOf: '2026-07-26' })).toMatchObject({
      status: 'grace',
      graceUntil: '2027-01-21',
      renewalWindow: null,
      ruleSet: 'qd26-2026',
    });
    expect(certificateStatus(pending, { asOf: '2027-01-22' }).status).toBe('expired');
  });

  it('issued 2023-10-01 (valid until 2026-10-01): valid on 2026-05-21 under 148, in the window from 2026-05-22 under 26/2026', () => {
    // Điều 7.6.a: 2026-04-04 … 2026-06-03; the part before 2026-05-22 is not a window of any rule.
    expect(certificateStatus(cert('2023-10-01'), { asOf: '2026-05-21' })).toMatchObject({
      status: 'valid',
      renewalWindow: null,
      ruleSet: 'qd148-1489-2025',
    });
    expect(certificateStatus(cert('2023-10-01'), { asOf: '2026-05-22' })).toMatchObject({
      status: 'renewal-window',
      renewalWindow: { opens: '2026-05-22', closes: '2026-06-03' },
      ruleSet: 'qd26-2026',
    });
    expect(certificateStatus(cert('2023-10-01'), { asOf: '2026-06-04' })).toMatchObject({
      status: 'renewal-late',
      renewalWindow: { opens: '2026-05-22', closes: '2026-06-03' },
    });
  });

  it('a certificate whose last day came before 2026-05-22 expired under 148: no 26/2026 grace revives it', () => {
    // valid until 2026-05-21; a re-evaluation submitted 2026-04-01 and undecided
    const c = cert('2023-05-21', { reEvaluation: { submittedOn: '2026-04-01' } });
    expect(certificateStatus(c, { asOf: '2026-05-22' })).toMatchObject({
      status: 'expired',
      graceUntil: null,
      ruleSet: 'qd148-1489-2025',
    });
    expect(certificateStatus(c, { asOf: '2026-08-01' })).toMatchObject({
      status: 'expired',
      graceUntil: null,
      ruleSet: 'qd148-1489-2025',
    });
  });

  it('a certificate still valid on 2026-05-22 that expires under 26/2026 gets its grace (Điều 12.1, 12.3)', () => {
    // valid until 2026-05-22; the re-evaluation was submitted under 148 and is undecided
    const c = cert('2023-05-22', { reEvaluation: { submittedOn: '2026-04-01' } });
    expect(certificateStatus(c, { asOf: '2026-05-23' })).toMatchObject({
      status: 'grace',
      graceUntil: '2026-11-18',
      ruleSet: 'qd26-2026',
    });
  });

  it.each([
    ['2023-06-15', '2026-01-10', 'valid', 'qd148-1489-2025', null],
    ['2023-06-15', '2026-05-21', 'valid', 'qd148-1489-2025', null],
    ['2023-06-15', '2026-05-22', 'valid', 'qd26-2026', null],
    ['2023-06-15', '2026-06-04', 'valid', 'qd26-2026', null],
    ['2023-07-25', '2026-01-10', 'valid', 'qd148-1489-2025', null],
    ['2023-07-25', '2026-05-22', 'valid', 'qd26-2026', null],
    ['2023-07-25', '2026-06-04', 'valid', 'qd26-2026', null],
    ['2023-10-01', '2026-01-10', 'valid', 'qd148-1489-2025', null],
    ['2023-10-01', '2026-05-21', 'valid', 'qd148-1489-2025', null],
    ['2023-10-01', '2026-05-22', 'renewal-window', 'qd26-2026', { opens: '2026-05-22', closes: '2026-06-03' }],
    ['2023-10-01', '2026-06-04', 'renewal-late', 'qd26-2026', { opens: '2026-05-22', closes: '2026-06-03' }],
  ] as const)(
    'the worked example of docs/calendar.md: issued %s, on %s: %s under %s',
    (issuedOn, asOf, status, ruleSet, renewalWindow) => {
      expect(certificateStatus(cert(issuedOn), { asOf })).toMatchObject({ status, ruleSet, renewalWindow });
    },
  );

  it('options.ruleSet is checked: it must be in force on asOf, and applies only where its id does', () => {
    const national = getRuleSet('qd26-2026');
    const province = {
      ...national,
      procedures: { ...national.procedures, expiryGraceDays: { value: 90, reference: 'test' } },
    };
    const [issue, ...rest] = issuesOf(() =>
      certificateStatus(cert('2023-06-15'), { asOf: '2026-01-10', ruleSet: province }),
    );
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'rule_set_not_in_force',
      path: ['options', 'ruleSet'],
      params: { value: '2026-01-10', ruleSet: 'qd26-2026', effectiveFrom: '2026-05-22', inForce: 'qd148-1489-2025' },
    });
    const pending = cert('2024-03-04', { reEvaluation: { submittedOn: '2027-01-10' } });
    expect(certificateStatus(pending, { asOf: '2027-04-01', ruleSet: province })).toMatchObject({
      status: 'grace',
      graceUntil: '2027-06-02',
    });
    // expired under 148: the province's 26/2026 limits do not reach back
    expect(certificateStatus(cert('2022-01-10'), { asOf: '2026-06-01', ruleSet: province })).toMatchObject({
      status: 'expired',
      ruleSet: 'qd148-2023',
    });
  });
});
