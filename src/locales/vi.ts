/**
 * Vietnamese (`vi`): every sentence the library writes, one named constant per section (see
 * `Catalogue` in `catalogue.ts`). The default language.
 */
import type { Level } from '../model/level.js';
import type { BandText, CliText, IssueMessages, RatingText } from './catalogue.js';
import { expectedValue, show, typeWords, wordFor, type Words } from './format.js';
import type { ProgressStatus, ProgressText, ReportText } from './catalogue.js';

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
export const issues: IssueMessages = {
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
};

// Sections of other areas follow.

/** Target statuses, as a target's explanation names them. */
const TARGET_STATUSES: { readonly [S in ProgressStatus]: string } = {
  achieved: 'đạt',
  'on-track': 'đúng tiến độ',
  'at-risk': 'có nguy cơ chậm',
  'off-track': 'chậm tiến độ',
  missed: 'không đạt (đã quá hạn)',
  'not-started': 'chưa bắt đầu',
  'achieved-late': 'đạt, nhưng sau hạn',
  'no-data': 'chưa có số liệu',
};

/** A target's explanation (`TargetProgress.explanation`). */
export const progress: ProgressText = {
  minimum: (g) =>
    `tối thiểu ${g.min}${g.max === undefined ? '' : `, phấn đấu ${g.max}`}${g.from === undefined ? '' : `, từ mức ${g.from}`}`,
  milestone: (g) => `${g.units === undefined ? 'cả kế hoạch' : `${g.units} đơn vị`}, hạn ${g.due}`,
  items: (count) => `${count} hạng mục`,
  current: (l) => `Hiện đạt ${l.value} (${l.goal})`,
  progress: (l) =>
    `Tiến độ ${l.progress}${l.stretch === undefined ? '' : `, vượt mức ${l.stretch}`}; kỳ vọng theo thời gian ${l.expected} (${l.days}/${l.total} ngày)`,
  attainment: (l) =>
    [
      `Đạt ${l.attainment} kế hoạch`,
      l.surplus === undefined
        ? ''
        : l.above
          ? `vượt ${l.surplus} so với kế hoạch`
          : `còn thiếu ${l.surplus} so với kế hoạch`,
      l.achievedOn === undefined ? '' : `hoàn thành ngày ${l.achievedOn}`,
    ]
      .filter(Boolean)
      .join('; '),
  status: (status) => `Trạng thái: ${TARGET_STATUSES[status]}`,
  belowGuidance: (names) => `Dưới mức hướng dẫn mỗi đơn vị: ${names}`,
  late: (names) => `Hoàn thành muộn: ${names}`,
  planLate: 'Hoàn thành muộn: cả kế hoạch',
};

/** The `ocop` command's reports of a plan's progress and a product's rating. */
export const reports: ReportText = {
  heading: (r) => `${r.title} — ngày ${r.asOf}`,
  score: (r) => `Điểm kế hoạch: ${r.score} (${r.targets}/${r.of} chỉ tiêu có số liệu, ${r.weight} trọng số).`,
  ignoredAfterAsOf: (r) => `Đã bỏ qua ${r.count} quan sát có ngày sau ngày xem (${r.asOf}).`,
  ignoredBeforePeriod: (count) => `Đã bỏ qua ${count} quan sát có ngày trước kỳ kế hoạch.`,
  targetColumns: {
    target: 'Mục tiêu',
    kind: 'Loại',
    current: 'Hiện đạt',
    progress: 'Tiến độ',
    attainment: 'Đạt so với KH',
    surplus: 'Vượt/thiếu',
    expected: 'Kỳ vọng',
    due: 'Hạn',
    status: 'Trạng thái',
  },
  percentagePoints: (value) => `${value} điểm %`,
  belowGuidanceHeading: 'Đơn vị dưới mức hướng dẫn',
  belowGuidanceColumns: { target: 'Mục tiêu', belowGuidance: 'Dưới mức hướng dẫn', late: 'Hoàn thành muộn' },
  wholePlan: 'cả kế hoạch',
  none: '(không có)',
  ratingColumns: { item: 'Mục', value: 'Giá trị' },
  chartsHeading: 'Biểu đồ theo mục tiêu',
  chartLegend: {
    observed: 'Số liệu báo cáo',
    expected: 'Tiến độ kỳ vọng',
    minimum: 'Mục tiêu tối thiểu',
    stretch: 'Mục tiêu phấn đấu',
    asOf: 'Ngày xem',
  },
  chartNoData: 'Chưa có số liệu',
  chartSummary: (c) => `${c.title}: ${c.status}; từ ${c.from} đến ${c.to}`,
  ratingRows: {
    stars: 'Số sao',
    average: 'Điểm trung bình',
    band: 'Hạng theo điểm',
    recognised: 'Được công nhận',
    authority: 'Cấp công nhận',
    forwardTo: 'Chuyển lên',
    unmetMinima: 'Yêu cầu tối thiểu chưa đạt',
  },
};

