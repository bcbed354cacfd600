/**
 * The shape of a criteria set ("Bộ tiêu chí", kiêm phiếu đánh giá): parts A/B/C, sections,
 * criteria and their tick-box options, with the star marks of the decision.
 */
import type { RuleSetId } from '../model/rule-set-id.js';

/**
 * A part of the sheet: A (sản phẩm và sức mạnh cộng đồng), B (khả năng tiếp thị), C (chất
 * lượng sản phẩm).
 *
 * @example
 * ```ts
 * import type { PartCode } from 'ocop';
 * const part: PartCode = 'C';
 * ```
 */
export type PartCode = 'A' | 'B' | 'C';

/**
 * A star that a tick box can be marked as the minimum for: `***` 3★, `****` 4★, `*****` 5★.
 *
 * @example
 * ```ts
 * import type { MarkedStar } from 'ocop';
 * const mark: MarkedStar = 4;
 * ```
 */
export type MarkedStar = 3 | 4 | 5;

/**
 * One tick box of a criterion: its points, its label as printed, and the star whose minimum it
 * marks, if any ("Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao").
 *
 * @example
 * ```ts
 * import type { CriterionOption } from 'ocop';
 * const option: CriterionOption = { points: 2, label: 'Đóng gói sáng tạo, bao bì đẹp', minStars: 3 };
 * ```
 */
export interface CriterionOption {
  readonly points: number;
  readonly label: string;
  readonly minStars?: MarkedStar;
  /** The decision prints no tick boxes for this criterion; the options 0 and max are implied. */
  readonly implied?: true;
}

/**
 * A note printed with a criterion or a set:
 * - `requirement`: "Yêu cầu: …" (what the product must satisfy to be scored);
 * - `condition`: when the criterion applies at all ("Chỉ áp dụng khi có câu chuyện sản phẩm");
 * - `knock-out`: the product is out if it is triggered ("Không xem xét các chỉ tiêu khác nếu…",
 *   "… sẽ không đánh giá các bước tiếp theo", "Bị loại nếu…", "… sẽ bị loại bỏ");
 * - `exclusion`: products not to be evaluated ("Không đánh giá những sản phẩm…");
 * - `note`: any other "Ghi chú".
 *
 * @example
 * ```ts
 * import type { CriterionNote } from 'ocop';
 * const note: CriterionNote = { kind: 'condition', text: 'Chỉ áp dụng khi có câu chuyện sản phẩm' };
 * ```
 */
export interface CriterionNote {
  readonly kind: 'requirement' | 'condition' | 'knock-out' | 'exclusion' | 'note';
  readonly text: string;
}

/**
 * A scored criterion. `code` is as printed ("1.1", "6.2"; "7" for a section scored as one
 * criterion). A criterion printed without tick boxes (e.g. 2.4, bilingual label, 1 point) has
 * the two options 0 and `max`.
 *
 * @example
 * ```ts
 * import type { Criterion } from 'ocop';
 * const bilingual: Criterion = {
 *   code: '2.4', part: 'A', section: '2', max: 1,
 *   title: 'Ghi nhãn hàng hóa có sử dụng song ngữ (Việt - Anh hoặc ngôn ngữ nước ngoài khác)',
 *   options: [{ points: 0, label: 'Không' }, { points: 1, label: 'Có' }],
 * };
 * // 1048/2019 set 26, criterion 8: the boxes add up (0, 2, 4 or 6 points).
 * const reception: Criterion = {
 *   code: '8', part: 'C', section: '8', title: 'Bố trí đón tiếp', max: 6, additive: true,
 *   options: [
 *     { points: 2, label: 'Có nơi để xe phù hợp' },
 *     { points: 2, label: 'Có nơi đón tiếp khách hàng phù hợp' },
 *     { points: 2, label: 'Có quầy bán hàng hóa, đồ lưu niệm tại điểm dịch vụ' },
 *   ],
 * };
 * ```
 */
