import { describe, expect, it } from 'vitest';
import {
  CertificateSchema,
  deepFreeze,
  ObservationSchema,
  OcopError,
  OcopValidationError,
  ProducerSchema,
  ProductSchema,
} from '../../src/index.js';
import type { Certificate, IsoDate, Observation, Producer, Product } from '../../src/index.js';
import {
  newProductsMetric,
  officialsTrainedMetric,
  planUnitOf,
  producersMetric,
  productsRecognisedMetric,
  productsUpgradedMetric,
  type MetricOptions,
  type OfficialRecord,
} from '../../src/progress/metrics.js';
import { issuesOf } from '../issues-of.js';

// Thái Bình 2020: the provincial city and seven districts (GSO codes).
const DISTRICTS = ['336', '338', '339', '340', '341', '342', '343', '344'] as const;
const PERIOD = { start: '2020-06-16', end: '2020-12-31' } as const;
const base = (target: string, asOf: IsoDate = '2020-12-31'): MetricOptions => ({
  target,
  units: DISTRICTS,
  period: PERIOD,
  asOf,
});

const TB = (district: string) => ({ province: '34', district });

type StatusEntry = NonNullable<Product['statusHistory']>[number];

function product(id: string, origin: Product['origin'], producer: string, statusHistory?: StatusEntry[]): Product {
  return ProductSchema.parse({
    id,
    name: `Sản phẩm ${id}`,
    producer,
    classification: { scheme: 'qd1048-2019', sector: 'food' },
    origin,
    recordedOn: '2020-06-01',
    ...(statusHistory ? { statusHistory } : {}),
  });
}

let certificateNo = 0;
function certificate(productId: string, stars: 3 | 4 | 5, issuedOn: IsoDate, revokedOn?: IsoDate): Certificate {
  certificateNo += 1;
  return CertificateSchema.parse({
    id: `tb-${issuedOn.slice(0, 4)}-${String(certificateNo).padStart(3, '0')}`,
    product: productId,
    stars,
    level: 'province',
    issuer: '34',
    decisionNumber: `${certificateNo}/QĐ-UBND`,
    issuedOn,
    ...(revokedOn ? { revocation: { date: revokedOn, ground: 'production-stopped' } } : {}),
  });
}

function producer(
  id: string,
  unit: Producer['address']['unit'],
  registeredOn?: IsoDate,
  localGovernance?: boolean,
): Producer {
  return ProducerSchema.parse({
    id,
    name: `Chủ thể ${id}`,
    legalForm: 'cooperative',
    recordedOn: '2021-01-31',
    address: { unit },
    ...(registeredOn ? { registration: { number: `REG-${id}`, date: registeredOn } } : {}),
    ...(localGovernance === undefined ? {} : { localGovernance }),
  });
}

const PRODUCTS: readonly Product[] = deepFreeze([
  // Bánh cáy làng Nguyễn (Đông Hưng): 3★ in 2019, upgraded to 4★ in December 2020.
  product('banh-cay-nguyen', TB('340'), 'htx-nguyen', [
    { date: '2019-11-01', status: 'registered' },
    { date: '2019-11-20', status: 'recognised', stars: 3 },
    { date: '2020-12-24', status: 'recognised', stars: 4 },
  ]),
  // Bánh đa sợi (Quỳnh Phụ): new in 2020, first recognised 3★ in September.
  product('banh-da-soi', TB('338'), 'co-so-da-soi', [
    { date: '2020-07-01', status: 'registered' },
    { date: '2020-09-10', status: 'recognised', stars: 3 },
  ]),
  // Nước mắm (Thái Thụy): 3★ 2019, 4★ August 2020, 5★ November 2020: two upgrades, one product.
  product('nuoc-mam-diem-dien', TB('341'), 'htx-diem-dien'),
  // Rượu (Hưng Hà): 3★ in March 2020 (before the period), 4★ in 2021 (after it).
  product('ruou-nep-hung-ha', TB('339'), 'htx-hung-ha', [{ date: '2020-03-01', status: 'recognised', stars: 3 }]),
  // Chiếu cói (Kiến Xương): recognised 3★ in July 2020, revoked in October: still recognised in 2020.
  product('chieu-coi', TB('343'), 'htx-coi', [
    { date: '2020-06-20', status: 'registered' },
    { date: '2020-07-20', status: 'recognised', stars: 3 },
    { date: '2020-10-01', status: 'revoked' },
  ]),
  // A product recorded without its district: cannot be placed in a district.
  product('banh-chung', { province: '34' }, 'co-so-banh-chung'),
  // Mật ong (Vũ Thư): recognised on 20 December 2020.
  product('mat-ong-vu-thu', TB('344'), 'htx-vu-thu'),
  // Tiền Hải: 4★ in 2019, re-rated 3★ in 2020: a downgrade.
  product('dua-tien-hai', TB('342'), 'htx-tien-hai'),
  // City: registered in May 2020 (before the period) and again in July: not new.
  product('tuong-thai-binh', TB('336'), 'co-so-tuong', [
    { date: '2020-05-01', status: 'registered' },
    { date: '2020-07-01', status: 'registered' },
  ]),
  // Đông Hưng: registered in October 2020, no certificate yet.
  product('banh-gai-dong-hung', TB('340'), 'co-so-banh-gai', [{ date: '2020-10-15', status: 'registered' }]),
  // Registered in January 2021: after the period.
  product('nem-chua', TB('340'), 'co-so-nem', [{ date: '2021-01-10', status: 'registered' }]),
  // A Hà Nam product (province 35): not one of Thái Bình's districts.
  product('ha-nam-product', { province: '35', district: '347' }, 'ha-nam-producer', [
    { date: '2020-08-01', status: 'registered' },
  ]),
]);

