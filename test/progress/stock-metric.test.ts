/**
 * productsCertifiedMetric, the stock metric: products holding a valid certificate on the observations'
 * date, against the certificate rules in force (36 months, Civil Code month counting, 26/2026's grace,
 * revocation), beside productsRecognisedMetric, the flow. Real units: Thái Bình's districts (2019–2024),
 * Hà Nội and the 34 provinces of 2026.
 */
import { describe, expect, it } from 'vitest';
import {
  CertificateSchema,
  certificateValidUntil,
  deepFreeze,
  OcopError,
  OcopValidationError,
  productsCertifiedMetric as fromIndex,
} from '../../src/index.js';
import type { Certificate, IsoDate, MetricResult, Product } from '../../src/index.js';
import { productsCertifiedMetric, productsRecognisedMetric, type MetricOptions } from '../../src/progress/metrics.js';
import { listUnits } from '../../src/units/lookup.js';
import { UNIT_TABLES } from '../../src/units/unit-tables.js';
import { issuesOf } from '../issues-of.js';
import { counted, product as recorded } from './metric-records.js';

/** A product recorded on 2019-11-20 unless told another day. */
const product = (id: string, origin: Product['origin'], recordedOn: IsoDate = '2019-11-20') =>
  recorded(id, origin, recordedOn);

// Thái Bình: the provincial city and seven districts (GSO codes, until 2025-06-30).
const DISTRICTS = ['336', '338', '339', '340', '341', '342', '343', '344'] as const;
const TB = (district: string): Product['origin'] => ({ province: '34', district });
const GIA_LAM: Product['origin'] = { province: '01', district: '018' };

interface CertificateExtra {
  readonly revokedOn?: IsoDate;
  readonly reEvaluation?: { readonly submittedOn: IsoDate; readonly decidedOn?: IsoDate };
  readonly validUntil?: IsoDate;
  readonly issuer?: string;
}

let certificateNo = 0;
function certificate(
  productId: string,
  stars: 3 | 4 | 5,
  issuedOn: IsoDate,
  extra: CertificateExtra = {},
): Certificate {
  certificateNo += 1;
  return CertificateSchema.parse({
    id: `cert-${String(certificateNo).padStart(4, '0')}`,
    product: productId,
    stars,
    level: 'province',
    issuer: extra.issuer ?? '34',
    decisionNumber: `${certificateNo}/QĐ-UBND`,
    issuedOn,
    ...(extra.validUntil ? { validUntil: extra.validUntil } : {}),
    ...(extra.reEvaluation ? { reEvaluation: extra.reEvaluation } : {}),
    ...(extra.revokedOn ? { revocation: { date: extra.revokedOn, ground: 'production-stopped' } } : {}),
  });
}

const year = (y: number, asOf: IsoDate = `${y}-12-31`): Pick<MetricOptions, 'period' | 'asOf'> => ({
  period: { start: `${y}-01-01`, end: `${y}-12-31` },
  asOf,
});

const total = (result: MetricResult) => result.observations.reduce((sum, o) => sum + (o.value ?? 0), 0);

