/**
 * Transcription check for the 148/2023 criteria sets: compares the shipped data with the third-party
 * transcription it was generated from (Quyết định 148/QĐ-TTg, Phụ lục III, as transcribed in
 * github.com/augustine-tran/ocop, db/ocop/*.csv; by default the development copy at
 * ../shared/sources/qd148-2023-criteria-26-sets-augustine-tran-ocop-csv.txt, outside the repository),
 * set by set: the set's title; the parts (letters, titles, maxima); the sections (codes, maxima);
 * the criteria in order (codes, maxima); each criterion's option points and star marks in order;
 * star marks printed on criterion rows. It also checks the numbers against each other: sections
 * sum to their part, criteria to their section, sub-rows to their heading, each criterion's best
 * option reaches its maximum, options rise, parts are 40/25/35 and total 100. Each set's
 * \`inconsistencies\` must be exactly the best options and section sums that miss their maximum
 * (each of them a listed known defect, field topOption or sectionSum), named as the library's sum
 * checks name them; no criterion is additive (the transcription prints no "cộng tổng điểm").
 *
 *   node scripts/check-transcription-qd148-2023.mjs
 *   OCOP_CRITERIA_MODULE=/tmp/qd148/index.js node scripts/check-transcription-qd148-2023.mjs
 *
 * The data is read from the built package (dist/criteria.js, exports QD148_CRITERIA_SETS and
 * QD148_KNOWN_DEFECTS) or from the module named by OCOP_CRITERIA_MODULE. The CSV is read here with
 * its own reader, independently of scripts/transcribe-qd148-2023.mjs. Every difference fails (exit 1)
 * unless QD148_KNOWN_DEFECTS lists it (same set, criterion or part, option, field, transcribed and
 * corrected value); a listed defect that does not occur fails too. Without the source file the
 * check is skipped (exit 0).
 *
 * Reading rules (the shape of the data, not corrections): tick boxes straight under a section make
 * the section one criterion "N"; "x)" rows are criteria "N.x"; a letter printed on consecutive rows
 * numbers them ("N.x.1", …); "- " rows under a lettered row are its sub-criteria ("N.x.1", …) and
 * the lettered row a heading; "a. Trường hợp …" rows are cases of one criterion "N" whose options
 * follow one another.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const sourcePath =
  process.env.OCOP_QD148_SOURCE ??
  resolve(root, '../shared/sources/qd148-2023-criteria-26-sets-augustine-tran-ocop-csv.txt');
const modulePath = resolve(process.env.OCOP_CRITERIA_MODULE ?? resolve(root, 'dist/criteria.js'));

if (!existsSync(sourcePath)) {
  console.log(`148/2023 transcription check skipped: ${sourcePath} not found`);
  process.exit(0);
}

function stop(message) {
  console.error(`148/2023 transcription check failed: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// The transcription, read row by row.

/** Splits CSV text into records of cells: a cell is quoted ("…", "" for a quote) or runs to the next comma. */
function records(text) {
  const out = [];
  let cells = [];
  const cell = /"((?:[^"]|"")*)"|([^,\n"]*)/gy;
  let at = 0;
  while (at < text.length) {
    cell.lastIndex = at;
    const m = cell.exec(text);
    cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2].replace(/\r$/, ''));
    at = cell.lastIndex;
    const next = text[at];
    at += 1;
    if (next !== ',') {
      out.push(cells);
      cells = [];
    }
  }
  return out.filter((r) => r.some((c) => c.trim() !== ''));
}

const flat = (text) => text.replace(/\s+/g, ' ').trim();
const scoreOf = (text) => (text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text) : text.trim());
const starsOf = (text) => (text.trim() === '' ? null : Number(text));

