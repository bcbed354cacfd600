/**
 * Vietnamese (`vi`): every sentence the library writes, one named constant per section (see
 * `Catalogue` in `catalogue.ts`). The default language.
 */
import type { Level } from '../model/level.js';
import type { ErrorWords, IssueMessages, RatingText } from './catalogue.js';
import { expectedValue, show, typeWords, wordFor, type Words } from './format.js';

/** Type names of `invalid_type`'s `expected` and `received`. */
const TYPE_NAMES: Words = {
  string: 'chuỗi ký tự',
  number: 'số',
  boolean: 'giá trị đúng/sai',
  object: 'đối tượng',
  record: 'đối tượng',
  array: 'danh sách',
  null: 'null',
  undefined: 'không có giá trị',
};
/** Joins the type names of a union. */
const OR = ' hoặc ';
/** `range_order`'s relations. */
const RELATIONS: Words = { gt: 'lớn hơn', gte: 'lớn hơn hoặc bằng', lt: 'nhỏ hơn', lte: 'nhỏ hơn hoặc bằng' };
/** What `too_small` and `too_big` count. */
const UNITS: Words = { items: ' phần tử', characters: ' ký tự' };

/** Issue messages. */
export const issues = {
  required: () => 'Thiếu trường bắt buộc',
  invalid_type: (p) =>
    `Phải là ${typeWords(p.expected, TYPE_NAMES, OR)}, nhận được ${typeWords(p.received, TYPE_NAMES, OR)}`,
  unknown_key: (p) => `Trường không được phép: ${show(p.key)}`,
  forbidden_key: (p) => `Tên trường bị cấm vì lý do an toàn: ${show(p.key)}`,
  empty_text: () => 'Không được để trống',
  too_small: (p) =>
    `Phải ${p.inclusive === false ? 'lớn hơn' : 'lớn hơn hoặc bằng'} ${show(p.minimum)}${wordFor(UNITS, p.unit, '')}`,
  too_big: (p) =>
    `Phải ${p.inclusive === false ? 'nhỏ hơn' : 'nhỏ hơn hoặc bằng'} ${show(p.maximum)}${wordFor(UNITS, p.unit, '')}`,
  not_integer: () => 'Phải là số nguyên',
  not_a_number: (p) => `Phải là số thập phân viết bằng chữ số (ví dụ "81.2"), nhận được ${show(p.value)}`,
  invalid_enum: (p) => `Giá trị không hợp lệ; chỉ chấp nhận: ${show(p.options)}`,
  invalid_format: (p) =>
    `Sai định dạng ${show(p.format)}${p.example === undefined ? '' : ` (ví dụ ${show(p.example)})`}`,
  invalid_date: (p) => `Ngày không tồn tại hoặc không đúng dạng YYYY-MM-DD: ${show(p.value)}`,
  date_order: (p) => `Ngày ${show(p.value)} không được trước ${show(p.field)} (${show(p.other)})`,
  range_order: (p) =>
    `Giá trị ${show(p.value)} phải ${wordFor(RELATIONS, p.relation, 'phù hợp với')} ${show(p.field)} (${show(p.other)})`,
  not_chronological: (p) => `Các mục phải theo thứ tự thời gian: ${show(p.value)} đứng sau ${show(p.previous)}`,
  duplicate: (p) => `Giá trị bị trùng: ${show(p.value)}`,
  one_of_fields: (p) => `Cần đúng một trong các trường: ${show(p.fields)}`,
  unknown_unit: (p) =>
    `Không có đơn vị hành chính mã ${show(p.code)}${p.on === undefined ? '' : ` vào ngày ${show(p.on)}`}`,
  unit_not_in_force: (p) =>
    `Đơn vị hành chính mã ${show(p.code)} (${show(p.name)}) không tồn tại vào ngày ${show(p.on)}; hiệu lực ${p.validFrom === null ? '' : `từ ${show(p.validFrom)} `}${p.validTo === null ? '' : `đến ${show(p.validTo)}`}`.trim(),
  unit_parent_mismatch: (p) => `Đơn vị mã ${show(p.code)} không thuộc đơn vị cấp trên ${show(p.parent)}`,
  level_not_in_force: (p) =>
    `Cấp ${show(p.level)} không còn vào ngày ${show(p.on)} (chấm dứt sau ngày ${show(p.lastDay)})`,
  empty_council: () => 'Hội đồng phải có ít nhất một phiếu đánh giá',
  mixed_sheets: () => 'Không được trộn phiếu chấm theo tiêu chí với phiếu chỉ có tổng điểm trong một lần đánh giá',
  rule_set_mismatch: (p) => `Ghi bộ quy định ${show(p.value)} trong khi cần ${show(p.expected)}`,
  level_not_in_rule_set: (p) =>
    `Bộ quy định ${show(p.ruleSet)} không có cấp đánh giá ${show(p.level)}; các cấp: ${show(p.levels)}`,
  rule_set_not_in_force: (p) =>
    `Bộ quy định ${show(p.ruleSet)} không có hiệu lực vào ngày ${show(p.value)}: áp dụng từ ${show(p.effectiveFrom)}${p.effectiveTo ? ` đến ${show(p.effectiveTo)}` : ''}`,
  criteria_set_required: () => 'Phiếu chấm theo tiêu chí cần số bộ tiêu chí (criteriaSet)',
  criteria_not_available: (p) =>
    `Bộ quy định ${show(p.ruleSet)} chưa có dữ liệu tiêu chí; hãy nhập tổng điểm của từng thành viên`,
  unknown_criteria_set: (p) =>
    `Bộ quy định ${show(p.ruleSet)} không có bộ tiêu chí số ${show(p.setNo)} (có ${show(p.count)} bộ)`,
  criteria_not_loaded: (p) =>
    `Chưa có dữ liệu bộ tiêu chí số ${show(p.setNo)} của ${show(p.ruleSet)}: truyền vào options.criteria` +
    (p.module === undefined
      ? ''
      : ` (import { ${String(p.name)} } from '${String(p.module)}', hoặc await loadCriteriaSet(${show(p.ruleSet)}, ${show(p.setNo)}))`),
  criteria_set_mismatch: (p) =>
    p.carried === true
      ? `Bộ quy định đã điều chỉnh có bộ tiêu chí riêng (${show(p.expected)}); không truyền options.criteria khác (${show(p.value)})`
      : `options.criteria là bộ ${show(p.value)}, lần đánh giá theo bộ ${show(p.expected)}`,
  unknown_criterion: (p) => `Bộ tiêu chí số ${show(p.setNo)} không có tiêu chí ${show(p.criterion)}`,
  missing_criterion: (p) => `Chưa chấm tiêu chí ${show(p.criterion)} (${show(p.title)})`,
  points_not_an_option: (p) =>
    `Tiêu chí ${show(p.criterion)}: ${show(p.value)} điểm không phải là một mức của tiêu chí; các mức: ${show(p.options)}`,
  not_a_knock_out: (p) => `Tiêu chí ${show(p.criterion)} của bộ số ${show(p.setNo)} không có ghi chú loại trực tiếp`,
  unknown_target: (p) => `Kế hoạch không có mục tiêu ${show(p.target)}`,
  unknown_item: (p) => `Mục tiêu ${show(p.target)} không có hạng mục ${show(p.item)}`,
  unknown_plan_unit: (p) => `Đơn vị ${show(p.unit)} không thuộc các đơn vị của kế hoạch`,
  observation_form: (p) => `Mục tiêu loại ${show(p.kind)} cần số liệu dạng ${show(p.expected)}`,
  duplicate_observation: (p) =>
    `Trùng số liệu: mục tiêu ${show(p.target)}, đơn vị ${show(p.unit ?? '(cả kế hoạch)')}, ngày ${show(p.date)} đã có ở số liệu #${show(p.first)}`,
  mixed_observation_scopes: (p) =>
    `Mục tiêu ${show(p.target)}: không trộn số liệu theo đơn vị với số liệu cho cả kế hoạch`,
  override_forbidden_key: (p) => `Không được thay đổi ${show(p.key)} ở đây: ${show(p.why)}`,
  override_conflict: (p) => `Thay đổi mâu thuẫn với ${show(p.other)}`,
  override_not_stricter: (p) =>
    `Yêu cầu ${show(p.stars)} sao ở tiêu chí ${show(p.criterion)} (≥ ${show(p.points)} điểm) không chặt hơn yêu cầu hiện có (≥ ${show(p.current)} điểm)`,
  override_already_applied: (p) => `Điều chỉnh ${show(p.id)} đã được áp dụng cho bộ quy định này`,
  invalid_criteria_set: (p) => `Bộ tiêu chí không hợp lệ: ${show(p.what)} là ${show(p.value)}, cần ${show(p.expected)}`,
  invalid_value: (p) => `Giá trị không hợp lệ${expectedValue(p, 'cần')}`,
} satisfies IssueMessages;