describe('the 36-month lapse', () => {
  // Decision of 2019-12-24: 36 months counted from the next day end on 2022-12-24 (Civil Code Điều 147–148).
  const products = [product('banh-cay', TB('340'))];
  const certificates = [certificate('banh-cay', 3, '2019-12-24')];
  const on = (asOf: IsoDate) =>
    productsCertifiedMetric({
      target: 'certified',
      units: ['340'],
      ...year(Number(asOf.slice(0, 4)), asOf),
      products,
      certificates,
    }).observations[0];

  it('the certificate is valid through 2022-12-24 and counted up to that day, not from 2022-12-25', () => {
    expect(certificateValidUntil('2019-12-24')).toBe('2022-12-24');
    expect(on('2022-12-23')).toEqual({ target: 'certified', unit: '340', date: '2022-12-23', value: 1 });
    expect(on('2022-12-24')?.value).toBe(1);
    expect(on('2022-12-25')).toEqual({ target: 'certified', unit: '340', date: '2022-12-25', value: 0 });
    expect(on('2023-06-30')?.value).toBe(0);
  });

  it('counts from the decision day, not before', () => {
    expect(on('2019-12-23')?.value).toBe(0);
    expect(on('2019-12-24')?.value).toBe(1);
  });

  it('takes the date of the observations as the other metrics do: asOf, capped at the period end', () => {
    const options = { target: 'certified', units: ['340'], products, certificates };
    const capped = productsCertifiedMetric({
      ...options,
      period: { start: '2022-01-01', end: '2022-12-24' },
      asOf: '2023-03-01',
    });
    expect(capped.observations).toEqual([{ target: 'certified', unit: '340', date: '2022-12-24', value: 1 }]);
    // the period's start plays no part: a certificate of 2019 counts in a 2022 period
    const late = productsCertifiedMetric({
      ...options,
      period: { start: '2022-06-01', end: '2022-12-31' },
      asOf: '2022-12-25',
    });
    expect(late.observations).toEqual([{ target: 'certified', unit: '340', date: '2022-12-25', value: 0 }]);
  });

  it('a printed validUntil is the last valid day', () => {
    const printed = [certificate('banh-cay', 3, '2019-12-24', { validUntil: '2022-06-30' })];
    const run = (asOf: IsoDate) =>
      productsCertifiedMetric({ target: 'c', units: ['340'], ...year(2022, asOf), products, certificates: printed });
    expect(run('2022-06-30').observations[0]?.value).toBe(1);
    expect(run('2022-07-01').observations[0]?.value).toBe(0);
  });
});

describe('renewal, revocation and grace', () => {
  it('a renewed product is counted once, while both certificates are valid and after the first lapses', () => {
    const products = [product('banh-cay', TB('340'))];
    const certificates = [certificate('banh-cay', 3, '2019-12-24'), certificate('banh-cay', 3, '2022-11-30')];
    const run = (asOf: IsoDate) =>
      productsCertifiedMetric({
        target: 'c',
        units: ['340'],
        ...year(Number(asOf.slice(0, 4)), asOf),
        products,
        certificates,
      });
    expect(run('2022-12-20').observations[0]?.value).toBe(1);
    expect(run('2024-06-30').observations[0]?.value).toBe(1);
    expect(run('2025-11-30').observations[0]?.value).toBe(1);
    expect(run('2025-12-01').observations[0]?.value).toBe(0);
  });

  it('a revoked certificate is not counted from its revocation date', () => {
    const products = [product('nuoc-mam', TB('338')), product('banh-da', TB('338'))];
    const certificates = [
      certificate('nuoc-mam', 4, '2021-03-15', { revokedOn: '2022-09-01' }),
      certificate('banh-da', 3, '2021-03-15'),
    ];
    const run = (asOf: IsoDate) =>
      productsCertifiedMetric({ target: 'c', units: ['338'], ...year(2022, asOf), products, certificates });
    expect(run('2022-08-31').observations[0]?.value).toBe(2);
    expect(run('2022-09-01').observations[0]?.value).toBe(1);
    expect(run('2022-12-31').observations[0]?.value).toBe(1);
  });

  it('26/2026 grace (Điều 12.3): in force while a re-evaluation submitted by expiry is undecided, at most 180 days', () => {
    const products = [product('mien-dong', GIA_LAM, '2023-07-01'), product('gao-nep', GIA_LAM, '2023-07-01')];
    const certificates = [
      // valid until 2026-07-25; re-evaluation submitted 2026-06-10, not decided: grace to 2027-01-21
      certificate('mien-dong', 4, '2023-07-25', { issuer: '01', reEvaluation: { submittedOn: '2026-06-10' } }),
      certificate('gao-nep', 3, '2023-07-25', { issuer: '01' }),
    ];
    const run = (asOf: IsoDate) =>
      productsCertifiedMetric({
        target: 'c',
        units: ['01'],
        ...year(Number(asOf.slice(0, 4)), asOf),
        products,
        certificates,
      }).observations[0]?.value;
    expect(run('2026-07-25')).toBe(2);
    expect(run('2026-07-26')).toBe(1);
    expect(run('2027-01-21')).toBe(1);
    expect(run('2027-01-22')).toBe(0);
  });

  it('the grace ends on the day the re-evaluation is decided', () => {
    const products = [product('mien-dong', GIA_LAM, '2023-07-01')];
    const reEvaluation = { submittedOn: '2026-06-10', decidedOn: '2026-08-10' } as const;
    const certificates = [certificate('mien-dong', 4, '2023-07-25', { issuer: '01', reEvaluation })];
    const run = (asOf: IsoDate) =>
      productsCertifiedMetric({ target: 'c', units: ['01'], ...year(2026, asOf), products, certificates })
        .observations[0]?.value;
    expect([run('2026-07-26'), run('2026-08-10'), run('2026-08-11')]).toEqual([1, 1, 0]);
  });

  it('a certificate that lapsed under 148/QĐ-TTg has no grace, whatever re-evaluation is pending', () => {
    const products = [product('banh-cay', TB('340'))];
    const certificates = [certificate('banh-cay', 3, '2020-03-10', { reEvaluation: { submittedOn: '2023-02-01' } })];
    const run = (asOf: IsoDate) =>
      productsCertifiedMetric({ target: 'c', units: ['340'], ...year(2023, asOf), products, certificates })
        .observations[0]?.value;
    expect(run('2023-03-10')).toBe(1);
    expect(run('2023-03-11')).toBe(0);
  });
});

