import { describe, expect, it } from 'vitest';
import { PROVINCE_MERGERS_2025 } from '../../../src/model/admin-units/data/province-mergers-2025.js';
import { PROVINCES_FROM_2025 } from '../../../src/model/admin-units/data/provinces-from-2025.js';
import { PROVINCES_UNTIL_2025 } from '../../../src/model/admin-units/data/provinces-until-2025.js';
import { THAI_BINH_DISTRICTS } from '../../../src/model/admin-units/data/thai-binh-districts.js';
import type { AdminUnitRecord } from '../../../src/model/admin-units/data/types.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function codes(records: readonly AdminUnitRecord[]): string[] {
  return records.map((r) => r.code);
}

function byCode(records: readonly AdminUnitRecord[], code: string): AdminUnitRecord | undefined {
  return records.find((r) => r.code === code);
}

describe.each([
  ['PROVINCES_UNTIL_2025', PROVINCES_UNTIL_2025, 63],
  ['PROVINCES_FROM_2025', PROVINCES_FROM_2025, 34],
] as const)('%s', (_label, table, expectedCount) => {
  it(`has ${expectedCount} distinct two-digit codes`, () => {
    const cs = new Set(codes(table));
    expect(cs.size).toBe(expectedCount);
    for (const c of cs) expect(c).toMatch(/^\d{2}$/);
  });

  it('never has two records of one code in force on the same day', () => {
    for (const code of new Set(codes(table))) {
      const periods = table.filter((r) => r.code === code);
      periods.forEach((p, i) => {
        const next = periods[i + 1];
        if (next) expect(next.validFrom !== null && p.validTo !== null && next.validFrom > p.validTo).toBe(true);
      });
    }
  });

  it('has NFC names with no prefix and province level', () => {
    for (const r of table) {
      expect(r.name).toBe(r.name.normalize('NFC'));
      expect(r.name.trim()).toBe(r.name);
      expect(r.name).not.toMatch(/^(Tỉnh|Thành phố) /);
      expect(r.level).toBe('province');
      expect(['tỉnh', 'thành phố trực thuộc trung ương']).toContain(r.type);
      expect(r.parentCode).toBeUndefined();
    }
  });

  it('has ISO dates or null', () => {
    for (const r of table) {
      if (r.validFrom !== null) expect(r.validFrom).toMatch(ISO_DATE);
      if (r.validTo !== null) expect(r.validTo).toMatch(ISO_DATE);
    }
  });
});

describe('provincial tables: specific facts', () => {
  it('until 2025: five centrally-run cities, six once Thừa Thiên Huế became the city of Huế on 2025-01-01', () => {
    const citiesOn = (day: string) =>
      PROVINCES_UNTIL_2025.filter(
        (r) =>
          r.type === 'thành phố trực thuộc trung ương' &&
          (r.validFrom === null || r.validFrom <= day) &&
          (r.validTo === null || day <= r.validTo),
      )
        .map((r) => r.code)
        .sort();
    expect(citiesOn('2024-12-31')).toEqual(['01', '31', '48', '79', '92']);
    expect(citiesOn('2025-01-01')).toEqual(['01', '31', '46', '48', '79', '92']);
    expect(byCode(PROVINCES_UNTIL_2025, '46')?.name).toBe('Thừa Thiên Huế');
    expect(PROVINCES_UNTIL_2025.filter((r) => r.code === '46').map((r) => [r.name, r.validFrom, r.validTo])).toEqual([
      ['Thừa Thiên Huế', null, '2024-12-31'],
      ['Huế', '2025-01-01', '2025-06-30'],
    ]);
    expect(PROVINCES_UNTIL_2025.filter((r) => r.validTo !== '2025-06-30').map((r) => r.code)).toEqual(['46']);
  });

  it('from 2025: six centrally-run cities including Huế, seven from 2026-04-30 with Đồng Nai', () => {
    const citiesOn = (day: string) =>
      PROVINCES_FROM_2025.filter(
        (r) =>
          r.type === 'thành phố trực thuộc trung ương' &&
          (r.validFrom ?? '') <= day &&
          (r.validTo === null || day <= r.validTo),
      )
        .map((r) => r.code)
        .sort();
    expect(citiesOn('2026-04-29')).toEqual(['01', '31', '46', '48', '79', '92']);
    expect(citiesOn('2026-04-30')).toEqual(['01', '31', '46', '48', '75', '79', '92']);
    expect(byCode(PROVINCES_FROM_2025, '46')?.name).toBe('Huế');
    expect(PROVINCES_FROM_2025.filter((r) => r.code === '75').map((r) => [r.type, r.validFrom, r.validTo])).toEqual([
      ['tỉnh', '2025-07-01', '2026-04-29'],
      ['thành phố trực thuộc trung ương', '2026-04-30', null],
    ]);
    for (const r of PROVINCES_FROM_2025) if (r.code !== '75') expect(r.validFrom).toBe('2025-07-01');
  });

  it('names known codes', () => {
    expect(byCode(PROVINCES_UNTIL_2025, '01')?.name).toBe('Hà Nội');
    expect(byCode(PROVINCES_UNTIL_2025, '34')?.name).toBe('Thái Bình');
    expect(byCode(PROVINCES_UNTIL_2025, '33')?.name).toBe('Hưng Yên');
    expect(byCode(PROVINCES_UNTIL_2025, '79')?.name).toBe('Hồ Chí Minh');
    expect(byCode(PROVINCES_FROM_2025, '33')?.name).toBe('Hưng Yên');
    expect(byCode(PROVINCES_FROM_2025, '79')?.name).toBe('Hồ Chí Minh');
    expect(byCode(PROVINCES_FROM_2025, '34')).toBeUndefined();
  });
});

