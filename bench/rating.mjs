// Benchmark: rating councils of 7 members on each of the 26 criteria sets of 26/2026, against a
// hand-written baseline doing the same work with plain integers and loops: check each sheet's
// points (known criteria, numbers, one of the options), sum each sheet, average the totals
// (two decimals half-up), band, count each star minimum over the sheets (majority), cap the star,
// and average every criterion and part across sheets (the numbers the explanation shows).
// rateProduct also checks the evaluation's shape, writes the explanation text in two languages
// and builds its issues; the baseline does none of that. Then the cost against council size
// (3, 7, 11, 15 members). Run after `npm run build`: `node bench/rating.mjs`.
import { rateProduct } from '../dist/index.js';
import { QD26_CRITERIA_SETS } from '../dist/criteria.js';
import { compareFast, formatMs, random, report } from './harness.mjs';

const MEMBERS = 7;
// SETS=1,6 limits the run to some sets (for quick checks); the default is all 26.
const ONLY = process.env.SETS ? new Set(process.env.SETS.split(',').map(Number)) : null;
const COUNCILS = 64;

function councils(set, members, seed) {
  const next = random(seed);
  return Array.from({ length: COUNCILS }, () => ({
    ruleSet: 'qd26-2026',
    criteriaSet: set.setNo,
    level: 'province',
    sheets: Array.from({ length: members }, () => ({
      points: Object.fromEntries(
        set.criteria.map((c) => [c.code, c.options[Math.floor(next() * c.options.length)].points]),
      ),
    })),
  }));
}

/** The baseline's own preparation of a set (done once, as rateProduct's is). */
function prepare(set) {
  const codes = set.criteria.map((c) => c.code);
  const position = new Map(codes.map((code, i) => [code, i]));
  const options = set.criteria.map((c) => {
    const points = c.options.map((o) => o.points);
    return c.notes?.some((n) => n.kind === 'condition') && !points.includes(0) ? [0, ...points] : points;
  });
  const partOf = set.criteria.map((c) => ['A', 'B', 'C'].indexOf(c.part));
  const minima = [];
  set.criteria.forEach((c, at) =>
    c.options.forEach((o) => o.minStars !== undefined && minima.push({ at, points: o.points, stars: o.minStars })),
  );
  return { codes, position, options, partOf, minima };
}

const halfUp2 = (sum, n) => Math.floor((200 * sum + n) / (2 * n)) / 100;

/** The same work as rateProduct without text, issues or shape checks beyond the points. */
function baseline(prepared, evaluation) {
  const { codes, position, options, partOf, minima } = prepared;
  const sheets = evaluation.sheets;
  const n = sheets.length;
  const rows = [];
  const totals = [];
  for (let s = 0; s < n; s++) {
    const points = sheets[s].points;
    const row = new Array(codes.length);
    let answered = 0;
    for (const code in points) {
      const at = position.get(code);
      const value = points[code];
      if (at === undefined || typeof value !== 'number' || !options[at].includes(value))
        throw new Error(`bad sheet ${s}`);
      row[at] = value;
      answered++;
    }
    if (answered !== codes.length) throw new Error(`missing criteria on sheet ${s}`);
    let total = 0;
    for (let at = 0; at < row.length; at++) total += row[at];
    rows.push(row);
    totals.push(total);
  }
  let sum = 0;
  for (const total of totals) sum += total;
  const average = halfUp2(sum, n);
  const band = average >= 90 ? 5 : average >= 70 ? 4 : average >= 50 ? 3 : average >= 30 ? 2 : 1;
  let stars = band;
  for (const m of minima) {
    let meeting = 0;
    for (const row of rows) if (row[m.at] >= m.points) meeting++;
    if (meeting * 2 <= n && m.stars <= stars) stars = m.stars - 1;
  }
  const criterionMeans = new Array(codes.length);
  for (let at = 0; at < codes.length; at++) {
    let column = 0;
    for (const row of rows) column += row[at];
    criterionMeans[at] = halfUp2(column, n);
  }
  const partSums = [0, 0, 0];
  for (const row of rows) for (let at = 0; at < row.length; at++) partSums[partOf[at]] += row[at];
  const partMeans = partSums.map((p) => halfUp2(p, n));
  return { average, band, stars, recognised: stars >= 3, criterionMeans, partMeans };
}

let sink = 0;
const perSet = [];
for (const set of QD26_CRITERIA_SETS.filter((s) => ONLY === null || ONLY.has(s.setNo))) {
  const evaluations = councils(set, MEMBERS, set.setNo);
  const prepared = prepare(set);
  // Both must agree on every council before their speed is compared.
  for (const evaluation of evaluations) {
    const ours = rateProduct(evaluation, { criteria: set });
    const theirs = baseline(prepared, evaluation);
    if (ours.average !== theirs.average || ours.band !== theirs.band || ours.stars !== theirs.stars) {
      throw new Error(
        `set ${set.setNo}: rateProduct and the baseline disagree (${ours.average}/${ours.stars} vs ${theirs.average}/${theirs.stars})`,
      );
    }
  }
  let i = 0;
  let j = 0;
  const { baselineMs, subjectMs } = await compareFast({
    baseline: () => {
      sink += baseline(prepared, evaluations[i++ % COUNCILS]).stars;
    },
    subject: () => {
      sink += rateProduct(evaluations[j++ % COUNCILS], { criteria: set }).stars;
    },
    time: 150,
    rounds: 3,
  });
  perSet.push({
    setNo: set.setNo,
    criteria: set.criteria.length,
    baselineMs,
    subjectMs,
    ratio: subjectMs / baselineMs,
  });
  console.log(
    `  set ${String(set.setNo).padStart(2)} (${set.criteria.length} criteria): rateProduct ${formatMs(subjectMs)}, baseline ${formatMs(baselineMs)}, ${(subjectMs / baselineMs).toFixed(2)}×`,
  );
}
const byRatio = [...perSet].sort((a, b) => a.ratio - b.ratio);
const mid = byRatio[(byRatio.length - 1) >> 1];
const worst = perSet.reduce((a, b) => (b.ratio > a.ratio ? b : a));
report({
  group: 'rating',
  name: `rateProduct, ${MEMBERS} members: median of ${perSet.length} sets (set ${mid.setNo})`,
  baseline: 'plain-integer rating of the same councils',
  baselineMs: mid.baselineMs,
  subjectMs: mid.subjectMs,
  goal: 3,
});
report({
  group: 'rating',
  name: `rateProduct, ${MEMBERS} members: slowest of ${perSet.length} sets (set ${worst.setNo})`,
  baseline: 'plain-integer rating of the same councils',
  baselineMs: worst.baselineMs,
  subjectMs: worst.subjectMs,
  goal: 3,
});

// Council size: the cost grows linearly with the number of sheets.
const set1 = QD26_CRITERIA_SETS[0];
const prepared1 = prepare(set1);
for (const members of [3, 7, 11, 15]) {
  const evaluations = councils(set1, members, 100 + members);
  let i = 0;
  let j = 0;
  const { baselineMs, subjectMs } = await compareFast({
    baseline: () => {
      sink += baseline(prepared1, evaluations[i++ % COUNCILS]).stars;
    },
    subject: () => {
      sink += rateProduct(evaluations[j++ % COUNCILS], { criteria: set1 }).stars;
    },
    time: 200,
    rounds: 3,
  });
  report({
    group: 'rating by council size',
    name: `rateProduct, set 1, ${members} members`,
    baseline: 'plain-integer rating',
    baselineMs,
    subjectMs,
  });
}
if (sink === 0.5) console.log(sink);
