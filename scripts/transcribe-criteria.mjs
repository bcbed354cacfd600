/**
 * Generates the 26 criteria sets of Quyết định 26/2026/QĐ-TTg, Phụ lục II, as typed data
 * modules: src/rules/data/qd26-2026/set-01.ts … set-26.ts, index.ts and loaders.ts.
 *
 *   node scripts/transcribe-criteria.mjs
 *
 * Source: a plain-text copy of the decision's text at ../shared/sources/qd-26-2026-QD-TTg.txt
 * (relative to the repository root; a development input, not part of the repository or the
 * package). The generated files name the public text instead (PUBLIC_SOURCE below). Plain Node,
 * no dependencies; the output is deterministic (running it twice gives identical files).
 *
 * Reading rules (each table is "| Các tiêu chí | Thang điểm |" … "| TỔNG CỘNG | 100 |"):
 * - "Phần A: / TITLE (40 Điểm) | 40": a part; its title is the text after "/" without the
 *   "(N Điểm)" suffix, its maximum the score column.
 * - "N. TITLE | max" (a whole-number code): a section; text after " / " is its description. A
 *   section whose next numbered row is not one of its own sub-rows (e.g. "7. DINH DƯỠNG" followed
 *   by tick boxes) is also a criterion with code "N" in section "N".
 * - "N.M. Title | max" (also "N.M.K."): a criterion, code without the trailing dot; text after
 *   " / " is its description, unless it starts with "Yêu cầu", which makes it a note. A numbered
 *   row followed by its own sub-rows (e.g. 6.1 "Ngoại hình" over 6.1.1 and 6.1.2) is a heading
 *   only: the data shape has no level for it, so it is not a criterion (a transcription note
 *   says so).
 * - "□ label | points": a tick box; a trailing "***", "****", "*****" sets minStars 3/4/5. A
 *   criterion without tick boxes gets the implied options 0 "Không" and max "Có".
 * - A row with an empty score cell: a "(…)" row directly under a title row without description is
 *   that title's description (printed on its own row in some sets, after " / " in others);
 *   anything else is a note of the last criterion above it. Note kinds: "Yêu cầu…" requirement;
 *   "Chỉ áp dụng khi…" condition; "Ghi chú: Không xem xét các chỉ tiêu khác…" or any text
 *   containing "không đánh giá các bước tiếp theo", "Ghi chú: Bị loại nếu…" or "… sẽ bị loại bỏ"
 *   knock-out; "Ghi chú: Không đánh giá những sản phẩm…" exclusion; anything else note.
 * - Notes keep their text exactly as printed, including a leading "Ghi chú:", "Chú ý:" or
 *   "Yêu cầu:" prefix (one rule for all notes: nothing is stripped).
 * - "Hồ sơ bị loại khi: …" (set 19: "Bị loại khi: …") before the table: the disqualifiers, text
 *   after the prefix, duplicates removed.
 * - starLegend: the set prints "Dấu sao là yêu cầu tối thiểu…" after its table.
 *
 * Every place where the printed text is defective or does not fit the shape is listed in
 * CORRECTIONS below, with the transcription note that the set carries. The generator stops on an
 * anomaly that is not listed there, and on a listed correction that it did not use.
 */
import { readFileSync } from 'node:fs';
import { criteriaSetCounts, writeCriteriaSetModules } from './criteria-writer.mjs';
import { PART_TITLES_EN, SECTION_TITLES_EN } from './criteria-titles-en.mjs';
import { noteKind } from './criterion-notes.mjs';

const SOURCE_PATH = '../shared/sources/qd-26-2026-QD-TTg.txt';
const SOURCE = new URL(`../${SOURCE_PATH}`, import.meta.url);
const OUT_DIR = new URL('../src/rules/data/qd26-2026/', import.meta.url);
const DECISION = 'Quyết định 26/2026/QĐ-TTg';
/** The public text the generated files cite: the decision as published, and the full-text copy that was read. */
const PUBLIC_SOURCE = [
  `the text of ${DECISION} (22/05/2026), published at`,
  ' * https://vanban.chinhphu.vn/?classid=1&docid=218267&orggroupid=3&pageid=27160 (full-text copy read:',
  ' * github.com/hakienpdu95/minhan, docs/bnn_txng.html)',
].join('\n');
const SET_COUNT = 26;
/** Every set's provenance: the decision's published text. */
const PROVENANCE = {
  kind: 'official-text',
  source: `${DECISION} (22/05/2026), Phụ lục II, published at https://vanban.chinhphu.vn/?classid=1&docid=218267&orggroupid=3&pageid=27160`,
};

