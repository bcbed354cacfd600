/**
 * The generated administrative-unit tables (src/units/data/), parsed here directly from their row strings:
 * counts, the fixes of the NSO conversion table, the doubts the notes name, and no overlapping periods.
 */
import { describe, expect, it } from 'vitest';
import {
  COMMUNE_CONVERSION_2025,
  DISTRICT_PROVINCES_2025,
  DISTRICT_SPECIAL_ZONES_2025,
} from '../../src/units/data/conversion-2025.js';
import { COMMUNE_ROWS_FROM_2025 } from '../../src/units/data/communes-from-2025.js';
import { COMMUNE_ROWS_UNTIL_2025 } from '../../src/units/data/communes-until-2025.js';
import { DISTRICT_ROWS } from '../../src/units/data/districts.js';
import { UNIT_DATA_NOTES, UNIT_DATA_SOURCES } from '../../src/units/data/sources.js';

interface Period {
  code: string;
  parent: string;
  type: string;
  name: string;
  from: string;
  to: string;
}

function periods(rows: string): Period[] {
  return rows.split('\n').map((row) => {
    const fields = row.split('|');
    expect(fields).toHaveLength(6);
    const [code, parent, type, name, from, to] = fields as [string, string, string, string, string, string];
    return { code, parent, type, name, from, to };
  });
}

function pairs(rows: string): Map<string, string> {
  return new Map(rows.split('\n').map((row) => row.split('|') as [string, string]));
}

const districts = periods(DISTRICT_ROWS);
const communesUntil = periods(COMMUNE_ROWS_UNTIL_2025);
const communesFrom = periods(COMMUNE_ROWS_FROM_2025);
const conversion = new Map(
  COMMUNE_CONVERSION_2025.split('\n').map((row) => {
    const [old, targets] = row.split('|') as [string, string];
    return [old, targets.split(',')];
  }),
);
const districtProvinces = pairs(DISTRICT_PROVINCES_2025);
const specialZones = pairs(DISTRICT_SPECIAL_ZONES_2025);

const inForce = (p: Period, date: string): boolean =>
  (p.from === '' || p.from <= date) && (p.to === '' || date <= p.to);
const on = (rows: Period[], date: string): Period[] => rows.filter((p) => inForce(p, date));

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

describe('row formats', () => {
  it('has five-digit commune codes, three-digit district codes and ISO or empty dates', () => {
    const date = /^(\d{4}-\d{2}-\d{2})?$/;
    for (const p of [...communesUntil, ...communesFrom]) expect(p.code).toMatch(/^\d{5}$/);
    for (const p of [...districts, ...communesUntil, ...communesFrom]) {
      expect(p.from).toMatch(date);
      expect(p.to).toMatch(date);
      expect(p.name).toBe(p.name.normalize('NFC').trim());
      expect(p.name).not.toMatch(/\s{2}|’/);
    }
    // the type prefix is gone; GSO's doubled `Phường Phường Đúc` keeps the second word as its name
    const prefixed = [...districts, ...communesUntil, ...communesFrom].filter((p) =>
      /^(Xã|Phường|Thị trấn|Thị xã|Thành phố|Huyện|Quận|Đặc khu) /i.test(p.name),
    );
    expect(prefixed.map((p) => `${p.code} ${p.type} ${p.name}`)).toEqual(['19780 p Phường Đúc']);
    expect(communesUntil.filter((p) => p.code === '25462').map((p) => p.name)).toContain('4');
    expect(communesUntil.map((p) => p.type).every((t) => 'xpt'.includes(t))).toBe(true);
    expect(districts.map((p) => p.type).every((t) => 'qhxt'.includes(t))).toBe(true);
  });
});

describe('counts on 2025-06-30 (thanglequoc v2.4.1)', () => {
  const d = on(districts, '2025-06-30');
  const c = on(communesUntil, '2025-06-30');
  it('has 63 provinces, 696 districts and 10,035 communes', () => {
    expect(new Set(d.map((p) => p.parent)).size).toBe(63);
    expect(d).toHaveLength(696);
    expect(c).toHaveLength(10035);
  });
  it('has the type counts of the GSO list', () => {
    expect(countBy(d, (p) => p.type)).toEqual({ h: 508, t: 87, x: 52, q: 49 });
    expect(countBy(c, (p) => p.type)).toEqual({ x: 7692, p: 1726, t: 617 });
  });
  it('counts districts per province', () => {
    const perProvince = countBy(d, (p) => p.parent);
    expect(perProvince['34']).toBe(8); // Thái Bình
    expect(perProvince['01']).toBe(30); // Hà Nội
    expect(perProvince['79']).toBe(22); // Hồ Chí Minh
  });
  it('puts every commune under a district in force that day', () => {
    const codes = new Set(d.map((p) => p.code));
    expect(c.every((p) => codes.has(p.parent))).toBe(true);
  });
});

