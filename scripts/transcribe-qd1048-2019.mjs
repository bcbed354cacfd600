/**
 * Generates the 26 criteria sets of Quyết định 1048/QĐ-TTg (21/08/2019), Phụ lục III, as typed
 * data modules: src/rules/data/qd1048-2019/set-01.ts … set-26.ts, index.ts and loaders.ts.
 *
 *   node scripts/transcribe-qd1048-2019.mjs
 *
 * Source: a plain-text extraction (antiword) of thuvienphapluat.vn's Word download of the decision,
 * at ../shared/sources/qd1048-2019-full-text-thuvienphapluat-doc.txt (relative to the repository
 * root; a development input, not part of the repository or the package). The generated files name
 * the public text instead (PUBLIC_SOURCE below). Plain Node, no dependencies; the output is
 * deterministic (running it twice gives identical files).
 *
 * Reading rules (each set is "N. Bộ sản phẩm: TITLE", "(Ngành: …. Nhóm: …)", a score sheet):
 * - Table rows are "|text|score|"; a long cell wraps onto continuation rows whose score cell is
 *   empty. A row is a continuation when its first word would have fitted on the row above (the
 *   word-wrap test against the column width) and it does not open a new item (tick box, code,
 *   case heading, "Ghi chú", "Chú ý", "Lựa chọn", "Chỉ áp dụng"). Continuations are joined with a
 *   single space; runs of white space inside a cell are read as one space.
 * - "Phần A:" (title on the same or the next row, "TITLE (35 Điểm)"): a part; its maximum is the
 *   number in the heading (the sheet has no score column for parts).
 * - "N. TITLE" (a whole-number code), in the table or as a line of its own: a section. 1048 prints
 *   most sections without a score; a section's maximum is then the sum of its criteria's maxima
 *   (each set says so in a transcription note). Where a score is printed and the section has
 *   sub-rows, it is the section's maximum (and must equal the sum); where it has no sub-rows it is
 *   also a criterion with code "N" (e.g. "7. DINH DƯỠNG | 2 Điểm").
 * - "N.M. Title | n Điểm": a criterion. "□ label | n Điểm": a tick box.
 * - A row or line without a score: a "(…)" row directly under a title row is the criterion's
 *   description; anything else is a note of the criterion above it. Note kinds: "Yêu cầu…"
 *   requirement; "Chỉ áp dụng khi…" condition; "Ghi chú: Bị loại nếu…", "Ghi chú: Không xem xét
 *   các chỉ tiêu khác…", text containing "không đánh giá các bước tiếp theo" or "sẽ bị loại bỏ"
 *   (the same reading as the 26/2026 generator) or "sẽ không xem xét thêm các tiêu chuẩn khác"
 *   (set 13's wording of the same rule) knock-out; anything else note ("Lựa chọn một trong hai trường hợp
 *   sau:" and the case headings "a. Trường hợp 1: …" included).
 * - Alternative cases: the options hold case a's tick boxes then case b's, in printed order.
 * - "Bị loại khi: …" above the sheet: the disqualifiers (one entry as printed: the text lists its
 *   grounds in one sentence joined by "hoặc").
 * - 1048 prints no star marks: starLegend is false and no option has minStars.
 * - A part whose heading is followed by "(Được cộng tổng điểm các nội dung ghi Có)" (set 26, part C):
 *   each of its criteria is `additive` (the ticked boxes add up; the boxes sum to the maximum).
 * - A printed number that does not add up and that the data keeps (a top-option, additive-sum or
 *   sum-part entry of CORRECTIONS) becomes an entry of the set's `inconsistencies`, with the
 *   `what`, `value` and `expected` of the issue the library's sum checks raise for it, so that the
 *   checks accept exactly those.
 *
 * Every place where the printed text is defective or does not fit the shape is listed in
 * CORRECTIONS below, with the transcription note that the set carries. The generator stops on an
 * anomaly that is not listed there, and on a listed correction that it did not use.
 */
import { readFileSync } from 'node:fs';
import { criteriaSetCounts, writeCriteriaSetModules } from './criteria-writer.mjs';
import { PART_TITLES_EN, SECTION_TITLES_EN } from './criteria-titles-en.mjs';
import { noteKind } from './criterion-notes.mjs';