/**
 * The printed text's defects and the places where it does not fit the data shape. Key:
 * `${setNo}|${kind}|${where}`. `value` is what the data holds where the printed value cannot be
 * used as is; `note` is the set's transcription note (plain English).
 */
const CORRECTIONS = {
  '3|spaced-stars|5.1#5': {
    value: 4,
    note: 'Criterion 5.1, last option (5 points): the star mark is printed with spaces ("* * * *"); the data reads it as **** (minStars 4), as the same option is marked in every other set.',
  },
  '4|empty-points|1.2#1': {
    value: 0,
    note: 'Criterion 1.2, first option "Không được cấp giấy chứng nhận chất lượng": the score cell is empty; the data gives it 0 points, as sets 1 and 3 print for the same option (the other options are 1 and 2, the maximum 2).',
  },
  '4|option-points|7#3': {
    value: 3,
    note: 'Criterion 7 (Dinh dưỡng), last option "Có trên 2 chỉ tiêu": the score column reads 13; the data holds 3, the criterion\'s maximum (sets 1 and 3 print 0, 1, 3 for the same options).',
  },
  '7|empty-points|1.2#1': {
    value: 0,
    note: 'Criterion 1.2, first option "Không được cấp giấy chứng nhận chất lượng": the score cell is empty; the data gives it 0 points, as sets 1 and 3 print for the same option (the other options are 1 and 2, the maximum 2).',
  },
  '7|option-points|3.1#2': {
    value: 2,
    note: 'Criterion 3.1, second option (Công ty TNHH; doanh nghiệp tư nhân; công ty cổ phần with local capital < 51%): printed with 1 point, the same as the first option; the data holds 2, as every other set prints for the same option (points 1, 2, 3).',
  },
  '7|option-marker|7#4': {
    note: 'Criterion 7, last option "Rất độc đáo và có tính đặc trưng" (5 points, *****): the tick box is printed as "o" instead of "□"; the data keeps it as an option.',
  },
  '10|empty-points|1.2#1': {
    value: 0,
    note: 'Criterion 1.2, first option "Không được cấp giấy chứng nhận chất lượng": the score cell is empty; the data gives it 0 points, as sets 1 and 3 print for the same option (the other options are 1 and 2, the maximum 2).',
  },
  '11|empty-points|1.2#1': {
    value: 0,
    note: 'Criterion 1.2, first option "Không được cấp giấy chứng nhận chất lượng": the score cell is empty; the data gives it 0 points, as sets 1 and 3 print for the same option (the other options are 1 and 2, the maximum 2).',
  },
  '11|option-points|6.1.1#2': {
    value: 1,
    note: 'Criterion 6.1.1 (Tạp chất), second option "Có rất ít tạp chất, chấp nhận được": the score column reads 11; the data holds 1 (a doubled "1": the options around it are 0 and 2, and the maximum is 2).',
  },
  '11|group-row|6.1': {
    note: 'Rows 6.1 "Ngoại hình" (4) and 6.2 "Nước pha" (11) are printed as headings over criteria 6.1.1–6.1.2 and 6.2.1–6.2.3; the data shape has no heading level, so they are not criteria (their maxima equal the sums of their sub-criteria).',
  },
  '11|group-row|6.2': {},
  '13|group-row|6.1': {
    note: 'Rows 6.1 "Ngoại hình" (10) and 6.2 "Nước pha" (5) are printed as headings over criteria 6.1.1–6.1.5 and 6.2.1–6.2.2; the data shape has no heading level, so they are not criteria (their maxima equal the sums of their sub-criteria).',
  },
  '13|group-row|6.2': {},
  '23|score-cell|9': {
    value: 4,
    note: 'Section/criterion 9 (Hướng dẫn sử dụng): the score column reads "4 1" (two numbers, transcribed "4 / 1"); the data holds 4, which its options (2, 4) and the part C total (14 + 8 + 4 + 4 + 5 = 35) confirm.',
  },
  '23|duplicate-points|6.2': {
    note: 'Criterion 6.2 (Màu sắc): the first two options, "Chấp nhận được" and "Phù hợp với đặc tính sản phẩm", are both printed with 1 point; which one is wrong cannot be told, so the data keeps 1, 1, 3, 5 as printed (both give the same score).',
  },
  '25|label-colon|6.2#3': {
    note: 'Criterion 6.2, last option: the label is printed with a stray " :" at its end; the data keeps it as printed.',
  },
  '26|heading-max|A': {
    note: 'Part A: the heading prints "(35 Điểm)" while the score column gives 40, the sections sum to 40 (14 + 12 + 14) and the parts to 100 (40 + 25 + 35); the data holds 40.',
  },
  '26|alternatives|8': {
    note: 'Criteria 8, 9 and 15 print two alternative cases ("Lựa chọn một trong hai trường hợp sau": a. Trường hợp 1 …, b. Trường hợp 2 …), each with its own tick boxes; the data shape has no case level, so the options hold case a\'s boxes then case b\'s in printed order (points repeat, e.g. 1, 3, 1, 3) and the case headings are kept as notes.',
  },
  '26|alternatives|9': {},
  '26|alternatives|15': {},
};