describe('stars and minStars', () => {
  const products = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => product(id, TB('340')));
  const certificates = [
    certificate('a', 3, '2022-03-01'),
    certificate('b', 4, '2022-03-01'),
    certificate('c', 5, '2022-09-30'),
    // upgraded in 2023, the 3★ certificate not revoked: counts once, at 4★
    certificate('d', 3, '2021-05-10'),
    certificate('d', 4, '2023-04-20'),
    // 5★ revoked, 3★ still valid: counts at 3★
    certificate('e', 5, '2021-05-10', { revokedOn: '2023-01-15' }),
    certificate('e', 3, '2022-03-01'),
    // lapsed on 2023-02-04 (Nghệ An's date of QĐ 303): not counted at any level
    certificate('f', 5, '2020-02-04'),
  ];
  const options = { target: 'by-star', units: ['340'], ...year(2023, '2023-06-30'), products, certificates };
  const value = (extra: { minStars?: 3 | 4 | 5; stars?: 3 | 4 | 5 }) =>
    productsCertifiedMetric({ ...options, ...extra }).observations[0]?.value;

  it('minStars counts products at or above it, default 3', () => {
    expect(value({})).toBe(5);
    expect(value({ minStars: 3 })).toBe(5);
    expect(value({ minStars: 4 })).toBe(3);
    expect(value({ minStars: 5 })).toBe(1);
  });

  it('stars counts products at exactly that level (their highest valid certificate), a partition of minStars 3', () => {
    expect([value({ stars: 3 }), value({ stars: 4 }), value({ stars: 5 })]).toEqual([2, 2, 1]);
    expect((value({ stars: 3 }) ?? 0) + (value({ stars: 4 }) ?? 0) + (value({ stars: 5 }) ?? 0)).toBe(value({}));
  });

  it('before the upgrade and the revocation the levels differ', () => {
    const at = (stars: 3 | 4 | 5) =>
      productsCertifiedMetric({ ...options, ...year(2022, '2022-12-31'), stars }).observations[0]?.value;
    // a 3, b 4, c 5, d 3, e 5, f 5 (valid until 2023-02-04)
    expect([at(3), at(4), at(5)]).toEqual([2, 1, 3]);
  });
});