const CERTIFICATES: readonly Certificate[] = deepFreeze([
  certificate('banh-cay-nguyen', 3, '2019-11-20'),
  certificate('banh-cay-nguyen', 4, '2020-12-24'),
  certificate('banh-da-soi', 3, '2020-09-10'),
  certificate('nuoc-mam-diem-dien', 3, '2019-05-01'),
  certificate('nuoc-mam-diem-dien', 4, '2020-08-01'),
  certificate('nuoc-mam-diem-dien', 5, '2020-11-01'),
  certificate('ruou-nep-hung-ha', 3, '2020-03-01'),
  certificate('ruou-nep-hung-ha', 4, '2021-02-01'),
  certificate('chieu-coi', 3, '2020-07-20', '2020-10-01'),
  certificate('banh-chung', 3, '2020-08-15'),
  certificate('mat-ong-vu-thu', 3, '2020-12-20'),
  certificate('dua-tien-hai', 4, '2019-06-01'),
  certificate('dua-tien-hai', 3, '2020-09-01'),
  certificate('no-such-product', 5, '2020-09-01'),
]);

/** The values per district, in the plan's order. */
function values(observations: readonly Observation[]): Record<string, number | undefined> {
  return Object.fromEntries(observations.map((o) => [o.unit, o.value]));
}

const zeros = Object.fromEntries(DISTRICTS.map((d) => [d, 0]));

/** Code and path of each issue of the `OcopValidationError` the call throws (fails on any other throw). */
const codesAndPaths = (run: () => unknown) => issuesOf(run).map(({ code, path }) => ({ code, path }));

describe('productsRecognisedMetric', () => {
  it('counts products first recognised ≥3★ in the period per district, zeros included', () => {
    const result = productsRecognisedMetric({
      ...base('recognised'),
      products: PRODUCTS,
      certificates: CERTIFICATES,
      minStars: 3,
    });
    expect(values(result.observations)).toEqual({ ...zeros, '338': 1, '343': 1, '344': 1 });
    expect(result.observations.map((o) => o.unit)).toEqual([...DISTRICTS]);
    expect(result.observations[0]).toEqual({ target: 'recognised', unit: '336', date: '2020-12-31', value: 0 });
    expect(result.unmatched).toEqual(['banh-chung']);
  });

  it('first recognition: 3★ in 2019 then 4★ in 2020 counts for ≥4★, not for ≥3★', () => {
    const atLeast4 = productsRecognisedMetric({
      ...base('recognised-4'),
      products: PRODUCTS,
      certificates: CERTIFICATES,
      minStars: 4,
    });
    expect(values(atLeast4.observations)).toEqual({ ...zeros, '340': 1, '341': 1 });
    expect(atLeast4.unmatched).toEqual([]);
    const atLeast5 = productsRecognisedMetric({
      ...base('recognised-5'),
      products: PRODUCTS,
      certificates: CERTIFICATES,
      minStars: 5,
    });
    expect(values(atLeast5.observations)).toEqual({ ...zeros, '341': 1 });
  });

  it('ignores certificates issued after asOf, and before the period', () => {
    const result = productsRecognisedMetric({
      ...base('recognised', '2020-11-30'),
      products: PRODUCTS,
      certificates: CERTIFICATES,
      minStars: 3,
    });
    expect(values(result.observations)).toEqual({ ...zeros, '338': 1, '343': 1 });
    expect(result.observations.every((o) => o.date === '2020-11-30')).toBe(true);
    const early = productsRecognisedMetric({
      ...base('recognised', '2020-06-20'),
      products: PRODUCTS,
      certificates: CERTIFICATES,
      minStars: 3,
    });
    expect(values(early.observations)).toEqual(zeros);
  });

  it('includes both ends of the period', () => {
    const products = [
      product('on-start', TB('336'), 'x'),
      product('on-end', TB('336'), 'x'),
      product('day-before', TB('336'), 'x'),
    ];
    const certificates = [
      certificate('on-start', 3, '2020-06-16'),
      certificate('on-end', 3, '2020-12-31'),
      certificate('day-before', 3, '2020-06-15'),
    ];
    expect(
      values(productsRecognisedMetric({ ...base('recognised'), products, certificates, minStars: 3 }).observations),
    ).toEqual({ ...zeros, '336': 2 });
  });
});