export interface Criterion {
  readonly code: string;
  readonly part: PartCode;
  /** Code of the section the criterion belongs to ("1" … "12"). */
  readonly section: string;
  readonly title: string;
  /** Explanation printed after the title (after " / "), if any. */
  readonly description?: string;
  readonly max: number;
  readonly options: readonly CriterionOption[];
  readonly notes?: readonly CriterionNote[];
  /**
   * Points add up: the council ticks any of the options and the criterion scores their sum
   * (1048/2019 set 26, part C: "Được cộng tổng điểm các nội dung ghi Có"); `max` is the sum of the
   * options, and every sum of some of them (none: 0) is a valid score. Absent: one option is
   * ticked and its points are the score.
   */
  readonly additive?: true;
}

/**
 * A section of a part ("1. TỔ CHỨC SẢN XUẤT", 18 points), with an English title.
 *
 * @example
 * ```ts
 * import type { CriteriaSection } from 'ocop';
 * const s: CriteriaSection = { code: '1', title: 'TỔ CHỨC SẢN XUẤT', titleEn: 'Production organisation', max: 18 };
 * ```
 */
export interface CriteriaSection {
  readonly code: string;
  readonly title: string;
  readonly titleEn: string;
  readonly description?: string;
  readonly max: number;
}

/**
 * A part with its maximum and sections.
 *
 * @example
 * ```ts
 * import type { CriteriaPart } from 'ocop';
 * const b: CriteriaPart = {
 *   part: 'B', title: 'KHẢ NĂNG TIẾP THỊ', titleEn: 'Marketing capacity', max: 25,
 *   sections: [
 *     { code: '4', title: 'TIẾP THỊ', titleEn: 'Marketing', max: 13 },
 *     { code: '5', title: 'CÂU CHUYỆN SẢN PHẨM', titleEn: 'Product story', max: 12 },
 *   ],
 * };
 * ```
 */
export interface CriteriaPart {
  readonly part: PartCode;
  readonly title: string;
  readonly titleEn: string;
  readonly max: number;
  readonly sections: readonly CriteriaSection[];
}

/**
 * A star mark a province's override set on a criterion, with the province's reference and the
 * reference of the requirement it replaces: the national set's (`…, bộ sản phẩm số 11, tiêu chí
 * 2.2`) or an earlier override's. `replaces` is absent when nothing at or below that star was
 * required at the criterion before.
 *
 * @example
 * ```ts
 * import type { AdaptedMinimum } from 'ocop';
 * const raised: AdaptedMinimum = {
 *   criterion: '2.2', stars: 4, points: 3, reference: 'QĐ 1999/QĐ-UBND, Điều 2.2',
 *   replaces: 'Quyết định 26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm số 11, tiêu chí 2.2',
 * };
 * ```
 */
export interface AdaptedMinimum {
  readonly criterion: string;
  readonly stars: MarkedStar;
  /** Points of the option now marked for `stars`. */
  readonly points: number;
  readonly reference: string;
  readonly replaces?: string;
}

/**
 * What overrides changed in a criteria set, with their references (set by `adaptRuleSet`; shipped
 * sets have none). The marks themselves are in the criteria's options and the added texts in
 * `disqualifiers`; this records where each comes from, for ratings and diffs to cite.
 *
 * @example
 * ```ts
 * import type { CriteriaSetAdaptations } from 'ocop';
 * const changes: CriteriaSetAdaptations = {
 *   minima: [{ criterion: '4.3', stars: 4, points: 2, reference: 'QĐ 1999/QĐ-UBND, Điều 2.2' }],
 *   disqualifiers: [{ text: 'Sản phẩm chưa có mã truy xuất nguồn gốc', reference: 'QĐ 1999/QĐ-UBND, Điều 3' }],
 * };
 * ```
 */
export interface CriteriaSetAdaptations {
  /** Star marks set by overrides, in the order applied (a later one for the same criterion and star wins). */
  readonly minima: readonly AdaptedMinimum[];
  /** Disqualifiers added by overrides, each with its reference. */
  readonly disqualifiers: ReadonlyArray<{ readonly text: string; readonly reference: string }>;
}

