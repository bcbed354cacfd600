/**
 * Generates the 26 criteria sets of Quyết định 148/QĐ-TTg (24/02/2023), Phụ lục III, as typed data
 * modules: src/rules/data/qd148-2023/set-01.ts … set-26.ts, index.ts, loaders.ts and
 * known-defects.ts.
 *
 *   node scripts/transcribe-qd148-2023.mjs
 *
 * Source: NOT the official text. The only machine-readable copy of 148's criteria that was found is
 * a third party's transcription: the CSV files in db/ocop/ of github.com/augustine-tran/ocop
 * (a Rails application's seed data, exported from a spreadsheet; snapshot d76e5ad5, 2024-03-20),
 * read here from a development copy at ../shared/sources/qd148-2023-criteria-26-sets-augustine-tran-ocop-csv.txt
 * (relative to the repository root; not part of the repository or the package), where each CSV
 * follows a "===== FILE: <path> =====" line. The repository does not name the decision; its 26 sets
 * are the ones in force in 2024, i.e. 148's. The generated files name the public repository and
 * say that the data was not checked against the official text. Plain Node, no dependencies; the
 * output is deterministic.
 *
 * CSV columns: title, description, level (0 part, 1 section, 2 criterion, 3 option), stars (3/4/5,
 * the star mark, also kept as a trailing "***"… in the title), score. Reading rules:
 * - The set's title is the CSV file name after "OCOP - N." and an optional "Bộ sản phẩm_" / "Bộ sản
 *   phẩm;" prefix (the spreadsheet export turned ":" into "_").
 * - Level 0 "Phần A: TITLE (40 Điểm)": a part; its maximum is the score column.
 * - Level 1 "N. TITLE": a section; the first line of the cell is the title, further lines its
 *   description; the description column is its description too, or a note of its criterion when it
 *   is a note (see below) and the section is one criterion.
 * - Level 2 "x) Title": a criterion with code "N.x" (section number, the printed letter). The first
 *   line of the cell is the title; a further line is a note when it is one (see below), otherwise
 *   the description; the description column likewise. Special rows: "- Title" rows directly under a
 *   lettered row without tick boxes are that row's sub-criteria (codes "N.x.1", "N.x.2", …; the
 *   lettered row is a heading, not a criterion); a letter printed on several rows of one section is
 *   numbered the same way ("N.x.1", …); "a. Trường hợp 1 …"/"b. Trường hợp 2 …" rows are
 *   alternative cases of one criterion "N" (their tick boxes in printed order, the case headings as
 *   notes), as the 26/2026 generator reads them.
 * - Level 3 "□ label": a tick box; its star mark comes from the stars column (the transcription
 *   prints no star legend), the "***" run is removed from the label wherever it sits, and a line
 *   starting "Ghi chú:" inside the cell is a note of the criterion.
 * - Tick boxes directly under a section: the section is one criterion with code "N" (like 26/2026's
 *   "7"), its title the section's.
 * - Notes, classified as scripts/transcribe-criteria.mjs does: "Yêu cầu…" requirement; "Chỉ áp
 *   dụng khi…" condition; "… không đánh giá các bước tiếp theo", "Ghi chú: Không xem xét các chỉ
 *   tiêu khác…", "Ghi chú: Bị loại nếu…", "… sẽ bị loại bỏ" knock-out; "Ghi chú: Không đánh giá những
 *   sản phẩm…" exclusion; other "Ghi chú:"/"Chú ý:"/"Lựa chọn…" text note.
 * - Multi-line cells are joined with single spaces.
 * - The CSVs carry no "Hồ sơ bị loại khi" lines: disqualifiers are [] (and a note says so).
 *
 * CORRECTIONS lists every place where the data differs from the transcription, and every place
 * where the transcription's own numbers disagree and the data keeps them, each with its evidence;
 * those kept numbers (fields topOption and sectionSum) are also the set's `inconsistencies`, with
 * the `what`, `value` and `expected` of the issue the library's sum checks raise for each.
 * The generator stops on an anomaly that CORRECTIONS does not list, and on a listed entry that it
 * did not use.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  block,
  criteriaSetCounts,
  fileHeader,
  inline,
  list,
  quote,
  writeCriteriaSetModules,
} from './criteria-writer.mjs';
import { PART_TITLES_EN, SECTION_TITLES_EN } from './criteria-titles-en.mjs';
import { noteKind } from './criterion-notes.mjs';

const SOURCE_PATH = '../shared/sources/qd148-2023-criteria-26-sets-augustine-tran-ocop-csv.txt';
const SOURCE = new URL(`../${SOURCE_PATH}`, import.meta.url);
const OUT_DIR = new URL('../src/rules/data/qd148-2023/', import.meta.url);
const SCRIPT = 'scripts/transcribe-qd148-2023.mjs';
const DECISION = 'Quyết định 148/QĐ-TTg';
const SNAPSHOT = 'd76e5ad5de8cf7f044e67784aea849fdd9cee799';
const REPOSITORY = `https://github.com/augustine-tran/ocop/tree/${SNAPSHOT}/db/ocop`;
/** The public source the generated files cite. */
const PUBLIC_SOURCE = [
  `a third-party transcription of ${DECISION} (24/02/2023), Phụ lục III: the CSV files in`,
  ` * ${REPOSITORY}`,
  ' * (github.com/augustine-tran/ocop, a spreadsheet export; not checked against the official text)',
].join('\n');
const PROVENANCE = {
  kind: 'third-party-transcription',
  source: `${DECISION} (24/02/2023), Phụ lục III, as transcribed by a third party in github.com/augustine-tran/ocop, folder db/ocop/ (CSV files exported from a spreadsheet, commit ${SNAPSHOT}: ${REPOSITORY}); not checked against the official text`,
};
const SET_COUNT = 26;
const QD26 = 'Quyết định 26/2026/QĐ-TTg';