const SOURCE_PATH = '../shared/sources/qd1048-2019-full-text-thuvienphapluat-doc.txt';
const SOURCE = new URL(`../${SOURCE_PATH}`, import.meta.url);
const OUT_DIR = new URL('../src/rules/data/qd1048-2019/', import.meta.url);
const DECISION = 'Quyết định 1048/QĐ-TTg';
const SCRIPT = 'scripts/transcribe-qd1048-2019.mjs';
/** The public text the generated files cite. */
const PUBLIC_SOURCE = [
  `the text of ${DECISION} (21/08/2019) of the Thủ tướng Chính phủ, "Ban hành Bộ Tiêu chí đánh giá,`,
  ' * phân hạng sản phẩm Chương trình mỗi xã một sản phẩm" (copy read: thuvienphapluat.vn, Quyết định',
  ' * 1048/QĐ-TTg năm 2019, Word download)',
].join('\n');
const SET_COUNT = 26;
/** Every set's provenance: the decision's text. */
const PROVENANCE = {
  kind: 'official-text',
  source: `${DECISION} (21/08/2019), Phụ lục III; copy read: thuvienphapluat.vn, Quyết định 1048/QĐ-TTg năm 2019 (Word download)`,
};
const SECTION_MAXIMA_NOTE = "Section maxima are not printed in 1048; each is the sum of its criteria's maxima.";

/** The part titles as 1048 prints them. */
const PART_TITLES = {
  A: 'SẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG',
  B: 'KHẢ NĂNG TIẾP THỊ',
  C: 'CHẤT LƯỢNG SẢN PHẨM',
};

/**
 * Section titles printed with what looks like a slip, read as the title named here (for its
 * English title only: the data keeps the printed title).
 */
const SECTION_TITLE_READINGS = {
  '4|4': 'TIẾP THỊ',
  '6|9': 'ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM',
};

/**
 * The printed text's defects and the places where it does not fit the data shape. Key:
 * `${setNo}|${kind}|${where}`. `value` is what the data holds where the printed value cannot be
 * used as is; `note` is the set's transcription note (plain English).
 */
