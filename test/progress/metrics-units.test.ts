/**
 * The progress metrics with `unitTables` (UNIT_TABLES of ocop/units): records made under units that have
 * since changed count for the plan unit that holds their place on the observations' date. Real codes: old
 * communes of Thái Bình, Hà Nội and Bà Rịa–Vũng Tàu recorded in 2023–2024, plans of 2023 and 2026.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core/dates.js';
import { CertificateSchema, type Certificate } from '../../src/model/certificate.js';
import { ProducerSchema, type Producer } from '../../src/model/producer.js';
import type { Product } from '../../src/model/product.js';
import { producersMetric, productsRecognisedMetric } from '../../src/progress/metrics.js';
import { listUnits } from '../../src/units/lookup.js';
import { counted, product } from './metric-records.js';
import { UNIT_TABLES } from '../../src/units/unit-tables.js';

type Ref = Product['origin'];

function certificate(productId: string, issuer: string, issuedOn: IsoDate): Certificate {
  return CertificateSchema.parse({
    id: `cert-${productId}`,
    product: productId,
    stars: 3,
    level: 'province',
    issuer,
    decisionNumber: '1205/QĐ-UBND',
    issuedOn,
  });
}

function producer(id: string, unit: Ref, recordedOn: IsoDate, registeredOn: IsoDate): Producer {
  return ProducerSchema.parse({
    id,
    name: `HTX ${id}`,
    legalForm: 'cooperative',
    recordedOn,
    registration: { number: '0800123456', date: registeredOn },
    address: { unit },
  });
}

const codesOf = (parent: string, on: IsoDate): string[] => listUnits(parent, on).map((unit) => unit.code);

// Old communes, as recorded in 2024 (district and province of their day).
const DONG_SON = { province: '34', district: '340', commune: '12703' }; // → 12688 Đông Hưng, Hưng Yên (33)
const DO_LUONG = { province: '34', district: '340', commune: '12691' }; // abolished after 2024-10-31, in Đông Hưng
const DANG_XA = { province: '01', district: '018', commune: '00556' }; // split in 2025: Phù Đổng and Thuận An
const NINH_HIEP = { province: '01', district: '018', commune: '00535' }; // whole into 00541 Phù Đổng
const THANG_TAM = { province: '77', district: '747', commune: '26508' }; // → 26506 Vũng Tàu, Hồ Chí Minh (79)

const YEAR_2026 = { period: { start: '2026-01-01', end: '2026-12-31' }, asOf: '2026-12-31' } as const;

describe('products recognised in 2026, recorded in 2024 under old communes', () => {
  const products = [
    product('dong-son', DONG_SON, '2024-03-01'),
    product('do-luong', DO_LUONG, '2024-03-01'),
    product('dang-xa', DANG_XA, '2024-06-01'),
    product('ninh-hiep', NINH_HIEP, '2024-06-01'),
    product('thang-tam', THANG_TAM, '2024-06-01'),
  ];
  const certificates = [
    certificate('dong-son', '33', '2026-03-10'),
    certificate('do-luong', '33', '2026-03-10'),
    certificate('dang-xa', '01', '2026-05-20'),
    certificate('ninh-hiep', '01', '2026-05-20'),
    certificate('thang-tam', '79', '2026-08-01'),
  ];
  const recognised = (units: readonly string[], withTables: boolean) =>
    productsRecognisedMetric({
      target: 'recognised',
      units,
      ...YEAR_2026,
      minStars: 3,
      products,
      certificates,
      ...(withTables ? { unitTables: UNIT_TABLES } : {}),
    });

  const provinces = codesOf('VN', '2026-01-01');

  it('count for the new provinces with the tables', () => {
    expect(provinces).toHaveLength(34);
    const result = recognised(provinces, true);
    expect(result.observations).toHaveLength(34);
    // Đặng Xá was split between two communes, both in Hà Nội: it counts for the province
    expect(counted(result)).toEqual({ '01': 2, '33': 2, '79': 1 });
    expect(result.unmatched).toEqual([]);
  });

  it('are unmatched without the tables unless their old province code is still a province', () => {
    const result = recognised(provinces, false);
    expect(counted(result)).toEqual({ '01': 2 });
    expect(result.unmatched).toEqual(['dong-son', 'do-luong', 'thang-tam']);
  });

  const haNoi = codesOf('01', '2026-01-01');

  it('against a plan over the new communes: a whole-merged commune counts for its new commune, a split one stays unmatched', () => {
    expect(haNoi).toHaveLength(126);
    expect(haNoi).toContain('00541');
    const result = recognised(haNoi, true);
    expect(result.observations).toHaveLength(126);
    expect(counted(result)).toEqual({ '00541': 1 });
    // and the places outside Hà Nội are in none of its communes
    expect(result.unmatched).toEqual(['dong-son', 'do-luong', 'dang-xa', 'thang-tam']);
    expect(recognised(haNoi, false).unmatched).toEqual(['dong-son', 'do-luong', 'dang-xa', 'ninh-hiep', 'thang-tam']);
  });

  it('reads a reused code on the record date: 00541 was Dương Hà in 2024, whole into the new 00541 Phù Đổng', () => {
    const duongHa = product('duong-ha', { province: '01', district: '018', commune: '00541' }, '2024-06-01');
    const result = productsRecognisedMetric({
      target: 'recognised',
      units: haNoi,
      ...YEAR_2026,
      minStars: 3,
      products: [duongHa],
      certificates: [certificate('duong-ha', '01', '2026-05-20')],
      unitTables: UNIT_TABLES,
    });
    expect(counted(result)).toEqual({ '00541': 1 });
  });
});

describe('producers with the tables', () => {
  it('consolidated in 2026, addressed in 2024 under old communes, count for the new provinces', () => {
    const producers = [
      producer('htx-dong-son', DONG_SON, '2024-03-01', '2021-04-15'),
      producer('htx-dang-xa', DANG_XA, '2024-03-01', '2021-04-15'),
      producer('htx-thang-tam', THANG_TAM, '2024-03-01', '2021-04-15'),
    ];
    const products = ['dong-son', 'dang-xa', 'thang-tam'].map((id) =>
      product(id, { province: '01' }, '2024-03-01', [{ date: '2026-02-01', status: 'registered' }]),
    );
    const options = {
      target: 'consolidated',
      units: codesOf('VN', '2026-01-01'),
      ...YEAR_2026,
      mode: 'consolidated',
      producers,
      products,
    } as const;
    const result = producersMetric({ ...options, unitTables: UNIT_TABLES });
    expect(counted(result)).toEqual({ '01': 1, '33': 1, '79': 1 });
    expect(result.unmatched).toEqual([]);
    const byCode = producersMetric(options);
    expect(counted(byCode)).toEqual({ '01': 1 });
    expect(byCode.unmatched).toEqual(['htx-dong-son', 'htx-thang-tam']);
  });

  it('a split commune stays unmatched against the new communes and counts for its province', () => {
    const producers = [
      producer('htx-dang-xa', DANG_XA, '2024-03-01', '2024-02-01'),
      producer('htx-ninh-hiep', NINH_HIEP, '2024-03-01', '2024-02-01'),
    ];
    const options = {
      target: 'new-producers',
      period: { start: '2024-01-01', end: '2026-12-31' },
      asOf: '2026-12-31',
      mode: 'new',
      producers,
      products: [],
      unitTables: UNIT_TABLES,
    } as const;
    const communes = producersMetric({ ...options, units: codesOf('01', '2026-01-01') });
    expect(counted(communes)).toEqual({ '00541': 1 });
    expect(communes.unmatched).toEqual(['htx-dang-xa']);
    const provinces = producersMetric({ ...options, units: codesOf('VN', '2026-01-01') });
    expect(counted(provinces)).toEqual({ '01': 2 });
    expect(provinces.unmatched).toEqual([]);
  });
});

describe('a 2023 plan over Thái Bình districts, records naming only a commune', () => {
  const districts = codesOf('34', '2023-06-01');
  const period = { start: '2023-01-01', end: '2023-12-31' } as const;
  const dongSon = { province: '34', commune: '12703' }; // in 340 Đông Hưng
  const quynhCoi = { province: '34', commune: '12472' }; // in 338 Quỳnh Phụ

  it('counts products and producers for the district of their commune on the observations’ date', () => {
    expect(districts).toEqual(['336', '338', '339', '340', '341', '342', '343', '344']);
    const products = [product('dong-son', dongSon, '2023-02-01'), product('quynh-coi', quynhCoi, '2023-02-01')];
    const certificates = [certificate('dong-son', '34', '2023-09-01'), certificate('quynh-coi', '34', '2023-09-01')];
    const options = { target: 'recognised', units: districts, period, asOf: '2023-12-31', minStars: 3 } as const;
    const withTables = productsRecognisedMetric({ ...options, products, certificates, unitTables: UNIT_TABLES });
    expect(counted(withTables)).toEqual({ '338': 1, '340': 1 });
    expect(withTables.unmatched).toEqual([]);
    const byCode = productsRecognisedMetric({ ...options, products, certificates });
    expect(counted(byCode)).toEqual({});
    expect(byCode.unmatched).toEqual(['dong-son', 'quynh-coi']);

    const producers = [producer('htx-dong-son', dongSon, '2023-05-10', '2023-05-01')];
    const base = { target: 'new-producers', units: districts, period, asOf: '2023-12-31', mode: 'new' } as const;
    const counts = producersMetric({ ...base, producers, products: [], unitTables: UNIT_TABLES });
    expect(counted(counts)).toEqual({ '340': 1 });
    expect(producersMetric({ ...base, producers, products: [] }).unmatched).toEqual(['htx-dong-son']);
  });
});
