/**
 * The six ngành (sectors) of Quyết định 1048/QĐ-TTg (21/08/2019), for records classified before
 * the 2023 criteria, and the classification of its 26 criteria sets (Phụ lục III) into them.
 * Sector names as Điều 1 of the decision lists them (also reported by baomoi.com, "Ban hành bộ
 * tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm", 2019; yenbai.gov.vn,
 * Nông thôn mới news, ItemID 981). 781/QĐ-TTg (08/06/2020) renamed the tourism sector; both names
 * are kept. The criteria sets themselves ship in the `qd1048-2019` rule set's data (transcribed
 * from the decision's text, thuvienphapluat.vn, Quyết định 1048/QĐ-TTg năm 2019).
 */

import { deepFreeze } from '../../core/freeze.js';
/**
 * The six 1048 sectors, keyed by an English slug.
 *
 * @example
 * ```ts
 * import { QD1048_SECTORS } from 'ocop';
 * QD1048_SECTORS.herbal.vi; // 'Thảo dược'
 * ```
 */
export const QD1048_SECTORS = /* @__PURE__ */ deepFreeze({
  food: { vi: 'Thực phẩm', en: 'Food' },
  beverages: { vi: 'Đồ uống', en: 'Beverages' },
  herbal: { vi: 'Thảo dược', en: 'Herbal products' },
  textiles: { vi: 'Vải và may mặc', en: 'Textiles and garments' },
  'souvenirs-decor': { vi: 'Lưu niệm - nội thất - trang trí', en: 'Souvenirs, furniture and decoration' },
  'rural-tourism': {
    vi: 'Dịch vụ du lịch nông thôn, bán hàng',
    /** The name after 781/QĐ-TTg (08/06/2020). */
    viFrom2020: 'Dịch vụ du lịch cộng đồng và điểm du lịch',
    en: 'Rural tourism and sales services',
  },
} as const);

/**
 * A 1048 sector slug.
 *
 * @example
 * ```ts
 * import type { Qd1048Sector } from 'ocop';
 * const sector: Qd1048Sector = 'food';
 * ```
 */
export type Qd1048Sector = keyof typeof QD1048_SECTORS;

/**
 * Where one criteria set of 1048's Phụ lục III belongs: its sector, and the ngành and nhóm as the
 * set prints them in its "(Ngành: …. Nhóm: …)" line.
 *
 * @example
 * ```ts
 * import type { Qd1048CriteriaSetClass } from 'ocop/criteria';
 * const rice: Qd1048CriteriaSetClass = {
 *   setNo: 3,
 *   sector: 'food',
 *   nganh: 'Thực phẩm',
 *   nhom: 'Thực phẩm thô, sơ chế',
 *   title: 'Gạo, ngũ cốc',
 * };
 * ```
 */
export interface Qd1048CriteriaSetClass {
  /** The set's number in Phụ lục III (1–26). */
  readonly setNo: number;
  /** The sector, a key of {@link QD1048_SECTORS}. */
  readonly sector: Qd1048Sector;
  /** The ngành as the set prints it (not always the sector's name in Điều 1, e.g. "Dịch vụ, du lịch"). */
  readonly nganh: string;
  /** The nhóm as the set prints it, spelling and case included. */
  readonly nhom: string;
  /** The set's title ("Bộ sản phẩm: …") as printed above it. */
  readonly title: string;
}

/**
 * The 26 criteria sets of Quyết định 1048/QĐ-TTg (Phụ lục III) by number: sector, ngành and nhóm
 * as each set prints them under its title, and the title.
 *
 * Phụ lục I of the same decision (the product classification) groups the same products with a few
 * differences: it files "Chế biến từ rau, củ, quả, hạt" (set 7, which prints "Nhóm: Nông sản chế
 * biến") under the nhóm "Thực phẩm chế biến"; it names set 17's phân nhóm "Nước khoáng thiên
 * nhiên, nước uống tinh khiết" (set 17: "nước uống đóng chai"), set 18's "Đồ uống không cồn"
 * (without "khác"), set 11's "Gia vị khác" and set 12's "Chè tươi, chế biến"; and it titles the
 * sectors "NGÀNH THỦ CÔNG MỸ NGHỆ, TRANG TRÍ", "NGÀNH VẢI, MAY MẶC" and "NGÀNH DỊCH VỤ DU LỊCH NÔNG
 * THÔN VÀ BÁN HÀNG", where Điều 1 lists "lưu niệm - nội thất - trang trí", "vải và may mặc" and
 * "dịch vụ du lịch nông thôn, bán hàng" (sets 23–26 print "Thủ công mỹ nghệ, trang trí", "Vải và
 * may mặc" and "Dịch vụ, du lịch"). The table follows the sets.
 *
 * @example
 * ```ts
 * import { QD1048_CRITERIA_SET_CLASSES } from 'ocop/criteria';
 * QD1048_CRITERIA_SET_CLASSES.length; // 26
 * QD1048_CRITERIA_SET_CLASSES[16]?.nhom; // 'Đồ uống không cồn'
 * QD1048_CRITERIA_SET_CLASSES[22]?.sector; // 'souvenirs-decor'
 * ```
 */