describe('communes from 2025-07-01 (NSO list)', () => {
  const first = on(communesFrom, '2025-07-01');
  it('has 3,321 communes: 2,621 xã, 687 phường, 13 đặc khu', () => {
    expect(first).toHaveLength(3321);
    expect(countBy(first, (p) => p.type)).toEqual({ x: 2621, p: 687, d: 13 });
  });
  it('counts communes per province', () => {
    const perProvince = countBy(first, (p) => p.parent);
    expect(Object.keys(perProvince)).toHaveLength(34);
    expect(perProvince['01']).toBe(126); // Hà Nội
    expect(perProvince['79']).toBe(168); // Hồ Chí Minh
    expect(perProvince['22']).toBe(54); // Quảng Ninh
  });
  it('turns the 10 Đồng Nai xã into phường on 2026-04-30', () => {
    const dongNai = ['25270', '25357', '25363', '26116', '26170', '26248', '26326', '26368', '26425', '26485'];
    for (const code of dongNai) {
      const rows = communesFrom.filter((p) => p.code === code);
      expect(rows.map((p) => [p.parent, p.type, p.from, p.to])).toEqual([
        ['75', 'x', '2025-07-01', '2026-04-29'],
        ['75', 'p', '2026-04-30', ''],
      ]);
      expect(rows[0]?.name).toBe(rows[1]?.name);
    }
    expect(countBy(on(communesFrom, '2026-04-30'), (p) => p.type)).toEqual({ x: 2611, p: 697, d: 13 });
    expect(communesFrom.find((p) => p.code === '25270')?.name).toBe('Lộc Ninh');
  });
  it('has Ia Mơ as 23938, and 23737 (the old Ia Mơ Nông) merged into Ia Ly', () => {
    expect(first.find((p) => p.code === '23938')).toMatchObject({ name: 'Ia Mơ', parent: '52', type: 'x' });
    expect(first.find((p) => p.code === '23737')).toBeUndefined();
    expect(on(communesUntil, '2025-06-30').find((p) => p.code === '23737')?.name).toBe('Ia Mơ Nông');
    expect(conversion.get('23737')).toEqual(['23734:w']);
    expect(first.find((p) => p.code === '23734')?.name).toBe('Ia Ly');
    expect(UNIT_DATA_NOTES.find((n) => n.id === 'ia-mo')?.codes).toEqual(['23938']);
  });
  it('has Ba Chẽ as 06970, and no new commune 06978', () => {
    expect(first.find((p) => p.code === '06970')).toMatchObject({ name: 'Ba Chẽ', parent: '22', type: 'x' });
    expect(communesFrom.some((p) => p.code === '06978')).toBe(false);
    expect(conversion.get('06970')).toEqual(['06970:w']);
  });
  it('folds typographic apostrophes', () => {
    expect(first.find((p) => p.code === '24184')?.name).toBe("Ea H'Leo");
  });
});

