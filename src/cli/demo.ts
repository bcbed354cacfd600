/**
 * `ocop demo`: the Thái Bình 2020 story, from the `ocop/fixtures` data and a few labelled
 * sample observations.
 */
import { THAI_BINH_2020_PLAN, thaiBinh2020 } from '../fixtures/index.js';
import { certificateStatus, evaluatePlan, rateProduct } from '../index.js';
import type { Certificate, IsoDate, Locale, ObservationInput } from '../index.js';
import type { Block } from './format.js';
import { progressBlocks, ratingBlocks } from './reports.js';
import { certificateStatusName, daysLeftText, pick } from './text.js';

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

/**
 * The demo report on `asOf`: the plan's progress (on `asOf`, or on the last day of 2020 when
 * `asOf` is later), the two products rated on 2020-12-24 with their explanations, and the sample
 * certificate's status on `asOf`. Returns the blocks to print and the JSON object.
 */
export function demoReport(asOf: IsoDate, locale: Locale): { blocks: Block[]; json: unknown } {
  const ended = asOf > PLAN_END;
  const planAsOf = ended ? PLAN_END : asOf;
  const progress = evaluatePlan(THAI_BINH_2020_PLAN, SAMPLE_OBSERVATIONS, { asOf: planAsOf });
  const ratings = thaiBinh2020.evaluations.map((evaluation) => ({
    product: evaluation.product ?? '',
    name: thaiBinh2020.products.find((p) => p.id === evaluation.product)?.name ?? evaluation.product ?? '',
    rating: rateProduct(evaluation),
  }));
  const status = asOf < SAMPLE_CERTIFICATE.issuedOn ? null : certificateStatus(SAMPLE_CERTIFICATE, { asOf });
  const blocks: Block[] = [
    {
      kind: 'heading',
      text: pick(
        locale,
        'Thái Bình 2020: chương trình OCOP (dữ liệu ocop/fixtures)',
        'Thái Bình 2020: the OCOP plan (ocop/fixtures data)',
      ),
    },
    {
      kind: 'text',
      text: ended
        ? pick(
            locale,
            `Kỳ kế hoạch đã kết thúc ngày ${PLAN_END}; dưới đây là tình hình cuối năm.`,
            `The plan period ended on ${PLAN_END}; showing the end-of-year state.`,
          )
        : pick(locale, `Ngày xem: ${asOf}.`, `As of ${asOf}.`),
    },
    {
      kind: 'text',
      text: pick(
        locale,
        `Số liệu thực hiện là MẪU (${SAMPLE_OBSERVATIONS.length} quan sát minh họa, không có nguồn): hội nghị cấp huyện ở 6 huyện xong trước 10/7/2020, 1 huyện muộn; nâng cấp, sản phẩm mới theo huyện đến tháng 12.`,
        `Progress data are SAMPLES (${SAMPLE_OBSERVATIONS.length} illustrative observations, unsourced): district conferences held in 6 districts by 2020-07-10, one late; upgrades and new products per district by December.`,
      ),
    },
    ...progressBlocks(THAI_BINH_2020_PLAN, progress, locale),
    {
      kind: 'heading',
      text: pick(
        locale,
        'Sản phẩm được Hội đồng cấp huyện Đông Hưng đánh giá ngày 24/12/2020',
        'Products rated by the Đông Hưng district council on 2020-12-24',
      ),
    },
    ...ratings.flatMap((r) => ratingBlocks(r.name, r.rating, locale)),
    { kind: 'heading', text: pick(locale, 'Giấy chứng nhận (MẪU)', 'Certificate (SAMPLE)') },
    {
      kind: 'text',
      text:
        status === null
          ? pick(
              locale,
              `${SAMPLE_CERTIFICATE.id}: chưa cấp (ngày cấp mẫu ${SAMPLE_CERTIFICATE.issuedOn}).`,
              `${SAMPLE_CERTIFICATE.id}: not issued yet (sample issue date ${SAMPLE_CERTIFICATE.issuedOn}).`,
            )
          : pick(
              locale,
              `${SAMPLE_CERTIFICATE.id} (Bánh cáy Thiên Đức, ${SAMPLE_CERTIFICATE.stars}★, cấp ngày ${SAMPLE_CERTIFICATE.issuedOn}): ${certificateStatusName(status.status, locale)} vào ngày ${asOf}: hiệu lực đến ${status.validUntil}, ${daysLeftText(status.daysLeft, locale)}.`,
              `${SAMPLE_CERTIFICATE.id} (Bánh cáy Thiên Đức, ${SAMPLE_CERTIFICATE.stars}★, issued ${SAMPLE_CERTIFICATE.issuedOn}): ${certificateStatusName(status.status, locale)} on ${asOf}: valid until ${status.validUntil}, ${daysLeftText(status.daysLeft, locale)}.`,
            ),
    },
  ];
  const json = {
    asOf,
    planAsOf,
    periodEnded: ended,
    sampleObservations: SAMPLE_OBSERVATIONS,
    progress,
    ratings,
    certificate: { sample: SAMPLE_CERTIFICATE, status },
  };
  return { blocks, json };
}