describe('productsUpgradedMetric', () => {
  it('counts a product once however many upgrades it had; a downgrade or a first certificate is no upgrade', () => {
    const result = productsUpgradedMetric({ ...base('upgrade'), products: PRODUCTS, certificates: CERTIFICATES });
    expect(values(result.observations)).toEqual({ ...zeros, '340': 1, '341': 1 });
    expect(result.unmatched).toEqual([]);
  });

  it('ignores upgrades after asOf', () => {
    const result = productsUpgradedMetric({
      ...base('upgrade', '2020-10-31'),
      products: PRODUCTS,
      certificates: CERTIFICATES,
    });
    expect(values(result.observations)).toEqual({ ...zeros, '341': 1 });
  });

  it('an upgrade of a product outside the plan units is reported as unmatched', () => {
    const products = [product('ha-nam-upgraded', { province: '35', district: '347' }, 'x')];
    const certificates = [
      certificate('ha-nam-upgraded', 3, '2019-01-10'),
      certificate('ha-nam-upgraded', 5, '2020-10-10'),
    ];
    const result = productsUpgradedMetric({ ...base('upgrade'), products, certificates });
    expect(values(result.observations)).toEqual(zeros);
    expect(result.unmatched).toEqual(['ha-nam-upgraded']);
  });

  it('compares with the previous certificate, not the best one ever held', () => {
    const products = [product('re-rated', TB('342'), 'x')];
    // 4★ in 2018, re-rated 3★ in 2019, back to 4★ in 2020: an upgrade from the previous 3★.
    const certificates = [
      certificate('re-rated', 4, '2018-05-01'),
      certificate('re-rated', 3, '2019-05-01'),
      certificate('re-rated', 4, '2020-07-01'),
    ];
    expect(values(productsUpgradedMetric({ ...base('upgrade'), products, certificates }).observations)).toEqual({
      ...zeros,
      '342': 1,
    });
  });

  it('a renewal at the same star is no upgrade', () => {
    const products = [product('renewed', TB('339'), 'x')];
    const certificates = [certificate('renewed', 3, '2017-08-01'), certificate('renewed', 3, '2020-08-01')];
    expect(values(productsUpgradedMetric({ ...base('upgrade'), products, certificates }).observations)).toEqual(zeros);
  });
});

describe('newProductsMetric', () => {
  it('counts products whose earliest "registered" entry is in the period', () => {
    const result = newProductsMetric({ ...base('new-products'), products: PRODUCTS });
    expect(values(result.observations)).toEqual({ ...zeros, '338': 1, '340': 1, '343': 1 });
    expect(result.unmatched).toEqual(['ha-nam-product']);
  });

  it('ignores registrations after asOf', () => {
    const result = newProductsMetric({ ...base('new-products', '2020-09-30'), products: PRODUCTS });
    expect(values(result.observations)).toEqual({ ...zeros, '338': 1, '343': 1 });
  });
});

