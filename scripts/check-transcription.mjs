/**
 * Transcription check: compares the shipped criteria sets of Quyết định 26/2026/QĐ-TTg with the
 * decision's text (Phụ lục II; by default the development copy at ../shared/sources/qd-26-2026-QD-TTg.txt,
 * outside the repository, of the text published at vanban.chinhphu.vn, docid 218267), set by set: the set's
 * title and star legend, the parts (letters, maxima, the "(N Điểm)" of their headings), the
 * sections, the list of criterion codes, each numbered row's maximum, each criterion's option
 * points and star marks in order, and the total. It also checks the printed numbers against each
 * other (sections sum to their part, criteria to their section, options rise to the maximum).
 *
 *   node scripts/check-transcription.mjs
 *   OCOP_CRITERIA_MODULE=/tmp/qd26/index.js node scripts/check-transcription.mjs
 *
 * The data is read from the built package (dist/criteria.js, the `ocop/criteria` entry, export
 * QD26_CRITERIA_SETS) or from the module named by OCOP_CRITERIA_MODULE. The text is read line by
 * line here, independently of scripts/transcribe-criteria.mjs. Every difference fails (exit 1)
 * unless scripts/criteria-known-defects.json lists it (same setNo, what, printed and data); a
 * listed defect that no longer occurs fails too. Without the source file the check is skipped
 * (exit 0).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const sourcePath = process.env.OCOP_CRITERIA_SOURCE ?? resolve(root, '../shared/sources/qd-26-2026-QD-TTg.txt');
const modulePath = resolve(process.env.OCOP_CRITERIA_MODULE ?? resolve(root, 'dist/criteria.js'));
const defectsPath = resolve(root, 'scripts/criteria-known-defects.json');

if (!existsSync(sourcePath)) {
  console.log(`transcription check skipped: ${sourcePath} not found`);
  process.exit(0);
}

function stop(message) {
  console.error(`transcription check failed: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// The printed text, read line by line.

function readPrinted(text) {
  const lines = text
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''));
  const first = lines.findIndex((line) => line.trim() === 'PHỤ LỤC II');
  const last = lines.findIndex((line, i) => i > first && line.trim() === 'PHỤ LỤC III');
  if (first < 0 || last < 0) stop('Phụ lục II not found in the source');

  const titles = new Map();
  const sets = [];
  let set;
  let inTable = false;
  for (const line of lines.slice(first, last)) {
    const heading = /^(\d+)\.\s/.exec(line);
    if (heading) {
      set = { setNo: Number(heading[1]), rows: [], total: undefined, legend: false };
      sets.push(set);
      inTable = false;
      continue;
    }
    const cells = /^\s*\|(.*)\|\s*$/
      .exec(line)?.[1]
      .split('|')
      .map((cell) => cell.trim());
    if (!set) {
      const listed = cells && /^(\d+)$/.exec(cells[0] ?? '');
      const title = cells && /^Bộ sản phẩm:\s*(.+)$/.exec(cells[1] ?? '');
      if (listed && title) titles.set(Number(listed[1]), title[1]);
      continue;
    }
    if (line.includes('Dấu sao là yêu cầu tối thiểu')) set.legend = true;
    if (!cells) continue;
    if (cells[0] === 'Các tiêu chí') {
      inTable = true;
      continue;
    }
    if (!inTable) continue;
    if (cells[0] === 'TỔNG CỘNG') {
      set.total = cells[1];
      inTable = false;
      continue;
    }
    // A row spanning both columns ("[c2]…") has no score.
    if (cells.length === 1 && cells[0].startsWith('[c2]')) set.rows.push({ text: cells[0].slice(4).trim(), score: '' });
    else set.rows.push({ text: cells[0], score: cells[1] ?? '' });
  }
  return { titles, sets };
}

/** Parts, sections, headings, criteria and options of one printed table. */
function structure(rows) {
  const parts = [];
  const numbered = [];
  const findings = [];
  let current;
  for (const row of rows) {
    const part = /^phần\s+([abc])\b/iu.exec(row.text);
    const number = /^(\d+(?:\.\d+)*)\.?\s/.exec(row.text);
    const box = /^(□|o)\s/.exec(row.text);
    if (part) {
      const heading = /\((\d+)\s*điểm\)/iu.exec(row.text)?.[1];
      parts.push({ part: part[1].toUpperCase(), score: row.score, heading, sections: [] });
      current = undefined;
    } else if (number) {
      current = { code: number[1], score: row.score, options: [], part: parts.at(-1)?.part, runs: [0] };
      numbered.push(current);
      if (!number[1].includes('.')) parts.at(-1)?.sections.push(current);
    } else if (box && current) {
      const runs = row.text.match(/\*+/g) ?? [];
      const longest = Math.max(0, ...runs.map((r) => r.length));
      const trailing = /[*\s]*$/.exec(row.text)[0].trim();
      let mark = '';
      if (longest >= 3 && longest <= 5) mark = '*'.repeat(longest);
      else if (trailing.includes('*')) mark = `[${trailing}]`;
      current.options.push({
        score: row.score,
        mark,
        box: box[1],
        label: row.text
          .slice(box[0].length)
          .replace(/\s*\/\s*(Ghi chú|Chú ý).*$/u, '')
          .replace(/[*\s]*$/, ''),
      });
    } else if (current && /^[a-z]\.\s+Trường hợp/u.test(row.text)) {
      current.runs.push(current.options.length);
    }
  }
  // A numbered row followed by its own sub-rows is a heading; any other numbered row is scored.
  for (const [i, row] of numbered.entries()) {
    const next = numbered[i + 1];
    const nextIsChild = next !== undefined && next.code.startsWith(`${row.code}.`) && next.part === row.part;
    row.heading = nextIsChild;
  }
  // The same row printed twice in a row.
  for (const [i, row] of numbered.entries()) {
    const before = numbered[i - 1];
    if (before && before.code === row.code)
      findings.push({ what: `row ${row.code}`, printed: 'printed twice', data: 'once' });
  }
  return { parts, numbered, criteria: numbered.filter((row) => !row.heading), findings };
}

