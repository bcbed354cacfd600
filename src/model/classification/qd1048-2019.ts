/**
 * The six ngành (sectors) of Quyết định 1048/QĐ-TTg (2019), for records classified before the
 * 2023 criteria. Names as the press reported 1048's Phụ lục I (baomoi.com, "Ban hành bộ tiêu chí
 * đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm", 2019; yenbai.gov.vn, Nông thôn
 * mới news, ItemID 981). 781/QĐ-TTg (08/06/2020) renamed the tourism sector; both names are kept.
 * The library ships no criteria sets of 1048 yet, so a 1048 record carries only its sector.
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
