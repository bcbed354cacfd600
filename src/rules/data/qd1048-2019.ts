/**
 * Rule set `qd1048-2019`: Quyết định 1048/QĐ-TTg (21/08/2019), the first national criteria,
 * before 781/QĐ-TTg added per-star minima. Facts: ocop-brief §1, §2.1, §2.2, §3, §6 (sources
 * S13, S14, S15). The per-set criteria of 1048 are not available to this project: sheets are
 * totals only.
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
  parts: { value: { A: 35, B: 25, C: 40 }, reference: `${QD}, Phụ lục I (ocop-brief §2.1: S5, S13)` },
  bands: { value: HALF_OPEN_BANDS, reference: `${QD}: 5★ 90–100, 4★ 70–89, 3★ 50–69, 2★ 30–49, 1★ dưới 30 (ocop-brief §2.2: S13); integer ends read as half-open` },
  levels: { value: ['district', 'province', 'central'], reference: `${QD}, Phụ lục II (ocop-brief §3: S14)` },
  recognition: { value: { 3: 'province', 4: 'province', 5: 'central' }, reference: `${QD}, Phụ lục II: UBND tỉnh công nhận 3–4 sao, Bộ NN&PTNT công nhận 5 sao (ocop-brief §3: S14)` },
  forwarding: { value: { district: 50, province: 90 }, reference: `${QD}, Phụ lục II: cấp huyện chuyển sản phẩm đạt 50–100 điểm, cấp tỉnh chuyển 90–100 điểm (ocop-brief §3: S14)` },
  certificateValidityMonths: { value: 36, reference: `${QD} (ocop-brief §6: S14 danang, S23 Nghệ An 04/02/2020 → 04/02/2023)` },
  averaging: { value: AVERAGING, reference: 'Library policy (two decimals, half-up); the decision states no rounding (ocop-brief §14.6)' },
  minima: { value: { exist: false, council: 'majority', policy: 'cap' }, reference: `${QD}: no per-star minima before 781/QĐ-TTg (ocop-brief §2.6: S15)` },
  procedures: {},
  criteriaSets: 0,
  notes: [
    'One source dates 1048 on 20/08/2019 (ocop-brief §1); 21/08/2019 is used.',
    'Effective on signing is assumed; 781/QĐ-TTg amended it from 08/06/2020.',
    'The per-set criteria (Phụ lục III) are not available here: evaluations carry member totals only.',
  ],
});
