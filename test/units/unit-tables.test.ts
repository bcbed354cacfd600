/**
 * Acceptance tests of `UNIT_TABLES` (ocop/units) through the main entry's `validate`: every district and
 * commune code of a record checked on the record's date against the full tables, and what the main entry
 * checks alone (district codes of provinces other than Thái Bình and commune codes: format only). Real codes
 * throughout, from the GSO/NSO lists the tables are built from.
 */
import { describe, expect, it } from 'vitest';
import { OcopError } from '../../src/core/errors.js';
import type { IsoDate } from '../../src/core/dates.js';
import type { Issue } from '../../src/core/issues.js';
import { PlanSchema } from '../../src/model/plan.js';
import { validate, type EntityKind } from '../../src/model/validate.js';
import { adminUnitHistory, listUnits } from '../../src/units/lookup.js';
import { UNIT_TABLES } from '../../src/units/unit-tables.js';

const TABLES = { unitTables: UNIT_TABLES } as const;
const YEAR_2023 = { start: '2023-01-01', end: '2023-12-31' } as const;
const YEAR_2026 = { start: '2026-01-01', end: '2026-12-31' } as const;
const TARGETS = [{ id: 'new-products', kind: 'count', title: 'Sản phẩm OCOP mới', min: 5 }] as const;

type PlanUnit = { province: string } | { country: string };

function plan(unit: PlanUnit, period: { start: string; end: string }, codes: readonly string[]) {
  return {
    id: 'plan',
    title: 'Kế hoạch thực hiện Chương trình OCOP',
    unit,
    period,
    units: codes.map((code) => ({ code })),
    targets: TARGETS,
  };
}

const codesOf = (parent: string, on: IsoDate): string[] => listUnits(parent, on).map((unit) => unit.code);

/** `[code, path, params]` of each issue, or `[]` when the record is valid. */
function issues(kind: EntityKind, record: unknown, options: Parameters<typeof validate>[2] = {}) {
  const result = validate(kind, record, options);
  return result.ok ? [] : result.issues.map((issue: Issue) => [issue.code, issue.path, issue.params]);
}

describe('a 2023 provincial plan over its districts', () => {
  const provinces = codesOf('VN', '2023-06-01');

  it('validates for every one of the 63 provinces over all its districts of 2023', () => {
    expect(provinces).toHaveLength(63);
    let districts = 0;
    const failing: string[] = [];
    for (const province of provinces) {
      const codes = codesOf(province, '2023-06-01');
      expect(codes.length, province).toBeGreaterThan(0);
      districts += codes.length;
      const result = validate('plan', plan({ province }, YEAR_2023, codes), TABLES);
      if (!result.ok) failing.push(`${province}: ${JSON.stringify(result.issues)}`);
    }
    expect(failing).toEqual([]);
    // the GSO list of 2023-04-10 (daohoangson/dvhcvn): 63 provinces, 705 districts
    expect(districts).toBe(705);
  });

  const haNoi = codesOf('01', '2023-06-01');
  const caoBang = codesOf('04', '2023-06-01');

  it('has a district of Nghệ An named in a Hà Nội plan as unit_parent_mismatch at its index', () => {
    expect(haNoi).toHaveLength(30);
    const units = [...haNoi.slice(0, 5), '412', ...haNoi.slice(5)]; // 412: Vinh, Nghệ An (40)
    expect(issues('plan', plan({ province: '01' }, YEAR_2023, units), TABLES)).toEqual([
      ['unit_parent_mismatch', ['units', 5, 'code'], { code: '412', parent: '01' }],
    ]);
  });

  it("has a code no unit ever had ('999') as unknown_unit", () => {
    expect(adminUnitHistory('999')).toEqual([]);
    expect(issues('plan', plan({ province: '01' }, YEAR_2023, [...haNoi, '999']), TABLES)).toEqual([
      ['unknown_unit', ['units', 30, 'code'], { code: '999', on: '2023-01-01' }],
    ]);
  });

  it('has a district abolished before the plan (Thông Nông, Cao Bằng, to 2020-02-29) as unit_not_in_force', () => {
    const [thongNong] = adminUnitHistory('044');
    expect(thongNong).toMatchObject({ name: 'Thông Nông', parentCode: '04', validTo: '2020-02-29' });
    expect(issues('plan', plan({ province: '04' }, YEAR_2023, ['044', ...caoBang]), TABLES)).toEqual([
      [
        'unit_not_in_force',
        ['units', 0, 'code'],
        { code: '044', on: '2023-01-01', name: 'Thông Nông', validFrom: null, validTo: '2020-02-29' },
      ],
    ]);
  });

  it("without unitTables, the main entry checks these district codes for format only: no issue for '999', a Nghệ An district in Hà Nội or a district abolished in 2020", () => {
    expect(validate('plan', plan({ province: '01' }, YEAR_2023, [...haNoi, '412', '999'])).ok).toBe(true);
    expect(validate('plan', plan({ province: '04' }, YEAR_2023, ['044', ...caoBang])).ok).toBe(true);
  });

  it('gives the messages in English when locale is en (Vietnamese by default)', () => {
    const record = plan({ province: '01' }, YEAR_2023, [...haNoi, '412']);
    const en = validate('plan', record, { ...TABLES, locale: 'en' });
    const vi = validate('plan', record, TABLES);
    expect(en.ok ? [] : en.issues.map((issue) => issue.message)).toEqual(['Unit "412" does not belong to "01"']);
    expect(vi.ok ? [] : vi.issues.map((issue) => issue.message)).toEqual([
      'Đơn vị mã "412" không thuộc đơn vị cấp trên "01"',
    ]);
  });
});

