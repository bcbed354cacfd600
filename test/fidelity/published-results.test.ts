/**
 * Data fidelity (issue #10): real published OCOP rating results, rated through the public API
 * exactly as an app would — pick the rule set in force on the date with `ruleSetFor`, hand the
 * published figures to `rateProduct` — and checked against what was published.
 *
 * Every figure below is printed in ../shared/domain/ocop-brief.md (section and source key
 * given) or in the decision text it cites; nothing is invented. Published *product* results with
 * a score: two (Thái Bình, Đông Hưng district council, December 2020). Other rated products in
 * the brief have a star but no score (Thiên Đức kẹo lạc, kẹo vừng, kẹo dồi, bánh chè lam 4★
 * 2022–23; Đình Mạnh bánh cáy 4★ Feb 2023; Nghệ An/Sơn La/Thanh Hóa 2019 counts), or a score
 * given only as "over 90 points" (cói Tây An, khăn Thanh Chất, §10 [S20 nhandan]): no exact
 * total, so they cannot be rated without inventing one, and are not.
 *
 * When only the council's average is published (the members' sheets never are), one totals-only
 * sheet carrying that average is the faithful input: the average of one sheet is its total, and
 * nothing about the individual members is made up.
 */
import { describe, expect, it } from 'vitest';
import {
  assertIsoDate,
  rateProduct,
  ruleSetFor,
  type EvaluationInput,
  type IsoDate,
  type Level,
  type Rating,
  type Stars,
} from '../../src/index.js';
import { thaiBinh2020 } from '../../src/fixtures/index.js';

/** Rates published totals on a date the way an app does: the rule set in force then, one sheet per published total. */
function ratePublished(on: IsoDate, totals: ReadonlyArray<number | string>, level?: Level): Rating {
  const ruleSet = ruleSetFor(on);
  const evaluation: EvaluationInput = {
    ruleSet: ruleSet.id,
    evaluatedOn: on,
    ...(level === undefined ? {} : { level }),
    sheets: totals.map((total) => ({ total })),
  };
  return rateProduct(evaluation);
}

interface PublishedResult {
  readonly product: string;
  readonly council: string;
  /** The date the result was published (the council met in the same month). */
  readonly on: IsoDate;
  readonly level: Level;
  readonly average: number;
  readonly stars: Stars;
  readonly source: string;
}

/**
 * ocop-brief §10 (and §16 [S20]): "In Dec 2020 the Đông Hưng district council scored Thiên Đức
 * bánh cáy 81.2 points → 4★ (with cây phát lộc Minh Tân 79.4 → 4★), the first products rated in
 * Thái Bình [S20 thaibinhtv 24/12/2020]".
 */
const PUBLISHED: readonly PublishedResult[] = [
  {
    product: 'Bánh cáy Thiên Đức (xã Nguyên Xá, huyện Đông Hưng, Thái Bình)',
    council: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Đông Hưng',
    on: '2020-12-24',
    level: 'district',
    average: 81.2,
    stars: 4,
    source:
      'ocop-brief §10; [S20] http://thaibinhtv.vn/news/61/59391/dong-hung-phan-hang-4-sao-hai-san-pham-ocop-nam-2020 (24/12/2020)',
  },
  {
    product: 'Cây phát lộc, HTX Minh Tân (huyện Đông Hưng, Thái Bình)',
    council: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Đông Hưng',
    on: '2020-12-24',
    level: 'district',
    average: 79.4,
    stars: 4,
    source:
      'ocop-brief §10; [S20] http://thaibinhtv.vn/news/61/59391/dong-hung-phan-hang-4-sao-hai-san-pham-ocop-nam-2020 (24/12/2020)',
  },
];

