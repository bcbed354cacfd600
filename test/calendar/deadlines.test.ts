import { describe, expect, it } from 'vitest';
import {
  deadlineStatus,
  expiryNoticeDue,
  OcopValidationError,
  reEvaluationDue,
  revocationDue,
} from '../../src/index.js';

describe('deadlineStatus', () => {
  const due = '2020-07-15' as const; // Thái Bình: district conferences by 15/7/2020
  it.each([
    [{ due }, '2020-07-10', { status: 'pending', daysLeft: 5 }],
    [{ due }, '2020-07-15', { status: 'due-today', daysLeft: 0 }],
    [{ due }, '2020-07-18', { status: 'overdue', daysLate: 3 }],
    [{ due, completedOn: '2020-07-15' }, '2020-07-20', { status: 'done-on-time' }],
    [{ due, completedOn: '2020-07-17' }, '2020-07-20', { status: 'done-late', daysLate: 2 }],
    [{ due, completedOn: '2020-07-17' }, '2020-07-16', { status: 'overdue', daysLate: 1 }],
    [{ due, completedOn: '2020-07-10' }, '2020-07-09', { status: 'pending', daysLeft: 6 }],
  ] as const)('%j on %s', (deadline, asOf, expected) => {
    expect(deadlineStatus(deadline, { asOf })).toEqual(expected);
  });

  it('rejects a completion before the start, a due date before the start, and dates that do not exist', () => {
    expect(() =>
      deadlineStatus({ due, start: '2020-06-16', completedOn: '2020-06-01' }, { asOf: '2020-07-01' }),
    ).toThrow(OcopValidationError);
    expect(() => deadlineStatus({ due, start: '2020-08-01' }, { asOf: '2020-07-01', locale: 'en' })).toThrow(
      /must not be before "start"/,
    );
    expect(() => deadlineStatus({ due: '2020-06-31' as never }, { asOf: '2020-07-01' })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
  });
});

describe('procedure deadlines', () => {
  it('re-evaluation within 45 days, revocation within 15 days (26/2026), expiry notice 30 days ahead (148)', () => {
    expect(reEvaluationDue('2026-09-01')).toBe('2026-10-16');
    expect(revocationDue('2026-12-20')).toBe('2027-01-04');
    expect(expiryNoticeDue('2026-03-10')).toBe('2026-02-08');
  });

  it('a rule set without the limit says so', () => {
    expect(() => reEvaluationDue('2022-01-01', 'qd1048-781-2020')).toThrow(
      expect.objectContaining({ code: 'calendar_not_available' }),
    );
    expect(() => expiryNoticeDue('2026-12-01', 'qd26-2026')).toThrow(/fixes no expiryNoticeDaysBefore/);
  });
});