describe('a 2026 plan over the new units', () => {
  const hungYen = codesOf('33', '2026-01-01');

  it('validates for the new Hưng Yên (33) over its 104 communes', () => {
    expect(hungYen).toHaveLength(104);
    expect(issues('plan', plan({ province: '33' }, YEAR_2026, hungYen), TABLES)).toEqual([]);
  });

  it('has a commune of another new province (00541 Phù Đổng, Hà Nội) as unit_parent_mismatch', () => {
    expect(issues('plan', plan({ province: '33' }, YEAR_2026, [...hungYen, '00541']), TABLES)).toEqual([
      ['unit_parent_mismatch', ['units', 104, 'code'], { code: '00541', parent: '33' }],
    ]);
    // what the main entry checks alone: a commune code's format
    expect(validate('plan', plan({ province: '33' }, YEAR_2026, [...hungYen, '00541'])).ok).toBe(true);
  });

  const provinces = codesOf('VN', '2026-01-01');

  it('validates a national plan { country: VN } over the 34 provinces, with and without the tables', () => {
    expect(provinces).toHaveLength(34);
    const national = plan({ country: 'VN' }, YEAR_2026, provinces);
    expect(issues('plan', national, TABLES)).toEqual([]);
    expect(issues('plan', national)).toEqual([]);
  });

  it('has a district named in a national plan as invalid_format with the tables (its units are provinces)', () => {
    const national = plan({ country: 'VN' }, YEAR_2023, ['01', '340', '34']);
    expect(issues('plan', national, TABLES)).toEqual([
      ['invalid_format', ['units', 1, 'code'], { format: 'province-code', example: '34', value: '340' }],
    ]);
    expect(issues('plan', plan({ country: 'VN' }, YEAR_2026, [...provinces, '00541']), TABLES)).toEqual([
      ['invalid_format', ['units', 34, 'code'], { format: 'province-code', example: '34', value: '00541' }],
    ]);
  });

  it("without the tables, the main entry checks a national plan's units only as codes on their dates: a district of 2023 passes", () => {
    expect(issues('plan', plan({ country: 'VN' }, YEAR_2023, ['01', '340', '34']))).toEqual([]);
  });

  it("has a national plan's provinces checked on its dates: an old province in a 2026 plan is an issue", () => {
    // 34 Thái Bình was merged into Hưng Yên (33) on 2025-07-01
    const [code, path] = issues('plan', plan({ country: 'VN' }, YEAR_2026, [...provinces, '34']))[0] ?? [];
    expect([code, path]).toEqual(['unit_not_in_force', ['units', 34, 'code']]);
  });

  it("accepts the plan unit { country: 'VN' } and rejects { country: 'LA' }", () => {
    expect(PlanSchema.safeParse(plan({ country: 'VN' }, YEAR_2026, provinces)).success).toBe(true);
    expect(PlanSchema.safeParse(plan({ country: 'LA' }, YEAR_2026, provinces)).success).toBe(false);
    expect(issues('plan', plan({ country: 'LA' }, YEAR_2026, provinces), TABLES)).toEqual([
      ['invalid_enum', ['unit', 'country'], { options: ['VN'], value: 'LA' }],
    ]);
  });
});