const CORRECTIONS = {
  '3|case-heading|3.2': {
    note: 'Criterion 3.2: the second case heading is printed "b Trường hợp 2" (no dot after the letter); the data keeps it as printed.',
  },
  '4|top-option|9.1': {
    note: 'Criterion 9.1 is printed with a maximum of 3 while its tick boxes give 0, 1 and 2 (no option reaches 3), and the criteria of part C then sum to 41 against the printed 40; the data keeps the printed maximum 3 (2 would make part C sum to 40).',
  },
  '4|sum-part|C': {},
  '5|printed-slip|10': {
    note: 'Criterion 10, last option: printed "Có thể xuất khẩu đến các THEO trường có tiêu chuẩn cao" where the other sets print "các thị trường"; the data keeps it as printed (section 4 of set 4 shows the same slip, "TIẾP THEO" for "TIẾP THỊ").',
  },
  '6|duplicate-points|6.2': {
    note: 'Criterion 6.2 (Ngoại hình): the last two options, "Tương đối đồng đều" and "Đồng đều", are both printed with 3 points; the data keeps 0, 1, 3, 3 as printed.',
  },
  '6|part-title|A': {
    note: 'The title of part A is printed "SẢN PHẩM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG" (one lower-case letter in the upper-case title); the data keeps it as printed.',
  },
  '7|score-text|line 3074': {
    value: 3,
    note: 'Criterion 2.2, last option: the score cell reads "3 Đỉểm" (a misspelt "Điểm"); the data reads it as 3 points.',
  },
  '7|top-option|3.1': {
    note: 'Criterion 3.1 (maximum 3) prints only two tick boxes, 1 and 2: the 3-point box that the other sets print ("HTX tổ chức, hoạt động theo Luật HTX 2012 hoặc công ty cổ phần có vốn góp của cộng đồng địa phương ≥ 51%") is missing; the data keeps the two printed boxes and the printed maximum.',
  },
  '8|part-title|A': {
    note: 'The title of part A is printed "SẢN PHẩM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG" (one lower-case letter in the upper-case title); the data keeps it as printed.',
  },
  '10|part-title|A': {
    note: 'The title of part A is printed "SẢN PHẩM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG" (one lower-case letter in the upper-case title); the data keeps it as printed.',
  },
  '11|title|heading': {
    note: 'Title as printed above the set; the table of contents of Phụ lục III prints "Gia vị khác (hành, tỏi, tiêu)".',
  },
  '12|group-row|6.1': {
    note: 'Rows 6.1 "Ngoại hình" (6) and 6.2 "Nước pha" (14) are printed as headings over criteria 6.1.1–6.1.3 and 6.2.1–6.2.3; the data shape has no heading level, so they are not criteria (their maxima equal the sums of their sub-criteria).',
  },
  '12|group-row|6.2': {},
  '13|top-option|6.3': {
    note: 'Criterion 6.3 (Màu nước) is printed with a maximum of 2 while its tick boxes give 0, 1, 2 and 3, and the criteria of part C then sum to 39 against the printed 40; the data keeps the printed maximum 2 and the printed options (3 would make part C sum to 40).',
  },
  '13|sum-part|C': {},
  '13|title|heading': {
    note: 'Title as printed above the set; the table of contents of Phụ lục III prints "Các sản phẩm từ chè khác".',
  },
  '14|group-row|6.1': {
    note: 'Rows 6.1 "Ngoại hình" (11) and 6.2 "Nước pha" (7) are printed as headings over criteria 6.1.1–6.1.5 and 6.2.1–6.2.2; the data shape has no heading level, so they are not criteria (their maxima equal the sums of their sub-criteria).',
  },
  '14|group-row|6.2': {},
  '14|code|6.1.3#2': {
    value: '6.1.4',
    note: 'Under 6.1 the codes are printed 6.1.1, 6.1.2, 6.1.3 (Màu sắc), 6.1.3 (Mùi), 6.1.4 (Vị): a code printed twice. Codes must be unique, so the data numbers the rows in printed order: "Mùi" is 6.1.4 and "Vị" 6.1.5.',
  },
  '14|code|6.1.4#1': { value: '6.1.5' },
  '14|title|heading': {
    note: 'Title as printed above the set; the table of contents of Phụ lục III prints "Cà phê, cacao".',
  },
  '17|top-option|6.1': {
    note: 'Criterion 6.1 (Tạp chất lạ) is printed with a maximum of 5 while its tick boxes give 0 and 3, and the criteria of part C then sum to 42 against the printed 40; the data keeps the printed maximum 5 (3 would make part C sum to 40).',
  },
  '17|sum-part|C': {},
  '17|title|heading': {
    note: 'Title as printed above the set; the table of contents of Phụ lục III prints "Nước khoáng thiên nhiên, nước tinh khiết".',
  },
  '19|part-text|C': {
    note: 'Under the heading of part C a line is printed on its own: "không đánh giá các bước tiếp theo nếu không có số đăng ký thuốc/giấy tiếp nhận đăng ký bản công bố sản phẩm (hoặc tương đương)" (a knock-out rule for part C without a criterion: the product is not assessed further without a drug registration number or a product declaration receipt); the data shape has no part-level note, so it is kept only here.',
  },
  '19|top-option|10': {
    note: 'Criterion 10 (Kiểm tra định kỳ) is printed with a maximum of 5 while its tick boxes give 0, 1 and 3; the data keeps the printed values (the parts still sum to 35/25/40).',
  },
  '25|top-option|6.5': {
    note: 'Criterion 6.5 (Chất lượng của nguyên liệu/thành phần, printed "nguyên Iiệu" with a capital I) is printed with a maximum of 3 while its tick boxes give 0, 1, 3 and 5, and the criteria of part C then sum to 38 against the printed 40; the data keeps the printed maximum 3 (5 would make part C sum to 40).',
  },
  '25|sum-part|C': {},
  '26|part-title|A': {
    note: 'The title of part A is printed "SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG" (without "CỦA", as in the other sets); the data keeps it as printed.',
  },
  '26|sum-part|A': {
    note: 'Part A is headed "(35 Điểm)" while its criteria sum to 34 (6 + 10 + 3 + 3 + 3 + 3 + 2 + 1 + 1 + 2); the data keeps the printed maxima (part A 35), so the set cannot reach 100.',
  },
  '26|part-text|C': {
    eachCriterion: true,
    note: 'Part C prints "(Được cộng tổng điểm các nội dung ghi Có)" under its heading: in criteria 6–12 each ticked box adds its points (the boxes sum to the criterion\'s maximum, their points repeat and are not in ascending order). The data shape has no part-level note, so the line is carried as the first note of each criterion of part C, and each of them is marked additive (a council may tick any of its boxes; the criterion scores their sum).',
  },
  '4|section-title|4': {
    note: 'Section 4 is printed "TIẾP THEO" ("next"), where every other set prints "TIẾP THỊ" (marketing) over the same criteria 4.1–4.3; the data keeps the printed title and gives it the English title "Marketing".',
  },
  '6|section-title|9': {
    note: 'Section 9 is printed "ĐẢM BẢO CHẤT SẢN PHẨM" (the word "LƯỢNG" missing: every other set prints "ĐẢM BẢO CHẤT LƯỢNG SẢN PHẨM"); the data keeps the printed title and gives it the English title "Product quality assurance".',
  },
};