const token = (points, mark) => `${points}${mark}`;
const asNumber = (text) => (/^\d+$/.test(text) ? Number(text) : NaN);

// ---------------------------------------------------------------------------------------------
// Comparison.

function compareSet(printedSet, listTitle, data) {
  const findings = [];
  const add = (what, printed, dataText) =>
    findings.push({ setNo: printedSet.setNo, what, printed: String(printed), data: String(dataText) });
  const printed = structure(printedSet.rows);
  for (const f of printed.findings) add(f.what, f.printed, f.data);

  if (data.title !== listTitle) add('title', listTitle, data.title);
  if (data.starLegend !== printedSet.legend)
    add('star legend', printedSet.legend ? 'printed' : 'not printed', data.starLegend);

  // Parts and sections.
  const dataParts = data.parts.map((p) => p.part).join(', ');
  const printedParts = printed.parts.map((p) => p.part).join(', ');
  if (dataParts !== printedParts) add('parts', printedParts, dataParts);
  for (const p of printed.parts) {
    const d = data.parts.find((x) => x.part === p.part);
    if (!d) continue;
    if (p.heading !== p.score) add(`part ${p.part} heading`, `(${p.heading} Điểm), score column ${p.score}`, d.max);
    if (String(d.max) !== p.score) add(`part ${p.part} max`, p.score, d.max);
    const sectionCodes = p.sections.map((s) => s.code).join(', ');
    const dataSections = d.sections.map((s) => s.code).join(', ');
    if (sectionCodes !== dataSections) add(`part ${p.part} sections`, sectionCodes, dataSections);
    const sum = p.sections.reduce((t, s) => t + asNumber(s.score), 0);
    if (!Number.isNaN(sum) && sum !== asNumber(p.score))
      add(
        `part ${p.part} sections sum`,
        `${sum} against ${p.score}`,
        d.sections.reduce((t, s) => t + s.max, 0),
      );
  }
  const partSum = printed.parts.reduce((t, p) => t + asNumber(p.score), 0);
  const dataTotal = data.parts.reduce((t, p) => t + p.max, 0);
  if (printedSet.total !== '100' || asNumber(printedSet.total) !== partSum)
    add('total', `TỔNG CỘNG ${printedSet.total}, parts ${partSum}`, dataTotal);
  if (String(dataTotal) !== printedSet.total) add('total in data', printedSet.total, dataTotal);

  // Criterion codes.
  const printedCodes = printed.criteria.map((c) => c.code).join(', ');
  const dataCodes = data.criteria.map((c) => c.code).join(', ');
  if (printedCodes !== dataCodes) add('criterion codes', printedCodes, dataCodes);

  // Each numbered row's maximum, against the data's section and/or criterion of that code.
  const dataSections = new Map(data.parts.flatMap((p) => p.sections.map((s) => [s.code, s])));
  const dataCriteria = new Map(data.criteria.map((c) => [c.code, c]));
  for (const row of printed.numbered) {
    const values = [];
    if (dataSections.has(row.code)) values.push(dataSections.get(row.code).max);
    if (!row.heading && dataCriteria.has(row.code)) values.push(dataCriteria.get(row.code).max);
    if (values.length === 0) continue;
    const dataText = [...new Set(values)].join(' / ');
    if (dataText !== row.score) add(`row ${row.code} max`, row.score, dataText);
  }

  // Sums of printed numbers: criteria (and sub-criteria) to their section or heading.
  for (const row of printed.numbered.filter((r) => r.heading)) {
    const children = printed.criteria.filter((c) => c.code.startsWith(`${row.code}.`) && c.part === row.part);
    const sum = children.reduce((t, c) => t + asNumber(c.score), 0);
    if (!Number.isNaN(sum) && sum !== asNumber(row.score))
      add(`row ${row.code} sum`, `${sum} against ${row.score}`, '');
  }

  // Options: points and star marks in order; where they agree with the data, the printed values
  // must also rise (within each "Trường hợp") to the criterion's maximum without repeating.
  for (const row of printed.criteria) {
    const d = dataCriteria.get(row.code);
    if (!d) continue;
    const printedOptions =
      row.options.length > 0
        ? row.options.map((o) => token(o.score === '' ? '?' : o.score, o.mark)).join(', ')
        : `(no tick boxes; 0, ${row.score})`;
    const implied = d.options.every((o) => o.implied);
    const dataOptions = implied
      ? `(no tick boxes; ${d.options.map((o) => o.points).join(', ')})`
      : d.options.map((o) => token(o.points, '*'.repeat(o.minStars ?? 0))).join(', ');
    if (printedOptions !== dataOptions) {
      add(`criterion ${row.code} options`, printedOptions, dataOptions);
      continue;
    }
    row.options.forEach((o, i) => {
      if (o.box !== '□') add(`criterion ${row.code} option ${i + 1} tick box`, o.box, '□');
      if (/\s:$/.test(o.label))
        add(
          `criterion ${row.code} option ${i + 1} label`,
          `ends with " :"`,
          d.options[i]?.label.endsWith(' :') ? 'kept as printed' : 'changed',
        );
    });
    if (row.options.length === 0) continue;
    const points = row.options.map((o) => asNumber(o.score));
    const bounds = [...row.runs, points.length];
    for (let r = 0; r + 1 < bounds.length; r += 1) {
      const run = points.slice(bounds[r], bounds[r + 1]);
      if (run.length === 0) continue;
      if (run.some((p, i) => i > 0 && p === run[i - 1]))
        add(`criterion ${row.code} options repeat a value`, printedOptions, dataOptions);
      else if (run.some((p, i) => i > 0 && p < run[i - 1]))
        add(`criterion ${row.code} options not rising`, printedOptions, dataOptions);
      if (!Number.isNaN(asNumber(row.score)) && Math.max(...run) !== asNumber(row.score))
        add(`criterion ${row.code} highest option`, `${Math.max(...run)} against ${row.score}`, d.max);
    }
  }

  // Criteria to their section (data codes, printed numbers).
  for (const p of printed.parts) {
    for (const s of p.sections) {
      const inSection = printed.criteria.filter((c) => c.code.split('.')[0] === s.code && c.part === p.part);
      const sum = inSection.reduce((t, c) => t + asNumber(c.score), 0);
      if (!Number.isNaN(sum) && sum !== asNumber(s.score))
        add(`section ${s.code} sum`, `${sum} against ${s.score}`, '');
    }
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------

const { titles, sets: printedSets } = readPrinted(readFileSync(sourcePath, 'utf8'));
if (!existsSync(modulePath)) stop(`${modulePath} not found (build the package first, or set OCOP_CRITERIA_MODULE)`);
const loaded = await import(pathToFileURL(modulePath).href).catch((error) =>
  stop(`cannot load ${modulePath}: ${error.message}`),
);
const dataSets = loaded.QD26_CRITERIA_SETS;
if (!Array.isArray(dataSets)) stop(`${modulePath} does not export QD26_CRITERIA_SETS`);

const findings = [];
if (printedSets.length !== 26 || printedSets.some((s, i) => s.setNo !== i + 1))
  stop(`the source has sets ${printedSets.map((s) => s.setNo).join(', ')}`);
if (dataSets.map((s) => s.setNo).join(',') !== printedSets.map((s) => s.setNo).join(',')) {
  findings.push({
    setNo: 0,
    what: 'set numbers',
    printed: printedSets.map((s) => s.setNo).join(', '),
    data: dataSets.map((s) => s.setNo).join(', '),
  });
}
for (const printedSet of printedSets) {
  const data = dataSets.find((s) => s.setNo === printedSet.setNo);
  if (data) findings.push(...compareSet(printedSet, titles.get(printedSet.setNo), data));
}

const known = JSON.parse(readFileSync(defectsPath, 'utf8'));
const sameDefect = (a, b) => a.setNo === b.setNo && a.what === b.what && a.printed === b.printed && a.data === b.data;
const unexplained = findings.filter((f) => !known.some((k) => sameDefect(k, f)));
const stale = known.filter((k) => !findings.some((f) => sameDefect(k, f)));

if (unexplained.length > 0 || stale.length > 0) {
  for (const f of unexplained)
    console.error(`set ${f.setNo}: ${f.what}: printed ${JSON.stringify(f.printed)}, data ${JSON.stringify(f.data)}`);
  for (const k of stale)
    console.error(`listed in criteria-known-defects.json but no longer found: set ${k.setNo}: ${k.what}`);
  stop(`${unexplained.length} unexplained difference(s), ${stale.length} stale known defect(s)`);
}

const options = dataSets.flatMap((s) => s.criteria.flatMap((c) => c.options));
const stars = (n) => options.filter((o) => o.minStars === n).length;
console.log(
  `transcription check passed: ${dataSets.length} sets, ${dataSets.reduce((t, s) => t + s.criteria.length, 0)} criteria, ${options.length} options, star marks 3★ ${stars(3)}, 4★ ${stars(4)}, 5★ ${stars(5)}; ${known.length} known defects`,
);
