/**
 * Transcription check for Quyết định 1048/QĐ-TTg (21/08/2019), Phụ lục III: compares the shipped
 * criteria sets with the decision's text (by default the development copy at
 * ../shared/sources/qd1048-2019-full-text-thuvienphapluat-doc.txt, outside the repository: a text
 * extraction of thuvienphapluat.vn's Word download of the decision), set by set: the title, the
 * part letters and maxima (the "(N Điểm)" of their headings), the list of criterion codes, each
 * criterion's maximum, each criterion's option points in order, the number of disqualifiers and the
 * total of 100. It also checks the printed numbers against each other (criteria sum to their part,
 * a printed section or group maximum equals the sum of its rows, the highest option equals the
 * criterion's maximum; in a part headed "Được cộng tổng điểm" the options sum to it, and the data
 * marks exactly those criteria additive). Each set's \`inconsistencies\` are checked too: the data's
 * own sums, worked out here, fail exactly at the listed entries, each entry is a listed defect of
 * the printed text (a highest option or an additive sum that misses the maximum, or a part's
 * criteria that miss its heading), and each such listed defect has its entry.
 *
 *   node scripts/check-transcription-qd1048-2019.mjs
 *   OCOP_CRITERIA_MODULE=/tmp/qd1048/index.js node scripts/check-transcription-qd1048-2019.mjs
 *
 * The data is read from the built package (dist/criteria.js, export QD1048_CRITERIA_SETS) or from
 * the module named by OCOP_CRITERIA_MODULE. The text is read line by line here, independently of
 * scripts/transcribe-qd1048-2019.mjs: only rows that carry a score are used (wrapped continuation
 * rows never do), so no row joining is needed. Every difference fails (exit 1) unless
 * scripts/criteria-known-defects-qd1048-2019.json lists it (same setNo, what, printed and data); a
 * listed defect that no longer occurs fails too. Without the source file the check is skipped
 * (exit 0).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const sourcePath =
  process.env.OCOP_CRITERIA_SOURCE ?? resolve(root, '../shared/sources/qd1048-2019-full-text-thuvienphapluat-doc.txt');
const modulePath = resolve(process.env.OCOP_CRITERIA_MODULE ?? resolve(root, 'dist/criteria.js'));
const defectsPath = resolve(root, 'scripts/criteria-known-defects-qd1048-2019.json');

if (!existsSync(sourcePath)) {
  console.log(`1048 transcription check skipped: ${sourcePath} not found`);
  process.exit(0);
}

function stop(message) {
  console.error(`1048 transcription check failed: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// The printed text, read line by line.

const lines = readFileSync(sourcePath, 'utf8').normalize('NFC').split(/\r?\n/);
const start = lines.findIndex((line) => line.trim() === 'PHỤ LỤC III');
if (start < 0) stop('no "PHỤ LỤC III" in the source');

/** The text of a row's cells, trimmed, or undefined for a line outside a table. */
function cells(line) {
  if (!line.startsWith('|')) return undefined;
  return line
    .split('|')
    .slice(1)
    .map((cell) => cell.replace(/\s+/g, ' ').trim())
    .filter((cell, i, all) => i < all.length - 1 || cell !== '');
}

const score = (text) => {
  const match = /^(\d+)\s*\S*$/u.exec(text ?? '');
  return match ? Number(match[1]) : undefined;
};

function readSet(setNo, title, from, to) {
  const set = { setNo, title, parts: [], rows: [], disqualifiers: 0 };
  let part;
  for (let i = from; i < to; i += 1) {
    const line = lines[i];
    if (/^Bị loại khi\s*:/u.test(line.trim())) set.disqualifiers += 1;
    if (/^(\|\s*Kết quả\s*\||Ý kiến của người đánh giá)/u.test(line)) break;
    const row = cells(line);
    if (!row) continue;
    const letter = /^Phần\s+([ABC])\s*:/u.exec(row[0]);
    const heading = /\((\d+)\s*Điểm\)$/u.exec(row[0]);
    if (letter) part = { part: letter[1], max: undefined, additive: false };
    if (letter) set.parts.push(part);
    if (heading && part && part.max === undefined) part.max = Number(heading[1]);
    if (/cộng tổng điểm/u.test(row[0]) && part) part.additive = true;
    const points = score(row[1]);
    if (points === undefined) continue;
    const code = /^(\d+(?:\.\d+)*)\.?\s+\S/u.exec(row[0]);
    if (code) set.rows.push({ code: code[1], part: part?.part, max: points, options: [], additive: part?.additive });
    else if (row[0].startsWith('□')) set.rows.at(-1)?.options.push(points);
  }
  return set;
}