// ---------------------------------------------------------------------------------------------
// CORRECTIONS

/**
 * A section's only lettered row that is no criterion of its own: its title is empty or repeats the
 * section's title, or (`asDescription`) it holds the section's description. The data codes the
 * criterion with the section number. `emptyScore`: the row's score cell is empty too.
 */
function sectionRow(setNo, section, letter, how, emptyScore) {
  const why = {
    empty: 'has no title',
    repeated: 'only repeats the section title',
    description: `holds the text that ${QD26} prints as the same section's description`,
  }[how];
  const kept = how === 'description' ? ' and keeps the row text as its description' : '';
  const entries = [
    {
      setNo,
      kind: 'section-row',
      criterion: section,
      field: 'code',
      transcribed: `${section}.${letter}`,
      corrected: section,
      evidence: `Criterion ${section} (section ${section} as one criterion): the transcription gives the section a single lettered row "${letter})" that ${why}, so the row is not a criterion of its own but the section itself, which ${QD26} also prints as one criterion; the data codes it "${section}"${kept}.`,
    },
  ];
  if (emptyScore)
    entries.push({
      setNo,
      kind: 'section-row-max',
      criterion: section,
      field: 'max',
      transcribed: null,
      corrected: emptyScore,
      evidence: `Criterion ${section}: the score cell of its lettered row is empty; the data holds ${emptyScore}, the maximum printed on the section row, which its top option reaches.`,
    });
  return entries;
}

/** "Sở hữu trí tuệ****": the transcription's star mark on the criterion row, moved to the option that carries it in 26/2026. */
function criterionStars(setNo, code) {
  return {
    setNo,
    kind: 'criterion-stars',
    criterion: code,
    option: 2,
    field: 'minStars',
    transcribed: null,
    corrected: 4,
    evidence: `Criterion ${code} (Sở hữu trí tuệ): the transcription puts its **** mark on the criterion row, where the data shape has no star mark; the data puts 4★ on the second option (registered mark and geographical-origin sign), the option with the same content that carries **** in the same criterion of ${setNo === 10 ? `${QD26} in its other 25 sets (its set 10 marks none)` : QD26}.`,
  };
}

/** "KHẢ NĂNC": a misspelt part heading. */
function partTitle(setNo) {
  return {
    setNo,
    kind: 'part-title',
    part: 'B',
    field: 'title',
    transcribed: 'KHẢ NĂNC TIẾP THỊ',
    corrected: 'KHẢ NĂNG TIẾP THỊ',
    evidence: `Part B: the transcription spells the heading "KHẢ NĂNC TIẾP THỊ"; the data reads "KHẢ NĂNG TIẾP THỊ", as the other sets of the transcription and ${QD26} print it.`,
  };
}

/** Part C whose sections do not add up to its maximum: which number is wrong cannot be told, the data keeps them. */
function partSum(setNo, sum, sections) {
  return {
    setNo,
    kind: 'section-sum',
    part: 'C',
    field: 'sectionSum',
    transcribed: sum,
    corrected: sum,
    evidence: `Part C: the transcription prints 35 but its sections sum to ${sum} (${sections}); which number is wrong cannot be told from the transcription (its criteria sum to their sections, and its options reach their criteria) nor from ${QD26} (which prints different section maxima for this set) or Quyết định 1048/QĐ-TTg, so the data keeps the transcription's numbers and the set's top options total ${100 - 35 + sum}, not 100.`,
  };
}

