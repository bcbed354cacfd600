import { describe, expect, it } from 'vitest';
import { adminUnitHistory, adminUnitSuccessor, getAdminUnit, listProvinces, OcopError } from '../../../src/index.js';

describe('getAdminUnit', () => {
  it('Thái Bình exists on 2025-06-30 and not on 2025-07-01', () => {
    expect(getAdminUnit('34', '2025-06-30')).toMatchObject({
      code: '34',
      name: 'Thái Bình',
      level: 'province',
      type: 'tỉnh',
    });
    expect(getAdminUnit('34', '2025-07-01')).toBeUndefined();
  });

  it('code 33 is the old Hưng Yên before the merger and the merged one after', () => {
    expect(getAdminUnit('33', '2025-06-30')?.validTo).toBe('2025-06-30');
    expect(getAdminUnit('33', '2025-07-01')).toMatchObject({
      name: 'Hưng Yên',
      validFrom: '2025-07-01',
      validTo: null,
    });
    expect(adminUnitHistory('33')).toHaveLength(2);
  });

  it("finds Thái Bình's districts until the district level ends", () => {
    expect(getAdminUnit('340', '2020-12-24')).toMatchObject({ name: 'Đông Hưng', level: 'district', parentCode: '34' });
    expect(getAdminUnit('338', '2020-06-16')?.name).toBe('Quỳnh Phụ');
    expect(getAdminUnit('340', '2025-07-01')).toBeUndefined();
  });

  it('throws a clear error for a date that does not exist', () => {
    expect(() => getAdminUnit('34', '2023-02-29')).toThrow(OcopError);
    expect(() => getAdminUnit('34', '2023-02-29')).toThrow(/on must be a real calendar date/);
  });
});

describe('listProvinces', () => {
  it('has 63 provinces until 2025-06-30 and 34 from 2025-07-01', () => {
    expect(listProvinces('2025-06-30')).toHaveLength(63);
    expect(listProvinces('2025-07-01')).toHaveLength(34);
  });
});

describe('adminUnitSuccessor', () => {
  it('maps Thái Bình to itself on 2025-06-30 and to Hưng Yên on 2025-07-01', () => {
    expect(adminUnitSuccessor('34', '2025-06-30')?.name).toBe('Thái Bình');
    expect(adminUnitSuccessor('34', '2025-07-01')).toMatchObject({ code: '33', name: 'Hưng Yên' });
  });

  it("maps a district to its province's successor once districts end", () => {
    expect(adminUnitSuccessor('340', '2025-06-30')?.name).toBe('Đông Hưng');
    expect(adminUnitSuccessor('340', '2026-11-29')?.code).toBe('33');
  });

  it('follows a merger whose new province took another code (Quảng Bình 44 → Quảng Trị 44; Quảng Trị 45 → 44)', () => {
    expect(getAdminUnit('44', '2020-01-01')?.name).toBe('Quảng Bình');
    expect(adminUnitSuccessor('44', '2026-01-01')?.name).toBe('Quảng Trị');
    expect(adminUnitSuccessor('45', '2026-01-01')).toMatchObject({ code: '44', name: 'Quảng Trị' });
  });

  it('keeps Hà Nội as Hà Nội', () => {
    expect(adminUnitSuccessor('01', '2026-01-01')).toMatchObject({ code: '01', name: 'Hà Nội' });
  });

  it('is undefined for a code no table has', () => {
    expect(adminUnitSuccessor('99', '2026-01-01')).toBeUndefined();
  });
});

describe('renames keep their history', () => {
  it('code 46 is Thừa Thiên Huế (tỉnh) in 2024 and the city of Huế from 2025-01-01', () => {
    expect(getAdminUnit('46', '2024-12-31')).toMatchObject({ name: 'Thừa Thiên Huế', type: 'tỉnh' });
    expect(getAdminUnit('46', '2025-01-01')).toMatchObject({ name: 'Huế', type: 'thành phố trực thuộc trung ương' });
    expect(adminUnitSuccessor('46', '2026-01-01')).toMatchObject({ name: 'Huế', validFrom: '2025-07-01' });
    expect(listProvinces('2025-01-01')).toHaveLength(63);
  });
});