describe('published council results, rated through the public API', () => {
  describe.each(PUBLISHED)('$product: $average → $stars★ ($on)', (published) => {
    it('the rule set in force on the date is 1048/QĐ-TTg as amended by 781/QĐ-TTg (08/06/2020 – 23/02/2023), for any day of December 2020', () => {
      // ocop-brief §1: 781/QĐ-TTg 08/06/2020 amends 1048; 148/QĐ-TTg replaces both from 24/02/2023.
      // Only the month of the meeting is certain (the article is dated 24/12/2020).
      expect(ruleSetFor(published.on).id).toBe('qd1048-781-2020');
      expect(ruleSetFor('2020-12-01').id).toBe('qd1048-781-2020');
      expect(ruleSetFor('2020-12-31').id).toBe('qd1048-781-2020');
    });

    it('gets the published average and star; the province recognises it; the district forwards it to the province', () => {
      const rating = ratePublished(published.on, [published.average], published.level);
      expect(rating.ruleSet).toBe('qd1048-781-2020');
      expect(rating.average).toBe(published.average);
      // 1048 band "70 đến 89" → 4★ (ocop-brief §2.2 [S13]).
      expect(rating.band).toBe(4);
      expect(rating.stars).toBe(published.stars);
      expect(rating.recognised).toBe(true);
      // 1048: the district evaluates, the province recognises 3★–4★ (ocop-brief §3 [S14]);
      // "công nhận OCOP 4 sao từ năm 2020" (§10 [S20 baothaibinh]).
      expect(rating.authority).toBe('province');
      // 1048: the district forwards products scoring 50–100 to the province (ocop-brief §3 [S14]).
      expect(rating.forwardTo).toBe('province');
      expect(rating.unmetMinima).toEqual([]);
      expect(rating.disqualified).toBe(false);
    });

    it('says the 781 star minima could not be checked: the members’ sheets were never published', () => {
      const rating = ratePublished(published.on, [published.average], published.level);
      expect(rating.minimaChecked).toBe(false);
      const note = rating.explanation.find((line) => line.kind === 'note');
      expect(note?.message.en).toMatch(/minima not checked/i);
      expect(note?.reference).toMatch(/781\/QĐ-TTg/);
    });

    it('the published average as text ("81.2", as a form sends it) rates the same', () => {
      const asNumber = ratePublished(published.on, [published.average], published.level);
      const asText = ratePublished(published.on, [String(published.average)], published.level);
      expect(asText).toEqual(asNumber);
    });
  });

  it('the shipped fixture (ocop/fixtures thaiBinh2020) carries exactly the published figures, and rates to them', () => {
    const byProduct = new Map(thaiBinh2020.published.map((p) => [p.product, p]));
    expect(byProduct.get('banh-cay-thien-duc')).toMatchObject({ average: 81.2, stars: 4 });
    expect(byProduct.get('cay-phat-loc-minh-tan')).toMatchObject({ average: 79.4, stars: 4 });
    for (const evaluation of thaiBinh2020.evaluations) {
      const published = evaluation.product === undefined ? undefined : byProduct.get(evaluation.product);
      expect(published, `no published figure for ${String(evaluation.product)}`).toBeDefined();
      expect(published?.source).toMatch(/thaibinhtv\.vn\/news\/61\/59391/);
      const on = evaluation.evaluatedOn;
      assertIsoDate(on, 'evaluatedOn');
      expect(evaluation.ruleSet).toBe(ruleSetFor(on).id);
      const rating = rateProduct(evaluation);
      expect(rating).toMatchObject({
        average: published?.average,
        stars: published?.stars,
        recognised: true,
        authority: 'province',
        forwardTo: 'province',
      });
    }
  });
});

/**
 * Star-band edges as the decisions print them (ocop-brief §2.2): 148 and 26/2026 "từ … đến dưới
 * …" (1★ < 30; 2★ 30 – dưới 50; 3★ 50 – dưới 70; 4★ 70 – dưới 90; 5★ 90 – 100), rated with one
 * totals-only sheet under the rule set in force on a date of each period. Only 3★–5★ are
 * recognised (§2.2, 26/2026 Điều 4.1.a: no decision and no certificate for 1★–2★).
 *
 * Who recognises, per period (ocop-brief §0.6, §3): 148 → 3★ district, 4★ province, 5★ central;
 * 148 + 1489 and 26/2026 → 3★ and 4★ province, 5★ the ministry. Forwarding (§3, §4.1):
 * province → central from 90 points (1489 [S9]; 26/2026 Điều 7.3 [S1]).
 */
describe('published star-band edges and recognition levels', () => {
  const EDGES: ReadonlyArray<readonly [number, Stars]> = [
    [0, 1],
    [29.99, 1],
    [30, 2],
    [49.99, 2],
    [50, 3],
    [69.99, 3],
    [70, 4],
    [89.99, 4],
    [90, 5],
    [100, 5],
  ];
  const PERIODS: ReadonlyArray<{
    readonly on: IsoDate;
    readonly id: string;
    readonly recognition: Readonly<Record<3 | 4 | 5, Level>>;
  }> = [
    { on: '2024-06-01', id: 'qd148-2023', recognition: { 3: 'district', 4: 'province', 5: 'central' } },
    { on: '2025-10-01', id: 'qd148-1489-2025', recognition: { 3: 'province', 4: 'province', 5: 'central' } },
    { on: '2026-11-29', id: 'qd26-2026', recognition: { 3: 'province', 4: 'province', 5: 'central' } },
  ];

  describe.each(PERIODS)('rule set in force on $on ($id)', (period) => {
    it('is the one in force on that date', () => {
      expect(ruleSetFor(period.on).id).toBe(period.id);
    });

    it.each(EDGES)(
      'an average of %s is %s★, recognised only from 3★, by the level the decision names',
      (score, stars) => {
        const rating = ratePublished(period.on, [score]);
        expect(rating.average).toBe(score);
        expect(rating.band).toBe(stars);
        expect(rating.stars).toBe(stars);
        expect(rating.recognised).toBe(stars >= 3);
        expect(rating.authority).toBe(stars >= 3 ? period.recognition[stars as 3 | 4 | 5] : null);
      },
    );
  });

  it('26/2026: at the province, 89.99 stays in the province (4★), 90 is sent to the ministry (5★)', () => {
    // ocop-brief §4.1 [S1 Điều 7.3]: "≥90 → approve result and send dossier to Bộ".
    expect(ratePublished('2026-11-29', [89.99], 'province')).toMatchObject({
      stars: 4,
      authority: 'province',
      forwardTo: null,
    });
    expect(ratePublished('2026-11-29', [90], 'province')).toMatchObject({
      stars: 5,
      authority: 'central',
      forwardTo: 'central',
    });
  });

  it('1048 + 781 (Đông Hưng 2020): the district forwards 50–100 points, not 49 (provincial guides to the 1048 procedure; integer ends only: no source says how 49.5 was banded)', () => {
    expect(ratePublished('2020-12-24', [49], 'district')).toMatchObject({
      stars: 2,
      recognised: false,
      forwardTo: null,
    });
    expect(ratePublished('2020-12-24', [50], 'district')).toMatchObject({
      stars: 3,
      recognised: true,
      authority: 'province',
      forwardTo: 'province',
    });
  });
});