const CORRECTIONS = [
  ...Array.from({ length: SET_COUNT }, (_, i) => criterionStars(i + 1, '3.e')),
  ...[2, 3, 4, 5, 6, 7].map(partTitle),
  ...sectionRow(1, '7', 'a', 'description'),
  ...sectionRow(1, '8', 'a', 'description'),
  ...sectionRow(1, '10', 'a', 'repeated'),
  ...sectionRow(1, '11', 'a', 'repeated'),
  ...sectionRow(1, '12', 'a', 'repeated'),
  ...sectionRow(2, '7', 'a', 'empty'),
  ...sectionRow(2, '9', 'a', 'empty'),
  ...sectionRow(2, '10', 'a', 'empty'),
  ...sectionRow(2, '11', 'a', 'empty'),
  ...sectionRow(3, '7', 'a', 'empty', 2),
  ...sectionRow(3, '8', 'a', 'empty', 5),
  ...sectionRow(3, '10', 'a', 'empty', 5),
  ...sectionRow(3, '11', 'a', 'repeated'),
  ...sectionRow(3, '12', 'a', 'repeated', 3),
  ...sectionRow(4, '7', 'a', 'empty'),
  ...sectionRow(4, '8', 'a', 'empty'),
  ...sectionRow(4, '10', 'a', 'empty'),
  ...sectionRow(4, '11', 'a', 'empty'),
  ...sectionRow(4, '12', 'a', 'empty'),
  ...sectionRow(5, '9', 'a', 'empty'),
  ...sectionRow(5, '10', 'a', 'empty'),
  ...sectionRow(5, '11', 'a', 'empty'),
  ...sectionRow(6, '7', 'a', 'empty'),
  ...sectionRow(6, '9', 'a', 'empty'),
  ...sectionRow(6, '10', 'a', 'empty'),
  ...sectionRow(6, '11', 'a', 'empty'),
  ...sectionRow(7, '7', 'a', 'empty'),
  ...sectionRow(7, '9', 'a', 'repeated'),
  ...sectionRow(7, '10', 'a', 'repeated'),
  ...sectionRow(7, '11', 'a', 'repeated'),
  ...sectionRow(9, '9', 'a', 'repeated'),
  ...sectionRow(9, '10', 'a', 'repeated'),
  ...sectionRow(9, '11', 'a', 'repeated'),
  ...[18, 19].map((setNo) => ({
    setNo,
    kind: 'letter',
    criterion: '3.e',
    title: 'Sở hữu trí tuệ',
    field: 'code',
    transcribed: '3.c',
    corrected: '3.e',
    evidence:
      'Criterion 3.e (Sở hữu trí tuệ): the transcription letters it "c)" after "a) … đ)", a letter already used in the section; the data reads "e)", the next letter of the sequence, as the same criterion is lettered in the transcription\'s other 24 sets.',
  })),
  {
    setNo: 17,
    kind: 'option-score',
    criterion: '1.d',
    option: 2,
    field: 'points',
    transcribed: 'l',
    corrected: 1,
    evidence:
      'Criterion 1.d (Liên kết chuỗi trong sản xuất), second option: the score reads "l" (a letter); the data holds 1, the only whole number between the options around it (0 and 2, maximum 3), as the same option scores in the transcription\'s other sets.',
  },
  {
    setNo: 18,
    kind: 'option-score',
    criterion: '1.b',
    option: 2,
    field: 'points',
    transcribed: 't',
    corrected: 1,
    evidence: `Criterion 1.b (Gia tăng giá trị), second option "Chế biến đơn giản": the score reads "t" (a letter); the data holds 1, the only whole number between the options around it (0 and 2, maximum 3), and ${QD26} prints 1 for the same option.`,
  },
  {
    setNo: 7,
    kind: 'top-option',
    criterion: '6.d',
    field: 'topOption',
    transcribed: 3,
    corrected: 3,
    evidence:
      'Criterion 6.d (Mùi): the transcription prints a maximum of 4, which the section (2 + 2 + 3 + 4 + 5 = 16) and part C sums confirm, but its options score 1, 2, 3; which option is wrong cannot be told (Quyết định 26/2026/QĐ-TTg prints the same three options with 1, 2, 3 under a maximum of 3, Quyết định 1048/QĐ-TTg four options under 5), so the data keeps them and the criterion can give at most 3.',
  },
  partSum(11, 32, '13 + 5 + 4 + 5 + 2 + 3'),
  partSum(12, 32, '13 + 5 + 4 + 5 + 2 + 3'),
  partSum(13, 33, '14 + 5 + 4 + 5 + 2 + 3'),
  {
    setNo: 11,
    kind: 'heading-rows',
    criterion: '6.a',
    evidence:
      'Section 6: rows "a) Ngoại hình" (4) and "b) Nước pha" (9) are headings over rows printed with a dash ("- Tạp chất", …); the data shape has no heading level, so the dash rows are criteria 6.a.1–6.a.2 and 6.b.1–6.b.3 (numbered in printed order) and the headings are not criteria (their maxima equal the sums of their rows).',
  },
  { setNo: 11, kind: 'heading-rows', criterion: '6.b' },
  {
    setNo: 13,
    kind: 'repeated-letter',
    criterion: '6.a',
    evidence:
      'Section 6: the transcription prints the letter "a)" on five rows ("a) Ngoại hình - Tạp chất lạ", …) and "b)" on two ("b) Nước pha - Màu nước", …); the data numbers them in printed order, criteria 6.a.1–6.a.5 and 6.b.1–6.b.2, with the titles as printed.',
  },
  { setNo: 13, kind: 'repeated-letter', criterion: '6.b' },
  {
    setNo: 26,
    kind: 'alternatives',
    criterion: '8',
    evidence:
      'Sections 8, 9 and 15 print two alternative cases ("Lựa chọn một trong hai trường hợp sau": a. Trường hợp 1 …, b. Trường hợp 2 …), each with its own tick boxes; the data shape has no case level, so each section is one criterion whose options hold case a\'s boxes then case b\'s in printed order, and the case headings are kept as notes.',
  },
  { setNo: 26, kind: 'alternatives', criterion: '9' },
  { setNo: 26, kind: 'alternatives', criterion: '15' },
];