describe('an observation with a commune code', () => {
  const observation = (unit: string, date: string) => ({ target: 'new-products', unit, date, value: 1 });

  it('of a commune abolished in 2024 (02593 Vân Sơn, to 2024-08-31), dated after: an issue with tables, none without', () => {
    const late = observation('02593', '2024-10-01');
    expect(issues('observation', late, TABLES)).toEqual([
      [
        'unit_not_in_force',
        ['unit'],
        { code: '02593', on: '2024-10-01', name: 'Vân Sơn', validFrom: null, validTo: '2024-08-31' },
      ],
    ]);
    expect(issues('observation', late)).toEqual([]);
    expect(issues('observation', observation('02593', '2024-08-31'), TABLES)).toEqual([]);
  });

  it('of a 2025-07-01 commune used on 2024-01-01, when no commune had its code: an issue with tables, none without', () => {
    // 11948 Bạch Long Vĩ, a special zone from 2025-07-01 with a new code
    const early = observation('11948', '2024-01-01');
    expect(issues('observation', early, TABLES)).toEqual([
      [
        'unit_not_in_force',
        ['unit'],
        { code: '11948', on: '2024-01-01', name: 'Bạch Long Vĩ', validFrom: '2025-07-01', validTo: null },
      ],
    ]);
    expect(issues('observation', early)).toEqual([]);
    expect(issues('observation', observation('11948', '2025-07-01'), TABLES)).toEqual([]);
  });
});

describe('a producer address and a product origin', () => {
  const product = (origin: object, recordedOn: string) => ({
    id: 'banh-cay',
    name: 'Bánh cáy',
    producer: 'htx',
    classification: { scheme: 'qd1048-2019', sector: 'food' },
    origin,
    recordedOn,
  });
  const producer = (unit: object, recordedOn: string) => ({
    id: 'htx',
    name: 'HTX Dịch vụ nông nghiệp',
    legalForm: 'cooperative',
    recordedOn,
    address: { unit },
  });

  it('has a commune under the wrong district as unit_parent_mismatch, under its own district as valid', () => {
    // 00556 Đặng Xá lay in 018 Gia Lâm, not 017 Đông Anh
    expect(
      issues('product', product({ province: '01', district: '017', commune: '00556' }, '2023-05-10'), TABLES),
    ).toEqual([['unit_parent_mismatch', ['origin', 'commune'], { code: '00556', parent: '017' }]]);
    expect(
      issues('product', product({ province: '01', district: '018', commune: '00556' }, '2023-05-10'), TABLES),
    ).toEqual([]);
    expect(
      issues('producer', producer({ province: '34', district: '338', commune: '12688' }, '2023-05-10'), TABLES),
    ).toEqual([['unit_parent_mismatch', ['address', 'unit', 'commune'], { code: '12688', parent: '338' }]]);
    expect(
      issues('producer', producer({ province: '34', district: '340', commune: '12688' }, '2023-05-10'), TABLES),
    ).toEqual([]);
  });

  it('has a district of another province as unit_parent_mismatch', () => {
    expect(issues('producer', producer({ province: '01', district: '412' }, '2023-05-10'), TABLES)).toEqual([
      ['unit_parent_mismatch', ['address', 'unit', 'district'], { code: '412', parent: '01' }],
    ]);
  });

  it('takes a commune of the new province from 2025-07-01 and refuses one of another province', () => {
    const [commune] = codesOf('33', '2026-01-01');
    expect(commune).toBe('11953');
    expect(issues('product', product({ province: '33', commune: '11953' }, '2026-02-01'), TABLES)).toEqual([]);
    expect(issues('producer', producer({ province: '33', commune: '11953' }, '2026-02-01'), TABLES)).toEqual([]);
    expect(issues('product', product({ province: '33', commune: '00541' }, '2026-02-01'), TABLES)).toEqual([
      ['unit_parent_mismatch', ['origin', 'commune'], { code: '00541', parent: '33' }],
    ]);
    expect(validate('product', product({ province: '33', commune: '00541' }, '2026-02-01')).ok).toBe(true);
  });
});

describe('a certificate issued by a district', () => {
  const certificate = (issuer: string, issuedOn: string) => ({
    id: 'cb-2021-001',
    product: 'banh-cay',
    stars: 3,
    level: 'district',
    issuer,
    decisionNumber: '125/QĐ-UBND',
    issuedOn,
  });

  it('has an issuer district that did not exist on issuedOn as an issue with tables, none without', () => {
    expect(issues('certificate', certificate('044', '2021-03-01'), TABLES)).toEqual([
      [
        'unit_not_in_force',
        ['issuer'],
        { code: '044', on: '2021-03-01', name: 'Thông Nông', validFrom: null, validTo: '2020-02-29' },
      ],
    ]);
    expect(issues('certificate', certificate('044', '2021-03-01'))).toEqual([]);
    expect(issues('certificate', certificate('044', '2019-12-20'), TABLES)).toEqual([]);
    expect(issues('certificate', certificate('999', '2021-03-01'), TABLES)).toEqual([
      ['unknown_unit', ['issuer'], { code: '999', on: '2021-03-01' }],
    ]);
  });
});

describe('the unitTables option', () => {
  it('throws OcopError invalid_input for anything but the tables', () => {
    const call = () =>
      validate('observation', { target: 't', date: '2024-01-01', value: 1 }, { unitTables: {} as never });
    expect(call).toThrow(OcopError);
    expect(call).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
