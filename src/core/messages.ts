/**
 * The one catalog of human-readable messages, in Vietnamese and English. Codes are stable; the
 * wording may improve between versions, so apps should branch on `code`, not on `message`.
 */
import { OcopError, OcopRuleError, OcopValidationError } from './errors.js';
import { describeValue } from './guards.js';
import { DEFAULT_LOCALE, type Issue, type IssueCode, type IssuePath, type Locale } from './issues.js';

type Params = Readonly<Record<string, unknown>>;
type Render = (params: Params) => string;

/** A parameter in a message; lists are written out two levels deep, deeper ones summarised (no recursion without end). */
function show(value: unknown, depth = 0): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value))
    return depth >= 2 ? describeValue(value) : Array.from(value, (item: unknown) => show(item, depth + 1)).join(', ');
  return typeof value === 'object' && value !== null ? describeValue(value) : String(value);
}

/** `: 95, expected 100` when the params have an expected value. */
const expectedValue = (p: Params, word: string) =>
  'expected' in p ? `: ${show(p['value'])}, ${word} ${show(p['expected'])}` : '';

const TYPE_NAMES: Record<string, { vi: string; en: string }> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'giá trị đúng/sai', en: 'a boolean' },
  object: { vi: 'đối tượng', en: 'an object' },
  record: { vi: 'đối tượng', en: 'an object' },
  array: { vi: 'danh sách', en: 'an array' },
  null: { vi: 'null', en: 'null' },
  undefined: { vi: 'không có giá trị', en: 'nothing' },
};

function typeName(value: unknown, locale: Locale): string {
  return String(value)
    .split(' | ')
    .map((key) => TYPE_NAMES[key]?.[locale] ?? key)
    .join(locale === 'vi' ? ' hoặc ' : ' or ');
}

const RELATIONS: Record<string, { vi: string; en: string }> = {
  gt: { vi: 'lớn hơn', en: 'greater than' },
  gte: { vi: 'lớn hơn hoặc bằng', en: 'at least' },
  lt: { vi: 'nhỏ hơn', en: 'less than' },
  lte: { vi: 'nhỏ hơn hoặc bằng', en: 'at most' },
};

