/**
 * Rule set `qd1048-781-2020`: 1048/QĐ-TTg as amended by 781/QĐ-TTg (08/06/2020), which renamed
 * the tourism group and added "Yêu cầu về một số tiêu chí cần đạt tối thiểu" per star (yenbai.gov.vn,
 * Nông thôn mới news, ItemID 981; proatc.vn/van-ban-quy-dinh-ve-ocop). 781's own text was not
 * found: its minima are unknown, so the rule set scores on 1048's 26 sets without star marks and
 * ratings say the minima were not checked. A province that has the text adds them with an
 * override (`changes.minima`; docs/adapting-rules.md).
 */
import { deepFreeze } from '../../core/freeze.js';
import type { RuleSet } from '../rule-set.js';
import { QD1048_2019 } from './qd1048-2019.js';

/**
 * 1048/QĐ-TTg as amended by 781/QĐ-TTg (2020): the same parts, bands and levels as 1048, plus
 * per-star minima that are not included (781's text was not found).
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
    reference: 'Quyết định 781/QĐ-TTg, Phụ lục II mục 6 "Yêu cầu về một số tiêu chí cần đạt tối thiểu" (yenbai.gov.vn, Nông thôn mới news, ItemID 981); not included: the text of 781 was not found',
  },
  notes: [
    'Effective on signing (08/06/2020) is assumed; the signer of 781 is not named in the sources seen.',
    'The minima of 781 are stated per criterion group and star (2★–5★) for all groups except tourism. The text of 781 was not found, so they are not included: sheets score on the 26 sets of 1048 (no star marks), and ratings say the minima were not checked. An override can add them (changes.minima) from the text a province has.',
    'In 2020 the central council rated 22 of 43 products "Không đạt" for failing these minima (hoanganhhalong.com.vn, "Họp hội đồng đánh giá phân hạng sản phẩm OCOP quốc gia năm 2020").',
    'Replaced by 148/QĐ-TTg on 24/02/2023.',
  ],
});
