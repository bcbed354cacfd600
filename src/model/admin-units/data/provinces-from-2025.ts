/*
 * Provincial-level units of Viet Nam in force from 2025-07-01 (34 units:
 * 28 tỉnh + 6 thành phố trực thuộc trung ương), after the arrangement decided
 * by Nghị quyết 202/2025/QH15 (National Assembly, 2025-06-12). Codes are those
 * of the national catalogue as re-issued by QĐ 19/2025/QĐ-TTg (2025-06-30,
 * effective 2025-07-01). The district level was abolished on the same day.
 *
 * Same naming convention as provinces-until-2025.ts: short official name
 * without the "Tỉnh" / "Thành phố" prefix ("Hồ Chí Minh", "Huế"), tone marks
 * placed as in letter 915/CTK-CSCL ("Hòa", "Hóa").
 *
 * `type` is the type as at 2025-07-01. validFrom is the start of this table's
 * period (2025-07-01) for every record, including the 11 units whose territory
 * did not change; validTo is null (the unit and its code continue).
 *
 * Code reuse warning: each merged province took the code of the pre-2025
 * province that hosts its new political-administrative centre, which is not
 * always the province whose name it kept. So a code can denote different
 * units before and after 2025-07-01: 15 (Yên Bái → Lào Cai), 24 (Bắc Giang →
 * Bắc Ninh), 44 (Quảng Bình → Quảng Trị), 52 (Bình Định → Gia Lai),
 * 80 (Long An → Tây Ninh), 82 (Tiền Giang → Đồng Tháp), 91 (Kiên Giang → An
 * Giang). Always interpret a code together with a date.
 *
 * Sources checked (via the search / read_file tools):
 *  - dvhcvn/20250701, input/docs/915_CTK-CSCL.csv (commit
 *    62ea64ea0ba0f0f932ccb6573e05d3b1a5ef5029): transcription of the
 *    statistics office's letter 915/CTK-CSCL giving the codes of the 34 new
 *    units — the primary source for code + name here.
 *  - thanglequoc/vietnamese-provinces-database,
 *    dataset-generation-scripts/resources/manual_decree_seeds/province_decree.sql
 *    (commit 1a678338a5c7029be953eddb1267dfde618a6e70) and
 *    postgresql/ImportData_vn_units.sql (commit
 *    346f8b19e2eaf902f99fdaf3a3d2f9912fc49f96, generated 2025-07-29): the 34
 *    codes with full names and unit types, stated to follow QĐ 19/2025/QĐ-TTg.
 *  - open-admin-data/vietnam-administrative-divisions, divisions/README.md
 *    (commit 7e0e77782d947541e256309fe687f7bdcc0de151): 34 units with codes
 *    (cross-check).
 *  - dvhcvn/20250701, input/docs/60-NQ_TW.md: annex listing the 11 unchanged
 *    units and the 23 merged units with their names and seats.
 *  - thanglequoc/vietnamese-provinces-database, README.md (commit
 *    0364d6f602bff19a50175b206904ab3b0a0911a6) and patch/v5.1.0/README.md,
 *    patch/v5.2.0/README.md: later status changes (see UNCONFIRMED below).
 *  - An unnamed dataset file returned by find_string("202/2025/QH15")
 *    (a French-language region table) giving the dates of those later changes.
 *
 * UNCONFIRMED:
 *  - UNCONFIRMED: the text of QĐ 19/2025/QĐ-TTg itself was not available; the
 *    codes come from the 915/CTK-CSCL transcription and two datasets that say
 *    they follow QĐ 19/2025 (all three agree on all 34 codes).
 *  - UNCONFIRMED: later changes of type, reported by the sources above but
 *    reported by the sources above: Đồng Nai a centrally-run city from
 *    2026-04-30 (NQ 30/2026/QH16 and 237/NQ-UBTVQH16, which also made 10 of
 *    its communes phường; modelled as a second record of code 75, from
 *    thanglequoc/vietnamese-provinces-database at commit
 *    cd58063299585146ded3981f2272946ef19ced54);
 *    Quảng Ninh from 2026-09-01 (NQ 36/2026/QH16) and Bắc Ninh from
 *    2026-09-20 (NQ 39/2026/QH16), not modelled: their commune-level
 *    changes could not be read, so these two records keep their 2025 type
 *    and carry a note; codes and names are unchanged.
 *  - UNCONFIRMED: the instrument that made Huế a centrally-run city
 *    (reported as NQ 175/2024/QH15, effective 2025-01-01) — resolution text
 *    not read.
 */
import type { AdminUnitRecord } from './types.js';
import { deepFreeze } from '../../../core/freeze.js';

const FROM = '2025-07-01';

/**
 * The 34 provincial-level units in force from 2025-07-01 (28 tỉnh, 6 thành phố trực thuộc
 * trung ương), with codes of QĐ 19/2025/QĐ-TTg: 35 records, as code 75 has two (Đồng Nai, a tỉnh
 * until 2026-04-29 and a centrally-run city from 2026-04-30), and 34 in force on any date. Sources and unconfirmed points are listed in
 * `docs/admin-units.md`. Deeply frozen.
 *
 * @example
 * ```ts
 * import { PROVINCES_FROM_2025 } from 'ocop';
 * PROVINCES_FROM_2025.find((p) => p.code === '33')?.name; // 'Hưng Yên'
 * ```
 */