const CATALOG: Record<IssueCode, { vi: Render; en: Render }> = {
  required: {
    vi: () => 'Thiếu trường bắt buộc',
    en: () => 'Required field is missing',
  },
  invalid_type: {
    vi: (p) => `Phải là ${typeName(p['expected'], 'vi')}, nhận được ${typeName(p['received'], 'vi')}`,
    en: (p) => `Expected ${typeName(p['expected'], 'en')}, received ${typeName(p['received'], 'en')}`,
  },
  unknown_key: {
    vi: (p) => `Trường không được phép: ${show(p['key'])}`,
    en: (p) => `Unknown key: ${show(p['key'])}`,
  },
  forbidden_key: {
    vi: (p) => `Tên trường bị cấm vì lý do an toàn: ${show(p['key'])}`,
    en: (p) => `Key is forbidden for safety: ${show(p['key'])}`,
  },
  empty_text: {
    vi: () => 'Không được để trống',
    en: () => 'Must not be empty',
  },
  too_small: {
    vi: (p) =>
      `Phải ${p['inclusive'] === false ? 'lớn hơn' : 'lớn hơn hoặc bằng'} ${show(p['minimum'])}${p['unit'] === 'items' ? ' phần tử' : p['unit'] === 'characters' ? ' ký tự' : ''}`,
    en: (p) =>
      `Must be ${p['inclusive'] === false ? 'greater than' : 'at least'} ${show(p['minimum'])}${p['unit'] === 'items' ? ' items' : p['unit'] === 'characters' ? ' characters' : ''}`,
  },
  too_big: {
    vi: (p) =>
      `Phải ${p['inclusive'] === false ? 'nhỏ hơn' : 'nhỏ hơn hoặc bằng'} ${show(p['maximum'])}${p['unit'] === 'items' ? ' phần tử' : p['unit'] === 'characters' ? ' ký tự' : ''}`,
    en: (p) =>
      `Must be ${p['inclusive'] === false ? 'less than' : 'at most'} ${show(p['maximum'])}${p['unit'] === 'items' ? ' items' : p['unit'] === 'characters' ? ' characters' : ''}`,
  },
  not_integer: {
    vi: () => 'Phải là số nguyên',
    en: () => 'Must be a whole number',
  },
  not_a_number: {
    vi: (p) => `Phải là số thập phân viết bằng chữ số (ví dụ "81.2"), nhận được ${show(p['value'])}`,
    en: (p) => `Must be a decimal number written in digits (e.g. "81.2"), received ${show(p['value'])}`,
  },
  invalid_enum: {
    vi: (p) => `Giá trị không hợp lệ; chỉ chấp nhận: ${show(p['options'])}`,
    en: (p) => `Invalid value; expected one of: ${show(p['options'])}`,
  },
  invalid_format: {
    vi: (p) =>
      `Sai định dạng ${show(p['format'])}${p['example'] === undefined ? '' : ` (ví dụ ${show(p['example'])})`}`,
    en: (p) =>
      `Invalid ${show(p['format'])} format${p['example'] === undefined ? '' : ` (e.g. ${show(p['example'])})`}`,
  },
  invalid_date: {
    vi: (p) => `Ngày không tồn tại hoặc không đúng dạng YYYY-MM-DD: ${show(p['value'])}`,
    en: (p) => `Not a real calendar date in YYYY-MM-DD form: ${show(p['value'])}`,
  },
  date_order: {
    vi: (p) => `Ngày ${show(p['value'])} không được trước ${show(p['field'])} (${show(p['other'])})`,
    en: (p) => `Date ${show(p['value'])} must not be before ${show(p['field'])} (${show(p['other'])})`,
  },
  range_order: {
    vi: (p) =>
      `Giá trị ${show(p['value'])} phải ${RELATIONS[String(p['relation'])]?.vi ?? 'phù hợp với'} ${show(p['field'])} (${show(p['other'])})`,
    en: (p) =>
      `Value ${show(p['value'])} must be ${RELATIONS[String(p['relation'])]?.en ?? 'consistent with'} ${show(p['field'])} (${show(p['other'])})`,
  },
  not_chronological: {
    vi: (p) => `Các mục phải theo thứ tự thời gian: ${show(p['value'])} đứng sau ${show(p['previous'])}`,
    en: (p) => `Entries must be in date order: ${show(p['value'])} comes after ${show(p['previous'])}`,
  },
  duplicate: {
    vi: (p) => `Giá trị bị trùng: ${show(p['value'])}`,
    en: (p) => `Duplicate value: ${show(p['value'])}`,
  },
  one_of_fields: {
    vi: (p) => `Cần đúng một trong các trường: ${show(p['fields'])}`,
    en: (p) => `Exactly one of these fields is required: ${show(p['fields'])}`,
  },
  unknown_unit: {
    vi: (p) =>
      `Không có đơn vị hành chính mã ${show(p['code'])}${p['on'] === undefined ? '' : ` vào ngày ${show(p['on'])}`}`,
    en: (p) =>
      `No administrative unit with code ${show(p['code'])}${p['on'] === undefined ? '' : ` on ${show(p['on'])}`}`,
  },
  unit_not_in_force: {
    vi: (p) =>
      `Đơn vị hành chính mã ${show(p['code'])} (${show(p['name'])}) không tồn tại vào ngày ${show(p['on'])}; hiệu lực ${p['validFrom'] === null ? '' : `từ ${show(p['validFrom'])} `}${p['validTo'] === null ? '' : `đến ${show(p['validTo'])}`}`.trim(),
    en: (p) =>
      `Administrative unit ${show(p['code'])} (${show(p['name'])}) is not in force on ${show(p['on'])}; it exists ${p['validFrom'] === null ? '' : `from ${show(p['validFrom'])} `}${p['validTo'] === null ? '' : `until ${show(p['validTo'])}`}`.trim(),
  },
  unit_parent_mismatch: {
    vi: (p) => `Đơn vị mã ${show(p['code'])} không thuộc đơn vị cấp trên ${show(p['parent'])}`,
    en: (p) => `Unit ${show(p['code'])} does not belong to ${show(p['parent'])}`,
  },
  level_not_in_force: {
    vi: (p) => `Cấp ${show(p['level'])} không còn vào ngày ${show(p['on'])} (chấm dứt sau ngày ${show(p['lastDay'])})`,
    en: (p) =>
      `The ${show(p['level'])} level no longer exists on ${show(p['on'])} (it ended after ${show(p['lastDay'])})`,
  },
  empty_council: {
    vi: () => 'Hội đồng phải có ít nhất một phiếu đánh giá',
    en: () => 'A council evaluation needs at least one score sheet',
  },
  mixed_sheets: {
    vi: () => 'Không được trộn phiếu chấm theo tiêu chí với phiếu chỉ có tổng điểm trong một lần đánh giá',
    en: () => 'Do not mix criterion sheets and totals-only sheets in one evaluation',
  },
  rule_set_mismatch: {
    vi: (p) => `Ghi bộ quy định ${show(p['value'])} trong khi cần ${show(p['expected'])}`,
    en: (p) => `Names rule set ${show(p['value'])} where ${show(p['expected'])} is expected`,
  },
  level_not_in_rule_set: {
    vi: (p) =>
      `Bộ quy định ${show(p['ruleSet'])} không có cấp đánh giá ${show(p['level'])}; các cấp: ${show(p['levels'])}`,
    en: (p) => `Rule set ${show(p['ruleSet'])} has no ${show(p['level'])} level; its levels: ${show(p['levels'])}`,
  },
  rule_set_not_in_force: {
    vi: (p) =>
      `Bộ quy định ${show(p['ruleSet'])} không có hiệu lực vào ngày ${show(p['value'])}: áp dụng từ ${show(p['effectiveFrom'])}${p['effectiveTo'] ? ` đến ${show(p['effectiveTo'])}` : ''}`,
    en: (p) =>
      `Rule set ${show(p['ruleSet'])} is not in force on ${show(p['value'])}: it applies from ${show(p['effectiveFrom'])}${p['effectiveTo'] ? ` to ${show(p['effectiveTo'])}` : ''}`,
  },
  criteria_set_required: {
    vi: () => 'Phiếu chấm theo tiêu chí cần số bộ tiêu chí (criteriaSet)',
    en: () => 'Criterion sheets need the criteria set number (criteriaSet)',
  },
  criteria_not_available: {
    vi: (p) => `Bộ quy định ${show(p['ruleSet'])} chưa có dữ liệu tiêu chí; hãy nhập tổng điểm của từng thành viên`,
    en: (p) => `Rule set ${show(p['ruleSet'])} ships no criteria; give each member's total instead`,
  },
  unknown_criteria_set: {
    vi: (p) =>
      `Bộ quy định ${show(p['ruleSet'])} không có bộ tiêu chí số ${show(p['setNo'])} (có ${show(p['count'])} bộ)`,
    en: (p) => `Rule set ${show(p['ruleSet'])} has no criteria set ${show(p['setNo'])} (it has ${show(p['count'])})`,
  },
  criteria_not_loaded: {
    vi: (p) =>
      `Chưa có dữ liệu bộ tiêu chí số ${show(p['setNo'])} của ${show(p['ruleSet'])}: truyền vào options.criteria` +
      (p['module'] === undefined
        ? ''
        : ` (import { ${String(p['name'])} } from '${String(p['module'])}', hoặc await loadCriteriaSet(${show(p['ruleSet'])}, ${show(p['setNo'])}))`),
    en: (p) =>
      `Criteria set ${show(p['setNo'])} of ${show(p['ruleSet'])} is not loaded: pass it as options.criteria` +
      (p['module'] === undefined
        ? ''
        : ` (import { ${String(p['name'])} } from '${String(p['module'])}', or await loadCriteriaSet(${show(p['ruleSet'])}, ${show(p['setNo'])}))`),
  },
  criteria_set_mismatch: {
    vi: (p) =>
      p['carried'] === true
        ? `Bộ quy định đã điều chỉnh có bộ tiêu chí riêng (${show(p['expected'])}); không truyền options.criteria khác (${show(p['value'])})`
        : `options.criteria là bộ ${show(p['value'])}, lần đánh giá theo bộ ${show(p['expected'])}`,
    en: (p) =>
      p['carried'] === true
        ? `The adapted rule set carries its own criteria (${show(p['expected'])}); do not pass a different options.criteria (${show(p['value'])})`
        : `options.criteria is set ${show(p['value'])}, the evaluation is scored on ${show(p['expected'])}`,
  },
  unknown_criterion: {
    vi: (p) => `Bộ tiêu chí số ${show(p['setNo'])} không có tiêu chí ${show(p['criterion'])}`,
    en: (p) => `Criteria set ${show(p['setNo'])} has no criterion ${show(p['criterion'])}`,
  },
  missing_criterion: {
    vi: (p) => `Chưa chấm tiêu chí ${show(p['criterion'])} (${show(p['title'])})`,
    en: (p) => `Criterion ${show(p['criterion'])} (${show(p['title'])}) is not scored`,
  },
  points_not_an_option: {
    vi: (p) =>
      `Tiêu chí ${show(p['criterion'])}: ${show(p['value'])} điểm không phải là một mức của tiêu chí; các mức: ${show(p['options'])}`,
    en: (p) =>
      `Criterion ${show(p['criterion'])}: ${show(p['value'])} points is not one of its options: ${show(p['options'])}`,
  },
  not_a_knock_out: {
    vi: (p) => `Tiêu chí ${show(p['criterion'])} của bộ số ${show(p['setNo'])} không có ghi chú loại trực tiếp`,
    en: (p) => `Criterion ${show(p['criterion'])} of set ${show(p['setNo'])} has no knock-out note`,
  },
  unknown_target: {
    vi: (p) => `Kế hoạch không có mục tiêu ${show(p['target'])}`,
    en: (p) => `The plan has no target ${show(p['target'])}`,
  },
  unknown_item: {
    vi: (p) => `Mục tiêu ${show(p['target'])} không có hạng mục ${show(p['item'])}`,
    en: (p) => `Target ${show(p['target'])} has no item ${show(p['item'])}`,
  },
  unknown_plan_unit: {
    vi: (p) => `Đơn vị ${show(p['unit'])} không thuộc các đơn vị của kế hoạch`,
    en: (p) => `Unit ${show(p['unit'])} is not one of the plan's units`,
  },
  observation_form: {
    vi: (p) => `Mục tiêu loại ${show(p['kind'])} cần số liệu dạng ${show(p['expected'])}`,
    en: (p) => `A ${show(p['kind'])} target takes observations with ${show(p['expected'])}`,
  },
  duplicate_observation: {
    vi: (p) =>
      `Trùng số liệu: mục tiêu ${show(p['target'])}, đơn vị ${show(p['unit'] ?? '(cả kế hoạch)')}, ngày ${show(p['date'])} đã có ở số liệu #${show(p['first'])}`,
    en: (p) =>
      `Duplicate observation: target ${show(p['target'])}, unit ${show(p['unit'] ?? '(whole plan)')}, date ${show(p['date'])} already given at #${show(p['first'])}`,
  },
  mixed_observation_scopes: {
    vi: (p) => `Mục tiêu ${show(p['target'])}: không trộn số liệu theo đơn vị với số liệu cho cả kế hoạch`,
    en: (p) => `Target ${show(p['target'])}: do not mix per-unit observations with whole-plan ones`,
  },
  override_forbidden_key: {
    vi: (p) => `Không được thay đổi ${show(p['key'])} ở đây: ${show(p['why'])}`,
    en: (p) => `${show(p['key'])} cannot be changed here: ${show(p['why'])}`,
  },
  override_conflict: {
    vi: (p) => `Thay đổi mâu thuẫn với ${show(p['other'])}`,
    en: (p) => `This change conflicts with ${show(p['other'])}`,
  },
  override_not_stricter: {
    vi: (p) =>
      `Yêu cầu ${show(p['stars'])} sao ở tiêu chí ${show(p['criterion'])} (≥ ${show(p['points'])} điểm) không chặt hơn yêu cầu hiện có (≥ ${show(p['current'])} điểm)`,
    en: (p) =>
      `The ${show(p['stars'])}★ requirement at ${show(p['criterion'])} (≥ ${show(p['points'])} points) is not stricter than the current one (≥ ${show(p['current'])} points)`,
  },
  override_already_applied: {
    vi: (p) => `Điều chỉnh ${show(p['id'])} đã được áp dụng cho bộ quy định này`,
    en: (p) => `Override ${show(p['id'])} is already applied to this rule set`,
  },
  invalid_criteria_set: {
    vi: (p) => `Bộ tiêu chí không hợp lệ: ${show(p['what'])} là ${show(p['value'])}, cần ${show(p['expected'])}`,
    en: (p) => `Invalid criteria set: ${show(p['what'])} is ${show(p['value'])}, expected ${show(p['expected'])}`,
  },
  invalid_value: {
    vi: (p) => `Giá trị không hợp lệ${expectedValue(p, 'cần')}`,
    en: (p) => `Invalid value${expectedValue(p, 'expected')}`,
  },
};