export const QD1048_CRITERIA_SET_CLASSES: readonly Qd1048CriteriaSetClass[] = /* @__PURE__ */ deepFreeze([
  { setNo: 1, sector: 'food', nganh: 'Thực phẩm', nhom: 'Thực phẩm tươi sống', title: 'Rau, củ, quả, hạt tươi' },
  { setNo: 2, sector: 'food', nganh: 'Thực phẩm', nhom: 'Thực phẩm tươi sống', title: 'Thịt, trứng, sữa tươi' },
  { setNo: 3, sector: 'food', nganh: 'Thực phẩm', nhom: 'Thực phẩm thô, sơ chế', title: 'Gạo, ngũ cốc' },
  {
    setNo: 4,
    sector: 'food',
    nganh: 'Thực phẩm',
    nhom: 'Thực phẩm thô, sơ chế',
    title: 'Mật ong, các sản phẩm từ mật ong, mật khác',
  },
  { setNo: 5, sector: 'food', nganh: 'Thực phẩm', nhom: 'Thực phẩm chế biến', title: 'Đồ ăn nhanh' },
  { setNo: 6, sector: 'food', nganh: 'Thực phẩm', nhom: 'Thực phẩm chế biến', title: 'Chế biến từ gạo, ngũ cốc' },
  { setNo: 7, sector: 'food', nganh: 'Thực phẩm', nhom: 'Nông sản chế biến', title: 'Chế biến từ rau, củ, quả, hạt' },
  { setNo: 8, sector: 'food', nganh: 'Thực phẩm', nhom: 'Thực phẩm chế biến', title: 'Chế biến từ thịt, trứng, sữa' },
  { setNo: 9, sector: 'food', nganh: 'Thực phẩm', nhom: 'Thực phẩm chế biến', title: 'Chế biến từ thủy, hải sản' },
  { setNo: 10, sector: 'food', nganh: 'Thực phẩm', nhom: 'Gia vị', title: 'Tương, nước mắm, gia vị dạng lỏng khác' },
  { setNo: 11, sector: 'food', nganh: 'Thực phẩm', nhom: 'Gia vị', title: 'Gia vị khác (hành, tỏi, tiêu,...)' },
  { setNo: 12, sector: 'food', nganh: 'Thực phẩm', nhom: 'Chè', title: 'Chè tươi, chè chế biến' },
  { setNo: 13, sector: 'food', nganh: 'Thực phẩm', nhom: 'Chè', title: 'Các sản phẩm khác từ chè, trà' },
  { setNo: 14, sector: 'food', nganh: 'Thực phẩm', nhom: 'Cà phê, Ca cao', title: 'Cà phê, Ca cao' },
  { setNo: 15, sector: 'beverages', nganh: 'Đồ uống', nhom: 'Đồ uống có cồn', title: 'Rượu trắng' },
  { setNo: 16, sector: 'beverages', nganh: 'Đồ uống', nhom: 'Đồ uống có cồn', title: 'Đồ uống có cồn khác' },
  {
    setNo: 17,
    sector: 'beverages',
    nganh: 'Đồ uống',
    nhom: 'Đồ uống không cồn',
    title: 'Nước khoáng thiên nhiên, nước uống đóng chai',
  },
  { setNo: 18, sector: 'beverages', nganh: 'Đồ uống', nhom: 'Đồ uống không cồn', title: 'Đồ uống không cồn khác' },
  {
    setNo: 19,
    sector: 'herbal',
    nganh: 'Thảo dược',
    nhom: 'Thực phẩm chức năng, thuốc từ dược liệu, thuốc y học cổ truyền',
    title: 'Thực phẩm chức năng, thuốc từ dược liệu, thuốc y học cổ truyền',
  },
  { setNo: 20, sector: 'herbal', nganh: 'Thảo dược', nhom: 'Mỹ phẩm', title: 'Mỹ phẩm' },
  {
    setNo: 21,
    sector: 'herbal',
    nganh: 'Thảo dược',
    nhom: 'Trang thiết bị, dụng cụ y tế',
    title: 'Trang thiết bị, dụng cụ y tế',
  },
  { setNo: 22, sector: 'herbal', nganh: 'Thảo dược', nhom: 'Thảo dược khác', title: 'Thảo dược khác' },
  {
    setNo: 23,
    sector: 'souvenirs-decor',
    nganh: 'Thủ công mỹ nghệ, trang trí',
    nhom: 'thủ công mỹ nghệ - trang trí',
    title: 'Thủ công mỹ nghệ, trang trí',
  },
  {
    setNo: 24,
    sector: 'souvenirs-decor',
    nganh: 'Thủ công mỹ nghệ, trang trí',
    nhom: 'Thủ công mỹ nghệ gia dụng',
    title: 'Thủ công mỹ nghệ gia dụng',
  },
  { setNo: 25, sector: 'textiles', nganh: 'Vải và may mặc', nhom: 'Vải, may mặc', title: 'Vải, may mặc' },
  {
    setNo: 26,
    sector: 'rural-tourism',
    nganh: 'Dịch vụ, du lịch',
    nhom: 'dịch vụ du lịch - truyền thống - lễ hội',
    title: 'Dịch vụ du lịch - truyền thống - lễ hội',
  },
]);