// ---------------------------------------------------------------------------------------------
// Reading the source

const usedCorrections = new Set();
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
  throw new Error(`transcribe-criteria: ${message}`);
}

const sourceText = readFileSync(SOURCE, 'utf8').normalize('NFC');
const lines = sourceText.split(/\r?\n/);

const appendixStart = lines.findIndex((line) => line.trim() === 'PHỤ LỤC II');
const appendixEnd = lines.findIndex((line, i) => i > appendixStart && line.trim() === 'PHỤ LỤC III');
if (appendixStart < 0 || appendixEnd < 0) fail('cannot find Phụ lục II / Phụ lục III');

/** The list that opens Phụ lục II: set number → title. */
const listTitles = new Map();
const headings = [];
for (let i = appendixStart; i < appendixEnd; i += 1) {
  const line = lines[i];
  const listRow = /^\s*\|\s*(\d+)\s*\|\s*Bộ sản phẩm:\s*(.+?)\s*\|\s*$/.exec(line);
  if (listRow && headings.length === 0) listTitles.set(Number(listRow[1]), listRow[2]);
  const heading = /^(\d+)\.\s+\S/.exec(line);
  if (heading) headings.push({ setNo: Number(heading[1]), line: i });
}
if (listTitles.size !== SET_COUNT) fail(`the opening list has ${listTitles.size} sets`);
if (headings.length !== SET_COUNT || headings.some((h, i) => h.setNo !== i + 1))
  fail('set headings are not numbered 1..26');

function cellsOf(line) {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|')) return undefined;
  const cells = trimmed
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());
  return cells;
}

/** "Title / rest": the title, and the rest as a description or a "Yêu cầu" note. */
function splitTitle(text) {
  const at = text.indexOf(' / ');
  if (at < 0) return { title: text };
  const title = text.slice(0, at).trim();
  const rest = text.slice(at + 3).trim();
  return /^Yêu cầu/u.test(rest) ? { title, requirement: rest } : { title, description: rest };
}