describe('units', () => {
  const products = [
    product('p-340-1', TB('340')),
    product('p-340-2', TB('340')),
    product('p-338', TB('338')),
    product('p-336-expired', TB('336')),
    product('p-nam-dinh', { province: '36', district: '356' }),
    product('p-nam-dinh-expired', { province: '36', district: '356' }),
  ];
  const certificates = [
    certificate('p-340-1', 3, '2022-05-05'),
    certificate('p-340-2', 4, '2023-05-05'),
    certificate('p-338', 3, '2021-08-08'),
    certificate('p-336-expired', 3, '2020-02-04'),
    certificate('p-nam-dinh', 3, '2022-05-05', { issuer: '36' }),
    certificate('p-nam-dinh-expired', 3, '2019-12-24', { issuer: '36' }),
  ];

  it('one observation per plan unit, zeros included; unmatched lists only products that hold a valid certificate', () => {
    const result = productsCertifiedMetric({
      target: 'certified',
      units: DISTRICTS,
      ...year(2023),
      products,
      certificates,
    });
    expect(result.observations).toHaveLength(8);
    expect(result.observations.every((o) => o.date === '2023-12-31' && o.target === 'certified')).toBe(true);
    expect(counted(result)).toEqual({ '340': 2, '338': 1 });
    expect(result.unmatched).toEqual(['p-nam-dinh']);
  });

  it('at province level, the products of Thái Bình count for 34', () => {
    const result = productsCertifiedMetric({ target: 'c', units: ['34', '36'], ...year(2023), products, certificates });
    expect(counted(result)).toEqual({ '34': 3, '36': 1 });
    expect(result.unmatched).toEqual([]);
  });

  it('with unitTables, a 2024 Thái Bình product counts in 2026 for Hưng Yên (33)', () => {
    const provinces = listUnits('VN', '2026-01-01').map((unit) => unit.code);
    const recorded = [product('banh-cay', TB('340'), '2024-03-01'), product('nuoc-mam', GIA_LAM, '2024-03-01')];
    const valid = [
      certificate('banh-cay', 4, '2024-03-04'),
      certificate('nuoc-mam', 3, '2024-10-10', { issuer: '01' }),
    ];
    const options = { target: 'c', units: provinces, ...year(2026), products: recorded, certificates: valid };
    expect(counted(productsCertifiedMetric({ ...options, unitTables: UNIT_TABLES }))).toEqual({ '33': 1, '01': 1 });
    const without = productsCertifiedMetric(options);
    expect(counted(without)).toEqual({ '01': 1 });
    expect(without.unmatched).toEqual(['banh-cay']);
  });
});

describe('stock is not flow', () => {
  // A district that recognised 100 products in 2020 (60 on 2020-06-30, 40 on 2020-12-24) and none since.
  const products = Array.from({ length: 100 }, (_, i) => product(`sp-${String(i).padStart(3, '0')}`, TB('341')));
  const certificates = products.map((p, i) => certificate(p.id, 3, i < 60 ? '2020-06-30' : '2020-12-24'));
  const options = { target: 'c', units: ['341'], products, certificates, minStars: 3 as const };
  const flow = (y: number) => productsRecognisedMetric({ ...options, ...year(y) }).observations[0]?.value;
  const stock = (y: number, asOf?: IsoDate) =>
    productsCertifiedMetric({ ...options, ...year(y, asOf) }).observations[0]?.value;

  it('2020: both 100', () => {
    expect(flow(2020)).toBe(100);
    expect(stock(2020)).toBe(100);
  });

  it('later years: the flow is 0, the stock falls as the certificates lapse', () => {
    expect([flow(2021), flow(2022), flow(2023), flow(2024)]).toEqual([0, 0, 0, 0]);
    expect([stock(2021), stock(2022)]).toEqual([100, 100]);
    expect(stock(2023, '2023-06-30')).toBe(100);
    expect(stock(2023, '2023-07-01')).toBe(40);
    expect(stock(2023)).toBe(0);
    expect(stock(2024)).toBe(0);
  });

  it('a product recognised in 2019 and not renewed is in the 2019 flow, not in the 2023 stock', () => {
    const old = {
      ...options,
      products: [product('banh-cay', TB('340'))],
      certificates: [certificate('banh-cay', 3, '2019-12-24')],
    };
    const units = ['340'];
    expect(total(productsRecognisedMetric({ ...old, units, ...year(2019) }))).toBe(1);
    expect(total(productsCertifiedMetric({ ...old, units, ...year(2023) }))).toBe(0);
  });
});

