/**
 * Product classification of Quyết định 26/2026/QĐ-TTg, Phụ lục I "Danh mục phân loại sản phẩm
 * tham gia đánh giá, phân hạng sản phẩm OCOP": 6 nhóm sản phẩm (I–VI) → 17 nhóm → 26 bộ sản phẩm
 * (criteria sets, numbered as in Phụ lục II), each with its lead ministry ("Cơ quan chủ trì quản
 * lý", per Nghị định 15/2018/NĐ-CP). Transcribed from the decision's text (22/05/2026), Phụ lục I.
 *
 * Three wordings of a set's name are printed, and they differ for some sets; all are kept:
 * - `title`: the list of sets that opens Phụ lục II ("| 10 | Bộ sản phẩm: … |");
 * - `heading`: the set's own heading in Phụ lục II, where it differs (sets 10, 13, 21);
 * - `annexIName`: the sub-group (or group) in Phụ lục I, where it differs (sets 8, 10–13, 17, 21).
 * The sub-headings of sets 7 and 8 name their group "Nông sản chế biến" while Phụ lục I puts
 * them under "Thực phẩm chế biến"; the classification follows Phụ lục I.
 */

import { deepFreeze } from '../../core/freeze.js';
/**
 * A ministry that leads the management of a product group (Phụ lục I, last column).
 *
 * @example
 * ```ts
 * import type { LeadMinistry } from 'ocop';
 * const moh: LeadMinistry = 'Bộ Y tế';
 * ```
 */
export type LeadMinistry =
  'Bộ Nông nghiệp và Môi trường' | 'Bộ Công Thương' | 'Bộ Y tế' | 'Bộ Văn hóa, Thể thao và Du lịch';

/**
 * One criteria set ("Bộ sản phẩm") of 26/2026 and where it sits in the classification.
 *
 * @example
 * ```ts
 * import { QD26_CRITERIA_SET_CLASSES } from 'ocop';
 * const set7 = QD26_CRITERIA_SET_CLASSES[6];
 * set7?.title; // 'Chế biến từ rau, củ, quả, hạt'
 * set7?.category; // 'I'
 * ```
 */
export interface CriteriaSetClass {
  /** Number of the criteria set in Phụ lục II, 1–26. */
  readonly setNo: number;
  /** Title of the set in the list that opens Phụ lục II. */
  readonly title: string;
  /** The set's own heading in Phụ lục II, where it differs from `title`. */
  readonly heading?: string;
  /** Phụ lục I wording of the same sub-group, where it differs. */
  readonly annexIName?: string;
  /** Nhóm sản phẩm (product category), Roman numeral I–VI. */
  readonly category: 'I' | 'II' | 'III' | 'IV' | 'V' | 'VI';
  /** Nhóm (group) number within the category, as printed. */
  readonly group: number;
  /** Phân nhóm (sub-group) letter within the group, when the group is divided. */
  readonly subgroup?: 'a' | 'b' | 'c' | 'd';
  /** Lead ministries, in the printed order. */
  readonly leadMinistries: readonly LeadMinistry[];
}

/**
 * The six nhóm sản phẩm (product categories) of 26/2026 (Điều 2.2, Phụ lục I).
 *
 * @example
 * ```ts
 * import { QD26_CATEGORIES } from 'ocop';
 * QD26_CATEGORIES.VI.vi; // 'Sản phẩm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch'
 * ```
 */
export const QD26_CATEGORIES = /* @__PURE__ */ deepFreeze({
  I: { vi: 'Sản phẩm thực phẩm', en: 'Food' },
  II: { vi: 'Sản phẩm đồ uống', en: 'Beverages' },
  III: { vi: 'Sản phẩm dược liệu và sản phẩm từ dược liệu', en: 'Medicinal herbs and herbal products' },
  IV: { vi: 'Sản phẩm hàng thủ công mỹ nghệ', en: 'Handicrafts' },
  V: { vi: 'Sản phẩm sinh vật cảnh', en: 'Ornamental plants and animals' },
  VI: {
    vi: 'Sản phẩm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    en: 'Community tourism, eco-tourism and tourist sites',
  },
} as const);

/**
 * The 17 nhóm (groups) of 26/2026 Phụ lục I, keyed `"<category>.<group>"`.
 *
 * @example
 * ```ts
 * import { QD26_GROUPS } from 'ocop';
 * QD26_GROUPS['II.2']; // 'Đồ uống không cồn'
 * Object.keys(QD26_GROUPS).length; // 17
 * ```
 */
export const QD26_GROUPS = /* @__PURE__ */ deepFreeze({
  'I.1': 'Thực phẩm tươi sống',
  'I.2': 'Thực phẩm thô, sơ chế',
  'I.3': 'Thực phẩm chế biến',
  'I.4': 'Gia vị',
  'I.5': 'Chè',
  'I.6': 'Cà phê, ca cao',
  'II.1': 'Đồ uống có cồn',
  'II.2': 'Đồ uống không cồn',
  'III.1': 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền',
  'III.2': 'Mỹ phẩm có thành phần từ dược liệu',
  'III.3': 'Tinh dầu và dược liệu khác',
  'IV.1': 'Thủ công mỹ nghệ gia dụng, trang trí',
  'IV.2': 'Vải, may mặc',
  'V.1': 'Hoa',
  'V.2': 'Cây cảnh',
  'V.3': 'Động vật cảnh',
  'VI.1': 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
} as const);

const NNMT = 'Bộ Nông nghiệp và Môi trường';
const CT = 'Bộ Công Thương';
const YT = 'Bộ Y tế';
const VHTTDL = 'Bộ Văn hóa, Thể thao và Du lịch';