/**
 * Where a criteria set's data comes from: `official-text` when it was transcribed from the
 * decision's published text (1048/2019, 26/2026), `third-party-transcription` when it comes from
 * someone else's transcription that has not been checked against the official text (148/2023).
 *
 * @example
 * ```ts
 * import type { CriteriaSetProvenance } from 'ocop';
 * const provenance: CriteriaSetProvenance = {
 *   kind: 'official-text',
 *   source: 'Quyết định 26/2026/QĐ-TTg (22/05/2026), https://vanban.chinhphu.vn/?classid=1&docid=218267',
 * };
 * ```
 */
export interface CriteriaSetProvenance {
  readonly kind: 'official-text' | 'third-party-transcription';
  /** What was read: the publication or copy, with its public address. */
  readonly source: string;
}

/**
 * A printed number of a criteria set that does not add up, kept as printed (a council scores on
 * the printed form): `what`, `value` and `expected` are those of the `invalid_criteria_set` issue
 * that the sum checks would otherwise raise ("sections of part C" 41 where the part is headed 40;
 * "top option of 9.1" 2 where the criterion's maximum is 3).
 *
 * @example
 * ```ts
 * import type { CriteriaSetInconsistency } from 'ocop';
 * // Quyết định 1048/QĐ-TTg, Phụ lục III, set 4: criterion 9.1 prints a maximum of 3, its boxes reach 2.
 * const kept: CriteriaSetInconsistency = { what: 'top option of 9.1', value: 2, expected: 3 };
 * ```
 */
export interface CriteriaSetInconsistency {
  /** What does not add up, as the sum checks name it ("sections of part C", "top option of 9.1"). */
  readonly what: string;
  /** The number the set's data gives (the sum, or the top option's points). */
  readonly value: number;
  /** The printed number it should equal (the part's or the criterion's maximum). */
  readonly expected: number;
}

/**
 * A criteria set of a rule set, e.g. set 1 "Rau, củ, quả, hạt tươi" of 26/2026.
 *
 * @example
 * ```ts
 * import type { CriteriaSet } from 'ocop';
 * import { QD26_SET_01 } from 'ocop/rules/qd26-2026/01';
 * const set1: CriteriaSet = QD26_SET_01;
 * set1.parts.map((p) => p.max); // [40, 25, 35]
 * ```
 */
export interface CriteriaSet {
  readonly ruleSet: RuleSetId;
  readonly setNo: number;
  /** Title in Vietnamese, as in the list that opens Phụ lục II. */
  readonly title: string;
  /** Legal reference of the set, e.g. "Quyết định 26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm số 1". */
  readonly reference: string;
  readonly parts: readonly CriteriaPart[];
  readonly criteria: readonly Criterion[];
  /** "Hồ sơ bị loại khi: …": grounds on which the dossier is rejected outright. */
  readonly disqualifiers: readonly string[];
  /** Whether the set prints the star-mark legend ("Dấu sao là yêu cầu tối thiểu…"). */
  readonly starLegend: boolean;
  /** Differences between the printed text and this data, each with its reason. */
  readonly transcriptionNotes?: readonly string[];
  /** Where the data comes from and how far to trust it; every shipped set has it. */
  readonly provenance?: CriteriaSetProvenance;
  /**
   * Printed numbers of the set that do not add up, kept as printed (a council scores on the
   * printed form): the sum checks accept exactly these (same `what`, `value`, `expected` as the
   * `invalid_criteria_set` issue they silence) and report any that no longer occurs; each is
   * explained in `transcriptionNotes`.
   *
   * @example
   * ```ts
   * import { QD1048_SET_04 } from 'ocop/rules/qd1048-2019/04';
   * QD1048_SET_04.inconsistencies?.map((i) => `${i.what}: ${i.value} ≠ ${i.expected}`);
   * // ['top option of 9.1: 2 ≠ 3', 'sections of part C: 41 ≠ 40']
   * ```
   */
  readonly inconsistencies?: readonly CriteriaSetInconsistency[];
  /** What provinces' overrides changed here, with their references (adapted rule sets only). */
  readonly adaptations?: CriteriaSetAdaptations;
}