const headings = [];
for (let i = start; i < lines.length; i += 1) {
  const match = /^(\d+)\.\s+Bộ sản phẩm:\s*(.+?)\s*$/u.exec(lines[i]);
  if (match) headings.push({ setNo: Number(match[1]), title: match[2].replace(/\s+/g, ' '), line: i });
}
const printedSets = headings.map((h, i) => readSet(h.setNo, h.title, h.line, headings[i + 1]?.line ?? lines.length));
if (printedSets.length !== 26) stop(`the text has ${printedSets.length} sets, expected 26`);

// ---------------------------------------------------------------------------------------------
// Comparison.

const findings = [];
const differ = (setNo, what, printed, data) => {
  if (String(printed) !== String(data)) findings.push({ setNo, what, printed: String(printed), data: String(data) });
};
const sum = (values) => values.reduce((t, v) => t + v, 0);

function compareSet(printed, data) {
  const { setNo } = printed;
  differ(setNo, 'title', printed.title, data?.title);
  if (!data) return;
  differ(
    setNo,
    'parts',
    printed.parts.map((p) => `${p.part} ${p.max}`).join(', '),
    data.parts.map((p) => `${p.part} ${p.max}`).join(', '),
  );
  differ(setNo, 'total of the part headings', sum(printed.parts.map((p) => p.max)), 100);
  differ(setNo, 'disqualifiers', printed.disqualifiers, data.disqualifiers.length);
  const heads = printed.rows.filter((r) => printed.rows.some((x) => x.code.startsWith(`${r.code}.`)));
  const leaves = printed.rows.filter((r) => !heads.includes(r));
  differ(setNo, 'criterion codes', leaves.map((r) => r.code).join(' '), data.criteria.map((c) => c.code).join(' '));
  for (const row of leaves) {
    const criterion = data.criteria.find((c) => c.code === row.code);
    differ(setNo, `criterion ${row.code} maximum`, row.max, criterion?.max);
    differ(
      setNo,
      `criterion ${row.code} options`,
      row.options.join(', '),
      criterion?.options.map((o) => o.points).join(', '),
    );
    differ(setNo, `criterion ${row.code} additive`, row.additive ? 'yes' : 'no', criterion?.additive ? 'yes' : 'no');
    if (row.additive) differ(setNo, `criterion ${row.code} options sum to the maximum`, sum(row.options), row.max);
    else differ(setNo, `criterion ${row.code} highest option is the maximum`, Math.max(...row.options), row.max);
  }
  for (const head of heads) {
    const below = leaves.filter((r) => r.code.startsWith(`${head.code}.`));
    differ(setNo, `row ${head.code} maximum is the sum of its rows`, head.max, sum(below.map((r) => r.max)));
    const section = data.parts.flatMap((p) => p.sections).find((s) => s.code === head.code);
    if (section) differ(setNo, `section ${head.code} maximum`, head.max, section.max);
  }
  for (const part of printed.parts) {
    const inPart = leaves.filter((r) => r.part === part.part);
    differ(setNo, `part ${part.part} criteria sum to its heading`, sum(inPart.map((r) => r.max)), part.max);
  }
  for (const part of data.parts) {
    for (const section of part.sections) {
      const inSection = data.criteria.filter((c) => c.section === section.code);
      differ(
        setNo,
        `data: section ${section.code} maximum is the sum of its criteria`,
        section.max,
        sum(inSection.map((c) => c.max)),
      );
    }
  }
  if (data.starLegend !== false || data.criteria.some((c) => c.options.some((o) => o.minStars !== undefined)))
    differ(setNo, 'star marks', 'none', 'some');
}

if (!existsSync(modulePath)) stop(`${modulePath} not found (build the package first, or set OCOP_CRITERIA_MODULE)`);
const { QD1048_CRITERIA_SETS: dataSets } = await import(pathToFileURL(modulePath).href);
if (!Array.isArray(dataSets)) stop(`${modulePath} does not export QD1048_CRITERIA_SETS`);
if (dataSets.length !== printedSets.length) differ(0, 'number of sets', printedSets.length, dataSets.length);
for (const printed of printedSets)
  compareSet(
    printed,
    dataSets.find((s) => s.setNo === printed.setNo),
  );

// ---------------------------------------------------------------------------------------------
// The sets' `inconsistencies`: the data's own sums, worked out here, must fail exactly where a set
// lists an entry (named as the library's sum checks name it), and each entry must be a listed
// defect of the printed text.

