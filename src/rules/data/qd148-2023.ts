/**
 * Rule set `qd148-2023`: Quyết định 148/QĐ-TTg (24/02/2023), effective on signing. Facts from
 * public summaries of the decision: thuvienphapluat.vn ("Thay đổi tiêu chí đánh giá sản phẩm
 * OCOP", 2023), thuonghieucongluan.com.vn, ieem.vn, vietnamplus.vn ("New criteria for OCOP items",
 * 2023) and congnghieptieudung.vn. The 26 per-set criteria of Phụ lục III, with their star marks,
 * come from a third party's transcription (github.com/augustine-tran/ocop), not checked against the
 * official text, in `./qd148-2023/`; its corrections are listed in QD148_KNOWN_DEFECTS.
 */
import { deepFreeze } from '../../core/freeze.js';
import type { RuleSet } from '../rule-set.js';
import { AVERAGING, HALF_OPEN_BANDS } from './shared-numbers.js';

const QD = 'Quyết định 148/QĐ-TTg';

/**
 * Quyết định 148/QĐ-TTg (2023): parts A/B/C 40/25/35; district recognises 3★, province 4★,
 * ministry 5★.
 *
 * @example
 * ```ts
 * import { QD148_2023 } from 'ocop';
 * QD148_2023.recognition.value; // { 3: 'district', 4: 'province', 5: 'central' }
 * ```
 */
export const QD148_2023: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'qd148-2023',
  title: 'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm (Quyết định 148/QĐ-TTg)',
  titleEn: 'OCOP product evaluation criteria and procedure (Decision 148/QĐ-TTg)',
  instruments: [{ number: '148/QĐ-TTg', date: '2023-02-24', signer: 'Trần Lưu Quang', role: 'base' }],
  effectiveFrom: '2023-02-24',
  effectiveTo: '2025-07-05',
  parts: { value: { A: 40, B: 25, C: 35 }, reference: `${QD}, Phụ lục I (tintuc.thuvienphapluat.com, "Thay đổi tiêu chí đánh giá sản phẩm OCOP"; hangthat.thuonghieucongluan.com.vn, a93435)` },
  bands: { value: HALF_OPEN_BANDS, reference: `${QD}: "từ … đến dưới …" (ieem.vn, "Phân hạng, quy trình và trình tự đánh giá sản phẩm OCOP")` },
  levels: { value: ['district', 'province', 'central'], reference: `${QD}, Phụ lục II (vietnamplus.vn, "New criteria for OCOP items", 2023; congnghieptieudung.vn, dt40883; thuvienphapluat.vn, hỏi đáp 839B9FE)` },
  recognition: { value: { 3: 'district', 4: 'province', 5: 'central' }, reference: `${QD}: UBND huyện công nhận 3 sao, UBND tỉnh 4 sao, Bộ 5 sao (vietnamplus.vn, "New criteria for OCOP items", 2023; congnghieptieudung.vn, "Sản phẩm OCOP hạng 3 sao do UBND huyện đánh giá, phân hạng, cấp giấy chứng nhận")` },
  forwarding: { value: { district: 70, province: 90 }, reference: `${QD}, Phụ lục II (congnghieptieudung.vn, dt40883; ⚠ district 70 from that one source)` },
  certificateValidityMonths: { value: 36, reference: `${QD} (doanhnghiepvadoisong.com.vn/print-3767.html)` },
  averaging: { value: AVERAGING, reference: 'Library policy (two decimals, half-up); the decision states no rounding' },
  minima: { value: { exist: true, council: 'majority', policy: 'cap' }, reference: `${QD}: "tiêu chí bắt buộc" for 3★ (Đồng Tháp's revocations, nhandan.vn, "Đồng Tháp: gần 50 sản phẩm bị thu hồi giấy chứng nhận sản phẩm OCOP"); the marks are those of a third-party transcription of Phụ lục III (github.com/augustine-tran/ocop), not checked against the official text` },
  procedures: {
    expiryNoticeDaysBefore: { value: 30, reference: `${QD}: cơ quan công nhận thông báo cho chủ thể ít nhất 30 ngày trước khi hết hạn (doanhnghiepvadoisong.com.vn/print-3767.html)` },
  },
  criteriaSets: 26,
  notes: [
    'The district forwarding threshold of 70 comes from one source (congnghieptieudung.vn, dt40883), which mislabels the decision as 1048.',
    "148's 26 criteria sets and star marks come from a third party's transcription of Phụ lục III (github.com/augustine-tran/ocop), not checked against the official text; the corrections made to it are listed in QD148_KNOWN_DEFECTS (ocop/criteria).",
    'Amended by 1489/QĐ-TTg from 06/07/2025.',
  ],
});