describe('PROVINCE_MERGERS_2025', () => {
  const oldCodes = [...new Set(codes(PROVINCES_UNTIL_2025))];
  const newCodes = new Set(codes(PROVINCES_FROM_2025));

  it('has exactly one row per old code and nothing else', () => {
    expect(PROVINCE_MERGERS_2025).toHaveLength(oldCodes.length);
    for (const c of oldCodes) {
      expect(PROVINCE_MERGERS_2025.filter((m) => m.from === c)).toHaveLength(1);
    }
    const oldSet = new Set(oldCodes);
    for (const m of PROVINCE_MERGERS_2025) expect(oldSet.has(m.from)).toBe(true);
  });

  it('targets only codes of the 34-unit table', () => {
    for (const m of PROVINCE_MERGERS_2025) expect(newCodes.has(m.to)).toBe(true);
  });

  it('makes every new province the target of at least one merger', () => {
    const targets = new Set(PROVINCE_MERGERS_2025.map((m) => m.to));
    for (const c of newCodes) expect(targets.has(c)).toBe(true);
  });

  it('dates every row 2025-07-01', () => {
    for (const m of PROVINCE_MERGERS_2025) expect(m.on).toBe('2025-07-01');
  });

  it('maps known cases', () => {
    const to = (from: string) => PROVINCE_MERGERS_2025.find((m) => m.from === from)?.to;
    expect(to('34')).toBe('33'); // Thái Bình → Hưng Yên
    expect(to('33')).toBe('33'); // Hưng Yên → Hưng Yên
    expect(to('01')).toBe('01'); // Hà Nội, unchanged
    expect(to('46')).toBe('46'); // Huế, unchanged
    expect(to('27')).toBe('24'); // Bắc Ninh (old 27) → Bắc Ninh (new 24)
    expect(to('45')).toBe('44'); // Quảng Trị (old 45) → Quảng Trị (new 44)
  });

  it('maps the 11 unchanged units to themselves and forms 23 merged units', () => {
    const groups = new Map<string, string[]>();
    for (const m of PROVINCE_MERGERS_2025) groups.set(m.to, [...(groups.get(m.to) ?? []), m.from]);
    const singles = [...groups.entries()].filter(([, froms]) => froms.length === 1);
    expect(singles).toHaveLength(11);
    for (const [to, froms] of singles) expect(froms).toEqual([to]);
    expect([...groups.values()].filter((froms) => froms.length > 1)).toHaveLength(23);
  });
});

describe('THAI_BINH_DISTRICTS', () => {
  it('has 8 district-level units under "34" with unique three-digit codes', () => {
    expect(THAI_BINH_DISTRICTS).toHaveLength(8);
    const cs = codes(THAI_BINH_DISTRICTS);
    expect(new Set(cs).size).toBe(cs.length);
    for (const r of THAI_BINH_DISTRICTS) {
      expect(r.code).toMatch(/^\d{3}$/);
      expect(r.parentCode).toBe('34');
      expect(r.level).toBe('district');
      expect(r.validTo).toBe('2025-06-30');
      expect(r.name).toBe(r.name.normalize('NFC'));
    }
  });

  it('has 1 thành phố and 7 huyện', () => {
    expect(THAI_BINH_DISTRICTS.filter((r) => r.type === 'thành phố')).toHaveLength(1);
    expect(THAI_BINH_DISTRICTS.filter((r) => r.type === 'huyện')).toHaveLength(7);
  });

  it('names known codes', () => {
    expect(byCode(THAI_BINH_DISTRICTS, '340')?.name).toBe('Đông Hưng');
    expect(byCode(THAI_BINH_DISTRICTS, '338')?.name).toBe('Quỳnh Phụ');
    expect(byCode(THAI_BINH_DISTRICTS, '336')).toMatchObject({ name: 'Thái Bình', type: 'thành phố' });
  });
});