// ---------------------------------------------------------------------------------------------
// Reading the source

const usedCorrections = new Set();
const missingEnglish = new Set();
const anomalies = [];

function correction(setNo, kind, where, detail) {
  const key = `${setNo}|${kind}|${where}`;
  const entry = CORRECTIONS[key];
  if (!entry) {
    anomalies.push(`set ${setNo}: ${kind} at ${where}: ${detail}`);
    return undefined;
  }
  usedCorrections.add(key);
  return entry;
}

function fail(message) {
  throw new Error(`transcribe-qd1048-2019: ${message}`);
}

const sourceText = readFileSync(SOURCE, 'utf8').normalize('NFC');
const lines = sourceText.split(/\r?\n/);

const appendixStart = lines.findIndex((line) => line.trim() === 'PHỤ LỤC III');
if (appendixStart < 0) fail('cannot find Phụ lục III');

/** The table of contents that opens Phụ lục III: set number → title. */
const tocTitles = new Map();
const headings = [];
for (let i = appendixStart; i < lines.length; i += 1) {
  const tocRow = /^\|\s*(\d+)\s*\|\s*Bộ sản phẩm:\s*(.+?)\s*\|\s*\|\s*$/.exec(lines[i]);
  if (tocRow) tocTitles.set(Number(tocRow[1]), tocRow[2]);
  const heading = /^(\d+)\.\s+Bộ sản phẩm:\s*(.+?)\s*$/u.exec(lines[i]);
  if (heading) headings.push({ setNo: Number(heading[1]), title: heading[2], line: i });
}
if (tocTitles.size !== SET_COUNT) fail(`the table of contents lists ${tocTitles.size} sets`);
if (headings.length !== SET_COUNT || headings.some((h, i) => h.setNo !== i + 1))
  fail('set headings are not numbered 1..26');

/**
 * Words that the copy stores with Windows-1258 combining tone marks, extracted as Latin-1 letters
 * (0xEC "ì" acute, 0xCC "Ì" grave, 0xD2 "Ò" hook above, 0xF2 "ò" dot below, 0xDE "Þ" tilde,
 * 0xFD "ý" ư): the printed decision shows the decoded word.
 */
const CP1258_WORDS = {
  BÔì: 'BỐ',
  TOAÌN: 'TOÀN',
  TRIÊÒN: 'TRIỂN',
  KhaÒ: 'Khả',
  MyÞ: 'Mỹ',
  Nhâòt: 'Nhật',
  Rýợu: 'Rượu',
  Lýòa: 'Lựa',
  Hõi: 'Hơi',
};
const decodedWords = new Map();
let currentSet = 0;

function clean(raw) {
  let text = raw.replace(/\s+/gu, ' ').trim();
  for (const [printed, decoded] of Object.entries(CP1258_WORDS)) {
    if (!text.includes(printed)) continue;
    text = text.split(printed).join(decoded);
    if (!decodedWords.has(currentSet)) decodedWords.set(currentSet, new Set());
    decodedWords.get(currentSet).add(`"${printed}" as "${decoded}"`);
  }
  return text;
}

/** The cells of a table row, raw (not trimmed), or undefined for a line outside a table. */
function rawCells(line) {
  if (!line.startsWith('|')) return undefined;
  const cells = line.split('|');
  cells.shift();
  if (cells.at(-1) === '') cells.pop();
  return cells;
}

const OPENS_ITEM =
  /^(□|\d+(\.\d+)*\.?\s|[a-z]\.?\s+Trường hợp|Ghi chú|Chú ý|Lựa chọn|Chỉ áp dụng|Phần [ABC]|Tổng Điểm|Kết quả)/iu;

/** Whether a score-less row continues the row above (a wrapped cell). */
function continues(previous, cells) {
  if (!previous || previous.cells.length !== cells.length) return false;
  const text = clean(cells[0]);
  if (text === '' || (cells[1] ?? '').trim() !== '' || OPENS_ITEM.test(text)) return false;
  const width = previous.cells[0].length;
  const used = previous.cells[0].trimEnd().length;
  const firstWord = text.split(' ')[0].length;
  return used + 1 + firstWord > width;
}

