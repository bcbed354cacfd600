/*
 * Provincial-level units of Viet Nam in force until 2025-06-30 (63 units:
 * 58 tỉnh + 5 thành phố trực thuộc trung ương until 2024-12-31; 57 + 6 from
 * 2025-01-01, when Huế became a centrally-run city — see below).
 *
 * Codes are the two-digit GSO codes of the national catalogue of administrative
 * units (Danh mục đơn vị hành chính Việt Nam, created by QĐ 124/2004/QĐ-TTg and
 * kept up to date by the statistics office). No provincial-level unit was
 * created, dissolved or re-coded between 2018 (start of OCOP data) and the 2025
 * merger; the only provincial-level change in that window is Huế (code 46).
 *
 * Naming convention (all tables in this folder): `name` is the short official
 * name WITHOUT the "Tỉnh" / "Thành phố" prefix — "Hà Nội", "Hồ Chí Minh",
 * "Thái Bình" — and `type` carries the unit type. Tone marks are placed as
 * in the statistics office's letter 915/CTK-CSCL ("Hòa", "Hóa", "Thụy"); other
 * sources write "Hoà"/"Hoá"/"Thuỵ". Both spellings are valid NFC strings but
 * are different code points, so callers matching names must not rely on
 * string equality alone.
 *
 * Huế: Thừa Thiên Huế (tỉnh, code 46) became the centrally-run city of Huế
 * (thành phố trực thuộc trung ương, same code 46, same territory) on
 * 2025-01-01. History is not rewritten, so code 46 has two records here:
 * "Thừa Thiên Huế" (tỉnh) until 2024-12-31 and "Huế" (thành phố trực thuộc
 * trung ương) from 2025-01-01 to 2025-06-30. The table therefore has 64
 * records for 63 codes, and 63 units are in force on any date.
 *
 * Sources checked (via the search / read_file tools):
 *  - whynotnghiavu/nghia-einvoice-system,
 *    contents/code/microservices/user-service/src/user/infrastructure/dataaccess/seeders/data/address.city.data.ts
 *    (commit 885fdd2361bfdda52ccae35e19bae83729d2e826): the 63 codes with
 *    full names ("Tỉnh …" / "Thành phố …"), from which code, name and type
 *    were transcribed.
 *  - daohoangson/dvhcvn, data/gis/level1s_bbox.json (commit
 *    5c7b777786d2feeab59e5b6daeb0cbf46aed7022): cross-check of the code set
 *    (62 of the 63 codes appear there; 86 Vĩnh Long has no bounding box in that
 *    file but is present in every other source).
 *  - dvhcvn/20250701, input/docs/60-NQ_TW.md: the list of the 63 pre-merger
 *    provinces by name (merger groups), cross-checking names.
 *  - tvanlam/bag_shop, frontend/bagshop/DANH_SACH_34_TINH_THANH.md: names of
 *    the merged provinces (cross-check of names only; its codes are not used).
 *  - thanglequoc/vietnamese-provinces-database, README.md (commit
 *    0364d6f602bff19a50175b206904ab3b0a0911a6): decree table listing
 *    1314/NQ-UBTVQH15 (issued 2024-11-30, effective 2025-01-01) for Huế.
 *  - Several unnamed files returned by find_string ("1314/NQ-UBTVQH15") cite
 *    NQ 175/2024/QH15 as the National Assembly resolution that made Huế a
 *    centrally-run city from 2025-01-01.
 *
 * UNCONFIRMED:
 *  - UNCONFIRMED: the primary text of QĐ 124/2004/QĐ-TTg and of the GSO
 *    catalogue itself was not available; codes and names come from the
 *    public datasets above (which agree with each other and with
 *    well-established public knowledge).
 *  - UNCONFIRMED: the instrument that made Huế a centrally-run city is
 *    reported as NQ 175/2024/QH15 (National Assembly, 2024-11-30); I only saw
 *    this number in secondary files, not the resolution itself. The
 *    2025-01-01 effective date is confirmed by two sources.
 */
import type { AdminUnitRecord } from './types.js';
import { deepFreeze } from '../../../core/freeze.js';

const TO = '2025-06-30';

