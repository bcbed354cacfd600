/**
 * Rule set `qd26-2026`: Quyết định 26/2026/QĐ-TTg (22/05/2026), current. Numbers from the
 * decision's text (published at vanban.chinhphu.vn, docid 218267); the 26 criteria sets are in
 * ./qd26-2026/.
 */
import { deepFreeze } from '../../core/freeze.js';
import type { RuleSet } from '../rule-set.js';
import { AVERAGING, HALF_OPEN_BANDS } from './shared-numbers.js';

const QD = 'Quyết định 26/2026/QĐ-TTg';

/**
 * Quyết định 26/2026/QĐ-TTg (2026), in force: parts A/B/C 40/25/35, half-open bands, province
 * recognises 3★ and 4★, the ministry 5★, 26 criteria sets with star minima.
 *
 * @example
 * ```ts
 * import { QD26_2026 } from 'ocop';
 * QD26_2026.criteriaSets; // 26
 * ```
 */
export const QD26_2026: RuleSet = /* @__PURE__ */ deepFreeze({
  id: 'qd26-2026',
  title: 'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm mỗi xã một sản phẩm (Quyết định 26/2026/QĐ-TTg)',
  titleEn: 'OCOP product evaluation criteria and procedure (Decision 26/2026/QĐ-TTg)',
  instruments: [{ number: '26/2026/QĐ-TTg', date: '2026-05-22', signer: 'Hồ Quốc Dũng', role: 'base' }],
  effectiveFrom: '2026-05-22',
  effectiveTo: null,
  parts: { value: { A: 40, B: 25, C: 35 }, reference: `${QD}, Điều 3.1` },
  bands: { value: HALF_OPEN_BANDS, reference: `${QD}, Điều 3.3` },
  levels: { value: ['province', 'central'], reference: `${QD}, Điều 4.1` },
  recognition: { value: { 3: 'province', 4: 'province', 5: 'central' }, reference: `${QD}, Điều 4.1.a–b` },
  forwarding: { value: { province: 90 }, reference: `${QD}, Điều 7.3.e (sản phẩm có tiềm năng đạt 5 sao, đạt từ 90 trở lên, gửi Bộ Nông nghiệp và Môi trường)` },
  certificateValidityMonths: { value: 36, reference: `${QD}, Điều 4.3` },
  averaging: { value: AVERAGING, reference: `${QD}, Điều 3.3 ranks on the "tổng điểm trung bình"; two decimals half-up is library policy` },
  minima: {
    value: { exist: true, council: 'majority', policy: 'cap' },
    reference: `${QD}, Phụ lục II: "Dấu sao là yêu cầu tối thiểu phải đạt theo các cấp độ sao"; the majority and cap readings are library policy (the decision says neither)`,
  },
  transition: {
    value: { from: 'qd148-1489-2025', pendingSubmittedBefore: '2026-05-22', lastDay: { first: '2026-07-21', upgrade: '2026-07-21', 're-evaluation': '2026-06-21' } },
    reference: `${QD}, Điều 12.2: hồ sơ nộp trước ngày Quyết định có hiệu lực hoàn thành theo quy định giai đoạn 2021–2025, không quá 60 ngày (lần đầu, nâng hạng) hoặc 30 ngày (đánh giá lại) kể từ ngày 22/05/2026; days counted from the next day (Bộ luật Dân sự 2015, Điều 147)`,
  },
  procedures: {
    communePreAssessmentWorkingDays: { value: 15, reference: `${QD}, Điều 7.2 (trong thời hạn 15 ngày làm việc kể từ ngày tiếp nhận hồ sơ)` },
    reEvaluationMaxDays: { value: 45, reference: `${QD}, Điều 7.6.g (không quá 45 ngày kể từ ngày nhận đủ hồ sơ)` },
    revocationDays: { value: 15, reference: `${QD}, Điều 8.4 (15 ngày kể từ ngày có kết luận)` },
    renewalWindowDaysBefore: { value: { earliest: 180, latest: 120 }, reference: `${QD}, Điều 7.6.a (không sớm hơn 180 ngày và không muộn hơn 120 ngày tính đến ngày hết thời hạn)` },
    expiryGraceDays: { value: 180, reference: `${QD}, Điều 12.3 (không quá 180 ngày tính từ ngày hết thời hạn)` },
  },
  rounds: {
    value: [
      { level: 'province', round: 1, proposalsBefore: { month: 4, day: 30 }, heldBefore: { month: 6, day: 30 } },
      { level: 'province', round: 2, proposalsBefore: { month: 10, day: 30 }, heldBefore: { month: 12, day: 30 } },
      { level: 'central', round: 1, proposalsBefore: { month: 7, day: 30 }, heldBefore: { month: 9, day: 30 } },
      { level: 'central', round: 2, proposalsBefore: { month: 1, day: 30, yearOffset: 1 }, heldBefore: { month: 3, day: 30, yearOffset: 1 } },
    ],
    reference: `${QD}, Điều 5.1–5.2 (at least two rounds a year at each level; extra rounds allowed when set in the council's rules)`,
  },
  criteriaSets: 26,
  notes: [
    'Whether an unmet star minimum lowers the star (cap) or means "not recognised" (reject) is not stated; reports show "Không đạt" (not recognised): the 2020 central council (hoanganhhalong.com.vn), the revocations in Đồng Tháp (nhandan.vn); none shows a lower star. The default is cap; a province may choose reject.',
    'Minima are read as cumulative (a 4★ product must meet the 3★ marks too), from 781\'s wording "Hạng 4 sao: Đáp ứng các yêu cầu của hạng 3 sao".',
    'Điều 11 once calls 148/QĐ-TTg "ngày 24 tháng 02 năm 2025", a typo for 2023.',
    'Điều 5.2 lists the central rounds as "đợt 01 trước ngày 30/9 … đợt 02 trước ngày 30/3 … đề nghị trước ngày 30/01" without years; round 2 is read as falling in the next calendar year (after round 1).',
    'Rounds and deadlines printed "trước ngày …" are read as exclusive: a round "trước ngày 30 tháng 6" ends on 29 June at the latest.',
  ],
});