/**
 * The 26 criteria sets of 26/2026 with their classification and lead ministries.
 *
 * @example
 * ```ts
 * import { QD26_CRITERIA_SET_CLASSES } from 'ocop';
 * QD26_CRITERIA_SET_CLASSES.length; // 26
 * QD26_CRITERIA_SET_CLASSES[15]?.leadMinistries; // ['Bộ Y tế'] (set 16, bottled water)
 * ```
 */
export const QD26_CRITERIA_SET_CLASSES: readonly CriteriaSetClass[] = /* @__PURE__ */ deepFreeze([
  { setNo: 1, title: 'Rau, củ, quả, hạt tươi', category: 'I', group: 1, subgroup: 'a', leadMinistries: [NNMT] },
  {
    setNo: 2,
    title: 'Thịt, thủy sản, trứng, sữa tươi',
    category: 'I',
    group: 1,
    subgroup: 'b',
    leadMinistries: [NNMT],
  },
  { setNo: 3, title: 'Gạo, ngũ cốc, hạt sơ chế khác', category: 'I', group: 2, subgroup: 'a', leadMinistries: [NNMT] },
  {
    setNo: 4,
    title: 'Mật ong, mật khác và nông sản thực phẩm khác',
    category: 'I',
    group: 2,
    subgroup: 'b',
    leadMinistries: [NNMT],
  },
  { setNo: 5, title: 'Đồ ăn nhanh', category: 'I', group: 3, subgroup: 'a', leadMinistries: [CT] },
  { setNo: 6, title: 'Chế biến từ gạo, ngũ cốc', category: 'I', group: 3, subgroup: 'b', leadMinistries: [NNMT, CT] },
  { setNo: 7, title: 'Chế biến từ rau, củ, quả, hạt', category: 'I', group: 3, subgroup: 'c', leadMinistries: [NNMT] },
  {
    setNo: 8,
    title: 'Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác',
    annexIName: 'Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác',
    category: 'I',
    group: 3,
    subgroup: 'd',
    leadMinistries: [NNMT, CT],
  },
  {
    setNo: 9,
    title: 'Tương, nước mắm, gia vị dạng lỏng khác',
    category: 'I',
    group: 4,
    subgroup: 'a',
    leadMinistries: [NNMT],
  },
  {
    setNo: 10,
    title: 'Gia vị khác (muối, hành, tỏi, tiêu)',
    heading: 'Gia vị khác (muối, hành, tỏi, tiêu,...)',
    annexIName: 'Gia vị khác',
    category: 'I',
    group: 4,
    subgroup: 'b',
    leadMinistries: [NNMT],
  },
  {
    setNo: 11,
    title: 'Chè tươi, chè chế biến',
    annexIName: 'Chè tươi, chế biến',
    category: 'I',
    group: 5,
    subgroup: 'a',
    leadMinistries: [NNMT],
  },
  {
    setNo: 12,
    title: 'Sản phẩm trà từ thực vật khác',
    annexIName: 'Sản phẩm chè từ thực vật khác',
    category: 'I',
    group: 5,
    subgroup: 'b',
    leadMinistries: [NNMT],
  },
  {
    setNo: 13,
    title: 'Cà phê, cacao',
    heading: 'Sản phẩm cà phê, ca cao',
    annexIName: 'Cà phê, ca cao',
    category: 'I',
    group: 6,
    leadMinistries: [NNMT],
  },
  { setNo: 14, title: 'Rượu trắng', category: 'II', group: 1, subgroup: 'a', leadMinistries: [CT] },
  { setNo: 15, title: 'Đồ uống có cồn khác', category: 'II', group: 1, subgroup: 'b', leadMinistries: [CT] },
  {
    setNo: 16,
    title: 'Nước khoáng thiên nhiên, nước uống đóng chai',
    category: 'II',
    group: 2,
    subgroup: 'a',
    leadMinistries: [YT],
  },
  {
    setNo: 17,
    title: 'Đồ uống không cồn khác',
    annexIName: 'Đồ uống không cồn',
    category: 'II',
    group: 2,
    subgroup: 'b',
    leadMinistries: [CT],
  },
  {
    setNo: 18,
    title: 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền',
    category: 'III',
    group: 1,
    leadMinistries: [YT],
  },
  { setNo: 19, title: 'Mỹ phẩm có thành phần từ dược liệu', category: 'III', group: 2, leadMinistries: [YT] },
  { setNo: 20, title: 'Tinh dầu và dược liệu khác', category: 'III', group: 3, leadMinistries: [YT, CT] },
  {
    setNo: 21,
    title: 'Thủ công mỹ nghệ',
    heading: 'Thủ công mỹ nghệ gia dụng, trang trí',
    annexIName: 'Thủ công mỹ nghệ gia dụng, trang trí',
    category: 'IV',
    group: 1,
    leadMinistries: [CT, NNMT],
  },
  { setNo: 22, title: 'Vải, may mặc', category: 'IV', group: 2, leadMinistries: [CT] },
  { setNo: 23, title: 'Hoa', category: 'V', group: 1, leadMinistries: [NNMT] },
  { setNo: 24, title: 'Cây cảnh', category: 'V', group: 2, leadMinistries: [NNMT] },
  { setNo: 25, title: 'Động vật cảnh', category: 'V', group: 3, leadMinistries: [NNMT] },
  {
    setNo: 26,
    title: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    category: 'VI',
    group: 1,
    leadMinistries: [VHTTDL, NNMT],
  },
]);