function readSet(name, body) {
  const file = /OCOP - (\d+)\.\s*(?:Bộ sản phẩm[_;:]\s*)?(.+)\.csv$/u.exec(name);
  if (!file) stop(`unexpected file ${name}`);
  const set = { setNo: Number(file[1]), title: file[2].trim(), parts: [], sections: [], criteria: [], headings: [] };
  let section;
  let criterion;
  let lastLetter;
  for (const [title, , level, stars, score] of records(body).slice(1)) {
    const text = flat(title);
    if (level === '0') {
      const m = /^Phần\s+([ABC])\s*[:.]?\s*(.*?)\s*(\(\d+\s*Điểm\))?$/iu.exec(text);
      set.parts.push({ part: m[1], title: m[2], max: scoreOf(score) });
    } else if (level === '1') {
      section = { code: /^(\d+)\./.exec(text)[1], part: set.parts.at(-1).part, max: scoreOf(score) };
      set.sections.push(section);
      criterion = undefined;
      lastLetter = undefined;
    } else if (level === '2') {
      const row = { max: scoreOf(score), rowStars: starsOf(stars), options: [], cases: [0] };
      const letter = /^([a-zđ])\s*\)/u.exec(text)?.[1];
      if (/^[a-z]\.\s+Trường hợp/u.test(text)) {
        if (criterion?.code !== section.code) {
          criterion = { ...row, code: section.code, section: section.code };
          set.criteria.push(criterion);
        } else criterion.cases.push(criterion.options.length);
      } else if (text.startsWith('-')) {
        const heading = set.criteria.at(-1)?.options.length === 0 ? set.criteria.at(-1) : set.headings.at(-1);
        if (heading === set.criteria.at(-1)) {
          set.criteria.pop();
          set.headings.push({ ...heading, rows: [] });
        }
        const h = set.headings.at(-1);
        criterion = { ...row, code: `${h.code}.${h.rows.length + 1}`, section: section.code };
        h.rows.push(criterion);
        set.criteria.push(criterion);
      } else {
        const code = `${section.code}.${letter}`;
        const previous = set.criteria.at(-1);
        if (letter === lastLetter && previous?.code.startsWith(code)) {
          if (previous.code === code) previous.code = `${code}.1`;
          row.code = `${code}.${Number(previous.code.split('.')[2]) + 1}`;
        } else row.code = code;
        criterion = { ...row, section: section.code };
        set.criteria.push(criterion);
        lastLetter = letter;
      }
    } else if (level === '3') {
      if (!criterion || criterion.section !== section.code) {
        criterion = {
          code: section.code,
          section: section.code,
          max: section.max,
          rowStars: null,
          options: [],
          cases: [0],
        };
        set.criteria.push(criterion);
      }
      criterion.options.push({ points: scoreOf(score), stars: starsOf(stars) });
    }
  }
  return set;
}

const text = readFileSync(sourcePath, 'utf8').normalize('NFC');
const pieces = text.split(/^===== FILE: (.+) =====\r?\n/mu);
const printed = [];
for (let i = 1; i < pieces.length; i += 2) printed.push(readSet(pieces[i], pieces[i + 1]));
printed.sort((a, b) => a.setNo - b.setNo);

// ---------------------------------------------------------------------------------------------
// The data, and the comparison.

const data = await import(pathToFileURL(modulePath).href);
const sets = data.QD148_CRITERIA_SETS;
const defects = data.QD148_KNOWN_DEFECTS;
if (!Array.isArray(sets) || !Array.isArray(defects))
  stop(`${modulePath} does not export QD148_CRITERIA_SETS and QD148_KNOWN_DEFECTS`);
if (printed.length !== 26 || sets.length !== 26)
  stop(`26 sets expected: transcription ${printed.length}, data ${sets.length}`);

const matched = new Set();
const problems = [];
const show = (v) => (v === null || v === undefined ? 'null' : typeof v === 'string' ? `"${v}"` : String(v));

/** A difference or an inconsistency: fine if a known defect lists it, a problem otherwise. */
function differ(setNo, where, field, transcribed, corrected) {
  const defect = defects.find(
    (d) =>
      d.setNo === setNo &&
      d.field === field &&
      (d.criterion ?? d.part) === where.at &&
      (d.option ?? null) === (where.option ?? null) &&
      d.transcribed === (transcribed ?? null) &&
      d.corrected === (corrected ?? null),
  );
  if (defect) matched.add(defect);
  else
    problems.push(
      `set ${setNo} ${where.at}${where.option ? ` option ${where.option}` : ''} ${field}: transcription ${show(transcribed)}, data ${show(corrected)}`,
    );
}

function compareCriterion(setNo, t, c) {
  if (t.code !== c.code) differ(setNo, { at: c.code }, 'code', t.code, c.code);
  if (t.max !== c.max) differ(setNo, { at: c.code }, 'max', t.max, c.max);
  if (t.options.length !== c.options.length)
    problems.push(
      `set ${setNo} ${c.code}: ${t.options.length} options in the transcription, ${c.options.length} in the data`,
    );
  t.options.forEach((o, i) => {
    const d = c.options[i];
    if (!d) return;
    if (o.points !== d.points) differ(setNo, { at: c.code, option: i + 1 }, 'points', o.points, d.points);
    if (o.stars !== (d.minStars ?? null))
      differ(setNo, { at: c.code, option: i + 1 }, 'minStars', o.stars, d.minStars ?? null);
  });
  // A mark on the criterion row must have gone to one of its options, as a listed defect says.
  if (t.rowStars !== null) {
    const moved = defects.find(
      (d) => d.setNo === setNo && d.criterion === c.code && d.field === 'minStars' && d.corrected === t.rowStars,
    );
    if (!moved) problems.push(`set ${setNo} ${c.code}: star mark ${t.rowStars} on the criterion row, not listed`);
  }
}

/**
 * The set's `inconsistencies` against the sums that do not add up (`found`, worked out here and
 * named as the library's sum checks name them): the same entries, no more, no fewer.
 */
