/**
 * Rule set `qd1048-781-2020`: 1048/QĐ-TTg as amended by 781/QĐ-TTg (08/06/2020), which renamed
 * the tourism group and added "Yêu cầu về một số tiêu chí cần đạt tối thiểu" per star (yenbai.gov.vn,
 * Nông thôn mới news, ItemID 981; proatc.vn/van-ban-quy-dinh-ve-ocop). Those minima are written per criterion group, not per criterion, and the
 * 1048 criteria are not available here, so sheets are totals only and minima cannot be checked.
 */
import { deepFreeze } from '../../core/freeze.js';
import type { RuleSet } from '../rule-set.js';
import { QD1048_2019 } from './qd1048-2019.js';

/**
 * 1048/QĐ-TTg as amended by 781/QĐ-TTg (2020): the same parts, bands and levels as 1048, plus
 * per-star minima (not checkable from totals).
 *
 * @example
 * ```ts
 * import { QD1048_781_2020 } from 'ocop';
 * QD1048_781_2020.effectiveFrom; // '2020-06-08'
 * ```
 */
export const QD1048_781_2020: RuleSet = /* @__PURE__ */ deepFreeze({
  ...QD1048_2019,
  id: 'qd1048-781-2020',
  title: 'Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP (Quyết định 1048/QĐ-TTg, sửa đổi bởi Quyết định 781/QĐ-TTg)',
  titleEn: 'OCOP criteria of Decision 1048/QĐ-TTg as amended by Decision 781/QĐ-TTg',
  instruments: [...QD1048_2019.instruments, { number: '781/QĐ-TTg', date: '2020-06-08', role: 'amendment' }],
  effectiveFrom: '2020-06-08',
  effectiveTo: '2023-02-23',
  minima: {
    value: { exist: true, council: 'majority', policy: 'cap' },
    reference: 'Quyết định 781/QĐ-TTg, Phụ lục II mục 6 "Yêu cầu về một số tiêu chí cần đạt tối thiểu" (yenbai.gov.vn, Nông thôn mới news, ItemID 981); not checkable from totals',
  },
  notes: [
    'Effective on signing (08/06/2020) is assumed; the signer of 781 is not named in the sources seen.',
    'The minima of 781 are stated per criterion group and star (2★–5★) for all groups except tourism; without the criteria they cannot be checked from totals, and ratings say so.',
    'In 2020 the central council rated 22 of 43 products "Không đạt" for failing these minima (hoanganhhalong.com.vn, "Họp hội đồng đánh giá phân hạng sản phẩm OCOP quốc gia năm 2020").',
    'Replaced by 148/QĐ-TTg on 24/02/2023.',
  ],
});
