// Benchmark: rating a 7-member council on one criteria set, against a hand-written baseline
// that sums plain integers and bands the average in the same process. Reports the ratio of
// median times and the time to rate 20,000 such evaluations (national scale).
// Run after `npm run build`: `npm run bench`.
import { Bench } from 'tinybench';
import { getCriteriaSet, rateProduct } from '../dist/index.js';

const SET_NO = Number(process.env.SET_NO ?? 1);
const MEMBERS = 7;
const NATIONAL = 20_000;
const set = getCriteriaSet('qd26-2026', SET_NO);

// Deterministic pseudo-random sheets (mulberry32), so runs are comparable.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const next = random(2020);
function council() {
  return Array.from({ length: MEMBERS }, () =>
    Object.fromEntries(set.criteria.map((c) => [c.code, c.options[Math.floor(next() * c.options.length)].points])),
  );
}
const councils = Array.from({ length: 64 }, council);
const evaluations = councils.map((sheets) => ({ ruleSet: 'qd26-2026', criteriaSet: SET_NO, level: 'province', sheets: sheets.map((points) => ({ points })) }));

// The baseline: what a hand-written app would do with no validation, no minima, no explanation.
const codes = set.criteria.map((c) => c.code);
function baseline(sheets) {
  let sum = 0;
  for (const points of sheets) for (const code of codes) sum += points[code];
  const average = Math.round((sum / sheets.length) * 100) / 100;
  return average >= 90 ? 5 : average >= 70 ? 4 : average >= 50 ? 3 : average >= 30 ? 2 : 1;
}

let i = 0;
let sink = 0;
const bench = new Bench({ time: 2000, warmup: true });
bench
  .add('baseline: sum integers + band', () => {
    sink += baseline(councils[i++ % councils.length]);
  })
  .add('rateProduct (validate, score, minima, explanation)', () => {
    sink += rateProduct(evaluations[i++ % evaluations.length]).stars;
  });
await bench.run();

const [base, rate] = bench.tasks.map((task) => task.result);
const median = (result) => result.latency.p50; // milliseconds
const ratio = median(rate) / median(base);
const nationalSeconds = (median(rate) * NATIONAL) / 1000;

// One real pass over 20,000 evaluations, measured end to end.
const started = performance.now();
for (let k = 0; k < NATIONAL; k++) sink += rateProduct(evaluations[k % evaluations.length]).stars;
const elapsed = (performance.now() - started) / 1000;

console.table(bench.table());
console.log(`criteria set ${SET_NO} (${set.criteria.length} criteria), ${MEMBERS} members`);
console.log(`median: baseline ${(median(base) * 1000).toFixed(2)} µs, rateProduct ${(median(rate) * 1000).toFixed(1)} µs, ratio ${ratio.toFixed(0)}×`);
console.log(`20,000 evaluations: ${nationalSeconds.toFixed(2)} s from the median, ${elapsed.toFixed(2)} s measured in one pass`);
if (sink === 0) console.log('(sink)');