function parseSet(setNo, from, to) {
  const block = lines.slice(from, to);
  const where = (i) => `line ${from + i + 1}`;

  const disqualifiers = [];
  const tableStart = block.findIndex((line) => /^\s*\|\s*Các tiêu chí\s*\|\s*Thang điểm\s*\|\s*$/.test(line));
  if (tableStart < 0) fail(`set ${setNo}: no table`);
  const tableEnd = block.findIndex((line, i) => i > tableStart && /^\s*\|\s*TỔNG CỘNG\s*\|/.test(line));
  if (tableEnd < 0) fail(`set ${setNo}: no TỔNG CỘNG row`);
  for (const line of block.slice(0, tableStart)) {
    const match = /^(?:Hồ sơ bị loại khi|Bị loại khi):\s*(.+)$/u.exec(line.trim());
    if (match && !disqualifiers.includes(match[1].trim())) disqualifiers.push(match[1].trim());
  }
  const starLegend = block.slice(tableEnd).some((line) => line.includes('Dấu sao là yêu cầu tối thiểu'));
  const totalCells = cellsOf(block[tableEnd]);
  const printedTotal = Number(totalCells[1]);

  // Rows of the table, typed.
  const rows = [];
  for (let i = tableStart + 1; i < tableEnd; i += 1) {
    const cells = cellsOf(block[i]);
    if (!cells) {
      if (block[i].trim() !== '') fail(`set ${setNo}: text inside the table at ${where(i)}`);
      continue;
    }
    // A row spanning both columns is marked "[c2]": its score cell is empty.
    if (cells.length === 1 && cells[0].startsWith('[c2]')) cells.splice(0, 1, cells[0].slice(4).trim(), '');
    if (cells.length !== 2) fail(`set ${setNo}: ${cells.length} cells at ${where(i)}`);
    const [text, scoreText] = cells;
    const score = scoreText === '' ? null : /^\d+$/.test(scoreText) ? Number(scoreText) : scoreText;
    const part = /^Phần\s+([ABC])\s*:?\s*\/\s*(.+?)\s*\((\d+)\s*điểm\)\s*$/iu.exec(text);
    const code = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/u.exec(text);
    const option = /^(□|o)\s*(\S.*)$/u.exec(text);
    if (part)
      rows.push({
        type: 'part',
        part: part[1].toUpperCase(),
        title: part[2],
        heading: Number(part[3]),
        score,
        raw: block[i],
      });
    else if (code) rows.push({ type: 'code', code: code[1], text: code[2], score, raw: block[i] });
    else if (option) rows.push({ type: 'option', marker: option[1], text: option[2], score, raw: block[i] });
    else if (score === null) rows.push({ type: 'text', text, raw: block[i] });
    else fail(`set ${setNo}: unrecognised row at ${where(i)}: ${text}`);
  }

  // A row printed twice in a row: keep one.
  let lastCode = '';
  const duplicates = [];
  rows.forEach((row, i) => {
    if (row.type === 'code') lastCode = row.code;
    if (i > 0 && row.raw === rows[i - 1].raw && (row.type === 'code' || row.type === 'option')) {
      const at = row.type === 'code' ? row.code : `${lastCode}#option`;
      if (correction(setNo, 'duplicate-row', at, row.raw.trim())) duplicates.push(i);
    }
  });
  for (const i of duplicates.reverse()) rows.splice(i, 1);

  // A numbered row whose next numbered row is one of its sub-rows is a heading only.
  for (let i = 0; i < rows.length; i += 1) {
    if (rows[i].type !== 'code') continue;
    const next = rows.slice(i + 1).find((row) => row.type === 'code' || row.type === 'part');
    rows[i].container = next?.type === 'code' && next.code.startsWith(`${rows[i].code}.`);
  }

  const parts = [];
  const criteria = [];
  const groups = [];
  let part;
  let criterion;
  let previous;
  const optionIndex = new Map();

  const maxOf = (row, label) => {
    if (typeof row.score === 'number') return row.score;
    const fix = correction(setNo, 'score-cell', row.code, `score "${row.score}" for ${label}`);
    return fix?.value ?? NaN;
  };

  for (const row of rows) {
    if (row.type === 'part') {
      if (row.heading !== row.score)
        correction(setNo, 'heading-max', row.part, `heading (${row.heading} Điểm), score column ${row.score}`);
      part = { part: row.part, title: row.title, titleEn: PART_TITLES_EN[row.part], max: row.score, sections: [] };
      parts.push(part);
      criterion = undefined;
    } else if (row.type === 'code') {
      if (!part) fail(`set ${setNo}: row ${row.code} before any part`);
      const depth = row.code.split('.').length;
      const { title, description, requirement } = splitTitle(row.text);
      const max = maxOf(row, row.code);
      if (depth === 1) {
        const titleEn = SECTION_TITLES_EN[title];
        if (!titleEn) fail(`set ${setNo}: no English title for section "${title}"`);
        part.sections.push({ code: row.code, title, titleEn, ...(description ? { description } : {}), max });
      }
      if (row.container) {
        if (depth > 1) {
          groups.push({ code: row.code, max });
          correction(setNo, 'group-row', row.code, `"${title}" heads sub-criteria`);
        }
        if (requirement) fail(`set ${setNo}: requirement on heading ${row.code}`);
        criterion = undefined;
      } else {
        criterion = {
          code: row.code,
          part: part.part,
          section: row.code.split('.')[0],
          title,
          ...(description ? { description } : {}),
          max,
          options: [],
          notes: requirement ? [{ kind: 'requirement', text: requirement }] : [],
        };
        if (criteria.some((c) => c.code === criterion.code)) fail(`set ${setNo}: criterion ${criterion.code} twice`);
        criteria.push(criterion);
        optionIndex.set(criterion.code, 0);
      }
    } else if (row.type === 'option') {
      if (!criterion) fail(`set ${setNo}: option outside a criterion: ${row.text}`);
      const index = optionIndex.get(criterion.code) + 1;
      optionIndex.set(criterion.code, index);
      const at = `${criterion.code}#${index}`;
      if (row.marker !== '□') correction(setNo, 'option-marker', at, `tick box printed as "${row.marker}"`);
      let text = row.text;
      const inline = /^(.*?)\s+\/\s+((?:Ghi chú|Chú ý|Yêu cầu).*)$/u.exec(text);
      if (inline) {
        text = inline[1];
        criterion.notes.push({ kind: noteKind(inline[2]), text: inline[2] });
      }
      let minStars;
      const stars = /\s*(\*{3,5})$/.exec(text);
      const spaced = /\s*((?:\*\s*){3,5})$/.exec(text);
      if (stars) {
        minStars = stars[1].length;
        text = text.slice(0, stars.index);
      } else if (spaced) {
        const fix = correction(setNo, 'spaced-stars', at, `star mark "${spaced[1].trim()}"`);
        minStars = fix?.value;
        text = text.slice(0, spaced.index);
      }
      text = text.trim();
      if (text.includes('*')) fail(`set ${setNo}: stray "*" in option ${at}: ${text}`);
      if (/\s:$/.test(text)) correction(setNo, 'label-colon', at, `label ends with " :"`);
      let points = row.score;
      const printedWrong = CORRECTIONS[`${setNo}|option-points|${at}`];
      if (printedWrong) {
        usedCorrections.add(`${setNo}|option-points|${at}`);
        points = printedWrong.value;
      } else if (points === null)
        points = correction(setNo, 'empty-points', at, `empty score cell: ${text}`)?.value ?? NaN;
      else if (typeof points !== 'number')
        points = correction(setNo, 'option-score', at, `score "${points}"`)?.value ?? NaN;
      criterion.options.push({ points, label: text, ...(minStars ? { minStars } : {}) });
    } else {
      if (!criterion) fail(`set ${setNo}: note outside a criterion: ${row.text}`);
      const underTitle = previous?.type === 'code' && previous.code === criterion.code;
      if (underTitle && row.text.startsWith('(') && !criterion.description && criterion.options.length === 0) {
        criterion.description = row.text;
        const section = part.sections.at(-1);
        if (section.code === criterion.code && !section.description) section.description = row.text;
      } else {
        criterion.notes.push({ kind: noteKind(row.text), text: row.text });
        if (/^[a-z]\.\s+Trường hợp/u.test(row.text)) criterion.alternatives = (criterion.alternatives ?? 0) + 1;
      }
    }
    previous = row;
  }

  // Implied options, and checks of each criterion.
  for (const c of criteria) {
    if (c.options.length === 0) {
      c.options = [
        { points: 0, label: 'Không', implied: true },
        { points: c.max, label: 'Có', implied: true },
      ];
    }
    if (c.alternatives) correction(setNo, 'alternatives', c.code, `${c.alternatives} alternative cases`);
    const points = c.options.map((o) => o.points);
    const top = Math.max(...points);
    if (top !== c.max) correction(setNo, 'top-option', c.code, `highest option ${top}, max ${c.max}`);
    const runs = c.alternatives ? c.alternatives : 1;
    const runLength = points.length / runs;
    for (let r = 0; r < runs; r += 1) {
      const run = points.slice(r * runLength, (r + 1) * runLength);
      if (run.some((p, i) => i > 0 && p < run[i - 1]))
        correction(setNo, 'not-ascending', c.code, `points ${points.join(', ')}`);
      else if (run.some((p, i) => i > 0 && p === run[i - 1]))
        correction(setNo, 'duplicate-points', c.code, `points ${points.join(', ')}`);
    }
    if (c.notes.length === 0) delete c.notes;
    delete c.alternatives;
  }

  // Sums.
  for (const g of groups) {
    const sum = criteria.filter((c) => c.code.startsWith(`${g.code}.`)).reduce((s, c) => s + c.max, 0);
    if (sum !== g.max) correction(setNo, 'sum-group', g.code, `sub-criteria sum to ${sum}, heading ${g.max}`);
  }
  for (const p of parts) {
    const sum = p.sections.reduce((s, x) => s + x.max, 0);
    if (sum !== p.max) correction(setNo, 'sum-part', p.part, `sections sum to ${sum}, part ${p.max}`);
    for (const s of p.sections) {
      const inSection = criteria.filter((c) => c.section === s.code);
      if (inSection.some((c) => c.part !== p.part)) fail(`set ${setNo}: section ${s.code} spans parts`);
      const sectionSum = inSection.reduce((t, c) => t + c.max, 0);
      if (sectionSum !== s.max)
        correction(setNo, 'sum-section', s.code, `criteria sum to ${sectionSum}, section ${s.max}`);
    }
  }
  const partSum = parts.reduce((s, p) => s + p.max, 0);
  if (partSum !== printedTotal || printedTotal !== 100)
    correction(setNo, 'total', 'TỔNG CỘNG', `parts sum to ${partSum}, printed ${printedTotal}`);
  if (parts.map((p) => p.part).join('') !== 'ABC') fail(`set ${setNo}: parts ${parts.map((p) => p.part).join('')}`);

  const notes = Object.entries(CORRECTIONS)
    .filter(([key, entry]) => key.startsWith(`${setNo}|`) && entry.note && usedCorrections.has(key))
    .map(([, entry]) => entry.note);

  return {
    ruleSet: 'qd26-2026',
    setNo,
    title: listTitles.get(setNo),
    reference: `${DECISION}, Phụ lục II, bộ sản phẩm số ${setNo}`,
    parts,
    criteria,
    disqualifiers,
    starLegend,
    ...(notes.length > 0 ? { transcriptionNotes: [...new Set(notes)] } : {}),
    provenance: PROVENANCE,
  };
}

const sets = headings.map((h, i) => parseSet(h.setNo, h.line, headings[i + 1]?.line ?? appendixEnd));

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

// ---------------------------------------------------------------------------------------------
// Writing TypeScript

writeCriteriaSetModules(OUT_DIR, sets, {
  script: 'scripts/transcribe-criteria.mjs',
  publicSource: PUBLIC_SOURCE,
  decision: DECISION,
  appendix: 'Phụ lục II',
  ruleSet: 'qd26-2026',
  prefix: 'QD26',
  exampleSet: 20,
  fields: { set: ['transcriptionNotes'] },
});

const counts = criteriaSetCounts(sets);
console.log(
  `wrote ${sets.length} criteria sets: ${counts.criteria} criteria, ${counts.options} options, star marks 3★ ${counts.stars[3]}, 4★ ${counts.stars[4]}, 5★ ${counts.stars[5]}`,
);
