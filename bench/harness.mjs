// The benchmark harness: every case runs ocop beside a hand-written baseline doing the same work
// with plain numbers and loops, in the same process, and reports both medians and their ratio.
// Ratios, not absolute times, are what the goals in docs/performance.md are stated in: they hold
// across machines far better than milliseconds. Never used by tests.
import { Bench } from 'tinybench';

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times a fast operation and its baseline with tinybench, in alternating rounds (so that a
 * machine slowing down mid-run affects both), and returns their median latencies in ms.
 */
export async function compareFast({ baseline, subject, time = 400, rounds = 3 }) {
  const base = [];
  const ours = [];
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, warmupTime: 100 });
    bench.add('baseline', baseline).add('subject', subject);
    await bench.run();
    const [b, s] = bench.tasks.map((task) => task.result.latency.p50);
    base.push(b);
    ours.push(s);
  }
  return { baselineMs: median(base), subjectMs: median(ours) };
}

/** Times a slow operation (tens of ms or more): `runs` runs after one warm-up, median in ms. */
export function timeSlow(fn, runs = 5) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Compares a slow operation with its baseline, alternating runs. */
export function compareSlow({ baseline, subject, runs = 5 }) {
  baseline();
  subject();
  const base = [];
  const ours = [];
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    baseline();
    base.push(performance.now() - started);
    started = performance.now();
    subject();
    ours.push(performance.now() - started);
  }
  return { baselineMs: median(base), subjectMs: median(ours) };
}

/** Formats milliseconds for humans: µs below 1 ms. */
export function formatMs(ms) {
  if (ms < 1) return `${(ms * 1000).toFixed(ms < 0.01 ? 2 : 1)} µs`;
  if (ms < 1000) return `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/**
 * A result row: `case` names what ocop does, `baseline` what the hand-written code does, `goal`
 * the ratio it must stay under (or null when none is set). Printed as a line, and as JSON on
 * a line starting with `RESULT ` for bench/run.mjs to collect.
 */
export function report({ group, name, baseline, baselineMs, subjectMs, goal = null, unit = null, note = null }) {
  const ratio = subjectMs / baselineMs;
  const met = goal === null ? null : ratio <= goal;
  const row = { group, name, baseline, baselineMs, subjectMs, ratio, goal, met, unit, note };
  const verdict = goal === null ? '' : met ? `  (goal ≤ ${goal}×: met)` : `  (goal ≤ ${goal}×: NOT MET)`;
  console.log(
    `${name}: ${formatMs(subjectMs)}${unit ? ` ${unit}` : ''} vs baseline ${formatMs(baselineMs)} → ${ratio.toFixed(2)}×${verdict}`,
  );
  console.log(`RESULT ${JSON.stringify(row)}`);
  return row;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so runs are comparable. */
export function random(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
