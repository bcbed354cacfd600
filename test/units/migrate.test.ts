import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core/dates.js';
import { isOcopError } from '../../src/core/errors.js';
import { migrateRecordUnits, migrateUnitRef } from '../../src/units/migrate.js';

describe('migrateUnitRef(ref, from, to)', () => {
  it('a whole-merged commune moves to its new commune; the district is dropped from 2025-07-01', () => {
    expect(migrateUnitRef({ province: '34', district: '340', commune: '12688' }, '2024-03-01', '2025-07-01')).toEqual({
      ok: true,
      ref: { province: '33', commune: '12688' },
    });
  });

  it('a split commune is refused with the new communes to choose from', () => {
    const moved = migrateUnitRef({ province: '01', district: '017', commune: '00556' }, '2025-06-30', '2026-01-01');
    expect(moved.ok).toBe(false);
    if (moved.ok) return;
    expect(moved.refusal).toMatchObject({ path: ['commune'], code: '00556', reason: 'split', within: { code: '01' } });
    expect(moved.refusal.choices.map((c) => `${c.code} ${c.name}`)).toEqual(['00541 Phù Đổng', '00562 Thuận An']);
  });

  it('a district-only reference becomes a province-only one after the reform', () => {
    expect(migrateUnitRef({ province: '34', district: '340' }, '2020-12-24', '2025-07-01')).toEqual({
      ok: true,
      ref: { province: '33' },
    });
  });

  it('before the reform, a rename keeps the reference (with its district)', () => {
    expect(migrateUnitRef({ province: '01', commune: '10282' }, '2019-10-01', '2021-01-01')).toEqual({
      ok: true,
      ref: { province: '01', district: '280', commune: '10282' },
    });
  });

  it('a commune abolished in 2019 is refused before the reform (which commune took it is not known)', () => {
    expect(migrateUnitRef({ province: '02', commune: '01078' }, '2019-10-01', '2022-01-01')).toMatchObject({
      ok: false,
      refusal: { reason: 'abolished', code: '01078', within: { code: '032' } },
    });
  });

  it('an unknown code is refused; a target date before the record date throws; the input is not mutated', () => {
    const ref = Object.freeze({ province: '34', commune: '99999' });
    expect(migrateUnitRef(ref, '2024-01-01', '2025-07-01')).toMatchObject({
      ok: false,
      refusal: { reason: 'unknown_unit' },
    });
    let code: string | undefined;
    try {
      migrateUnitRef(ref, '2025-07-01', '2024-01-01');
    } catch (error) {
      code = isOcopError(error) ? error.code : undefined;
    }
    expect(code).toBe('invalid_input');
  });
});

describe('migrateRecordUnits(kind, record, to)', () => {
  const producer = {
    id: 'thien-duc',
    name: 'HTX Thiện Đức',
    legalForm: 'cooperative' as const,
    recordedOn: '2024-03-01' as IsoDate,
    address: { line: 'Đông Hưng', unit: { province: '34', district: '340', commune: '12688' } },
  };

  it('moves a producer and restates it on the target date, keeping the rest of the address', () => {
    expect(migrateRecordUnits('producer', producer, '2025-07-01')).toEqual({
      ok: true,
      record: {
        ...producer,
        recordedOn: '2025-07-01',
        address: { line: 'Đông Hưng', unit: { province: '33', commune: '12688' } },
      },
    });
  });

  it('a product of a split commune is refused with the path in the record', () => {
    const product = { id: 'x', recordedOn: '2025-06-30' as IsoDate, origin: { province: '01', commune: '00556' } };
    expect(migrateRecordUnits('product', product, '2025-07-01')).toMatchObject({
      ok: false,
      refusal: { path: ['origin', 'commune'], reason: 'split' },
    });
  });

  it('a record already on or after the target date is returned as it is', () => {
    const later = { ...producer, recordedOn: '2025-08-01' as IsoDate, address: { unit: { province: '33' } } };
    expect(migrateRecordUnits('producer', later, '2025-07-01')).toEqual({ ok: true, record: later });
  });
});
