/*
 * For each of the 63 pre-2025 provincial-level units (old GSO code), the code
 * of the post-2025 unit (QĐ 19/2025/QĐ-TTg code) it became part of on
 * 2025-07-01 under Nghị quyết 202/2025/QH15. Units that were not merged (11,
 * incl. Huế) map to their own code. 23 new units were formed from 52 old ones.
 *
 * Derivation: the merger groups (which old provinces formed which new one,
 * by name) come from the annex of 60-NQ/TW and agree with the list said to
 * follow NQ 202/2025/QH15 in tvanlam/bag_shop; the new codes come from letter
 * 915/CTK-CSCL (see provinces-from-2025.ts). Every group's new code equals the
 * old code of the province that hosts the new political-administrative
 * centre, which the 60-NQ/TW annex names — an independent consistency check
 * that holds for all 23 groups.
 *
 * Note that a code on the `from` side and the same code on the `to` side can
 * denote different units (e.g. from "44" Quảng Bình → to "44" Quảng Trị).
 *
 * Sources checked (via the search / read_file tools):
 *  - dvhcvn/20250701, input/docs/60-NQ_TW.md (commit
 *    1fe34bb35376aaad83e1179df87a6a92c33c3410): annex "Danh sách dự kiến tên
 *    gọi … của 34 đơn vị hành chính cấp tỉnh" — 11 unchanged units and the
 *    23 merger groups with the seat of each.
 *  - dvhcvn/20250701, input/docs/915_CTK-CSCL.csv: codes of the 34 new units.
 *  - tvanlam/bag_shop, frontend/bagshop/DANH_SACH_34_TINH_THANH.md (commit
 *    ad529b652f029273d531c73c0b5830799ee045d0): the same 23 groups, titled
 *    after NQ 202/2025/QH15. Its "Mã Code" column is the OLD code of the
 *    province that kept its name (e.g. Bắc Ninh 27, Gia Lai 64); that
 *    contradicts 915/CTK-CSCL and was NOT used.
 *  - dvhcvn/20250701, output/34/340/12688.json: a ward of old district 340
 *    (Đông Hưng, Thái Bình) mapped into the new Hưng Yên — spot check of
 *    "34" → "33".
 *
 * UNCONFIRMED:
 *  - UNCONFIRMED: the text of NQ 202/2025/QH15 itself was not read; the
 *    groups are taken from the 60-NQ/TW annex and a secondary list that agree.
 *  - UNCONFIRMED: the date. One secondary source says NQ 202/2025/QH15 took
 *    effect on adoption (2025-06-12) with the new provincial authorities
 *    operating from 2025-07-01; another gives 2025-07-01 as the effective
 *    date. QĐ 19/2025/QĐ-TTg (new codes) is effective 2025-07-01, so `on` is
 *    '2025-07-01' for every row.
 */
import type { ProvinceMerger } from './types.js';
import { deepFreeze } from '../../../core/freeze.js';

const ON = '2025-07-01';

/**
 * For each of the 63 provincial codes in force until 2025-06-30, the code of the province it is
 * part of from 2025-07-01 (Nghị quyết 202/2025/QH15). Unmerged provinces map to themselves.
 * Deeply frozen.
 *
 * @example
 * ```ts
 * import { PROVINCE_MERGERS_2025 } from 'ocop';
 * PROVINCE_MERGERS_2025.find((m) => m.from === '34'); // { from: '34', to: '33', on: '2025-07-01' }
 * ```
 */
