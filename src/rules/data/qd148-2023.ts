/**
 * Rule set `qd148-2023`: Quyết định 148/QĐ-TTg (24/02/2023), effective on signing. Facts:
 * ocop-brief §1, §2.1, §2.2, §3 (sources S5–S10). 148's own appendix (per-set criteria and star
 * marks) was not available: sheets are totals only.
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
  parts: { value: { A: 40, B: 25, C: 35 }, reference: `${QD}, Phụ lục I (ocop-brief §2.1: S5, S6)` },
  bands: { value: HALF_OPEN_BANDS, reference: `${QD}: "từ … đến dưới …" (ocop-brief §2.2: S7)` },
  levels: { value: ['district', 'province', 'central'], reference: `${QD}, Phụ lục II (ocop-brief §3: S8, S10, S11)` },
  recognition: { value: { 3: 'district', 4: 'province', 5: 'central' }, reference: `${QD}: UBND huyện công nhận 3 sao, UBND tỉnh 4 sao, Bộ 5 sao (ocop-brief §3: S8, S10)` },
  forwarding: { value: { district: 70, province: 90 }, reference: `${QD}, Phụ lục II (ocop-brief §3: S10; ⚠ district 70 from one source)` },
  certificateValidityMonths: { value: 36, reference: `${QD} (ocop-brief §6: S12)` },
  averaging: { value: AVERAGING, reference: 'Library policy (two decimals, half-up); the decision states no rounding (ocop-brief §14.6)' },
  minima: { value: { exist: true, council: 'majority', policy: 'cap' }, reference: `${QD}: "tiêu chí bắt buộc" for 3★ (ocop-brief §2.6: S23 Đồng Tháp); the appendix itself was not seen` },
  procedures: {
    expiryNoticeDaysBefore: { value: 30, reference: `${QD}: cơ quan công nhận thông báo cho chủ thể ít nhất 30 ngày trước khi hết hạn (ocop-brief §4.2: S12)` },
  },
  criteriaSets: 0,
  notes: [
    'The district forwarding threshold of 70 comes from one source, which mislabels the decision (ocop-brief §14.4).',
    "148's per-set criteria and star marks were not available: evaluations carry member totals only, and minima cannot be checked.",
    'Amended by 1489/QĐ-TTg from 06/07/2025.',
  ],
});