describe('conversion 2025 (NSO table, with its three code typos fixed)', () => {
  it('has one row per old commune of 2025-06-30', () => {
    const old = on(communesUntil, '2025-06-30').map((p) => p.code);
    expect([...conversion.keys()]).toEqual([...old].sort());
  });
  it('splits 440 communes: 368 in 2, 55 in 3, 16 in 4, 1 in 5; split ⇔ a part note', () => {
    expect(countBy([...conversion.values()], (t) => String(t.length))).toEqual({
      1: 9595,
      2: 368,
      3: 55,
      4: 16,
      5: 1,
    });
    for (const targets of conversion.values()) {
      expect(targets.length > 1).toBe(targets.some((t) => t.endsWith(':p')));
    }
  });
  it('sends every old commune to communes of 2025-07-01', () => {
    const codes = new Set(on(communesFrom, '2025-07-01').map((p) => p.code));
    for (const targets of conversion.values()) for (const t of targets) expect(codes.has(t.slice(0, 5))).toBe(true);
  });
  it('fixes line 426: Đặng Xá is 00556 and is split between Phù Đổng and Thuận An', () => {
    expect(conversion.get('00556')).toEqual(['00541:p', '00562:p']);
    expect(communesFrom.find((p) => p.code === '00541')?.name).toBe('Phù Đổng');
    expect(communesFrom.find((p) => p.code === '00562')?.name).toBe('Thuận An');
    expect(conversion.get('00553')).toEqual(['00136:p', '00541:p', '00565:p']); // Cổ Bi, as its own rows say
  });
  it('fixes line 912: Mỹ Hưng is 01651 → 01648; 01615 Hồng Quang keeps its own row', () => {
    expect(conversion.get('01651')).toEqual(['01648:w']);
    expect(conversion.get('01615')).toEqual(['01636:w']);
  });
  it('fixes line 1260: Phú Thịnh is 02482 → 02494; 02485 Công Đa keeps its own row', () => {
    expect(conversion.get('02482')).toEqual(['02494:w']);
    expect(conversion.get('02485')).toEqual(['02458:w']);
  });
  it('sends each of the 696 districts to one province', () => {
    expect(districtProvinces.size).toBe(696);
    expect(districtProvinces.get('318')).toBe('31'); // Bạch Long Vĩ → Hải Phòng
    expect(districtProvinces.get('336')).toBe('33'); // TP Thái Bình → Hưng Yên
  });
  it('turns the island districts into special zones', () => {
    expect([...specialZones]).toEqual([
      ['318', '11948'],
      ['471', '19742'],
      ['498', '20333'],
      ['536', '21548'],
      ['755', '26732'],
    ]);
    expect(communesFrom.find((p) => p.code === '11948')).toMatchObject({
      name: 'Bạch Long Vĩ',
      type: 'd',
      parent: '31',
    });
  });
});

describe('history 2019-09-11 to 2025-06-30', () => {
  it('keeps both periods of a renamed commune: 10282 Văn Nhân became Nam Tiến by the 2020-03-01 read', () => {
    expect(communesUntil.filter((p) => p.code === '10282')).toEqual([
      { code: '10282', parent: '280', type: 'x', name: 'Văn Nhân', from: '', to: '2020-02-29' },
      { code: '10282', parent: '280', type: 'x', name: 'Nam Tiến', from: '2020-03-01', to: '2025-06-30' },
    ]);
  });
  it('drops the re-issued rows of the zombie codes and keeps their earlier ones', () => {
    expect(communesUntil.filter((p) => p.code === '07693')).toEqual([
      { code: '07693', parent: '221', type: 'x', name: 'Tân An', from: '', to: '2019-12-31' },
    ]);
    expect(communesUntil.some((p) => p.code === '16411')).toBe(false);
    expect(UNIT_DATA_NOTES.find((n) => n.id === 'zombies')?.codes).toHaveLength(12);
  });
  it('takes the 2025-06-30 spelling for the last period', () => {
    expect(on(communesUntil, '2025-06-30').find((p) => p.code === '04117')?.name).toBe('Mường Chanh');
  });
  it('has no overlapping periods for any code, and each code in date order', () => {
    for (const rows of [districts, communesUntil, communesFrom]) {
      const byCode = new Map<string, Period[]>();
      for (const p of rows) byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
      for (const list of byCode.values()) {
        for (const p of list) expect(p.from === '' || p.to === '' || p.from <= p.to).toBe(true);
        for (let i = 1; i < list.length; i += 1) {
          const [a, b] = [list[i - 1] as Period, list[i] as Period];
          expect(a.to !== '' && b.from !== '' && a.to < b.from, `${b.code} ${a.to} ${b.from}`).toBe(true);
        }
      }
    }
  });
});

describe('sources', () => {
  it('names the four sources with a commit each', () => {
    expect(UNIT_DATA_SOURCES.map((s) => s.id)).toEqual([
      'thanglequoc-v2.4.1',
      'vietnam-provinces-2026.2.3',
      'nso-conversion-2025',
      'dvhcvn-snapshots',
    ]);
    for (const s of UNIT_DATA_SOURCES) expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(Object.isFrozen(UNIT_DATA_NOTES[0])).toBe(true);
  });
});