/** Levels as a rating's explanation names them. */
const RATING_LEVELS: { readonly [L in Level]: string } = {
  district: 'cấp huyện',
  province: 'cấp tỉnh',
  central: 'cấp trung ương',
};

/** A rating's explanation lines (`rateProduct`); numbers come written. */
export const rating: RatingText = {
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
  minimaNotMarked: 'Chưa kiểm tra yêu cầu tối thiểu theo hạng sao: bộ tiêu chí không có dấu sao',
};

/** Why a file could not be read, by Node's error code. */
const READ_ERRORS: Words = { ENOENT: 'không có tệp này', EISDIR: 'là một thư mục', EACCES: 'không có quyền đọc' };

/** The `ocop` command: names, usage errors, reports and help. */
export const cli: CliText = {
  levels: { district: 'cấp huyện', province: 'cấp tỉnh', central: 'cấp trung ương' },
  statuses: {
    achieved: 'đạt',
    'on-track': 'đúng tiến độ',
    'at-risk': 'có nguy cơ chậm',
    'off-track': 'chậm tiến độ',
    missed: 'không đạt (quá hạn)',
    'not-started': 'chưa bắt đầu',
    'achieved-late': 'đạt sau hạn',
    'no-data': 'chưa có số liệu',
  },
  kinds: { count: 'số lượng', share: 'tỷ lệ', milestone: 'mốc', items: 'danh mục' },
  certificateStatuses: {
    valid: 'còn hiệu lực',
    'renewal-window': 'trong thời hạn nộp hồ sơ đánh giá lại',
    'renewal-late': 'đã quá thời hạn nộp hồ sơ đánh giá lại',
    grace: 'trong thời gian chờ kết quả đánh giá lại',
    expired: 'hết hiệu lực',
    revoked: 'bị thu hồi',
  },
  daysLeft: (n) => `còn ${n} ngày`,
  daysAgo: (n) => `đã quá ${n} ngày`,
  minimaCouncil: { majority: 'đạt khi quá nửa số phiếu đạt', all: 'đạt khi mọi phiếu đều đạt' },
  minimaPolicy: { cap: 'chưa đạt thì hạ số sao', reject: 'chưa đạt thì không được công nhận' },
  instrumentRoles: { base: 'văn bản gốc', amendment: 'sửa đổi' },
  yes: 'có',
  no: 'không',
  title: (item) => item.title,
  args: {
    file: 'tệp|-',
    planFile: 'tệp-kế-hoạch',
    kind: 'loại',
    id: 'mã',
    overrideFile: 'tệp-điều-chỉnh|-',
    rulesSubcommand: 'list|show|check|diff',
    unitQuery: 'mã|tên',
  },
  usage: {
    unknownOption: (option) => `không có tùy chọn ${option}`,
    takesNoValue: (name) => `tùy chọn --${name} không nhận giá trị`,
    needsValue: (name) => `tùy chọn --${name} cần một giá trị`,
    notADate: (value) => `--as-of: không phải ngày dạng YYYY-MM-DD: ${value}`,
    missingArgument: (name) => `thiếu tham số <${name}>`,
    unexpectedArgument: (arg) => `tham số thừa: ${arg}`,
    oneStdin: 'chỉ một tham số được là "-" (stdin)',
    cannotRead: (l) => `không đọc được ${l.file}: ${wordFor(READ_ERRORS, l.code, `mã lỗi ${l.code}`)}`,
    notJson: (l) =>
      `${l.source}: không phải JSON hợp lệ${l.position === undefined ? '' : ` (lỗi ở ký tự thứ ${l.position})`}`,
    unknownKind: (l) => `loại không tồn tại: ${l.kind} (các loại: ${l.kinds})`,
    missingObservations: 'thiếu tùy chọn --observations <tệp>',
    notObservations: (source) => `${source}: cần một mảng JSON các quan sát`,
    setOnlyForShow: 'tùy chọn --set chỉ dùng cho rules show và rules diff',
    missingSet: 'rules diff cần tùy chọn --set N (số thứ tự bộ tiêu chí)',
    unknownRuleSet: (l) => `bộ quy định không tồn tại: ${l.id} (các mã: ${l.ids})`,
    unknownRulesSubcommand: (sub) => `lệnh con của rules không tồn tại: ${sub} (list, show, check, diff)`,
    notASetNumber: (value) => `--set: không phải số thứ tự bộ tiêu chí (số nguyên từ 1): ${value}`,
    mustBeOneOf: (l) => `--${l.name} phải là một trong ${l.allowed}`,
    unknownCommand: (l) => `lệnh không tồn tại: ${l.command} (các lệnh: ${l.commands})`,
    optionNotFor: (l) => `tùy chọn --${l.name} không dùng cho lệnh ${l.command}`,
    htmlOnlyForProgress: (command) => `--format html chỉ dùng cho lệnh progress, không dùng cho lệnh ${command}`,
    notADateFor: (l) => `--${l.name}: không phải ngày dạng YYYY-MM-DD: ${l.value}`,
    missingTo: 'units migrate cần tùy chọn --to YYYY-MM-DD (ngày của các đơn vị cần chuyển sang)',
    notAUnitCode: (value) => `không phải mã đơn vị hành chính (2 chữ số: tỉnh, 3: huyện, 5: xã): ${value}`,
    unknownUnitCode: (code) => `không có đơn vị nào từng mang mã ${code} (trong các bảng của ocop/units)`,
    noUnitNamed: (l) => `không có đơn vị nào tên "${l.name}" vào ngày ${l.on}, kể cả khi bỏ qua dấu`,
    notRecords: (l) => `${l.source}: cần một mảng JSON các bản ghi ${l.kind}`,
  },
  valid: (l) => `OK: ${l.source} là ${l.kind} hợp lệ`,
  ratingTitle: 'Kết quả đánh giá',
  rules: {
    listColumns: ['Mã', 'Từ ngày', 'Đến ngày', 'Tên'],
    inForce: (l) => `Hiệu lực: ${l.from} – ${l.to ?? 'nay'}`,
    columns: ['Quy định', 'Giá trị', 'Căn cứ'],
    parts: 'Các phần',
    bands: 'Hạng sao',
    recognition: 'Công nhận',
    forwarding: 'Chuyển cấp',
    certificateValidity: 'Hiệu lực giấy chứng nhận',
    months: (n) => `${n} tháng`,
    minima: 'Yêu cầu tối thiểu',
    noCriteriaSets: 'Bộ tiêu chí: không có (kết quả đánh giá ghi tổng điểm của từng thành viên)',
    criteriaSets: 'Bộ tiêu chí',
    checked: (l) => `${l.source}: hợp lệ, ${l.changes} thay đổi so với ${l.base}`,
    diffColumns: ['Đường dẫn', 'Trước', 'Sau', 'Căn cứ', 'Thay cho'],
    provenance: (p) =>
      p.kind === 'official-text'
        ? `Nguồn bộ tiêu chí: chép từ văn bản chính thức (${p.source})`
        : `Nguồn bộ tiêu chí: bản chép của bên thứ ba, chưa đối chiếu với văn bản chính thức (${p.source})`,
    knownDefects: (n) =>
      `Lỗi đã biết của bản chép: ${n} (mỗi lỗi được sửa hoặc giữ nguyên, có lý do, trong transcriptionNotes của bộ tiêu chí)`,
    noStarMarks: (minima) =>
      minima
        ? 'Dấu sao: các bộ tiêu chí không có; bộ quy định có yêu cầu tối thiểu theo hạng sao nhưng không kiểm tra được khi thiếu dấu sao (một điều chỉnh của tỉnh có thể bổ sung)'
        : 'Dấu sao: các bộ tiêu chí không có',
  },
  criteriaDiff: {
    heading: (l) => `${l.a} → ${l.b}: bộ tiêu chí số ${l.setNo}`,
    side: (l) => `${l.side}: ${l.ruleSet}, bộ số ${l.setNo} "${l.title}" (${l.reference})`,
    summary: (c) =>
      `${c.matched} tiêu chí ghép được; thêm ${c.added}, bỏ ${c.removed}; đổi điểm ${c.repointed}, đổi dấu sao ${c.remarked}, đổi mã hoặc tên ${c.renamed}`,
    partColumns: ['Phần', 'Trước', 'Sau'],
    sectionColumns: ['Nhóm', 'Tên', 'Trước', 'Sau'],
    criterionColumns: [
      'Mã (a)',
      'Mã (b)',
      'Tiêu chí',
      'Thay đổi',
      'Điểm, dấu sao (a)',
      'Điểm, dấu sao (b)',
      'Ghép theo',
    ],
    changes: {
      added: 'thêm',
      removed: 'bỏ',
      repointed: 'đổi điểm',
      remarked: 'đổi dấu sao',
      recoded: 'đổi mã',
      retitled: 'đổi tên',
    },
    matchedBy: {
      'code-and-title': 'mã và tên',
      title: 'tên',
      'similar-title': 'tên gần giống',
      code: 'mã',
      section: 'duy nhất trong nhóm',
    },
    noChanges: 'Không có thay đổi.',
    differentTitles:
      'Lưu ý: hai bộ có tên khác nhau; cùng một số thứ tự không phải lúc nào cũng là cùng một nhóm sản phẩm giữa các quyết định.',
  },
  criteriaSet: {
    heading: (setNo) => `Bộ tiêu chí số ${setNo}`,
    reference: 'Căn cứ',
    partColumns: ['Phần', 'Tên', 'Điểm tối đa'],
    sectionColumns: ['Nhóm', 'Tên', 'Điểm tối đa', 'Phần'],
    criterionColumns: ['Mã', 'Tiêu chí', 'Tối đa', 'Mức điểm (n★: yêu cầu tối thiểu để đạt n sao)'],
  },
  units: {
    levels: { province: 'cấp tỉnh', district: 'cấp huyện', commune: 'cấp xã' },
    conversionKinds: {
      whole: 'nhập toàn bộ',
      part: 'nhập một phần',
      unchanged: 'giữ nguyên',
      renamed: 'đổi tên',
      retyped: 'đổi loại hình',
      'special-zone': 'thành đặc khu',
    },
    reasons: {
      split: 'bị chia năm 2025, cần người chọn',
      abolished: 'không còn từ trước năm 2025, dữ liệu không cho biết đơn vị nào tiếp nhận',
      unknown_unit: 'không có đơn vị nào mang mã này vào ngày của bản ghi',
    },
    heading: (l) => `${l.code} ngày ${l.on}: ${l.unit}`,
    noneOn: (l) => `${l.code} ngày ${l.on}: không có đơn vị nào mang mã này vào ngày đó`,
    rows: { code: 'Mã', unit: 'Đơn vị', level: 'Cấp', partOf: 'Trực thuộc', period: 'Hiệu lực' },
    period: (l) => `${l.from ?? '…'} – ${l.to ?? 'nay'}`,
    columns: ['Mã', 'Đơn vị', 'Cấp', 'Trực thuộc', 'Từ', 'Đến'],
    history: (code) => `Mọi đơn vị từng mang mã ${code}:`,
    successor: (l) => `Ngày ${l.on}, địa bàn của ${l.code} thuộc ${l.unit}.`,
    noSuccessor: (l) =>
      `Ngày ${l.on}, không có đơn vị nào chứa địa bàn của ${l.code} (ngày này trước khi đơn vị được thành lập).`,
    conversion: (l) =>
      l.split
        ? `${l.unit} bị chia ngày 2025-07-01: các phần nhập vào ${l.count} xã mới (bản ghi ở đó cần người chọn):`
        : `${l.unit} từ ngày 2025-07-01 nhập vào:`,
    conversionColumns: ['Mã', 'Xã mới', 'Trực thuộc', 'Cách sắp xếp'],
    named: (l) => `Các đơn vị tên "${l.name}" ngày ${l.on}: ${l.count}`,
    diacriticsIgnored: (name) =>
      `Không có đơn vị nào viết "${name}" đúng dấu như vậy; các đơn vị sau khớp khi bỏ qua dấu.`,
    migrated: (l) =>
      `${l.migrated}/${l.total} bản ghi đã chuyển sang đơn vị ngày ${l.to}; ${l.refused} bị từ chối (cần người chọn), ${l.invalid} không hợp lệ (không chuyển)`,
    refusedHeading: 'Bị từ chối (bản ghi giữ đơn vị cũ cho đến khi có người chọn):',
    refusal: (l) =>
      `[${l.index}] ${l.id}, ${l.path} ${l.code}: ${l.reason}${l.choices === '' ? '' : `; lựa chọn: ${l.choices}`}${l.within === undefined ? '' : `; thuộc ${l.within}`}`,
    invalidHeading: 'Bản ghi không hợp lệ (không chuyển):',
    invalid: (l) => `[${l.index}]${l.id === undefined ? '' : ` ${l.id}`}: ${l.issues}`,
  },
  demo: {
    heading: 'Thái Bình 2020: chương trình OCOP (dữ liệu ocop/fixtures)',
    ended: (end) => `Kỳ kế hoạch đã kết thúc ngày ${end}; dưới đây là tình hình cuối năm.`,
    asOf: (date) => `Ngày xem: ${date}.`,
    samples: (count) =>
      `Số liệu thực hiện là MẪU (${count} quan sát minh họa, không có nguồn): hội nghị cấp huyện ở 6 huyện xong trước 10/7/2020, 1 huyện muộn; nâng cấp, sản phẩm mới theo huyện đến tháng 12.`,
    ratedHeading: 'Sản phẩm được Hội đồng cấp huyện Đông Hưng đánh giá ngày 24/12/2020',
    certificateHeading: 'Giấy chứng nhận (MẪU)',
    notIssued: (l) => `${l.id}: chưa cấp (ngày cấp mẫu ${l.issuedOn}).`,
    certificate: (l) =>
      `${l.id} (${l.product}, ${l.stars}★, cấp ngày ${l.issuedOn}): ${l.status} vào ngày ${l.asOf}: hiệu lực đến ${l.validUntil}, ${l.days}.`,
  },
  errors: {
    usage: 'ocop: lỗi:',
    seeHelp: "Xem 'ocop --help'.",
    invalidInput: 'dữ liệu không hợp lệ',
    internal: 'ocop: lỗi nội bộ:',
    debugHint: '(chạy lại với --debug để xem stack trace)\n',
  },
  programHelp: (f) => `ocop ${f.version}: chương trình OCOP (Mỗi xã một sản phẩm) trên dòng lệnh

Cách dùng: ocop <lệnh> [tùy chọn]

Lệnh:
  demo [--as-of YYYY-MM-DD]                         ví dụ Thái Bình 2020 từ dữ liệu ocop/fixtures
  validate <loại> <tệp|->                           kiểm tra một bản ghi JSON (${f.kinds})
  rate <tệp|->                                      xếp hạng sản phẩm từ kết quả đánh giá (JSON)
  progress <tệp-kế-hoạch> --observations <tệp> [--as-of YYYY-MM-DD]
                                                    tiến độ của kế hoạch vào một ngày
  rules list | show <mã> [--set N] | check <tệp-điều-chỉnh|-> | diff <mã-a> <mã-b> --set N
                                                    bộ quy định quốc gia, bộ tiêu chí, điều chỉnh của
                                                    tỉnh, thay đổi của một bộ tiêu chí giữa hai bộ quy định
  units <mã|tên> [--on YYYY-MM-DD] | migrate <tệp|-> --to YYYY-MM-DD [--kind producer|product]
                                                    đơn vị hành chính vào một ngày, lịch sử của một mã;
                                                    chuyển bản ghi sang đơn vị của một ngày sau
  schema <loại>                                     JSON Schema của một loại bản ghi

Tùy chọn:
  --format table|json|md   định dạng kết quả (mặc định table; progress nhận thêm html)
  --locale vi|en           ngôn ngữ của mọi nội dung in ra (mặc định vi)
  --debug                  in stack trace của lỗi ngoài dự kiến
  --version                in số phiên bản
  --help                   trợ giúp này, hoặc trợ giúp của một lệnh: ocop <lệnh> --help

Kết quả in ra stdout; lỗi dữ liệu, lỗi cách dùng và cảnh báo in ra stderr (với --format json,
lỗi dữ liệu là một tài liệu JSON { ok: false, source, issues } trên stderr).
Mã thoát: 0 thành công, 1 dữ liệu không hợp lệ (in mọi lỗi kèm đường dẫn; units migrate: có bản
ghi bị từ chối hoặc không hợp lệ), 2 lỗi cách dùng (kể cả khi ocop units không tìm thấy gì).
Ngày mặc định là hôm nay theo giờ Asia/Ho_Chi_Minh. Tệp chỉ được đọc, không bao giờ bị ghi;
"-" đọc từ stdin.
`,
  commandHelp: {
    demo: (f) =>
      `Cách dùng: ocop demo [--as-of YYYY-MM-DD] ${f.options}

Kế hoạch OCOP năm 2020 của Thái Bình (từ ocop/fixtures) với các quan sát MẪU có ghi nhãn: tiến độ
và trạng thái của các mục tiêu vào ngày xem (sau năm 2020: tình hình cuối năm), hai sản phẩm do
Hội đồng cấp huyện Đông Hưng đánh giá ngày 24/12/2020 kèm giải thích, và tình trạng của một giấy
chứng nhận mẫu. --as-of mặc định là hôm nay theo giờ Asia/Ho_Chi_Minh.
`,
    validate: (f) =>
      `Cách dùng: ocop validate <loại> <tệp|-> ${f.options}

Kiểm tra một bản ghi JSON của một loại (${f.kinds}). In OK ra stdout, hoặc in mọi lỗi dạng
"đường.dẫn: [mã] thông báo" ra stderr và thoát với mã 1. Với loại evaluation, lệnh chạy đúng các
bước kiểm tra của ocop rate (kể cả đối chiếu với bộ tiêu chí mà kết quả đánh giá nêu).
`,
    rate: (f) =>
      `Cách dùng: ocop rate <tệp|-> ${f.options}

Xếp hạng một sản phẩm từ kết quả đánh giá (JSON: { ruleSet, level?, criteriaSet?, sheets }): số
sao, điểm trung bình, hạng theo điểm, cấp công nhận, chuyển cấp, yêu cầu tối thiểu chưa đạt và
giải thích.
`,
    progress: (f) =>
      `Cách dùng: ocop progress <tệp-kế-hoạch> --observations <tệp> [--as-of YYYY-MM-DD] ${f.options}

Đánh giá một kế hoạch (JSON) theo một mảng quan sát (JSON) vào một ngày (mặc định hôm nay theo
giờ Asia/Ho_Chi_Minh): giá trị hiện đạt, tiến độ, tiến độ kỳ vọng và trạng thái của từng mục
tiêu, và các đơn vị dưới mức hướng dẫn. Quan sát có ngày sau ngày xem hoặc trước kỳ kế hoạch bị
bỏ qua và được đếm. --format html ghi một trang HTML tự chứa (không script, không tải gì): các
bảng và một biểu đồ cho mỗi mục tiêu.
`,
    rules: (f) =>
      `Cách dùng: ocop rules list
       ocop rules show <mã> [--set N]
       ocop rules check <tệp-điều-chỉnh|->
       ocop rules diff <mã-a> <mã-b> --set N     ${f.options}

list: các bộ quy định quốc gia và ngày hiệu lực. show: các phần, hạng sao, cấp công nhận, chuyển
cấp, thời hạn giấy chứng nhận và căn cứ của một bộ quy định (mã: ${f.ruleSetIds}); với
--set N: bộ tiêu chí số N (phần, nhóm tiêu chí, tiêu chí với điểm tối đa, mức điểm và dấu sao).
check: áp một tệp điều chỉnh của tỉnh lên bộ quy định gốc và in các thay đổi, hoặc mọi lỗi.
diff: bộ tiêu chí số N thay đổi thế nào từ bộ quy định a sang b: phần và nhóm đổi điểm tối đa,
tiêu chí thêm, bỏ, đổi điểm, đổi dấu sao, đổi mã hoặc tên (ghép theo tên trước, rồi theo mã).
`,
    schema: (f) =>
      `Cách dùng: ocop schema <loại>

In JSON Schema (dạng dữ liệu vào) của một loại bản ghi, đúng như tệp schemas/<loại>.json của gói:
${f.kinds}.
`,
    units: (f) =>
      `Cách dùng: ocop units <mã|tên> [--on YYYY-MM-DD] ${f.options}
           ocop units migrate <tệp|-> --to YYYY-MM-DD [--kind producer|product] ${f.options}

<mã> (2 chữ số: tỉnh, 3: huyện, 5: xã): đơn vị mang mã đó vào ngày chỉ định (mặc định hôm nay
theo giờ Asia/Ho_Chi_Minh): loại và tên, cấp, các đơn vị cấp trên, thời gian hiệu lực, và mọi
đơn vị từng mang mã này (một số mã được dùng lại từ năm 2025). Nếu ngày đó không có đơn vị nào:
đơn vị chứa địa bàn của nó vào ngày đó, và với xã còn tồn tại ngày 2025-06-30, cách sắp xếp năm
2025 (xã bị chia kèm mọi xã mới). <tên>: mọi đơn vị có tên đó vào ngày chỉ định, đúng dấu như
đã viết, nếu không có thì bỏ qua dấu (báo cáo nói rõ). Không tìm thấy gì: mã thoát 2.

migrate: chuyển một mảng JSON các bản ghi producer (mặc định) hoặc product sang đơn vị có hiệu
lực ngày --to. Mỗi bản ghi được kiểm tra trước (bản ghi không hợp lệ được liệt kê kèm lỗi, không
chuyển); bản ghi ở xã bị chia năm 2025, hoặc ở đơn vị không còn từ trước năm 2025, bị từ chối kèm
các đơn vị để chọn. --format json in { to, migrated, refused, invalid }. Mã thoát 1 khi có bản
ghi bị từ chối hoặc không hợp lệ, 0 khi mọi bản ghi đã được chuyển.
`,
  },
};

/** `starBand`'s error for a malformed band. */
export const bands: BandText = {
  invalidValue: (l) => `Giá trị không hợp lệ: ${l.value}, cần ${l.expected}`,
};
