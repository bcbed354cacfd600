import { describe, expect, it } from 'vitest';
import { certificateStatus, certificateValidUntil, OcopValidationError, type Certificate } from '../../src/index.js';

const base = { id: 'c1', product: 'p1', stars: 4, level: 'province', decisionNumber: '303/QĐ-UBND' } as const;
const cert = (issuedOn: string, extra: Partial<Certificate> = {}): Certificate => ({ ...base, issuedOn, ...extra }) as Certificate;

describe('certificateValidUntil', () => {
  it('Nghệ An QĐ 303/QĐ-UBND of 2020-02-04: valid through 2023-02-04, expired on 2023-02-05', () => {
    expect(certificateValidUntil('2020-02-04')).toBe('2023-02-04');
    expect(certificateStatus(cert('2020-02-04'), { asOf: '2023-02-04' }).status).toBe('valid');
    expect(certificateStatus(cert('2020-02-04'), { asOf: '2023-02-05' })).toMatchObject({ status: 'expired', daysLeft: -1, ruleSet: 'qd1048-781-2020' });
  });

  it('2020-02-29 + 36 months ends on 2023-02-28, the last day of a February without a 29th', () => {
    expect(certificateValidUntil('2020-02-29')).toBe('2023-02-28');
    expect(certificateValidUntil('2021-02-28')).toBe('2024-02-28');
    expect(certificateValidUntil('2023-05-31', 'qd26-2026')).toBe('2026-05-31');
  });

  it('rejects a date that does not exist, and one before any rule set', () => {
    expect(() => certificateValidUntil('2023-02-29')).toThrow(expect.objectContaining({ code: 'invalid_date' }));
    expect(() => certificateValidUntil('2019-01-01')).toThrow(expect.objectContaining({ code: 'rule_set_not_in_force' }));
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
    expect(certificateStatus(c, { asOf })).toMatchObject({ status, daysLeft, validUntil: '2027-03-04', renewalWindow: { opens: '2026-09-05', closes: '2026-11-04' }, ruleSet: 'qd26-2026' });
  });

  it('a re-evaluation submitted before expiry and not yet decided keeps it in grace for 180 days', () => {
    const pending = cert('2024-03-04', { reEvaluation: { submittedOn: '2027-01-10' } });
    expect(certificateStatus(pending, { asOf: '2027-08-31' })).toMatchObject({ status: 'grace', graceUntil: '2027-08-31' });
    expect(certificateStatus(pending, { asOf: '2027-09-01' }).status).toBe('expired');
  });

  it('grace ends with the decision', () => {
    const decided = cert('2024-03-04', { reEvaluation: { submittedOn: '2027-01-10', decidedOn: '2027-04-01' } });
    expect(certificateStatus(decided, { asOf: '2027-04-01' })).toMatchObject({ status: 'grace', graceUntil: '2027-04-01' });
    expect(certificateStatus(decided, { asOf: '2027-04-02' }).status).toBe('expired');
  });

  it('a re-evaluation submitted after expiry gives no grace', () => {
    expect(certificateStatus(cert('2024-03-04', { reEvaluation: { submittedOn: '2027-03-10' } }), { asOf: '2027-03-11' }).status).toBe('expired');
  });

  it('revoked from the revocation date, whatever else', () => {
    const revoked = cert('2024-03-04', { revocation: { date: '2025-06-01', ground: 'production-stopped' } });
    expect(certificateStatus(revoked, { asOf: '2025-05-31' }).status).toBe('valid');
    expect(certificateStatus(revoked, { asOf: '2025-06-01' })).toMatchObject({ status: 'revoked', revokedOn: '2025-06-01' });
  });

  it('uses a printed validUntil when the certificate carries one', () => {
    expect(certificateStatus(cert('2024-03-04', { validUntil: '2027-03-03' }), { asOf: '2027-03-04' }).status).toBe('expired');
  });
});

describe('certificateStatus: errors', () => {
  it('statuses out of order are validation errors with paths', () => {
    const bad = cert('2024-03-04', { reEvaluation: { submittedOn: '2027-01-10', decidedOn: '2027-01-01' } });
    expect(() => certificateStatus(bad, { asOf: '2027-02-01' })).toThrow(OcopValidationError);
    try {
      certificateStatus(bad, { asOf: '2027-02-01' });
    } catch (error) {
      expect((error as OcopValidationError).issues.map((i) => [i.code, i.path.join('.')])).toEqual([['date_order', 'reEvaluation.decidedOn']]);
    }
  });

  it('a bad asOf is invalid_date', () => {
    expect(() => certificateStatus(cert('2024-03-04'), { asOf: '2027-02-30' as never })).toThrow(expect.objectContaining({ code: 'invalid_date' }));
  });
});
