import { describe, expect, it } from 'vitest';
import { listUnits } from '../../src/units/lookup.js';
import { adminUnitSuccessor, communeConversion2025, districtProvince2025 } from '../../src/units/successors.js';
import { PROVINCE_MERGERS_2025 } from '../../src/model/admin-units/data/province-mergers-2025.js';

const names = (code: string) =>
  communeConversion2025(code)?.targets.map((t) => `${t.unit.code} ${t.unit.name} ${t.kind}`);

describe('the 2025 conversion (NSO conversion table, three code typos corrected)', () => {
  it('a commune merged in whole maps to one new commune', () => {
    expect(communeConversion2025('12688')).toMatchObject({ split: false });
    expect(names('12688')).toEqual(['12688 Đông Hưng whole']);
  });

  it('Đặng Xá 00556 (printed 00553 on line 426) is split between Phù Đổng and Thuận An', () => {
    expect(communeConversion2025('00556')?.split).toBe(true);
    expect(names('00556')).toEqual(['00541 Phù Đổng part', '00562 Thuận An part']);
  });

  it('Mỹ Hưng 01651 (printed 01615) and Phú Thịnh 02482 (printed 02485) are not split', () => {
    expect(names('01651')).toEqual(['01648 Phục Hòa whole']);
    expect(communeConversion2025('01615')?.split).toBe(false);
    expect(names('02482')).toEqual(['02494 Thái Bình whole']);
    expect(communeConversion2025('02485')?.split).toBe(false);
  });

  it('the one commune split five ways: Tây Mỗ 00634', () => {
    expect(communeConversion2025('00634')?.targets.map((t) => t.unit.code)).toEqual([
      '00622',
      '00634',
      '00637',
      '09556',
      '09886',
    ]);
  });

  it('440 of the 10,035 communes of 2025-06-30 are split, each within one new province', () => {
    const old = listUnits('VN', '2025-06-30')
      .flatMap((p) => listUnits(p.code, '2025-06-30'))
      .flatMap((d) => listUnits(d.code, '2025-06-30'));
    expect(old).toHaveLength(10_035);
    const conversions = old.map((c) => communeConversion2025(c.code));
    expect(conversions.filter((c) => c === undefined)).toEqual([]);
    const split = conversions.filter((c) => c?.split);
    expect(split).toHaveLength(440);
    for (const c of split) expect(new Set(c?.targets.map((t) => t.unit.parentCode)).size).toBe(1);
  });

  it('all 696 districts → one new province, the province their old province merged into', () => {
    const districts = listUnits('VN', '2025-06-30').flatMap((p) => listUnits(p.code, '2025-06-30'));
    expect(districts).toHaveLength(696);
    for (const d of districts) {
      const merger = PROVINCE_MERGERS_2025.find((m) => m.from === d.parentCode);
      expect(districtProvince2025(d.code)?.code, d.code).toBe(merger?.to);
    }
    expect(districtProvince2025('318')?.name).toBe('Hải Phòng'); // Bạch Long Vĩ, an island without communes
    expect(districtProvince2025('999')).toBeUndefined();
  });
});

describe('adminUnitSuccessor(code, on, recordedOn?)', () => {
  it('a commune recorded in 2024 → its new commune; a district → its new province', () => {
    expect(adminUnitSuccessor('12688', '2026-01-01', '2024-03-01')).toMatchObject({ code: '12688', parentCode: '33' });
    expect(adminUnitSuccessor('340', '2026-01-01')?.name).toBe('Hưng Yên');
    expect(adminUnitSuccessor('34', '2025-07-01')?.code).toBe('33');
  });

  it('a split commune → the new province that holds all of it', () => {
    expect(adminUnitSuccessor('00556', '2025-07-01', '2025-06-30')).toMatchObject({ code: '01', level: 'province' });
  });

  it('renames are followed: Văn Nhân (2019) is Nam Tiến in 2021', () => {
    expect(adminUnitSuccessor('10282', '2021-01-01', '2019-10-01')?.name).toBe('Nam Tiến');
  });

  it('a commune abolished in 2019 → its district while that lasts, then the new province', () => {
    expect(adminUnitSuccessor('01078', '2022-01-01', '2019-10-01')).toMatchObject({
      code: '032',
      name: 'Hoàng Su Phì',
    });
    expect(adminUnitSuccessor('01078', '2026-01-01', '2019-10-01')).toMatchObject({ code: '08', name: 'Tuyên Quang' });
  });

  it('recordedOn picks the unit a reused code named; nothing before it existed or for a later record', () => {
    expect(adminUnitSuccessor('00004', '2026-01-01', '2025-06-30')?.name).toBe('Ba Đình');
    expect(adminUnitSuccessor('00004', '2026-01-01')?.validFrom).toBe('2025-07-01');
    expect(adminUnitSuccessor('12688', '2024-01-01', '2025-01-01')).toBeUndefined();
    expect(adminUnitSuccessor('99999', '2026-01-01')).toBeUndefined();
  });
});
