import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { jsonCopy, VALID_EXAMPLES } from './examples.js';
import { itRejects } from './invalid-cases.js';

describe('product', () => {
  itRejects('product', [
    {
      name: 'criteria set 27 of 26/2026',
      change: (d) => (d.classification = { scheme: 'qd26-2026', criteriaSet: 27 }),
      code: 'too_big',
      path: ['classification', 'criteriaSet'],
    },
    {
      name: 'criteria set 2.5',
      change: (d) => (d.classification = { scheme: 'qd26-2026', criteriaSet: 2.5 }),
      code: 'not_integer',
      path: ['classification', 'criteriaSet'],
    },
    {
      name: 'unknown classification scheme',
      change: (d) => (d.classification = { scheme: 'qd148-2023', criteriaSet: 1 }),
      code: 'invalid_enum',
      path: ['classification', 'scheme'],
    },
    {
      name: 'a 26/2026 key on a 1048 classification',
      change: (d) => (d.classification.criteriaSet = 1),
      code: 'unknown_key',
      path: ['classification', 'criteriaSet'],
    },
    {
      name: 'unknown 1048 sector',
      change: (d) => (d.classification.sector = 'drinks'),
      code: 'invalid_enum',
      path: ['classification', 'sector'],
    },
    {
      name: 'product code in neither format',
      change: (d) => (d.code = '34-340-3-2020'),
      code: 'invalid_format',
      path: ['code'],
    },
    {
      name: 'current-format code for Thái Bình, which has no code after the merger',
      change: (d) => (d.code = '34-12688-1-2026'),
      code: 'unit_not_in_force',
      path: ['code'],
    },
    {
      name: 'district-format code dated after the reform',
      change: (d) => (d.code = '34-340-12688-1-2026'),
      code: 'invalid_format',
      path: ['code'],
    },
    {
      name: 'district-format code whose district is not in Thái Bình',
      change: (d) => (d.code = '34-345-12688-1-2020'),
      code: 'unknown_unit',
      path: ['code'],
    },
    {
      name: 'status history out of date order',
      change: (d) => d.statusHistory.push({ date: '2020-12-01', status: 'registered' }),
      code: 'not_chronological',
      path: ['statusHistory', 2, 'date'],
    },
    {
      name: 'evaluated without stars',
      change: (d) => delete d.statusHistory[1].stars,
      code: 'required',
      path: ['statusHistory', 1, 'stars'],
    },
    {
      name: 'recognised at 2 stars',
      change: (d) => d.statusHistory.push({ date: '2021-01-10', status: 'recognised', stars: 2 }),
      code: 'too_small',
      path: ['statusHistory', 2, 'stars'],
    },
    {
      name: 'stars on a registration',
      change: (d) => (d.statusHistory[0].stars = 3),
      code: 'unknown_key',
      path: ['statusHistory', 0, 'stars'],
    },
    {
      name: 'unknown status',
      change: (d) => (d.statusHistory[0].status = 'approved'),
      code: 'invalid_enum',
      path: ['statusHistory', 0, 'status'],
    },
    {
      name: 'origin district after the reform',
      change: (d) => (d.recordedOn = '2025-07-01'),
      code: 'unit_not_in_force',
      path: ['origin', 'district'],
    },
  ]);

  it('accepts both product code formats', () => {
    const base = jsonCopy(VALID_EXAMPLES.product) as object;
    expect(validate('product', { ...base, code: '34-340-12688-3-2020' }).ok).toBe(true);
    expect(validate('product', { ...base, code: '33-12688-3-2026' }).ok).toBe(true);
  });

  it('a 2020 record keeps Thái Bình "34" (history is not rewritten)', () => {
    const result = validate('product', jsonCopy(VALID_EXAMPLES.product));
    expect(result.ok && result.value.origin).toEqual({ province: '34', district: '340' });
  });
});