/** Notes every set carries: what the transcription does not show. */
const COMMON_NOTES = [
  `Read from a third-party transcription of ${DECISION}, Phụ lục III (github.com/augustine-tran/ocop, db/ocop/), not from the official text; the values below have not been checked against it.`,
  'The transcription does not print the star-mark legend: the star marks come from its stars column.',
  'The transcription does not include the "Hồ sơ bị loại khi" grounds for rejecting a dossier, so the set has none here.',
];

// ---------------------------------------------------------------------------------------------
// Reading the source

const used = new Set();
const anomalies = [];

function fail(message) {
  throw new Error(`transcribe-qd148-2023: ${message}`);
}

/** The CORRECTIONS entry for this place, or an anomaly. */
function correction(setNo, kind, where, detail) {
  const entry = CORRECTIONS.find(
    (c) =>
      c.setNo === setNo &&
      c.kind === kind &&
      (c.criterion ?? c.part) === where.criterion &&
      (where.option === undefined || c.option === where.option),
  );
  if (!entry) {
    anomalies.push(`set ${setNo}: ${kind} at ${where.criterion}${where.option ? `#${where.option}` : ''}: ${detail}`);
    return undefined;
  }
  used.add(entry);
  return entry;
}

/** RFC 4180 rows; cells keep their line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

const linesOf = (cell) =>
  cell
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');

const isNote = (text) => /^(Yêu cầu|Chỉ áp dụng khi|Ghi chú|Chú ý|Lựa chọn)/u.test(text);

/** Text lines and a description column → { description, notes }. */
function describe(lines, column) {
  const description = [];
  const notes = [];
  for (const text of [...lines, ...linesOf(column)]) {
    if (isNote(text)) notes.push({ kind: noteKind(text), text });
    else description.push(text);
  }
  return { description: description.join(' ') || undefined, notes };
}

function score(text) {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : text.trim() === '' ? null : text.trim();
}

const source = readFileSync(SOURCE, 'utf8').normalize('NFC');
const chunks = source.split(/^===== FILE: (.+) =====$/mu);
const files = [];
for (let i = 1; i < chunks.length; i += 2) {
  const name = /OCOP - (\d+)\.\s*(?:Bộ sản phẩm[_;:]\s*)?(.+)\.csv$/u.exec(chunks[i]);
  if (!name) fail(`unexpected file name ${chunks[i]}`);
  const rows = parseCsv(chunks[i + 1].replace(/^\r?\n/, '')).filter((r) => r.some((cell) => cell.trim() !== ''));
  if (rows[0].join(',') !== 'title,description,level,stars,score') fail(`${chunks[i]}: unexpected header`);
  files.push({ setNo: Number(name[1]), title: name[2].trim(), rows: rows.slice(1) });
}
files.sort((a, b) => a.setNo - b.setNo);
if (files.length !== SET_COUNT || files.some((f, i) => f.setNo !== i + 1)) fail('sets are not numbered 1..26');

// ---------------------------------------------------------------------------------------------
// One set

/** Label of a tick box: without "□", its star run and "Ghi chú:" lines (returned as notes). */
function readOption(setNo, row, at) {
  const lines = linesOf(row.title);
  if (!lines[0]?.startsWith('□')) fail(`set ${setNo}: option without "□" at ${at}: ${row.title}`);
  lines[0] = lines[0].slice(1).trim();
  const notes = [];
  const labelLines = [];
  for (const line of lines) {
    const inline = /^(.*?)\s*(Ghi chú:.*)$/u.exec(line);
    if (inline) {
      if (inline[1]) labelLines.push(inline[1]);
      notes.push({ kind: noteKind(inline[2]), text: inline[2] });
    } else labelLines.push(line);
  }
  let label = labelLines.join(' ');
  const runs = label.match(/\*+/g) ?? [];
  if (runs.length > 1 || (runs[0] && !/^\*{3,5}$/.test(runs[0])))
    fail(`set ${setNo}: star marks "${runs.join(' ')}" at ${at}`);
  const marked = runs[0]?.length ?? null;
  label = label
    .replace(/\s*\*+\s*/, (_, offset, whole) => (/^[.,;]/.test(whole.slice(offset + _.length)) ? '' : ' '))
    .trim();
  const stars = row.stars.trim() === '' ? null : Number(row.stars);
  if (stars !== marked) fail(`set ${setNo}: stars column ${stars}, label mark ${marked} at ${at}`);
  if (row.description.trim() !== '') fail(`set ${setNo}: description on option ${at}`);
  return { label, minStars: stars, notes };
}

/** The CSV rows of one set, typed; a lettered row directly above a "- " row is a heading. */
function typedRows(file) {
  const rows = file.rows.map((cells) => {
    if (cells.length !== 5) fail(`set ${file.setNo}: ${cells.length} cells: ${cells.join(',')}`);
    const [title, description, level, stars, scoreText] = cells;
    const lines = linesOf(title);
    const base = { title, lines, description, stars, score: score(scoreText) };
    const type = { 0: 'part', 1: 'section', 3: 'option' }[level];
    if (type) return { ...base, type };
    if (level !== '2') fail(`set ${file.setNo}: level "${level}"`);
    if (/^[a-z]\.\s+Trường hợp/u.test(lines[0])) return { ...base, type: 'case' };
    if (/^-\s*/u.test(lines[0])) return { ...base, type: 'dash', text: lines[0].replace(/^-\s*/u, '') };
    const letter = /^([a-zđ])\s*\)\s*(.*)$/u.exec(lines[0]);
    if (!letter) fail(`set ${file.setNo}: criterion row ${lines[0]}`);
    return { ...base, type: 'letter', letter: letter[1], text: letter[2] };
  });
  rows.forEach((row, i) => {
    if (row.type === 'letter' && rows[i + 1]?.type === 'dash') row.type = 'heading';
  });
  return rows;
}