/** The items of a set's sheet, from "Phần A" to the result rows: table rows (joined) and lines. */
function itemsOf(setNo, from, to) {
  const items = [];
  let previous;
  for (let i = from; i < to; i += 1) {
    const line = lines[i];
    const cells = rawCells(line);
    if (!cells) {
      const text = clean(line);
      previous = undefined;
      if (text === '' || /^-{3,}$/.test(text)) continue;
      items.push({ type: 'line', text, score: '', line: i + 1 });
      continue;
    }
    if (cells.length > 2) fail(`set ${setNo}: ${cells.length} cells at line ${i + 1}`);
    if (continues(previous, cells)) {
      previous.item.text = `${previous.item.text} ${clean(cells[0])}`;
      previous.cells = cells;
      continue;
    }
    const item = { type: 'row', text: clean(cells[0]), score: clean(cells[1] ?? ''), line: i + 1 };
    if (item.text === '' && item.score === '') {
      previous = undefined;
      continue;
    }
    items.push(item);
    previous = { cells, item };
  }
  return items;
}

function scoreOf(setNo, item, where) {
  if (item.score === '') return null;
  const match = /^(\d+)\s*(Điểm|điểm)$/u.exec(item.score);
  if (match) return Number(match[1]);
  const fix = correction(setNo, 'score-text', where, `score "${item.score}" at line ${item.line}`);
  return fix?.value ?? NaN;
}

function englishSection(setNo, code, title) {
  const key = title.toUpperCase();
  if (SECTION_TITLES_EN[key]) return SECTION_TITLES_EN[key];
  const reading = SECTION_TITLE_READINGS[`${setNo}|${code}`];
  if (reading && SECTION_TITLES_EN[reading]) {
    correction(setNo, 'section-title', code, `"${title}" read as "${reading}"`);
    return SECTION_TITLES_EN[reading];
  }
  missingEnglish.add(`${setNo}|${code}: ${title}`);
  return '?';
}

/** Classifies the items into typed rows. */
function rowsOf(setNo, items) {
  const rows = [];
  const seen = new Map();
  const recode = (printed) => {
    const n = (seen.get(printed) ?? 0) + 1;
    seen.set(printed, n);
    const key = `${setNo}|code|${printed}#${n}`;
    if (!CORRECTIONS[key]) return printed;
    usedCorrections.add(key);
    return CORRECTIONS[key].value;
  };
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    const text = item.text;
    if (/^(Tổng Điểm|Tổng điểm|Xếp hạng|Kết quả)/u.test(text)) continue;
    const part = /^Phần\s+([ABC])\s*:\s*(.*)$/u.exec(text);
    if (part) {
      let heading = part[2];
      if (heading === '') {
        i += 1;
        heading = items[i]?.text ?? '';
      }
      const title = /^(.+?)\s*\((\d+)\s*Điểm\)$/u.exec(heading);
      if (!title) fail(`set ${setNo}: part ${part[1]} heading "${heading}"`);
      rows.push({ type: 'part', part: part[1], title: title[1], max: Number(title[2]), line: item.line });
      continue;
    }
    const code = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/u.exec(text);
    const option = /^□\s*(\S.*)$/u.exec(text);
    if (code)
      rows.push({
        type: 'code',
        code: recode(code[1]),
        text: code[2],
        score: scoreOf(setNo, item, code[1]),
        line: item.line,
      });
    else if (option)
      rows.push({ type: 'option', text: option[1], score: scoreOf(setNo, item, `line ${item.line}`), line: item.line });
    else if (item.score === '') rows.push({ type: 'text', text, line: item.line });
    else fail(`set ${setNo}: unrecognised row at line ${item.line}: ${text} | ${item.score}`);
  }
  return rows;
}

function addNote(setNo, state, row) {
  const { criterion, part } = state;
  if (!criterion || criterion.part !== part.part) {
    const fix = correction(setNo, 'part-text', part.part, `text under the part heading: "${row.text}"`);
    if (fix?.eachCriterion) state.partNotes.push({ part: part.part, text: row.text });
    return;
  }
  const underTitle = state.previous?.type === 'code' && state.previous.code === criterion.code;
  if (underTitle && row.text.startsWith('(') && !criterion.description && criterion.options.length === 0) {
    criterion.description = row.text;
    const section = part.sections.at(-1);
    if (section.code === criterion.code && !section.description) section.description = row.text;
    return;
  }
  if (/^[a-z]\.?\s+Trường hợp/u.test(row.text)) criterion.cases.push(criterion.options.length);
  if (/^[a-z]\s+Trường hợp/u.test(row.text)) correction(setNo, 'case-heading', criterion.code, `"${row.text}"`);
  criterion.notes.push({ kind: noteKind(row.text), text: row.text });
}

