/**
 * Rule set `qd148-1489-2025`: 148/QĐ-TTg as amended by 1489/QĐ-TTg (06/07/2025, effective the
 * same day) for the two-tier local government: no district level; the commune pre-assesses; the
 * province recognises 3★ and 4★. 148 and 1489 lapse 60 days after 26/2026/QĐ-TTg took effect
 * (26/2026 Điều 11.2). Facts from the 26/2026 text and from public summaries of 1489:
 * thuvienphapluat.vn ("Trình tự đánh giá, phân hạng sản phẩm OCOP từ ngày 06/7/2025"),
 * langngheviet.com.vn and sinhthainongnghiep.net.vn (2025); the decision is published at
 * vanban.chinhphu.vn (docid 214441).
 */
import { deepFreeze } from '../../core/freeze.js';
import type { RuleSet } from '../rule-set.js';
import { QD148_2023 } from './qd148-2023.js';

/**
 * 148/QĐ-TTg as amended by 1489/QĐ-TTg (2025): two levels (province, central); the province
 * recognises 3★ and 4★ and forwards ≥ 90 to the ministry.
 *
 * @example
 * ```ts
 * import { QD148_1489_2025 } from 'ocop';
 * QD148_1489_2025.effectiveTo; // '2026-07-21'
 * ```
 */
export const QD148_1489_2025: RuleSet = /* @__PURE__ */ deepFreeze({
  ...QD148_2023,
  id: 'qd148-1489-2025',
  title: 'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP (Quyết định 148/QĐ-TTg, sửa đổi bởi Quyết định 1489/QĐ-TTg)',
  titleEn: 'OCOP criteria of Decision 148/QĐ-TTg as amended by Decision 1489/QĐ-TTg',
  instruments: [...QD148_2023.instruments, { number: '1489/QĐ-TTg', date: '2025-07-06', signer: 'Trần Hồng Hà', role: 'amendment' }],
  effectiveFrom: '2025-07-06',
  effectiveTo: '2026-07-21',
  levels: { value: ['province', 'central'], reference: 'Quyết định 1489/QĐ-TTg, sửa đổi khoản 1 Phụ lục II của 148 (vanban.chinhphu.vn, docid 214441; tintuc.thuvienphapluat.com, 89478)' },
  recognition: { value: { 3: 'province', 4: 'province', 5: 'central' }, reference: 'Quyết định 1489/QĐ-TTg: UBND tỉnh công nhận 3 sao và 4 sao (tintuc.thuvienphapluat.com, 89478; langngheviet.com.vn, 33499)' },
  forwarding: { value: { province: 90 }, reference: 'Quyết định 1489/QĐ-TTg: sản phẩm đạt từ 90 điểm gửi Bộ Nông nghiệp và Môi trường (tintuc.thuvienphapluat.com, 89478; sinhthainongnghiep.net.vn, a33455)' },
  notes: [
    'Lapses "sau 60 ngày kể từ ngày" 26/2026/QĐ-TTg took effect (22/05/2026; Điều 11.2). Counting from the day after (Bộ luật Dân sự 2015, Điều 147), the 60th day is 21/07/2026, the last day in force.',
    'From 22/05/2026 new dossiers follow 26/2026; dossiers submitted before then finish under these rules within 60 days (first evaluation, upgrade) or 30 days (re-evaluation): 26/2026 Điều 12.2.',
    "1489 did not change the criteria: evaluations score on 148's 26 sets (a third-party transcription, not checked against the official text).",
  ],
});