/** The words of an error's summary line. */
export const errors = {
  invalid_input: 'Dữ liệu không hợp lệ',
  invalid_override: 'Điều chỉnh quy định không hợp lệ',
  invalid_rule_data: 'Dữ liệu quy định không hợp lệ',
  root: '(gốc)',
} as const satisfies ErrorWords;

// Sections of other areas follow.

/** Levels as a rating's explanation names them. */
const RATING_LEVELS: { readonly [L in Level]: string } = {
  district: 'cấp huyện',
  province: 'cấp tỉnh',
  central: 'cấp trung ương',
};

/** A rating's explanation lines (`rateProduct`); numbers come written. */
export const rating = {
  markMet: ': đạt',
  markUnmet: ': chưa đạt',
  markNotRequired: (band) => `: chưa đạt, không yêu cầu ở hạng ${band} sao`,
  criterion: (l) => `${l.code} ${l.titles.vi}: ${l.score} điểm${l.marks}`,
  part: (l) => `Phần ${l.part} (${l.title}): ${l.score} điểm`,
  average: (l) => `Tổng điểm trung bình của ${l.members} thành viên: ${l.average} (${l.totals})`,
  band: (l) => `Hạng theo điểm: ${l.stars} sao (${l.range})`,
  minimum: (l) =>
    `Chưa đạt yêu cầu tối thiểu ${l.stars} sao ở tiêu chí ${l.code} (${l.title}): cần ≥ ${l.required} điểm, ${l.meeting}/${l.sheets} phiếu đạt`,
  result: (stars) => `Kết quả: ${stars} sao`,
  capped: (l) => `Kết quả: ${l.stars} sao (hạ từ ${l.band} sao do chưa đạt yêu cầu tối thiểu)`,
  rejected: (band) => `Kết quả: không đạt ${band} sao do chưa đạt yêu cầu tối thiểu`,
  recognised: (l) => `Được công nhận ${l.stars} sao, thẩm quyền ${RATING_LEVELS[l.authority]}`,
  notRecognised: 'Không được công nhận, không cấp giấy chứng nhận',
  forwarded: (l) => `Điểm ${l.average} ≥ ${l.threshold}: ${RATING_LEVELS[l.from]} chuyển lên ${RATING_LEVELS[l.to]}`,
  notForwarded: (l) => `Điểm ${l.average} < ${l.threshold}: không chuyển lên cấp trên`,
  dossierRejected: (text) => `Hồ sơ bị loại: ${text}`,
  knockOut: (l) => `Dừng đánh giá tại tiêu chí ${l.criterion}: ${l.text}`,
  minimaNotChecked: 'Chưa kiểm tra yêu cầu tối thiểu theo hạng sao: phiếu chỉ có tổng điểm',
} satisfies RatingText;