function parseSheet(setNo, rows) {
  // A numbered row whose next numbered row is one of its sub-rows is a heading only.
  for (let i = 0; i < rows.length; i += 1) {
    if (rows[i].type !== 'code') continue;
    const next = rows.slice(i + 1).find((row) => row.type === 'code' || row.type === 'part');
    rows[i].container = next?.type === 'code' && next.code.startsWith(`${rows[i].code}.`);
  }
  const state = {
    parts: [],
    criteria: [],
    groups: [],
    partNotes: [],
    part: undefined,
    criterion: undefined,
    previous: undefined,
  };
  for (const row of rows) {
    if (row.type === 'part') {
      if (row.title !== PART_TITLES[row.part]) correction(setNo, 'part-title', row.part, `"${row.title}"`);
      state.part = { part: row.part, title: row.title, titleEn: PART_TITLES_EN[row.part], max: row.max, sections: [] };
      state.parts.push(state.part);
      state.criterion = undefined;
    } else if (row.type === 'code') {
      if (!state.part) fail(`set ${setNo}: row ${row.code} before any part`);
      const depth = row.code.split('.').length;
      if (depth === 1) {
        const title = row.text;
        state.part.sections.push({
          code: row.code,
          title,
          titleEn: englishSection(setNo, row.code, title),
          max: row.container ? row.score : null,
        });
      }
      if (row.container) {
        if (depth > 1) {
          state.groups.push({ code: row.code, max: row.score });
          correction(setNo, 'group-row', row.code, `"${row.text}" heads sub-criteria`);
        }
        state.criterion = undefined;
      } else {
        if (row.score === null) fail(`set ${setNo}: criterion ${row.code} without a score (line ${row.line})`);
        if (depth > 3) fail(`set ${setNo}: criterion code ${row.code}`);
        state.criterion = {
          code: row.code,
          part: state.part.part,
          section: row.code.split('.')[0],
          title: row.text,
          max: row.score,
          options: [],
          notes: [],
          cases: [],
        };
        if (state.criteria.some((c) => c.code === row.code))
          correction(setNo, 'duplicate-code', row.code, `criterion ${row.code} twice (line ${row.line})`);
        if (!state.part.sections.some((s) => s.code === state.criterion.section))
          fail(`set ${setNo}: criterion ${row.code} outside its section`);
        state.criteria.push(state.criterion);
      }
    } else if (row.type === 'option') {
      if (!state.criterion) fail(`set ${setNo}: option outside a criterion: ${row.text}`);
      if (/THEO trường/u.test(row.text)) correction(setNo, 'printed-slip', state.criterion.code, `"${row.text}"`);
      state.criterion.options.push({ points: row.score, label: row.text });
    } else {
      addNote(setNo, state, row);
    }
    state.previous = row;
  }
  return state;
}

/**
 * The printed numbers that do not add up and that the data keeps (a listed correction of kind
 * top-option, additive-sum or sum-part): the set's `inconsistencies`, each the `what`, `value` and
 * `expected` of the issue that the library's sum checks raise for it.
 */
function keepInconsistency(found, fix, what, value, expected) {
  if (fix) found.push({ what, value, expected });
}

function checkCriteria(setNo, criteria, found) {
  for (const c of criteria) {
    if (c.options.length === 0) fail(`set ${setNo}: criterion ${c.code} has no tick boxes`);
    if (c.options.some((o) => o.points === null))
      fail(`set ${setNo}: criterion ${c.code} has an option without points`);
    const points = c.options.map((o) => o.points);
    if (c.additive) {
      const sum = points.reduce((t, p) => t + p, 0);
      if (sum !== c.max) {
        const fix = correction(setNo, 'additive-sum', c.code, `options sum to ${sum}, max ${c.max}`);
        keepInconsistency(found, fix, `options sum of ${c.code}`, sum, c.max);
      }
    } else {
      const top = Math.max(...points);
      if (top !== c.max) {
        const fix = correction(setNo, 'top-option', c.code, `highest option ${top}, max ${c.max}`);
        keepInconsistency(found, fix, `top option of ${c.code}`, top, c.max);
      }
      const starts = c.cases.length > 0 ? c.cases : [0];
      starts.forEach((start, r) => {
        const run = points.slice(start, starts[r + 1] ?? points.length);
        if (run.some((p, i) => i > 0 && p < run[i - 1]))
          correction(setNo, 'not-ascending', c.code, `points ${run.join(', ')}`);
        else if (run.some((p, i) => i > 0 && p === run[i - 1]))
          correction(setNo, 'duplicate-points', c.code, `points ${run.join(', ')}`);
      });
    }
    if (c.notes.length === 0) delete c.notes;
    delete c.cases;
    if (!c.additive) delete c.additive;
  }
}