export const PROVINCES_FROM_2025: readonly AdminUnitRecord[] = /* @__PURE__ */ deepFreeze([
  {
    code: '01',
    name: 'Hà Nội',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: FROM,
    validTo: null,
  },
  { code: '04', name: 'Cao Bằng', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  { code: '08', name: 'Tuyên Quang', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  { code: '11', name: 'Điện Biên', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  { code: '12', name: 'Lai Châu', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  { code: '14', name: 'Sơn La', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  {
    code: '15',
    name: 'Lào Cai',
    level: 'province',
    type: 'tỉnh',
    validFrom: FROM,
    validTo: null,
    notes: 'Code reuse: before 2025-07-01 code 15 was Yên Bái; the old Lào Cai was code 10.',
  },
  { code: '19', name: 'Thái Nguyên', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  { code: '20', name: 'Lạng Sơn', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  {
    code: '22',
    name: 'Quảng Ninh',
    level: 'province',
    type: 'tỉnh',
    validFrom: FROM,
    validTo: null,
    notes: 'UNCONFIRMED: reported a centrally-run city from 2026-09-01 (NQ 36/2026/QH16); not modelled.',
  },
  {
    code: '24',
    name: 'Bắc Ninh',
    level: 'province',
    type: 'tỉnh',
    validFrom: FROM,
    validTo: null,
    notes:
      'Code reuse: before 2025-07-01 code 24 was Bắc Giang; the old Bắc Ninh was code 27. ' +
      'UNCONFIRMED: reported a centrally-run city from 2026-09-20 (NQ 39/2026/QH16); not modelled.',
  },
  { code: '25', name: 'Phú Thọ', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  {
    code: '31',
    name: 'Hải Phòng',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: FROM,
    validTo: null,
  },
  { code: '33', name: 'Hưng Yên', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  { code: '37', name: 'Ninh Bình', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  { code: '38', name: 'Thanh Hóa', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  { code: '40', name: 'Nghệ An', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  { code: '42', name: 'Hà Tĩnh', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  {
    code: '44',
    name: 'Quảng Trị',
    level: 'province',
    type: 'tỉnh',
    validFrom: FROM,
    validTo: null,
    notes: 'Code reuse: before 2025-07-01 code 44 was Quảng Bình; the old Quảng Trị was code 45.',
  },
  {
    code: '46',
    name: 'Huế',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: FROM,
    validTo: null,
    notes:
      'A centrally-run city since 2025-01-01 (formerly Thừa Thiên Huế, tỉnh), not merged on 2025-07-01. UNCONFIRMED: instrument reported as NQ 175/2024/QH15.',
  },
  {
    code: '48',
    name: 'Đà Nẵng',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: FROM,
    validTo: null,
  },
  { code: '51', name: 'Quảng Ngãi', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  {
    code: '52',
    name: 'Gia Lai',
    level: 'province',
    type: 'tỉnh',
    validFrom: FROM,
    validTo: null,
    notes: 'Code reuse: before 2025-07-01 code 52 was Bình Định; the old Gia Lai was code 64.',
  },
  { code: '56', name: 'Khánh Hòa', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  { code: '66', name: 'Đắk Lắk', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  { code: '68', name: 'Lâm Đồng', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  {
    code: '75',
    name: 'Đồng Nai',
    level: 'province',
    type: 'tỉnh',
    validFrom: FROM,
    validTo: '2026-04-29',
  },
  {
    code: '75',
    name: 'Đồng Nai',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: '2026-04-30',
    validTo: null,
  },
  {
    code: '79',
    name: 'Hồ Chí Minh',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: FROM,
    validTo: null,
  },
  {
    code: '80',
    name: 'Tây Ninh',
    level: 'province',
    type: 'tỉnh',
    validFrom: FROM,
    validTo: null,
    notes: 'Code reuse: before 2025-07-01 code 80 was Long An; the old Tây Ninh was code 72.',
  },
  {
    code: '82',
    name: 'Đồng Tháp',
    level: 'province',
    type: 'tỉnh',
    validFrom: FROM,
    validTo: null,
    notes: 'Code reuse: before 2025-07-01 code 82 was Tiền Giang; the old Đồng Tháp was code 87.',
  },
  { code: '86', name: 'Vĩnh Long', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
  {
    code: '91',
    name: 'An Giang',
    level: 'province',
    type: 'tỉnh',
    validFrom: FROM,
    validTo: null,
    notes: 'Code reuse: before 2025-07-01 code 91 was Kiên Giang; the old An Giang was code 89.',
  },
  {
    code: '92',
    name: 'Cần Thơ',
    level: 'province',
    type: 'thành phố trực thuộc trung ương',
    validFrom: FROM,
    validTo: null,
  },
  { code: '96', name: 'Cà Mau', level: 'province', type: 'tỉnh', validFrom: FROM, validTo: null },
]);