function compareInconsistencies(setNo, set, found) {
  const listed = (set.inconsistencies ?? []).map((e) => `${e.what}|${e.value}|${e.expected}`);
  const missing = found.filter((f) => !listed.includes(f));
  const extra = listed.filter((l) => !found.includes(l));
  if (missing.length > 0 || extra.length > 0 || listed.length !== new Set(listed).size)
    problems.push(
      `set ${setNo} inconsistencies: sums that do not add up ${found.join('; ') || 'none'}, listed ${listed.join('; ') || 'none'}`,
    );
}

function consistency(setNo, set, t) {
  const found = [];
  for (const c of set.criteria) {
    const points = c.options.map((o) => o.points);
    const top = Math.max(...points);
    if (c.additive !== undefined) problems.push(`set ${setNo} ${c.code}: additive, but the transcription says not`);
    if (top !== c.max) differ(setNo, { at: c.code }, 'topOption', top, top);
    if (top !== c.max) found.push(`top option of ${c.code}|${top}|${c.max}`);
    const cases = t.criteria.find((x) => x.code === c.code)?.cases ?? [0];
    cases.forEach((start, i) => {
      const run = points.slice(start, cases[i + 1] ?? points.length);
      if (run.some((p, k) => k > 0 && p <= run[k - 1]))
        problems.push(`set ${setNo} ${c.code}: points do not rise: ${points.join(', ')}`);
    });
  }
  for (const h of t.headings) {
    const sum = h.rows.reduce((s, r) => s + r.max, 0);
    if (sum !== h.max) problems.push(`set ${setNo} heading ${h.code}: ${h.max}, its rows sum to ${sum}`);
  }
  for (const p of set.parts) {
    const sum = p.sections.reduce((s, x) => s + x.max, 0);
    if (sum !== p.max) differ(setNo, { at: p.part }, 'sectionSum', sum, sum);
    if (sum !== p.max) found.push(`sections of part ${p.part}|${sum}|${p.max}`);
    for (const s of p.sections) {
      const total = set.criteria.filter((c) => c.section === s.code).reduce((x, c) => x + c.max, 0);
      if (total !== s.max) problems.push(`set ${setNo} section ${s.code}: ${s.max}, its criteria sum to ${total}`);
    }
  }
  compareInconsistencies(setNo, set, found);
  const maxima = set.parts.map((p) => `${p.part}${p.max}`).join(' ');
  if (maxima !== 'A40 B25 C35') problems.push(`set ${setNo}: parts ${maxima}`);
}

let criteriaCount = 0;
let optionCount = 0;
for (const t of printed) {
  const set = sets[t.setNo - 1];
  const setNo = t.setNo;
  if (set?.setNo !== setNo || set.ruleSet !== 'qd148-2023') {
    problems.push(`set ${setNo}: missing or out of order`);
    continue;
  }
  if (set.title !== t.title) problems.push(`set ${setNo}: title "${set.title}", transcription "${t.title}"`);
  if (set.parts.map((p) => p.part).join('') !== t.parts.map((p) => p.part).join(''))
    problems.push(`set ${setNo}: parts differ`);
  t.parts.forEach((p, i) => {
    const d = set.parts[i];
    if (d?.title !== p.title) differ(setNo, { at: p.part }, 'title', p.title, d?.title);
    if (d?.max !== p.max) differ(setNo, { at: p.part }, 'max', p.max, d?.max);
    const sections = t.sections.filter((s) => s.part === p.part);
    const printedSections = sections.map((s) => `${s.code}:${s.max}`).join(' ');
    const dataSections = (d?.sections ?? []).map((s) => `${s.code}:${s.max}`).join(' ');
    if (printedSections !== dataSections)
      problems.push(`set ${setNo} part ${p.part} sections: transcription ${printedSections}, data ${dataSections}`);
  });
  if (t.criteria.length !== set.criteria.length)
    problems.push(
      `set ${setNo}: ${t.criteria.length} criteria in the transcription, ${set.criteria.length} in the data`,
    );
  t.criteria.forEach((c, i) => set.criteria[i] && compareCriterion(setNo, c, set.criteria[i]));
  consistency(setNo, set, t);
  criteriaCount += set.criteria.length;
  optionCount += set.criteria.reduce((s, c) => s + c.options.length, 0);
}

for (const d of defects) {
  if (!matched.has(d))
    problems.push(
      `listed defect does not occur: set ${d.setNo} ${d.criterion ?? d.part}${d.option ? ` option ${d.option}` : ''} ${d.field} ${show(d.transcribed)} → ${show(d.corrected)}`,
    );
}

if (problems.length > 0) stop(`${problems.length} unlisted differences or stale defects:\n  ${problems.join('\n  ')}`);
const corrected = defects.filter((d) => d.transcribed !== d.corrected).length;
console.log(
  `148/2023 transcription check passed: 26 sets, ${criteriaCount} criteria, ${optionCount} options match the transcription; ${defects.length} known defects (${corrected} corrected, ${defects.length - corrected} kept), all occurring; ${sets.reduce((t, s) => t + (s.inconsistencies?.length ?? 0), 0)} inconsistencies kept`,
);
