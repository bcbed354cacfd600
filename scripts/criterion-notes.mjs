/**
 * What kind of note a line printed with a criterion is, for the three transcription scripts (the
 * kinds of `CriterionNote` in src/rules/criteria-set.ts).
 */

/** The kind of a printed note: requirement, condition, knock-out, exclusion, or a plain note. */
export function noteKind(text) {
  if (/^Yêu cầu/u.test(text)) return 'requirement';
  if (/^Chỉ áp dụng khi/u.test(text)) return 'condition';
  if (/^Ghi chú:\s*Không xem xét các chỉ tiêu khác/iu.test(text) || /không đánh giá các bước tiếp theo/iu.test(text))
    return 'knock-out';
  // "Bị loại nếu …" / "… sẽ bị loại bỏ": the product is eliminated when the condition holds.
  if (/^Ghi chú:\s*Bị loại nếu/iu.test(text) || /sẽ bị loại bỏ/iu.test(text)) return 'knock-out';
  // 1048's set 13 words the same rule "… sẽ không xem xét thêm các tiêu chuẩn khác".
  if (/sẽ không xem xét thêm các tiêu chuẩn khác/iu.test(text)) return 'knock-out';
  if (/^Ghi chú:\s*Không đánh giá những sản phẩm/iu.test(text)) return 'exclusion';
  return 'note';
}