const sameTitle = (a, b) => a.replace(/\s+/g, ' ').trim().toUpperCase() === b.replace(/\s+/g, ' ').trim().toUpperCase();

/** A misprinted letter that CORRECTIONS lists (by set, transcribed code and title). */
function letterFix(setNo, sectionCode, row) {
  return CORRECTIONS.find(
    (c) =>
      c.setNo === setNo &&
      c.kind === 'letter' &&
      c.transcribed === `${sectionCode}.${row.letter}` &&
      sameTitle(row.text.replace(/\s*\*{3,5}$/, ''), c.title),
  );
}

/** Per section code: its level-2 rows, and how often each letter is printed. */
function sectionShapes(setNo, rows) {
  const shapes = new Map();
  let code;
  for (const row of rows) {
    if (row.type === 'section') {
      code = /^(\d+)\./.exec(row.lines[0])?.[1];
      shapes.set(code, { level2: 0, letters: new Map() });
    } else if (row.type !== 'part' && row.type !== 'option') {
      const shape = shapes.get(code);
      shape.level2 += 1;
      const fix = row.letter && letterFix(setNo, code, row);
      if (fix) row.letter = fix.corrected.split('.')[1];
      if (row.letter) shape.letters.set(row.letter, (shape.letters.get(row.letter) ?? 0) + 1);
      if (fix) used.add(fix);
    }
  }
  return shapes;
}

