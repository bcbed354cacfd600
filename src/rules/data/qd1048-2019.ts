/**
 * Rule set `qd1048-2019`: Quyết định 1048/QĐ-TTg (21/08/2019), the first national criteria,
 * before 781/QĐ-TTg added per-star minima. The decision's text was read through public copies and
 * provincial guides: baomoi.com ("Ban hành bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình
 * mỗi xã một sản phẩm", 2019), ciptek.vn/bo-tieu-chi-ocop, the Bà Rịa-Vũng Tàu and Đà Nẵng
 * agriculture departments' guides to the 1048 procedure, and yenbai.gov.vn for 781. The 26 per-set
 * criteria of Phụ lục III are transcribed from the decision's text in `./qd1048-2019/` (no star
 * marks: 1048 printed none).
 */
import { deepFreeze } from '../../core/freeze.js';
import type { RuleSet } from '../rule-set.js';
import { AVERAGING, HALF_OPEN_BANDS } from './shared-numbers.js';

const QD = 'Quyết định 1048/QĐ-TTg';

/**
 * Quyết định 1048/QĐ-TTg (2019): parts A/B/C 35/25/40; district councils forward 50–100 to the
 * province, which recognises 3★ and 4★; the ministry recognises 5★.
 *
 * @example
 * ```ts
 * import { QD1048_2019 } from 'ocop';
 * QD1048_2019.parts.value; // { A: 35, B: 25, C: 40 }
 * ```
 */
export const QD1048_2019: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'qd1048-2019',
  title: 'Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm (Quyết định 1048/QĐ-TTg)',
  titleEn: 'OCOP product evaluation and ranking criteria (Decision 1048/QĐ-TTg)',
  instruments: [{ number: '1048/QĐ-TTg', date: '2019-08-21', signer: 'Vương Đình Huệ', role: 'base' }],
  effectiveFrom: '2019-08-21',
  effectiveTo: '2020-06-07',
  parts: { value: { A: 35, B: 25, C: 40 }, reference: `${QD}, Phụ lục I (as printed by baomoi.com and ciptek.vn/bo-tieu-chi-ocop, 2019)` },
  bands: { value: HALF_OPEN_BANDS, reference: `${QD}: 5★ 90–100, 4★ 70–89, 3★ 50–69, 2★ 30–49, 1★ dưới 30 (ciptek.vn/bo-tieu-chi-ocop; proatc.vn/phan-hang-nhom-san-pham-ocop); integer ends read as half-open` },
  levels: { value: ['district', 'province', 'central'], reference: `${QD}, Phụ lục II (Sở NN&PTNT Bà Rịa-Vũng Tàu, "Quy trình đánh giá, phân hạng sản phẩm OCOP theo Quyết định số 1048/QĐ-TTg ngày 21/8/2019")` },
  recognition: { value: { 3: 'province', 4: 'province', 5: 'central' }, reference: `${QD}, Phụ lục II: UBND tỉnh công nhận 3–4 sao, Bộ NN&PTNT công nhận 5 sao (Sở NN&PTNT Bà Rịa-Vũng Tàu, guide to the 1048 procedure)` },
  forwarding: { value: { district: 50, province: 90 }, reference: `${QD}, Phụ lục II: cấp huyện chuyển sản phẩm đạt 50–100 điểm, cấp tỉnh chuyển 90–100 điểm (Sở NN&PTNT Bà Rịa-Vũng Tàu, guide to the 1048 procedure)` },
  certificateValidityMonths: { value: 36, reference: `${QD} (danang.gov.vn, OCOP pages; Nghệ An: certificates of QĐ 303/QĐ-UBND 04/02/2020 expired 04/02/2023, nguoinghe.vn)` },
  averaging: { value: AVERAGING, reference: 'Library policy (two decimals, half-up); the decision states no rounding' },
  minima: { value: { exist: false, council: 'majority', policy: 'cap' }, reference: `${QD}: no per-star minima before 781/QĐ-TTg (08/06/2020; yenbai.gov.vn, Nông thôn mới news, ItemID 981)` },
  procedures: {},
  criteriaSets: 26,
  notes: [
    'One press page dates 1048 on 20/08/2019; 21/08/2019 is used, as in the title of the provincial guides ("Quyết định số 1048/QĐ-TTg ngày 21/8/2019").',
    'Effective on signing is assumed; 781/QĐ-TTg amended it from 08/06/2020.',
    'The 26 criteria sets of Phụ lục III are transcribed from the decision\'s text (ocop/rules/qd1048-2019/NN); they carry no star marks, as 1048 printed none.',
  ],
});