describe('options and records', () => {
  const products = [product('banh-cay', TB('340'))];
  const certificates = [certificate('banh-cay', 3, '2022-05-05')];
  const base = { target: 'c', units: ['340'], ...year(2023), products, certificates };

  it('is exported from the package entry', () => {
    expect(fromIndex).toBe(productsCertifiedMetric);
  });

  it('refuses stars and minStars together (one_of_fields), in the caller locale', () => {
    const issues = issuesOf(() => productsCertifiedMetric({ ...base, minStars: 3, stars: 4, locale: 'en' }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['one_of_fields', []]]);
    expect(issues[0]?.message).toBe('Exactly one of these fields is required: "minStars", "stars"');
  });

  it('refuses a star level other than 3, 4 or 5', () => {
    const codes = (extra: object) =>
      issuesOf(() => productsCertifiedMetric({ ...base, ...extra })).map((i) => [i.code, i.path]);
    expect(codes({ stars: 2 })).toEqual([['invalid_enum', ['stars']]]);
    expect(codes({ minStars: 6 })).toEqual([['invalid_enum', ['minStars']]]);
    expect(codes({ minStars: '3' })).toEqual([['invalid_enum', ['minStars']]]);
  });

  it('validates every record as the other product metrics do, and repeated product ids', () => {
    const bad = { ...certificates[0], stars: 6, issuedOn: '2022-02-30' } as unknown as Certificate;
    const issues = issuesOf(() =>
      productsCertifiedMetric({ ...base, products: [...products, ...products], certificates: [bad] }),
    );
    // the issues of both lists together
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate', ['products', 1, 'id']],
      ['invalid_enum', ['certificates', 0, 'stars']],
      ['invalid_date', ['certificates', 0, 'issuedOn']],
    ]);
    const repeated = issuesOf(() => productsCertifiedMetric({ ...base, products: [...products, ...products] }));
    expect(repeated.map((i) => [i.code, i.path])).toEqual([['duplicate', ['products', 1, 'id']]]);
    const notArray = issuesOf(() => productsCertifiedMetric({ ...base, certificates: 'none' as never }));
    expect(notArray.map((i) => [i.code, i.path])).toEqual([['invalid_type', ['certificates']]]);
  });

  it('refuses bad options shared by every metric', () => {
    expect(() => productsCertifiedMetric({ ...base, asOf: '2023-02-29' })).toThrow(OcopError);
    expect(() => productsCertifiedMetric({ ...base, units: [] })).toThrow(OcopValidationError);
    expect(() => productsCertifiedMetric({ ...base, unitTables: {} as never })).toThrow(/UNIT_TABLES/);
  });

  it('does not mutate its inputs', () => {
    const frozen = deepFreeze({ ...base, certificates: [certificate('banh-cay', 3, '2022-12-24'), ...certificates] });
    expect(productsCertifiedMetric(frozen).observations[0]?.value).toBe(1);
    expect(frozen.certificates.map((c) => c.issuedOn)).toEqual(['2022-12-24', '2022-05-05']);
  });
});

describe('the TSDoc example', () => {
  it('gives the values its comment states', () => {
    const issued = { level: 'province', issuer: '34', decisionNumber: '2156/QĐ-UBND' } as const;
    const { observations, unmatched } = productsCertifiedMetric({
      target: 'certified',
      units: ['338', '340'],
      period: { start: '2023-01-01', end: '2023-12-31' },
      asOf: '2023-06-30',
      minStars: 3,
      products: [
        {
          id: 'banh-cay-thien-duc',
          name: 'Bánh cáy Thiên Đức',
          producer: 'thien-duc',
          classification: { scheme: 'qd1048-2019', sector: 'food' },
          origin: { province: '34', district: '340' },
          recordedOn: '2019-11-20',
        },
        {
          id: 'banh-da-quynh-coi',
          name: 'Bánh đa Quỳnh Côi',
          producer: 'quynh-coi',
          classification: { scheme: 'qd1048-2019', sector: 'food' },
          origin: { province: '34', district: '338' },
          recordedOn: '2020-03-02',
        },
      ],
      certificates: [
        { ...issued, id: 'tb-2019-004', product: 'banh-cay-thien-duc', stars: 3, issuedOn: '2019-12-24' },
        { ...issued, id: 'tb-2020-031', product: 'banh-da-quynh-coi', stars: 3, issuedOn: '2020-12-24' },
      ],
    });
    expect(observations).toEqual([
      { target: 'certified', unit: '338', date: '2023-06-30', value: 1 },
      { target: 'certified', unit: '340', date: '2023-06-30', value: 0 },
    ]);
    expect(unmatched).toEqual([]);
  });
});