describe('producersMetric', () => {
  const PRODUCERS: readonly Producer[] = deepFreeze([
    producer('htx-nguyen', TB('340'), '2015-03-01', true), // active in 2020 (4★ in December)
    producer('co-so-da-soi', TB('338'), '2020-07-10', false), // new
    producer('htx-coi', TB('343')), // no registration date, active in 2020
    producer('htx-hung-ha', TB('339'), '2018-01-01'), // only activity in March 2020, before the period
    producer('htx-diem-dien', TB('341'), '2020-09-05', true), // new, local governance
    producer('late', TB('340'), '2021-01-05'), // after the period
    producer('ha-nam-producer', { province: '35', district: '347' }, '2020-08-01'), // Hà Nam
    producer('co-so-banh-chung', { province: '34' }, '2010-01-01'), // its product has no status history: no evidence of activity
  ]);

  it('new: registered within the period and by asOf', () => {
    const result = producersMetric({ ...base('new-producers'), producers: PRODUCERS, products: PRODUCTS, mode: 'new' });
    expect(values(result.observations)).toEqual({ ...zeros, '338': 1, '341': 1 });
    expect(result.unmatched).toEqual(['ha-nam-producer']);
    const early = producersMetric({
      ...base('new-producers', '2020-08-31'),
      producers: PRODUCERS,
      products: PRODUCTS,
      mode: 'new',
    });
    expect(values(early.observations)).toEqual({ ...zeros, '338': 1 });
  });

  it('new, local governance only', () => {
    const result = producersMetric({
      ...base('new-producers'),
      producers: PRODUCERS,
      products: PRODUCTS,
      mode: 'new',
      localGovernanceOnly: true,
    });
    expect(values(result.observations)).toEqual({ ...zeros, '341': 1 });
    expect(result.unmatched).toEqual([]);
  });

  it('consolidated: registered before the period (or undated) with product activity in the period', () => {
    const result = producersMetric({
      ...base('consolidated'),
      producers: PRODUCERS,
      products: PRODUCTS,
      mode: 'consolidated',
    });
    expect(values(result.observations)).toEqual({ ...zeros, '340': 1, '343': 1 });
    expect(result.unmatched).toEqual([]);
    // By 2020-11-30 Bánh cáy's 4★ (24 December) has not happened yet: Nguyễn shows no activity.
    const before = producersMetric({
      ...base('consolidated', '2020-11-30'),
      producers: PRODUCERS,
      products: PRODUCTS,
      mode: 'consolidated',
    });
    expect(values(before.observations)).toEqual({ ...zeros, '343': 1 });
    const local = producersMetric({
      ...base('consolidated'),
      producers: PRODUCERS,
      products: PRODUCTS,
      mode: 'consolidated',
      localGovernanceOnly: true,
    });
    expect(values(local.observations)).toEqual({ ...zeros, '340': 1 });
  });
});

