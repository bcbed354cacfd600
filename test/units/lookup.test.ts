import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core/dates.js';
import { isOcopError } from '../../src/core/errors.js';
import { adminUnitHistory, COUNTRY, getAdminUnit, listUnits } from '../../src/units/lookup.js';

const codeOf = (error: unknown) => (isOcopError(error) ? error.code : undefined);
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return codeOf(error);
  }
  return undefined;
};

describe('getAdminUnit at every level (a code and a date name a unit)', () => {
  it('a commune before 2025-07-01 has its district as parent; the same code after names a new commune in a province', () => {
    expect(getAdminUnit('12688', '2023-05-10')).toEqual({
      code: '12688',
      name: 'Đông Hưng',
      level: 'commune',
      type: 'thị trấn',
      validFrom: null,
      validTo: '2025-06-30',
      parentCode: '340',
    });
    expect(getAdminUnit('12688', '2025-07-01')).toMatchObject({ name: 'Đông Hưng', type: 'xã', parentCode: '33' });
  });

  it('reused codes: 00004 is Trúc Bạch (Ba Đình district) until 2025-06-30 and Phường Ba Đình (Hà Nội) from 2025-07-01', () => {
    expect(adminUnitHistory('00004').map((u) => [u.name, u.parentCode, u.validFrom, u.validTo])).toEqual([
      ['Trúc Bạch', '001', null, '2025-06-30'],
      ['Ba Đình', '01', '2025-07-01', null],
    ]);
  });

  it('a rename keeps the code: 10282 Văn Nhân until 2020-02-29, Nam Tiến from 2020-03-01', () => {
    expect(getAdminUnit('10282', '2020-02-29')?.name).toBe('Văn Nhân');
    expect(getAdminUnit('10282', '2020-03-01')?.name).toBe('Nam Tiến');
  });

  it('districts end on 2025-06-30; provinces and Huế keep the main entry tables', () => {
    expect(getAdminUnit('340', '2025-06-30')).toMatchObject({ name: 'Đông Hưng', type: 'huyện', parentCode: '34' });
    expect(getAdminUnit('340', '2025-07-01')).toBeUndefined();
    expect(adminUnitHistory('46').map((u) => [u.type, u.validFrom])).toEqual([
      ['tỉnh', null],
      ['thành phố trực thuộc trung ương', '2025-01-01'],
      ['thành phố trực thuộc trung ương', '2025-07-01'],
    ]);
  });

  it('the statistics office letter’s Ia Mơ typo and Ba Chẽ: 23938 and 06970 are the new communes', () => {
    expect(getAdminUnit('23938', '2025-07-01')).toMatchObject({ name: 'Ia Mơ', type: 'xã' });
    expect(getAdminUnit('23737', '2025-07-01')).toBeUndefined();
    expect(getAdminUnit('06970', '2025-07-01')).toMatchObject({ name: 'Ba Chẽ', parentCode: '22' });
    expect(getAdminUnit('06978', '2025-07-01')).toBeUndefined();
  });

  it('a code that never existed is undefined on any date; a bad code or date throws', () => {
    expect(getAdminUnit('99999', '2024-01-01')).toBeUndefined();
    expect(getAdminUnit('999', '2024-01-01')).toBeUndefined();
    expect(thrown(() => getAdminUnit('1234', '2024-01-01'))).toBe('invalid_input');
    expect(thrown(() => getAdminUnit(12688 as never, '2024-01-01'))).toBe('invalid_input');
    expect(thrown(() => getAdminUnit('12688', '2024-02-30'))).toBe('invalid_date');
  });
});

describe('listUnits(parent, date)', () => {
  it('the country: 63 provinces until 2025-06-30, 34 from 2025-07-01', () => {
    expect(listUnits(COUNTRY, '2020-01-01')).toHaveLength(63);
    expect(listUnits(COUNTRY, '2025-06-30')).toHaveLength(63);
    expect(listUnits(COUNTRY, '2025-07-01')).toHaveLength(34);
  });

  it('a province: its districts before 2025-07-01, its communes after', () => {
    expect(listUnits('34', '2020-07-15').map((u) => u.code)).toEqual([
      '336',
      '338',
      '339',
      '340',
      '341',
      '342',
      '343',
      '344',
    ]);
    expect(listUnits('34', '2025-07-01')).toEqual([]);
    expect(listUnits('33', '2025-07-01')).toHaveLength(104);
    expect(listUnits('01', '2025-07-01')).toHaveLength(126);
  });

  it('a district: its communes on the date (Đông Hưng merged communes in 2020: 44 → 38)', () => {
    expect(listUnits('340', '2019-10-01')).toHaveLength(44);
    expect(listUnits('340', '2023-01-01')).toHaveLength(38);
    expect(listUnits('340', '2023-01-01').every((u) => u.level === 'commune' && u.parentCode === '340')).toBe(true);
  });

  it('Đồng Nai: 10 xã become phường on 2026-04-30 (23 → 33)', () => {
    const wards = (on: IsoDate) => listUnits('75', on).filter((u) => u.type === 'phường').length;
    expect(wards('2026-04-29')).toBe(23);
    expect(wards('2026-04-30')).toBe(33);
    expect(listUnits('75', '2026-04-30')).toHaveLength(listUnits('75', '2026-04-29').length);
  });

  it('a parent that is not VN or a code throws invalid_input', () => {
    expect(thrown(() => listUnits('Hà Nội', '2025-07-01'))).toBe('invalid_input');
  });
});