/**
 * The message for an issue code in a locale, built from its params. Every issue this library
 * returns or throws carries its `code` and `params`, so any issue can be written again in the
 * other language: `issueMessage(issue.code, issue.params ?? {}, 'en')`.
 *
 * @example
 * ```ts
 * import { issueMessage } from 'ocop';
 * issueMessage('invalid_date', { value: '2023-02-29' }, 'en');
 * // 'Not a real calendar date in YYYY-MM-DD form: "2023-02-29"'
 * issueMessage('invalid_date', { value: '2023-02-29' }, 'vi');
 * // 'Ngày không tồn tại hoặc không đúng dạng YYYY-MM-DD: "2023-02-29"'
 * ```
 */
export function issueMessage(code: IssueCode, params: Readonly<Record<string, unknown>>, locale: Locale): string {
  const entry =
    typeof code === 'string' && Object.prototype.hasOwnProperty.call(CATALOG, code) ? CATALOG[code] : undefined;
  if (!entry)
    throw new OcopError('invalid_input', `code must be one of ISSUE_CODES, got ${describeValue(code)}`, {
      argument: 'code',
    });
  if (locale !== 'vi' && locale !== 'en')
    throw new OcopError('invalid_input', `locale must be 'vi' or 'en', got ${describeValue(locale)}`, {
      argument: 'locale',
    });
  if (params === null || typeof params !== 'object')
    throw new OcopError('invalid_input', `params must be an object, got ${describeValue(params)}`, {
      argument: 'params',
    });
  return entry[locale](params);
}

/**
 * An issue with its message in `locale` (default {@link DEFAULT_LOCALE}; the functions that throw
 * issues write them again in their `locale` option when they throw, see {@link validationError}).
 */
export function makeIssue(
  code: IssueCode,
  path: IssuePath,
  params: Readonly<Record<string, unknown>>,
  locale: Locale = DEFAULT_LOCALE,
): Issue {
  return { code, path, params, message: issueMessage(code, params, locale) };
}

/** `issues` with each message written again in `locale` from its code and params. */
export function inLocale(issues: readonly Issue[], locale: Locale): Issue[] {
  return issues.map((issue) => ({ ...issue, message: issueMessage(issue.code, issue.params ?? {}, locale) }));
}

/** The `OcopValidationError` for `issues`, its issues' messages and its own in `locale`. */
export function validationError(issues: readonly Issue[], locale: Locale): OcopValidationError {
  return new OcopValidationError(inLocale(issues, locale), locale);
}

/** The `OcopRuleError` for `issues` (see its `source`), its issues' messages and its own in `locale`. */
export function ruleError(issues: readonly Issue[], source: 'override' | 'rule-data', locale: Locale): OcopRuleError {
  return new OcopRuleError(inLocale(issues, locale), source, locale);
}