/** Section maxima (printed or summed) and the sums of parts and total. */
function checkSums(setNo, parts, criteria, found) {
  const unprinted = [];
  for (const p of parts) {
    for (const s of p.sections) {
      const inSection = criteria.filter((c) => c.section === s.code);
      if (inSection.length === 0) fail(`set ${setNo}: section ${s.code} has no criteria`);
      if (inSection.some((c) => c.part !== p.part)) fail(`set ${setNo}: section ${s.code} spans parts`);
      const sum = inSection.reduce((t, c) => t + c.max, 0);
      if (s.max === null) {
        s.max = sum;
        if (!(inSection.length === 1 && inSection[0].code === s.code)) unprinted.push(s.code);
      } else if (s.max !== sum) correction(setNo, 'sum-section', s.code, `criteria sum to ${sum}, section ${s.max}`);
    }
    const sum = p.sections.reduce((t, s) => t + s.max, 0);
    if (sum !== p.max) {
      const fix = correction(setNo, 'sum-part', p.part, `sections sum to ${sum}, part heading ${p.max}`);
      keepInconsistency(found, fix, `sections of part ${p.part}`, sum, p.max);
    }
  }
  const total = parts.reduce((t, p) => t + p.max, 0);
  if (total !== 100) correction(setNo, 'total', 'parts', `parts sum to ${total}`);
  if (parts.map((p) => p.part).join('') !== 'ABC') fail(`set ${setNo}: parts ${parts.map((p) => p.part).join('')}`);
  return unprinted;
}