/** What does not add up in a set's data, named as the library's sum checks name it. */
function dataSumProblems(set) {
  const problems = [];
  const check = (what, value, expected) => {
    if (value !== expected) problems.push(`${what}|${value}|${expected}`);
  };
  for (const part of set.parts) {
    check(`sections of part ${part.part}`, sum(part.sections.map((s) => s.max)), part.max);
    for (const section of part.sections) {
      const inSection = set.criteria.filter((c) => c.section === section.code);
      check(`criteria of section ${section.code}`, sum(inSection.map((c) => c.max)), section.max);
    }
  }
  for (const c of set.criteria) {
    const points = c.options.map((o) => o.points);
    if (c.additive) check(`options sum of ${c.code}`, sum(points), c.max);
    else check(`top option of ${c.code}`, Math.max(...points), c.max);
  }
  return problems;
}

/** The known defect (criteria-known-defects-qd1048-2019.json) that an inconsistency entry keeps. */
function defectOf(entry) {
  const top = /^top option of (\S+)$/u.exec(entry.what);
  if (top)
    return { what: `criterion ${top[1]} highest option is the maximum`, printed: entry.value, data: entry.expected };
  const additive = /^options sum of (\S+)$/u.exec(entry.what);
  if (additive)
    return { what: `criterion ${additive[1]} options sum to the maximum`, printed: entry.value, data: entry.expected };
  const part = /^sections of part ([ABC])$/u.exec(entry.what);
  if (part) return { what: `part ${part[1]} criteria sum to its heading`, printed: entry.value, data: entry.expected };
  return undefined;
}

const SUM_DEFECT =
  /^(criterion \S+ (highest option is the maximum|options sum to the maximum)|part [ABC] criteria sum to its heading)$/u;

function checkInconsistencies(set, known) {
  const entries = set.inconsistencies ?? [];
  const listed = entries.map((e) => `${e.what}|${e.value}|${e.expected}`);
  differ(
    set.setNo,
    'data: sums that do not add up (worked out here; listed in inconsistencies)',
    dataSumProblems(set).sort().join('; '),
    [...listed].sort().join('; '),
  );
  const kept = entries.map(defectOf);
  entries.forEach((entry, i) => {
    const d = kept[i];
    const found =
      d &&
      known.some(
        (k) =>
          k.setNo === set.setNo && k.what === d.what && k.printed === String(d.printed) && k.data === String(d.data),
      );
    if (!found)
      findings.push({
        setNo: set.setNo,
        what: `inconsistency "${entry.what}" without a known defect`,
        printed: '',
        data: listed[i],
      });
  });
  for (const k of known.filter((x) => x.setNo === set.setNo && SUM_DEFECT.test(x.what))) {
    const has = kept.some(
      (d) => d && d.what === k.what && String(d.printed) === k.printed && String(d.data) === k.data,
    );
    if (!has)
      findings.push({
        setNo: set.setNo,
        what: `known defect "${k.what}" without an inconsistency entry`,
        printed: k.printed,
        data: k.data,
      });
  }
}

const known = JSON.parse(readFileSync(defectsPath, 'utf8'));
for (const set of dataSets) checkInconsistencies(set, known);
const sameDefect = (k, f) => k.setNo === f.setNo && k.what === f.what && k.printed === f.printed && k.data === f.data;
const unexplained = findings.filter((f) => !known.some((k) => sameDefect(k, f)));
const stale = known.filter((k) => !findings.some((f) => sameDefect(k, f)));
if (unexplained.length > 0 || stale.length > 0) {
  for (const f of unexplained) console.error(`set ${f.setNo}: ${f.what}: printed ${f.printed}, data ${f.data}`);
  for (const k of stale)
    console.error(`listed in criteria-known-defects-qd1048-2019.json but no longer found: set ${k.setNo}: ${k.what}`);
  stop(`${unexplained.length} unexplained difference(s), ${stale.length} stale known defect(s)`);
}
const entries = dataSets.reduce((t, s) => t + (s.inconsistencies?.length ?? 0), 0);
const additive = dataSets.reduce((t, s) => t + s.criteria.filter((c) => c.additive).length, 0);
const criteria = dataSets.reduce((t, s) => t + s.criteria.length, 0);
const options = dataSets.reduce((t, s) => t + s.criteria.reduce((u, c) => u + c.options.length, 0), 0);
console.log(
  `1048 transcription check passed: ${dataSets.length} sets, ${criteria} criteria (${additive} additive), ${options} options; ${known.length} known defects, ${entries} inconsistencies kept`,
);