function parseSet(file) {
  const { setNo } = file;
  const rows = typedRows(file);
  const shapes = sectionShapes(setNo, rows);
  const parts = [];
  const criteria = [];
  const headings = [];
  const state = {
    part: undefined,
    section: undefined,
    criterion: undefined,
    heading: undefined,
    letterSeen: new Map(),
  };

  const add = (code, title, max, described) => {
    if (criteria.some((c) => c.code === code)) fail(`set ${setNo}: criterion ${code} twice`);
    const criterion = {
      code,
      part: state.part.part,
      section: state.section.code,
      title,
      ...(described.description ? { description: described.description } : {}),
      max,
      options: [],
      notes: [...described.notes],
      runs: [0],
    };
    criteria.push(criterion);
    state.criterion = criterion;
    return criterion;
  };
  /** The section as one criterion "N", with the section's description and notes. */
  const wholeSection = (extra = { description: undefined, notes: [] }, max = state.section.max) => {
    const s = state.section;
    const description = [s.description, extra.description].filter(Boolean).join(' ') || undefined;
    if (description && !s.description) s.description = description;
    return add(s.code, s.title, max, { description, notes: [...s.notes, ...extra.notes] });
  };

  for (const row of rows) {
    const handler = {
      part: () => readPart(row),
      section: () => readSection(row),
      case: () => readCase(row),
      heading: () => readHeading(row),
      dash: () => readDash(row),
      letter: () => readLetter(row),
      option: () => readTickBox(row),
    }[row.type];
    handler();
  }

  function readPart(row) {
    const text = row.lines.join(' ');
    const match = /^Phần\s+([ABC])\s*[:.]?\s*(.+?)\s*(?:\((\d+)\s*Điểm\))?$/iu.exec(text);
    if (!match || typeof row.score !== 'number') fail(`set ${setNo}: part row ${text}`);
    let title = match[2];
    if (title.includes('NĂNC'))
      title = correction(setNo, 'part-title', { criterion: match[1] }, title)?.corrected ?? title;
    if (match[3] && Number(match[3]) !== row.score)
      anomalies.push(`set ${setNo}: part ${match[1]} heading ${match[3]}, score ${row.score}`);
    if (row.stars.trim() !== '' || row.description.trim() !== '')
      fail(`set ${setNo}: part ${match[1]} has extra cells`);
    state.part = { part: match[1], title, titleEn: PART_TITLES_EN[match[1]], max: row.score, sections: [] };
    parts.push(state.part);
    state.section = undefined;
    state.criterion = undefined;
  }

  function readSection(row) {
    const match = /^(\d+)\.\s*(.+)$/u.exec(row.lines[0]);
    if (!match || typeof row.score !== 'number') fail(`set ${setNo}: section row ${row.lines[0]}`);
    if (row.stars.trim() !== '') fail(`set ${setNo}: star mark on section ${match[1]}`);
    const described = describe(row.lines.slice(1), row.description);
    const title = match[2].trim();
    const titleEn = SECTION_TITLES_EN[title.toUpperCase()];
    if (!titleEn) fail(`set ${setNo}: no English title for section "${title}"`);
    state.section = {
      code: match[1],
      title,
      titleEn,
      description: described.description,
      max: row.score,
      notes: described.notes,
    };
    state.part.sections.push(state.section);
    state.criterion = undefined;
    state.heading = undefined;
  }

  function readCase(row) {
    const code = state.section.code;
    if (state.criterion?.code !== code) {
      wholeSection();
      correction(setNo, 'alternatives', { criterion: code }, 'alternative cases');
    } else state.criterion.runs.push(state.criterion.options.length);
    state.criterion.notes.push({ kind: 'note', text: row.lines.join(' ') });
    if (row.score !== state.section.max)
      anomalies.push(`set ${setNo}: case "${row.lines[0]}" max ${row.score}, section ${state.section.max}`);
  }

  function readHeading(row) {
    const code = `${state.section.code}.${row.letter}`;
    correction(setNo, 'heading-rows', { criterion: code }, `"${row.text}" heads dash rows`);
    state.heading = { code, title: row.text, max: row.score, rows: [] };
    headings.push(state.heading);
    state.criterion = undefined;
  }

  function readDash(row) {
    const heading = state.heading;
    if (!heading) fail(`set ${setNo}: dash row without heading: ${row.lines[0]}`);
    const criterion = add(
      `${heading.code}.${heading.rows.length + 1}`,
      row.text,
      row.score,
      describe(row.lines.slice(1), row.description),
    );
    heading.rows.push(criterion);
  }

  function readLetter(row) {
    state.heading = undefined;
    const section = state.section;
    const shape = shapes.get(section.code);
    let code = `${section.code}.${row.letter}`;
    const rowStars = row.stars.trim() === '' ? null : Number(row.stars);
    const titleStars = /\*{3,5}$/.exec(row.text)?.[0].length ?? null;
    if (rowStars !== titleStars)
      fail(`set ${setNo}: criterion ${code}: stars column ${rowStars}, title mark ${titleStars}`);
    const text = row.text.replace(/\s*\*{3,5}$/, '').trim();
    const listed = CORRECTIONS.find(
      (c) => c.setNo === setNo && c.kind === 'section-row' && c.criterion === section.code,
    );
    if (shape.level2 === 1 && (listed || text === '' || sameTitle(text, section.title))) {
      const fix = correction(
        setNo,
        'section-row',
        { criterion: section.code },
        `lettered row "${row.letter}) ${text}"`,
      );
      let max = row.score;
      if (max === null)
        max = correction(setNo, 'section-row-max', { criterion: section.code }, 'empty score')?.corrected ?? NaN;
      const own =
        fix?.evidence.includes('description') && text
          ? describe([text, ...row.lines.slice(1)], row.description)
          : describe(row.lines.slice(1), row.description);
      wholeSection(own, max);
    } else {
      if (shape.letters.get(row.letter) > 1) {
        const n = (state.letterSeen.get(code) ?? 0) + 1;
        state.letterSeen.set(code, n);
        if (n === 1)
          correction(setNo, 'repeated-letter', { criterion: code }, `letter on ${shape.letters.get(row.letter)} rows`);
        code = `${code}.${n}`;
      }
      if (typeof row.score !== 'number') fail(`set ${setNo}: criterion ${code}: score "${row.score}"`);
      add(code, text, row.score, describe(row.lines.slice(1), row.description));
    }
    state.criterion.rowStars = rowStars;
  }

  function readTickBox(row) {
    if (!state.criterion || state.criterion.section !== state.section.code) wholeSection();
    const criterion = state.criterion;
    const index = criterion.options.length + 1;
    const { label, minStars, notes } = readOption(setNo, row, `${criterion.code}#${index}`);
    let points = row.score;
    if (typeof points !== 'number')
      points =
        correction(setNo, 'option-score', { criterion: criterion.code, option: index }, `score "${points}"`)
          ?.corrected ?? NaN;
    criterion.options.push({ points, label, ...(minStars ? { minStars } : {}) });
    criterion.notes.push(...notes);
  }

  checkSet(setNo, parts, criteria, headings);
  for (const c of criteria) {
    delete c.runs;
    delete c.rowStars;
    if (c.notes.length === 0) delete c.notes;
  }
  for (const p of parts) for (const s of p.sections) delete s.notes;
  for (const s of parts.flatMap((p) => p.sections)) if (!s.description) delete s.description;
  return { parts, criteria };
}

