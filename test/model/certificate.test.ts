import { describe, expect, it } from 'vitest';
import { REVOCATION_GROUNDS, validate } from '../../src/index.js';
import { jsonCopy, VALID_EXAMPLES } from './examples.js';
import { itRejects } from './invalid-cases.js';

describe('certificate', () => {
  itRejects('certificate', [
    { name: 'two stars (only 3–5 are certified)', change: (d) => (d.stars = 2), code: 'invalid_enum', path: ['stars'] },
    { name: 'unknown level', change: (d) => (d.level = 'commune'), code: 'invalid_enum', path: ['level'] },
    {
      name: 'a province issuer for a district level',
      change: (d) => {
        d.level = 'district';
        d.issuedOn = '2024-05-07';
        d.validUntil = '2027-05-07';
      },
      code: 'invalid_format',
      path: ['issuer'],
    },
    {
      name: 'a district issuer after 2025-06-30',
      change: (d) => {
        d.level = 'district';
        d.issuer = '340';
      },
      code: 'unit_not_in_force',
      path: ['issuer'],
    },
    {
      name: 'a district-level certificate after 2025-06-30',
      change: (d) => {
        d.level = 'district';
        delete d.issuer;
      },
      code: 'level_not_in_force',
      path: ['level'],
    },
    {
      name: 'an issuer on a central certificate',
      change: (d) => (d.level = 'central'),
      code: 'unknown_key',
      path: ['issuer'],
    },
    {
      name: 'Thái Bình issuing after the merger',
      change: (d) => (d.issuer = '34'),
      code: 'unit_not_in_force',
      path: ['issuer'],
    },
    {
      name: 'issued on a day that does not exist',
      change: (d) => (d.issuedOn = '2023-02-29'),
      code: 'invalid_date',
      path: ['issuedOn'],
    },
    {
      name: 'valid until before issued',
      change: (d) => (d.validUntil = '2026-08-04'),
      code: 'date_order',
      path: ['validUntil'],
    },
    {
      name: 'revoked before issued',
      change: (d) => (d.revocation = { date: '2026-01-01', ground: 'mark-misuse' }),
      code: 'date_order',
      path: ['revocation', 'date'],
    },
    {
      name: 'a revocation ground 26/2026 does not list',
      change: (d) => (d.revocation = { date: '2027-01-01', ground: 'late-fees' }),
      code: 'invalid_enum',
      path: ['revocation', 'ground'],
    },
    { name: 'an unknown rule set', change: (d) => (d.ruleSet = 'qd148'), code: 'invalid_enum', path: ['ruleSet'] },
  ]);

  it('knows the six grounds of 26/2026 Điều 8.1, points a to e with đ', () => {
    expect(Object.values(REVOCATION_GROUNDS).map((g) => g.point)).toEqual(['a', 'b', 'c', 'd', 'đ', 'e']);
  });

  it('accepts a district certificate of the 148 era (Đông Hưng, before the reform)', () => {
    const input = {
      ...(jsonCopy(VALID_EXAMPLES.certificate) as object),
      level: 'district',
      issuer: '340',
      issuedOn: '2023-03-10',
      validUntil: '2026-03-10',
      ruleSet: 'qd148-2023',
    };
    expect(validate('certificate', input).ok).toBe(true);
  });
});