export const PROVINCE_MERGERS_2025: readonly ProvinceMerger[] = /* @__PURE__ */ deepFreeze([
  { from: '01', to: '01', on: ON }, // Hà Nội — unchanged
  { from: '02', to: '08', on: ON }, // Hà Giang → Tuyên Quang
  { from: '04', to: '04', on: ON }, // Cao Bằng — unchanged
  { from: '06', to: '19', on: ON }, // Bắc Kạn → Thái Nguyên
  { from: '08', to: '08', on: ON }, // Tuyên Quang → Tuyên Quang (seat)
  { from: '10', to: '15', on: ON }, // Lào Cai → Lào Cai (new code 15)
  { from: '11', to: '11', on: ON }, // Điện Biên — unchanged
  { from: '12', to: '12', on: ON }, // Lai Châu — unchanged
  { from: '14', to: '14', on: ON }, // Sơn La — unchanged
  { from: '15', to: '15', on: ON }, // Yên Bái → Lào Cai (seat)
  { from: '17', to: '25', on: ON }, // Hòa Bình → Phú Thọ
  { from: '19', to: '19', on: ON }, // Thái Nguyên → Thái Nguyên (seat)
  { from: '20', to: '20', on: ON }, // Lạng Sơn — unchanged
  { from: '22', to: '22', on: ON }, // Quảng Ninh — unchanged
  { from: '24', to: '24', on: ON }, // Bắc Giang → Bắc Ninh (seat)
  { from: '25', to: '25', on: ON }, // Phú Thọ → Phú Thọ (seat)
  { from: '26', to: '25', on: ON }, // Vĩnh Phúc → Phú Thọ
  { from: '27', to: '24', on: ON }, // Bắc Ninh → Bắc Ninh (new code 24)
  { from: '30', to: '31', on: ON }, // Hải Dương → Hải Phòng
  { from: '31', to: '31', on: ON }, // Hải Phòng → Hải Phòng (seat)
  { from: '33', to: '33', on: ON }, // Hưng Yên → Hưng Yên (seat)
  { from: '34', to: '33', on: ON }, // Thái Bình → Hưng Yên
  { from: '35', to: '37', on: ON }, // Hà Nam → Ninh Bình
  { from: '36', to: '37', on: ON }, // Nam Định → Ninh Bình
  { from: '37', to: '37', on: ON }, // Ninh Bình → Ninh Bình (seat)
  { from: '38', to: '38', on: ON }, // Thanh Hóa — unchanged
  { from: '40', to: '40', on: ON }, // Nghệ An — unchanged
  { from: '42', to: '42', on: ON }, // Hà Tĩnh — unchanged
  { from: '44', to: '44', on: ON }, // Quảng Bình → Quảng Trị (seat)
  { from: '45', to: '44', on: ON }, // Quảng Trị → Quảng Trị (new code 44)
  { from: '46', to: '46', on: ON }, // Thừa Thiên Huế / Huế — unchanged (city since 2025-01-01)
  { from: '48', to: '48', on: ON }, // Đà Nẵng → Đà Nẵng (seat)
  { from: '49', to: '48', on: ON }, // Quảng Nam → Đà Nẵng
  { from: '51', to: '51', on: ON }, // Quảng Ngãi → Quảng Ngãi (seat)
  { from: '52', to: '52', on: ON }, // Bình Định → Gia Lai (seat)
  { from: '54', to: '66', on: ON }, // Phú Yên → Đắk Lắk
  { from: '56', to: '56', on: ON }, // Khánh Hòa → Khánh Hòa (seat)
  { from: '58', to: '56', on: ON }, // Ninh Thuận → Khánh Hòa
  { from: '60', to: '68', on: ON }, // Bình Thuận → Lâm Đồng
  { from: '62', to: '51', on: ON }, // Kon Tum → Quảng Ngãi
  { from: '64', to: '52', on: ON }, // Gia Lai → Gia Lai (new code 52)
  { from: '66', to: '66', on: ON }, // Đắk Lắk → Đắk Lắk (seat)
  { from: '67', to: '68', on: ON }, // Đắk Nông → Lâm Đồng
  { from: '68', to: '68', on: ON }, // Lâm Đồng → Lâm Đồng (seat)
  { from: '70', to: '75', on: ON }, // Bình Phước → Đồng Nai
  { from: '72', to: '80', on: ON }, // Tây Ninh → Tây Ninh (new code 80)
  { from: '74', to: '79', on: ON }, // Bình Dương → Hồ Chí Minh
  { from: '75', to: '75', on: ON }, // Đồng Nai → Đồng Nai (seat)
  { from: '77', to: '79', on: ON }, // Bà Rịa - Vũng Tàu → Hồ Chí Minh
  { from: '79', to: '79', on: ON }, // Hồ Chí Minh → Hồ Chí Minh (seat)
  { from: '80', to: '80', on: ON }, // Long An → Tây Ninh (seat)
  { from: '82', to: '82', on: ON }, // Tiền Giang → Đồng Tháp (seat)
  { from: '83', to: '86', on: ON }, // Bến Tre → Vĩnh Long
  { from: '84', to: '86', on: ON }, // Trà Vinh → Vĩnh Long
  { from: '86', to: '86', on: ON }, // Vĩnh Long → Vĩnh Long (seat)
  { from: '87', to: '82', on: ON }, // Đồng Tháp → Đồng Tháp (new code 82)
  { from: '89', to: '91', on: ON }, // An Giang → An Giang (new code 91)
  { from: '91', to: '91', on: ON }, // Kiên Giang → An Giang (seat)
  { from: '92', to: '92', on: ON }, // Cần Thơ → Cần Thơ (seat)
  { from: '93', to: '92', on: ON }, // Hậu Giang → Cần Thơ
  { from: '94', to: '92', on: ON }, // Sóc Trăng → Cần Thơ
  { from: '95', to: '96', on: ON }, // Bạc Liêu → Cà Mau
  { from: '96', to: '96', on: ON }, // Cà Mau → Cà Mau (seat)
]);