/** The transcription's numbers against each other; star marks on criterion rows. */
function checkSet(setNo, parts, criteria, headings) {
  for (const c of criteria) {
    if (c.rowStars) {
      const fix = correction(setNo, 'criterion-stars', { criterion: c.code }, `**** on the criterion row`);
      const option = fix && c.options[fix.option - 1];
      if (option && option.minStars === undefined && /chỉ dẫn/u.test(option.label)) option.minStars = fix.corrected;
      else if (fix) fail(`set ${setNo}: criterion ${c.code}: option ${fix.option} cannot take the mark`);
    }
    const points = c.options.map((o) => o.points);
    if (points.length === 0) fail(`set ${setNo}: criterion ${c.code} has no tick boxes`);
    const top = Math.max(...points);
    if (top !== c.max) correction(setNo, 'top-option', { criterion: c.code }, `top option ${top}, max ${c.max}`);
    c.runs.forEach((start, r) => {
      const run = points.slice(start, c.runs[r + 1] ?? points.length);
      if (run.some((p, i) => i > 0 && !(p > run[i - 1])))
        anomalies.push(`set ${setNo}: criterion ${c.code} points ${points.join(', ')}`);
    });
  }
  for (const h of headings) {
    const sum = h.rows.reduce((s, c) => s + c.max, 0);
    if (sum !== h.max) anomalies.push(`set ${setNo}: heading ${h.code} max ${h.max}, rows sum ${sum}`);
  }
  for (const p of parts) {
    const sum = p.sections.reduce((s, x) => s + x.max, 0);
    if (sum !== p.max) correction(setNo, 'section-sum', { criterion: p.part }, `sections sum to ${sum}, part ${p.max}`);
    for (const s of p.sections) {
      const inSection = criteria.filter((c) => c.section === s.code);
      const total = inSection.reduce((t, c) => t + c.max, 0);
      if (total !== s.max) anomalies.push(`set ${setNo}: section ${s.code} criteria sum ${total}, section ${s.max}`);
    }
  }
  for (const s of parts.flatMap((p) => p.sections))
    if (s.notes.length > 0 && !criteria.some((c) => c.code === s.code))
      anomalies.push(`set ${setNo}: section ${s.code} has notes but no criterion of its own to carry them`);
  const maxima = parts.map((p) => `${p.part}${p.max}`).join(' ');
  if (maxima !== 'A40 B25 C35') anomalies.push(`set ${setNo}: parts ${maxima}`);
}

/**
 * A set's `inconsistencies`: its kept defects of field topOption and sectionSum (the transcription's
 * numbers that do not add up), each with the `what`, `value` and `expected` of the issue that the
 * library's sum checks raise for it, so that the checks accept exactly those.
 */
function inconsistenciesOf(setNo, parts, criteria) {
  const kept = CORRECTIONS.filter(
    (c) => c.setNo === setNo && used.has(c) && (c.field === 'topOption' || c.field === 'sectionSum'),
  );
  return kept.map((c) => {
    if (c.field === 'topOption') {
      const criterion = criteria.find((x) => x.code === c.criterion);
      const top = Math.max(...criterion.options.map((o) => o.points));
      if (top !== c.transcribed)
        fail(`set ${setNo}: criterion ${c.criterion} top option ${top}, defect ${c.transcribed}`);
      return { what: `top option of ${c.criterion}`, value: top, expected: criterion.max };
    }
    const part = parts.find((p) => p.part === c.part);
    const sum = part.sections.reduce((t, x) => t + x.max, 0);
    if (sum !== c.transcribed) fail(`set ${setNo}: part ${c.part} sections sum ${sum}, defect ${c.transcribed}`);
    return { what: `sections of part ${c.part}`, value: sum, expected: part.max };
  });
}

const sets = files.map((file) => {
  const { parts, criteria } = parseSet(file);
  const notes = CORRECTIONS.filter((c) => c.setNo === file.setNo && c.evidence && used.has(c)).map((c) => c.evidence);
  const inconsistencies = inconsistenciesOf(file.setNo, parts, criteria);
  return {
    ruleSet: 'qd148-2023',
    setNo: file.setNo,
    title: file.title,
    reference: `${DECISION}, Phụ lục III, bộ sản phẩm số ${file.setNo}`,
    parts,
    criteria,
    disqualifiers: [],
    starLegend: false,
    transcriptionNotes: [...COMMON_NOTES, ...notes],
    ...(inconsistencies.length > 0 ? { inconsistencies } : {}),
    provenance: PROVENANCE,
  };
});

const unused = CORRECTIONS.filter((c) => !used.has(c));
if (anomalies.length > 0 || unused.length > 0) {
  fail(
    [
      'the transcription has anomalies that CORRECTIONS does not list, or CORRECTIONS lists what does not occur:',
      ...anomalies,
      ...unused.map((c) => `unused correction: set ${c.setNo} ${c.kind} ${c.criterion ?? c.part}`),
    ].join('\n  '),
  );
}

/** The corrections that are known defects (a field of the transcription), in set order. */
const DEFECTS = CORRECTIONS.filter((c) => c.field).sort((a, b) => a.setNo - b.setNo);

