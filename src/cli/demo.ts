/**
 * `ocop demo`: the Thái Bình 2020 story, from the `ocop/fixtures` data and a few labelled
 * sample observations.
 */
import { THAI_BINH_2020_PLAN, thaiBinh2020 } from '../fixtures/index.js';
import { certificateStatus, evaluatePlan, rateProduct } from '../index.js';
import type { Certificate, CertificateStatus, IsoDate, Locale, ObservationInput } from '../index.js';
import type { Block } from './format.js';
import { progressBlocks, ratingBlocks } from './reports.js';
import { certificateStatusName, cliText, daysLeftText } from './text.js';

const PLAN_END = THAI_BINH_2020_PLAN.period.end as IsoDate;

const done = (target: string, unit: string, date: string): ObservationInput => ({ target, unit, date, done: true });
const count = (target: string, date: string, values: Record<string, number>): ObservationInput[] =>
  Object.entries(values).map(([unit, value]) => ({ target, unit, date, value }));

/**
 * Sample observations (not sourced: the article gives targets, not results): district
 * conferences held in 6 districts by 2020-07-10 and one late; upgrades and new products per
 * district at mid-year and in December; the pilot Bánh cáy rated 4★ on 2020-12-24.
 */
export const SAMPLE_OBSERVATIONS: readonly ObservationInput[] = [
  ...['336', '338', '339', '340', '341', '342'].map((unit) => done('district-conferences', unit, '2020-07-10')),
  done('district-conferences', '343', '2020-07-24'),
  ...count('upgrade-key-products', '2020-06-30', { '336': 1, '338': 1, '339': 1, '340': 2 }),
  ...count('upgrade-key-products', '2020-12-15', {
    '336': 2,
    '338': 3,
    '339': 2,
    '340': 3,
    '341': 2,
    '342': 1,
    '343': 2,
    '344': 1,
  }),
  ...count('new-products', '2020-12-15', {
    '336': 1,
    '338': 2,
    '339': 1,
    '340': 2,
    '341': 1,
    '342': 1,
    '343': 1,
    '344': 0,
  }),
  { target: 'pilot-products', item: 'banh-cay-lang-nguyen', date: '2020-12-24', value: 4 },
];

/**
 * A sample certificate (not sourced: the decision number is made up) for Bánh cáy Thiên Đức,
 * 4★, issued by Thái Bình province on 2020-12-30.
 */
export const SAMPLE_CERTIFICATE: Certificate = {
  id: 'mau-tb-2020-01',
  product: 'banh-cay-thien-duc',
  stars: 4,
  level: 'province',
  issuer: '34',
  decisionNumber: 'MẪU/QĐ-UBND',
  issuedOn: '2020-12-30',
};

/** A product's name in the fixtures, or its id. */
function productName(id: string): string {
  return thaiBinh2020.products.find((p) => p.id === id)?.name ?? id;
}

/** The plan on `asOf` (or on its last day, once it has ended), the two ratings and the certificate's status. */
function demoFacts(asOf: IsoDate) {
  const ended = asOf > PLAN_END;
  const planAsOf = ended ? PLAN_END : asOf;
  const progress = evaluatePlan(THAI_BINH_2020_PLAN, SAMPLE_OBSERVATIONS, { asOf: planAsOf });
  const ratings = thaiBinh2020.evaluations.map((evaluation) => ({
    product: evaluation.product ?? '',
    name: productName(evaluation.product ?? ''),
    rating: rateProduct(evaluation),
  }));
  const status = asOf < SAMPLE_CERTIFICATE.issuedOn ? null : certificateStatus(SAMPLE_CERTIFICATE, { asOf });
  return { asOf, ended, planAsOf, progress, ratings, status };
}

type DemoFacts = ReturnType<typeof demoFacts>;

/** The heading, the date shown, and the note that progress data are samples. */
function introBlocks(facts: DemoFacts, locale: Locale): Block[] {
  const text = cliText(locale).demo;
  return [
    { kind: 'heading', text: text.heading },
    { kind: 'text', text: facts.ended ? text.ended(PLAN_END) : text.asOf(facts.asOf) },
    { kind: 'text', text: text.samples(SAMPLE_OBSERVATIONS.length) },
  ];
}

/** The sample certificate: not issued yet on `asOf`, or its status then. */
function certificateText(status: CertificateStatus | null, asOf: IsoDate, locale: Locale): string {
  const text = cliText(locale).demo;
  const { id, stars, issuedOn } = SAMPLE_CERTIFICATE;
  if (status === null) return text.notIssued({ id, issuedOn });
  return text.certificate({
    id,
    product: productName(SAMPLE_CERTIFICATE.product),
    stars,
    issuedOn,
    status: certificateStatusName(status.status, locale),
    asOf,
    validUntil: status.validUntil,
    days: daysLeftText(status.daysLeft, locale),
  });
}

/**
 * The demo report on `asOf`: the plan's progress (on `asOf`, or on the last day of 2020 when
 * `asOf` is later), the two products rated on 2020-12-24 with their explanations, and the sample
 * certificate's status on `asOf`. Returns the blocks to print and the JSON object.
 */
export function demoReport(asOf: IsoDate, locale: Locale): { blocks: Block[]; json: unknown } {
  const facts = demoFacts(asOf);
  const text = cliText(locale).demo;
  const blocks: Block[] = [
    ...introBlocks(facts, locale),
    ...progressBlocks(THAI_BINH_2020_PLAN, facts.progress, locale),
    { kind: 'heading', text: text.ratedHeading },
    ...facts.ratings.flatMap((r) => ratingBlocks(r.name, r.rating, locale)),
    { kind: 'heading', text: text.certificateHeading },
    { kind: 'text', text: certificateText(facts.status, asOf, locale) },
  ];
  const json = {
    asOf,
    planAsOf: facts.planAsOf,
    periodEnded: facts.ended,
    sampleObservations: SAMPLE_OBSERVATIONS,
    progress: facts.progress,
    ratings: facts.ratings,
    certificate: { sample: SAMPLE_CERTIFICATE, status: facts.status },
  };
  return { blocks, json };
}