/**
 * The 63 provincial-level units in force until 2025-06-30, with their GSO codes. Sources and
 * unconfirmed points are listed in `docs/admin-units.md`. Deeply frozen.
 *
 * @example
 * ```ts
 * import { PROVINCES_UNTIL_2025 } from 'ocop';
 * PROVINCES_UNTIL_2025.length; // 64: 63 units, and code 46 has two records (Thừa Thiên Huế, then Huế from 2025-01-01)
 * new Set(PROVINCES_UNTIL_2025.map((p) => p.code)).size; // 63
 * PROVINCES_UNTIL_2025.find((p) => p.code === '34')?.name; // 'Thái Bình'
 * ```
 */
export const PROVINCES_UNTIL_2025: readonly AdminUnitRecord[] = /* @__PURE__ */ deepFreeze([
  {
    code: '01',
    name: 'Hà Nội',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: null,
    validTo: TO,
  },
  { code: '02', name: 'Hà Giang', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '04', name: 'Cao Bằng', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '06', name: 'Bắc Kạn', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '08', name: 'Tuyên Quang', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '10', name: 'Lào Cai', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '11', name: 'Điện Biên', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '12', name: 'Lai Châu', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '14', name: 'Sơn La', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '15', name: 'Yên Bái', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '17', name: 'Hòa Bình', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '19', name: 'Thái Nguyên', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '20', name: 'Lạng Sơn', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '22', name: 'Quảng Ninh', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '24', name: 'Bắc Giang', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '25', name: 'Phú Thọ', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '26', name: 'Vĩnh Phúc', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '27', name: 'Bắc Ninh', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '30', name: 'Hải Dương', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  {
    code: '31',
    name: 'Hải Phòng',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: null,
    validTo: TO,
  },
  { code: '33', name: 'Hưng Yên', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '34', name: 'Thái Bình', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '35', name: 'Hà Nam', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '36', name: 'Nam Định', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '37', name: 'Ninh Bình', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '38', name: 'Thanh Hóa', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '40', name: 'Nghệ An', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '42', name: 'Hà Tĩnh', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '44', name: 'Quảng Bình', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '45', name: 'Quảng Trị', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  {
    code: '46',
    name: 'Thừa Thiên Huế',
    level: 'province',
    type: 'tỉnh',
    validFrom: null,
    validTo: '2024-12-31',
    notes: 'Became the centrally-run city "Huế" on 2025-01-01 (same code 46 and territory; next record).',
  },
  {
    code: '46',
    name: 'Huế',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: '2025-01-01',
    validTo: TO,
    notes:
      'Formerly Thừa Thiên Huế (tỉnh), same code and territory. ' +
      'UNCONFIRMED: instrument reported as NQ 175/2024/QH15 (with NQ 1314/NQ-UBTVQH15 for the lower-level arrangement); resolution text not read.',
  },
  {
    code: '48',
    name: 'Đà Nẵng',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: null,
    validTo: TO,
  },
  { code: '49', name: 'Quảng Nam', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '51', name: 'Quảng Ngãi', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '52', name: 'Bình Định', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '54', name: 'Phú Yên', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '56', name: 'Khánh Hòa', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '58', name: 'Ninh Thuận', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '60', name: 'Bình Thuận', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '62', name: 'Kon Tum', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '64', name: 'Gia Lai', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '66', name: 'Đắk Lắk', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '67', name: 'Đắk Nông', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '68', name: 'Lâm Đồng', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '70', name: 'Bình Phước', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '72', name: 'Tây Ninh', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '74', name: 'Bình Dương', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '75', name: 'Đồng Nai', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '77', name: 'Bà Rịa - Vũng Tàu', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  {
    code: '79',
    name: 'Hồ Chí Minh',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: null,
    validTo: TO,
  },
  { code: '80', name: 'Long An', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '82', name: 'Tiền Giang', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '83', name: 'Bến Tre', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '84', name: 'Trà Vinh', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '86', name: 'Vĩnh Long', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '87', name: 'Đồng Tháp', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '89', name: 'An Giang', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '91', name: 'Kiên Giang', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  {
    code: '92',
    name: 'Cần Thơ',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: null,
    validTo: TO,
  },
  { code: '93', name: 'Hậu Giang', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '94', name: 'Sóc Trăng', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '95', name: 'Bạc Liêu', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
  { code: '96', name: 'Cà Mau', level: 'province', type: 'tỉnh', validFrom: null, validTo: TO },
]);