// ---------------------------------------------------------------------------------------------
// Writing TypeScript

/** The generating script and the public source, for the headers of the files this script writes. */
const WRITER = { script: SCRIPT, publicSource: PUBLIC_SOURCE };

function renderDefect(d, indent) {
  const entries = [['setNo', String(d.setNo)]];
  if (d.part) entries.push(['part', quote(d.part)]);
  if (d.criterion) entries.push(['criterion', quote(d.criterion)]);
  if (d.option) entries.push(['option', String(d.option)]);
  entries.push(
    ['field', quote(d.field)],
    ['transcribed', inline(d.transcribed)],
    ['corrected', inline(d.corrected)],
    ['evidence', quote(d.evidence)],
  );
  return block(entries, indent);
}

function renderDefects() {
  const example = DEFECTS.find((d) => d.setNo === 17 && d.field === 'points');
  return `${fileHeader(WRITER, `Known defects of the third-party transcription of ${DECISION}, Phụ lục III, that the data corrects or keeps.`)}import { deepFreeze } from '../../../core/freeze.js';

/**
 * A place where the third-party transcription of ${DECISION} (Phụ lục III) is defective: either the data
 * differs from it (\`corrected\` ≠ \`transcribed\`), or its own numbers disagree and the data keeps them because
 * the evidence cannot tell which one is wrong (\`corrected\` = \`transcribed\`). Each set's \`transcriptionNotes\`
 * carry the same \`evidence\` sentence.
 *
 * Fields: \`code\` (a criterion's code; \`criterion\` is the code in the data), \`max\` (a criterion's maximum),
 * \`points\` and \`minStars\` (of option number \`option\`, counted from 1), \`title\` (of \`part\`),
 * \`topOption\` (a criterion whose best option does not reach its maximum: the best option's points),
 * \`sectionSum\` (a \`part\` whose sections do not add up to its maximum: their sum); these two are also
 * the set's \`inconsistencies\`, which the library's sum checks accept.
 *
 * @example
 * \`\`\`ts
 * import type { KnownDefect } from 'ocop/criteria';
 * const defect: KnownDefect = {
 *   setNo: 17,
 *   criterion: '1.d',
 *   option: 2,
 *   field: 'points',
 *   transcribed: 'l',
 *   corrected: 1,
 *   evidence: 'The score reads "l"; the options around it are 0 and 2.',
 * };
 * \`\`\`
 */
export interface KnownDefect {
  /** The criteria set (bộ sản phẩm số …). */
  readonly setNo: number;
  /** The part, for a part's title or sum. */
  readonly part?: 'A' | 'B' | 'C';
  /** The criterion's code in the data. */
  readonly criterion?: string;
  /** The option's number within the criterion, from 1. */
  readonly option?: number;
  /** What is defective. */
  readonly field: 'code' | 'max' | 'points' | 'minStars' | 'title' | 'topOption' | 'sectionSum';
  /** The transcription's value (\`null\`: the cell is empty or carries no mark). */
  readonly transcribed: string | number | null;
  /** The data's value; equal to \`transcribed\` when the data keeps it. */
  readonly corrected: string | number | null;
  /** Why, in one sentence (also in the set's \`transcriptionNotes\`). */
  readonly evidence: string;
}

/**
 * The known defects of the transcription behind the 148/2023 criteria sets, set by set.
 *
 * @example
 * \`\`\`ts
 * import { QD148_KNOWN_DEFECTS } from 'ocop/criteria';
 * QD148_KNOWN_DEFECTS.find((d) => d.setNo === 17 && d.field === 'points')?.corrected; // ${example.corrected}
 * \`\`\`
 */
export const QD148_KNOWN_DEFECTS: readonly KnownDefect[] = /* @__PURE__ */ deepFreeze(${list(DEFECTS, 0, renderDefect)});
`;
}

writeCriteriaSetModules(OUT_DIR, sets, {
  ...WRITER,
  decision: DECISION,
  appendix: 'Phụ lục III',
  ruleSet: 'qd148-2023',
  prefix: 'QD148',
  exampleSet: 20,
  docs: {
    set: `${DECISION} (24/02/2023), Phụ lục III, from a third-party\n * transcription not checked against the official text`,
    index: [
      `The 26 criteria sets of ${DECISION} (24/02/2023), Phụ lục III, set 1 first, from a third-party`,
      " * transcription not checked against the official text (each set's `provenance` and",
      ' * `transcriptionNotes` say so).',
    ].join('\n'),
  },
  fields: { set: ['transcriptionNotes', 'inconsistencies'] },
});
writeFileSync(new URL('known-defects.ts', OUT_DIR), renderDefects());

const counts = criteriaSetCounts(sets);
console.log(
  `wrote ${sets.length} criteria sets: ${counts.criteria} criteria, ${counts.options} options, star marks 3★ ${counts.stars[3]}, 4★ ${counts.stars[4]}, 5★ ${counts.stars[5]}; ${DEFECTS.length} known defects`,
);
