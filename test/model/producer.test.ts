import { describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { jsonCopy, VALID_EXAMPLES } from './examples.js';
import { itRejects } from './invalid-cases.js';

describe('producer', () => {
  itRejects('producer', [
    { name: 'missing name', change: (d) => delete d.name, code: 'required', path: ['name'] },
    { name: 'blank name after trimming', change: (d) => (d.name = '   '), code: 'empty_text', path: ['name'] },
    { name: 'unknown legal form', change: (d) => (d.legalForm = 'company'), code: 'invalid_enum', path: ['legalForm'] },
    {
      name: 'enterprise without its kind',
      change: (d) => (d.legalForm = 'enterprise'),
      code: 'required',
      path: ['enterpriseKind'],
    },
    {
      name: 'enterprise kind on a household',
      change: (d) => (d.enterpriseKind = 'private'),
      code: 'unknown_key',
      path: ['enterpriseKind'],
    },
    {
      name: 'registration date that does not exist',
      change: (d) => (d.registration.date = '2019-02-29'),
      code: 'invalid_date',
      path: ['registration', 'date'],
    },
    {
      name: 'recorded before it was registered',
      change: (d) => (d.recordedOn = '2014-01-01'),
      code: 'date_order',
      path: ['recordedOn'],
    },
    {
      name: 'Thái Bình address recorded after the merger',
      change: (d) => (d.recordedOn = '2025-07-01'),
      code: 'unit_not_in_force',
      path: ['address', 'unit', 'province'],
    },
    {
      name: 'district recorded after the district level ended',
      change: (d) => {
        d.recordedOn = '2025-07-01';
        d.address.unit = { province: '33', district: '340' };
      },
      code: 'unit_not_in_force',
      path: ['address', 'unit', 'district'],
    },
    {
      name: 'a district that is not in Thái Bình',
      change: (d) => (d.address.unit.district = '345'),
      code: 'unknown_unit',
      path: ['address', 'unit', 'district'],
    },
    {
      name: "Thái Bình's district under another province",
      change: (d) => (d.address.unit.province = '33'),
      code: 'unit_parent_mismatch',
      path: ['address', 'unit', 'district'],
    },
    {
      name: 'a province code no table has',
      change: (d) => (d.address.unit = { province: '99' }),
      code: 'unknown_unit',
      path: ['address', 'unit', 'province'],
    },
    {
      name: 'province code of three digits',
      change: (d) => (d.address.unit = { province: '340' }),
      code: 'invalid_format',
      path: ['address', 'unit', 'province'],
    },
    {
      name: 'local capital over 100%',
      change: (d) => (d.localCapitalPercent = 101),
      code: 'too_big',
      path: ['localCapitalPercent'],
    },
    {
      name: 'local capital as text with a comma',
      change: (d) => (d.localCapitalPercent = '51,5'),
      code: 'invalid_format',
      path: ['localCapitalPercent'],
    },
    {
      name: 'representative attribute as text',
      change: (d) => (d.legalRepresentative.female = 'yes'),
      code: 'invalid_type',
      path: ['legalRepresentative', 'female'],
    },
    {
      name: 'unknown key in the representative',
      change: (d) => (d.legalRepresentative.age = 40),
      code: 'unknown_key',
      path: ['legalRepresentative', 'age'],
    },
  ]);

  it('accepts decimal text for the local capital share and returns a number', () => {
    const input = {
      ...(jsonCopy(VALID_EXAMPLES.producer) as object),
      legalForm: 'enterprise',
      enterpriseKind: 'joint-stock',
      localCapitalPercent: '51.5',
    };
    const result = validate('producer', input);
    expect(result.ok && result.value.localCapitalPercent).toBe(51.5);
  });

  it('reads units on the record date: Hưng Yên (33) with a commune after the merger', () => {
    const input = {
      ...(jsonCopy(VALID_EXAMPLES.producer) as object),
      recordedOn: '2026-06-01',
      address: { unit: { province: '33', commune: '12688' } },
    };
    expect(validate('producer', input).ok).toBe(true);
  });
});