describe('officialsTrainedMetric', () => {
  const PEOPLE: readonly OfficialRecord[] = deepFreeze([
    { id: 'dh-1', unit: '340', trainedOn: '2020-07-20' },
    { id: 'dh-2', unit: '340', trainedOn: '2020-10-10' },
    { id: 'dh-3', unit: '340', trainedOn: '2021-01-05' },
    { id: 'qp-1', unit: '338', trainedOn: '2020-05-01' },
    { id: 'qp-2', unit: '338' },
    { id: 'province-1', unit: '34', trainedOn: '2020-07-20' },
  ]);

  it('gives numerator and denominator per unit that has people; none for units without', () => {
    const result = officialsTrainedMetric({ ...base('training'), people: PEOPLE });
    expect(result.observations).toEqual([
      { target: 'training', unit: '338', date: '2020-12-31', numerator: 0, denominator: 2 },
      { target: 'training', unit: '340', date: '2020-12-31', numerator: 2, denominator: 3 },
    ]);
    expect(result.unmatched).toEqual(['province-1']);
  });

  it('counts training up to asOf only', () => {
    const result = officialsTrainedMetric({ ...base('training', '2020-09-30'), people: PEOPLE });
    expect(result.observations.find((o) => o.unit === '340')).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('rejects a training date that does not exist', () => {
    expect(
      codesAndPaths(() =>
        officialsTrainedMetric({ ...base('training'), people: [{ id: 'x', unit: '340', trainedOn: '2020-02-30' }] }),
      ),
    ).toEqual([{ code: 'invalid_date', path: ['people', 0, 'trainedOn'] }]);
  });
});

describe('observations', () => {
  it('are valid observations, one per (target, unit, date)', () => {
    const all = [
      productsRecognisedMetric({ ...base('recognised'), products: PRODUCTS, certificates: CERTIFICATES, minStars: 3 }),
      productsUpgradedMetric({ ...base('upgrade'), products: PRODUCTS, certificates: CERTIFICATES }),
      newProductsMetric({ ...base('new-products'), products: PRODUCTS }),
      officialsTrainedMetric({ ...base('training'), people: [{ id: 'a', unit: '340' }] }),
    ].flatMap((r) => r.observations);
    for (const observation of all) expect(ObservationSchema.parse(observation)).toEqual(observation);
    const keys = all.map((o) => `${o.target}|${o.unit ?? ''}|${o.date}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('computed after the period, are dated at its end (the level does not change after it), so district codes stay valid', () => {
    const result = newProductsMetric({ ...base('new-products', '2026-01-15'), products: PRODUCTS });
    expect(values(result.observations)).toEqual({ ...zeros, '338': 1, '340': 1, '343': 1 });
    for (const observation of result.observations) {
      expect(observation.date).toBe('2020-12-31');
      expect(ObservationSchema.safeParse(observation).success).toBe(true);
    }
  });

  it('never mutate their inputs', () => {
    const products = structuredClone(PRODUCTS) as Product[];
    const certificates: Certificate[] = [...structuredClone(CERTIFICATES)].reverse();
    const snapshot = structuredClone(certificates);
    productsUpgradedMetric({ ...base('upgrade'), products, certificates });
    productsRecognisedMetric({ ...base('recognised'), products, certificates, minStars: 4 });
    expect(certificates).toEqual(snapshot);
  });
});

describe('units', () => {
  it('planUnitOf maps a unit reference to the plan level', () => {
    expect(planUnitOf({ province: '34', district: '340' }, DISTRICTS)).toBe('340');
    expect(planUnitOf({ province: '34' }, DISTRICTS)).toBeUndefined();
    expect(planUnitOf({ province: '35', district: '347' }, DISTRICTS)).toBeUndefined();
    expect(planUnitOf({ province: '34', district: '340' }, ['34'])).toBe('34');
    expect(planUnitOf({ province: '34', district: '340', commune: '12688' }, ['12688', '12691'])).toBe('12688');
    expect(planUnitOf({ province: '34', district: '340' }, ['12688'])).toBeUndefined();
  });

  it('counts by commune for 5-digit units and by province for 2-digit units', () => {
    const products = [
      product('a', { province: '34', district: '340', commune: '12688' }, 'x', [
        { date: '2020-07-01', status: 'registered' },
      ]),
      product('b', { province: '34', district: '340' }, 'x', [{ date: '2020-07-01', status: 'registered' }]),
    ];
    const communes = newProductsMetric({ ...base('new'), units: ['12688', '12691'], products });
    expect(values(communes.observations)).toEqual({ '12688': 1, '12691': 0 });
    expect(communes.unmatched).toEqual(['b']);
    const province = newProductsMetric({ ...base('new'), units: ['34'], products });
    expect(values(province.observations)).toEqual({ '34': 2 });
  });
});

describe('errors', () => {
  const products = PRODUCTS;

  it('rejects a period that ends before it starts', () => {
    const run = () =>
      newProductsMetric({ ...base('new'), period: { start: '2020-12-31', end: '2020-06-16' }, products, locale: 'en' });
    expect(codesAndPaths(run)).toEqual([{ code: 'date_order', path: ['period', 'end'] }]);
    expect(run).toThrow(/must not be before "period.start"/);
  });

  it('rejects unit codes that are not 2, 3 or 5 digits, mixed levels, repeats, and no units', () => {
    expect(codesAndPaths(() => newProductsMetric({ ...base('new'), units: ['340', '3400', 'abc'], products }))).toEqual(
      [
        { code: 'invalid_format', path: ['units', 1] },
        { code: 'invalid_format', path: ['units', 2] },
      ],
    );
    expect(codesAndPaths(() => newProductsMetric({ ...base('new'), units: ['340', '34'], products }))).toEqual([
      { code: 'invalid_format', path: ['units', 1] },
    ]);
    expect(codesAndPaths(() => newProductsMetric({ ...base('new'), units: ['340', '340'], products }))).toEqual([
      { code: 'duplicate', path: ['units', 1] },
    ]);
    expect(codesAndPaths(() => newProductsMetric({ ...base('new'), units: [], products }))).toEqual([
      { code: 'too_small', path: ['units'] },
    ]);
    expect(() => planUnitOf({ province: '34' }, ['3400'])).toThrow(OcopValidationError);
  });

  it('rejects dates that do not exist', () => {
    expect(() => newProductsMetric({ ...base('new', '2020-02-30'), products })).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() =>
      newProductsMetric({ ...base('new'), period: { start: '2020-13-01', end: '2020-12-31' }, products }),
    ).toThrow(OcopError);
  });

  it('rejects a bad target id, a bad minStars or mode, and repeated record ids', () => {
    expect(codesAndPaths(() => newProductsMetric({ ...base('has space'), products }))).toEqual([
      { code: 'invalid_format', path: ['target'] },
    ]);
    expect(
      codesAndPaths(() => productsRecognisedMetric({ ...base('r'), products, certificates: [], minStars: 2 as never })),
    ).toEqual([{ code: 'invalid_enum', path: ['minStars'] }]);
    expect(
      codesAndPaths(() => producersMetric({ ...base('p'), producers: [], products, mode: 'old' as never })),
    ).toEqual([{ code: 'invalid_enum', path: ['mode'] }]);
    const first = PRODUCTS[0];
    if (!first) throw new Error('fixture');
    expect(codesAndPaths(() => newProductsMetric({ ...base('new'), products: [...PRODUCTS, first] }))).toEqual([
      { code: 'duplicate', path: ['products', PRODUCTS.length, 'id'] },
    ]);
  });
});

describe('records are validated (fuzz regressions)', () => {
  // Each record below threw a TypeError or was counted wrongly before records were validated.
  const [registered] = PRODUCTS;
  if (!registered) throw new Error('fixture');
  const [issued] = CERTIFICATES;
  if (!issued) throw new Error('fixture');
  const asProducts = (records: readonly unknown[]) => records as Product[];

  it('a product whose statusHistory is not an array (was a TypeError: find is not a function)', () => {
    const products = asProducts([
      ...PRODUCTS.slice(0, 3),
      { ...registered, id: 'broken', statusHistory: { date: '2020-07-01', status: 'registered' } },
    ]);
    expect(() => newProductsMetric({ ...base('new'), products })).toThrow(OcopValidationError);
    expect(codesAndPaths(() => newProductsMetric({ ...base('new'), products }))).toEqual([
      { code: 'invalid_type', path: ['products', 3, 'statusHistory'] },
    ]);
  });

  it('a null-prototype object as a date (was a TypeError: Cannot convert object to primitive value)', () => {
    const products = asProducts([
      { ...registered, statusHistory: [{ date: Object.create(null), status: 'registered' }] },
    ]);
    expect(codesAndPaths(() => newProductsMetric({ ...base('new'), products }))).toEqual([
      { code: 'invalid_type', path: ['products', 0, 'statusHistory', 0, 'date'] },
    ]);
    expect(
      codesAndPaths(() => producersMetric({ ...base('p'), producers: [], products, mode: 'consolidated' })),
    ).toEqual([{ code: 'invalid_type', path: ['products', 0, 'statusHistory', 0, 'date'] }]);
  });

  it("a certificate's issuedOn that is no calendar date (was compared as text: '2020-13-45' fell within the period)", () => {
    const certificates = [{ ...issued, issuedOn: '2020-13-45' }] as Certificate[];
    expect(
      codesAndPaths(() => productsRecognisedMetric({ ...base('r'), products: PRODUCTS, certificates, minStars: 3 })),
    ).toEqual([{ code: 'invalid_date', path: ['certificates', 0, 'issuedOn'] }]);
    expect(codesAndPaths(() => productsUpgradedMetric({ ...base('u'), products: PRODUCTS, certificates }))).toEqual([
      { code: 'invalid_date', path: ['certificates', 0, 'issuedOn'] },
    ]);
  });

  it('a person with an unknown key (was ignored)', () => {
    const people = [
      { id: 'dh-01', unit: '340' },
      { id: 'dh-02', unit: '340', trainedon: '2020-08-20' },
    ] as OfficialRecord[];
    expect(codesAndPaths(() => officialsTrainedMetric({ ...base('training'), people }))).toEqual([
      { code: 'unknown_key', path: ['people', 1, 'trainedon'] },
    ]);
  });

  it('a person whose trainedOn is not a date string (was a TypeError or a comparison of a number with text)', () => {
    const people = [
      { id: 'dh-01', unit: '340', trainedOn: 20200820 },
      { id: 'dh-02', unit: '340', trainedOn: Object.create(null) },
    ] as unknown as OfficialRecord[];
    expect(codesAndPaths(() => officialsTrainedMetric({ ...base('training'), people }))).toEqual([
      { code: 'invalid_type', path: ['people', 0, 'trainedOn'] },
      { code: 'invalid_type', path: ['people', 1, 'trainedOn'] },
    ]);
  });

  it('a producer with a malformed address (was a TypeError reading address.unit)', () => {
    const producers = [
      producer('htx-dong-hung', TB('340'), '2020-09-15'),
      { ...producer('htx-nguyen', TB('340')), address: 'Đông Hưng, Thái Bình' },
    ] as Producer[];
    expect(codesAndPaths(() => producersMetric({ ...base('p'), producers, products: PRODUCTS, mode: 'new' }))).toEqual([
      { code: 'invalid_type', path: ['producers', 1, 'address'] },
    ]);
  });

  it('collects the issues of every record list, and checks repeated ids only once the records are valid', () => {
    const products = asProducts([{ ...registered, origin: null }, registered, registered]);
    const certificates = [{ ...issued, stars: '4' }] as unknown as Certificate[];
    expect(
      codesAndPaths(() => productsRecognisedMetric({ ...base('r'), products, certificates, minStars: 3 })),
    ).toEqual([
      { code: 'invalid_type', path: ['products', 0, 'origin'] },
      { code: 'invalid_enum', path: ['certificates', 0, 'stars'] },
    ]);
    expect(
      codesAndPaths(() => newProductsMetric({ ...base('new'), products: asProducts([registered, registered]) })),
    ).toEqual([{ code: 'duplicate', path: ['products', 1, 'id'] }]);
  });

  it('records that are not objects, or lists that are not arrays', () => {
    // eslint-disable-next-line no-sparse-arrays
    const people = [, null, 'dh-01'] as unknown as OfficialRecord[];
    expect(codesAndPaths(() => officialsTrainedMetric({ ...base('training'), people }))).toEqual([
      { code: 'required', path: ['people', 0] },
      { code: 'invalid_type', path: ['people', 1] },
      { code: 'invalid_type', path: ['people', 2] },
    ]);
    expect(
      codesAndPaths(() =>
        productsUpgradedMetric({ ...base('u'), products: {} as never, certificates: [null] as never }),
      ),
    ).toEqual([
      { code: 'invalid_type', path: ['products'] },
      { code: 'invalid_type', path: ['certificates', 0] },
    ]);
  });

  it('a person with a bad id or unit', () => {
    const people = [
      { id: 'has space', unit: '340' },
      { unit: 340 },
      { id: 'x', unit: '3400', __proto__: null },
    ] as unknown as OfficialRecord[];
    expect(codesAndPaths(() => officialsTrainedMetric({ ...base('training'), people }))).toEqual([
      { code: 'invalid_format', path: ['people', 0, 'id'] },
      { code: 'required', path: ['people', 1, 'id'] },
      { code: 'invalid_type', path: ['people', 1, 'unit'] },
      { code: 'invalid_format', path: ['people', 2, 'unit'] },
    ]);
    const withProtoKey = [JSON.parse('{"id":"x","unit":"340","__proto__":{"polluted":true}}')] as OfficialRecord[];
    expect(codesAndPaths(() => officialsTrainedMetric({ ...base('training'), people: withProtoKey }))).toEqual([
      { code: 'forbidden_key', path: ['people', 0, '__proto__'] },
    ]);
  });

  it('a units array with an own `constructor` key (the long fuzz run: `units.map` threw a TypeError) is refused, naming units', () => {
    const units = [...DISTRICTS];
    Object.defineProperty(units, 'constructor', { value: 5, enumerable: true });
    expect(() => newProductsMetric({ ...base('new-products'), units, products: PRODUCTS })).toThrow(
      /units must be a plain array/,
    );
    expect(() => officialsTrainedMetric({ ...base('training'), units, people: [{ id: 'a', unit: '340' }] })).toThrow(
      /units must be a plain array/,
    );
  });

  it('validated records are not mutated, and the result is computed from them', () => {
    const products = deepFreeze(structuredClone(PRODUCTS) as Product[]);
    expect(values(newProductsMetric({ ...base('new-products'), products }).observations)).toEqual({
      ...zeros,
      '338': 1,
      '340': 1,
      '343': 1,
    });
  });
});