function parseSet(heading, to) {
  const { setNo } = heading;
  currentSet = setNo;
  heading.title = clean(heading.title);
  const block = lines.slice(heading.line, to);
  const classLine = block.map(clean).find((line) => line.startsWith('(Ngành:'));
  if (!classLine) fail(`set ${setNo}: no "(Ngành: …)" line`);
  const disqualifiers = [];
  for (const line of block) {
    const match = /^Bị loại khi\s*:\s*(.+)$/u.exec(clean(line));
    if (match && !disqualifiers.includes(match[1])) disqualifiers.push(match[1]);
  }
  if (disqualifiers.length > 1) fail(`set ${setNo}: ${disqualifiers.length} "Bị loại khi" lines`);
  const first = block.findIndex((line) => /^\|\s*Phần A\s*:/u.test(line));
  const last = block.findIndex((line) => /^(\|\s*Kết quả\s*\||Ý kiến của người đánh giá)/u.test(line));
  if (first < 0 || last < first) fail(`set ${setNo}: cannot find the sheet`);

  const rows = rowsOf(setNo, itemsOf(setNo, heading.line + first, heading.line + last));
  const state = parseSheet(setNo, rows);
  for (const { part, text } of state.partNotes) {
    for (const c of state.criteria.filter((x) => x.part === part)) {
      c.notes.unshift({ kind: noteKind(text), text });
      if (/cộng tổng điểm/u.test(text)) c.additive = true;
    }
  }
  const alternatives = state.criteria
    .filter((c) => c.cases.length > 0)
    .map((c) => `${c.code} (${c.options.map((o) => o.points).join(', ')})`);
  const inconsistencies = [];
  checkCriteria(setNo, state.criteria, inconsistencies);
  const unprinted = checkSums(setNo, state.parts, state.criteria, inconsistencies);
  for (const g of state.groups) {
    const sum = state.criteria.filter((c) => c.code.startsWith(`${g.code}.`)).reduce((t, c) => t + c.max, 0);
    if (sum !== g.max) correction(setNo, 'sum-group', g.code, `sub-criteria sum to ${sum}, heading ${g.max}`);
  }

  let title = heading.title;
  if (title !== tocTitles.get(setNo)) {
    const fix = correction(
      setNo,
      'title',
      'heading',
      `heading "${title}", table of contents "${tocTitles.get(setNo)}"`,
    );
    title = fix?.value ?? title;
  }
  const footnote = block.slice(last).some((line) => /^Giới hạn các chỉ tiêu kiểm nghiệm/u.test(line));
  const notes = [];
  if (unprinted.length > 0) {
    const all = state.parts.flatMap((p) => p.sections).filter((s) => !unprinted.includes(s.code));
    const printed = all.filter((s) => !state.criteria.some((c) => c.code === s.code));
    notes.push(
      printed.length === 0
        ? SECTION_MAXIMA_NOTE
        : `Section maxima are not printed in 1048 except for section${printed.length > 1 ? 's' : ''} ${printed.map((s) => s.code).join(', ')}; each of the others is the sum of its criteria's maxima.`,
    );
  }
  if (alternatives.length > 0)
    notes.push(
      `Criterion ${alternatives.join(', ')} prints two alternative cases ("Lựa chọn một trong hai trường hợp sau:" a. Trường hợp 1 …, b. Trường hợp 2 …), each with its own tick boxes; the data shape has no case level, so the options hold case a's boxes then case b's in printed order (points repeat) and the instruction and case headings are kept as notes.`,
    );
  notes.push(
    ...Object.entries(CORRECTIONS)
      .filter(([key, entry]) => key.startsWith(`${setNo}|`) && entry.note && usedCorrections.has(key))
      .map(([, entry]) => entry.note),
  );
  if (decodedWords.has(setNo))
    notes.push(
      `The copy read stores some letters as Windows-1258 combining tone marks, which its text extraction shows as Latin-1 letters; the data holds the letters they encode: ${[...decodedWords.get(setNo)].join(', ')}.`,
    );
  if (footnote)
    notes.push(
      'The "Ghi chú" printed after the score sheet (the regulations that set the limits of the tested indicators: QCVN, Quyết định 46/2007/QĐ-BYT, TCVN, Codex) is not carried: the data shape has no set-level note.',
    );
  const cls = /^\(Ngành:\s*(.+?)\.\s*Nhóm:\s*(.+?)\.?\)$/u.exec(classLine);
  if (!cls) fail(`set ${setNo}: class line "${classLine}"`);

  return {
    ruleSet: 'qd1048-2019',
    setNo,
    title,
    reference: `${DECISION}, Phụ lục III, bộ sản phẩm số ${setNo}`,
    parts: state.parts,
    criteria: state.criteria,
    disqualifiers,
    starLegend: false,
    ...(notes.length > 0 ? { transcriptionNotes: [...new Set(notes)] } : {}),
    ...(inconsistencies.length > 0 ? { inconsistencies } : {}),
    provenance: PROVENANCE,
    nganh: cls[1],
    nhom: cls[2],
  };
}

const sets = headings.map((h, i) => parseSet(h, headings[i + 1]?.line ?? lines.length));

if (missingEnglish.size > 0) fail(`no English title for sections: ${[...missingEnglish].join(' | ')}`);
const unused = Object.keys(CORRECTIONS).filter((key) => !usedCorrections.has(key));
if (anomalies.length > 0 || unused.length > 0) {
  fail(
    [
      'the source has anomalies that CORRECTIONS does not list, or CORRECTIONS lists what no longer occurs:',
      ...anomalies,
      ...unused.map((key) => `unused correction ${key}`),
    ].join('\n  '),
  );
}

if (process.argv.includes('--classes')) {
  for (const s of sets) console.log(`${s.setNo}\t${s.title}\t${s.nganh}\t${s.nhom}`);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// Writing TypeScript

// nganh and nhom (printed by --classes) are not CriteriaSet fields: the writer stops on undeclared fields.
for (const set of sets) {
  delete set.nganh;
  delete set.nhom;
}
writeCriteriaSetModules(OUT_DIR, sets, {
  script: SCRIPT,
  publicSource: PUBLIC_SOURCE,
  decision: DECISION,
  appendix: 'Phụ lục III',
  ruleSet: 'qd1048-2019',
  prefix: 'QD1048',
  exampleSet: 16,
  fields: { criterion: ['additive'], set: ['transcriptionNotes', 'inconsistencies'] },
});

const counts = criteriaSetCounts(sets);
const noteCount = sets.reduce((sum, s) => sum + (s.transcriptionNotes?.length ?? 0), 0);
console.log(
  `wrote ${sets.length} criteria sets of ${DECISION}: ${counts.criteria} criteria, ${counts.options} options, ${noteCount} transcription notes`,
);
