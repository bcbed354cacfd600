// Benchmark: findUnitsByName (ocop/units) against hand-written code doing the simplest version of
// the same work on the same rows, in the same process.
// - 10,000 searches by a unit's name as the list writes it, on a day it was in force (2019 to
//   2026), against a Map from the lower-cased NFC name to its periods, filtered by date. ocop also
//   folds tone-mark styles, apostrophes, spacing and leading zeros, so it may find more units than
//   the baseline (never fewer: checked before timing).
// - The same searches written as spreadsheets write them (a type prefix, capitals, the other
//   tone-mark style, decomposed text), and written without diacritics (`diacritics: 'ignore'`),
//   against the same baseline on the plain names: what the folding costs.
// - The name index: a fresh Node process imports ocop/units, decodes the tables (a first
//   getAdminUnit) and times its first findUnitsByName in each diacritics mode (which builds that
//   mode's index), against building the baseline's Map from the rows in the same process.
// Run after `npm run build`: `node bench/units-names.mjs`.
import { execFileSync } from 'node:child_process';
import { PROVINCES_FROM_2025, PROVINCES_UNTIL_2025 } from '../dist/index.js';
import { findUnitsByName } from '../dist/units.js';
import { COMMUNE_ROWS_FROM_2025 } from '../dist/units/data/communes-from-2025.js';
import { COMMUNE_ROWS_UNTIL_2025 } from '../dist/units/data/communes-until-2025.js';
import { DISTRICT_ROWS } from '../dist/units/data/districts.js';
import { compareFast, median, random, report } from './harness.mjs';

const next = random(19);
const pick = (list) => list[Math.floor(next() * list.length)];

/** Every period from the generated rows (`code|parent|type|name|from|to`) and the provinces. */
function periodsFromRows() {
  const PROVINCE_TYPES = { tỉnh: 'Tỉnh', 'thành phố trực thuộc trung ương': 'Thành phố' };
  const periods = [...PROVINCES_UNTIL_2025, ...PROVINCES_FROM_2025].map((p) => ({
    code: p.code,
    type: PROVINCE_TYPES[p.type],
    name: p.name,
    from: p.validFrom,
    to: p.validTo,
  }));
  const TYPES = { q: 'Quận', h: 'Huyện', t: 'Thành phố', x: 'Thị xã' };
  const COMMUNE_TYPES = { x: 'Xã', p: 'Phường', t: 'Thị trấn', d: 'Đặc khu' };
  const tables = [
    [DISTRICT_ROWS, TYPES],
    [COMMUNE_ROWS_UNTIL_2025, COMMUNE_TYPES],
    [COMMUNE_ROWS_FROM_2025, COMMUNE_TYPES],
  ];
  for (const [rows, types] of tables) {
    for (const row of rows.split('\n')) {
      const [code, , letter, name, from, to] = row.split('|');
      periods.push({ code, type: types[letter], name, from: from === '' ? null : from, to: to === '' ? null : to });
    }
  }
  return periods;
}

/** The baseline's index: lower-cased NFC name → periods. */
function baselineIndex(periods) {
  const byName = new Map();
  for (const period of periods) {
    const key = period.name.normalize('NFC').toLowerCase();
    const list = byName.get(key);
    if (list) list.push(period);
    else byName.set(key, [period]);
  }
  return byName;
}

const periods = periodsFromRows();
const byName = baselineIndex(periods);
const inForce = (period, date) =>
  (period.from === null || period.from <= date) && (period.to === null || date <= period.to);
const baselineFind = (name, date) =>
  (byName.get(name.normalize('NFC').toLowerCase()) ?? []).filter((period) => inForce(period, date));

// A day from 2019-09-11 (the first snapshot) to 2026-12-31, within a period.
const DAY = 86_400_000;
const FIRST = Date.UTC(2019, 8, 11);
const LAST = Date.UTC(2026, 11, 31);
function dayIn(period) {
  const from = Math.max(FIRST, period.from === null ? FIRST : Date.parse(period.from));
  const to = Math.min(LAST, period.to === null ? LAST : Date.parse(period.to));
  return new Date(from + Math.floor(next() * ((to - from) / DAY + 1)) * DAY).toISOString().slice(0, 10);
}

const searches = Array.from({ length: 10_000 }, () => {
  const period = pick(periods);
  return { period, name: period.name, on: dayIn(period) };
});

/** The other tone-mark style of oa, oe, uy: a mark after the first vowel moves after the second, and back. */
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
const DIPHTHONG = new RegExp(`([oO])(${TONE}?)([aAeE])(${TONE}?)|([uU])(${TONE}?)([yY])(${TONE}?)`, 'g');
const swap = (first, onFirst, second, onSecond) =>
  onFirst ? `${first}${second}${onFirst}` : `${first}${onSecond}${second}`;
const otherToneStyle = (name) =>
  name
    .normalize('NFD')
    .replace(DIPHTHONG, (_m, o, oMark, a, aMark, u, uMark, y, yMark) =>
      o === undefined ? swap(u, uMark, y, yMark) : swap(o, oMark, a, aMark),
    )
    .normalize('NFC');
const messy = searches.map(({ period, name, on }, i) => {
  const written = i % 2 === 0 ? otherToneStyle(name).toUpperCase() : otherToneStyle(name).normalize('NFD');
  return { name: `${period.type}  ${written}`, on };
});
const stripped = searches.map(({ name, on }) => ({
  name: name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D'),
  on,
}));

// Each search finds at least what the baseline finds, and the unit it was drawn from.
for (let i = 0; i < searches.length; i++) {
  const { period, name, on } = searches[i];
  const ours = new Set(findUnitsByName(name, { on }).map((unit) => `${unit.code}|${unit.name}`));
  for (const found of baselineFind(name, on))
    if (!ours.has(`${found.code}|${found.name}`))
      throw new Error(`findUnitsByName(${name}, ${on}) misses ${found.code}`);
  const key = `${period.code}|${period.name}`;
  if (!findUnitsByName(messy[i].name, { on }).some((unit) => `${unit.code}|${unit.name}` === key))
    throw new Error(`findUnitsByName(${messy[i].name}, ${on}) misses ${period.code}`);
  if (!findUnitsByName(stripped[i].name, { on, diacritics: 'ignore' }).some((u) => `${u.code}|${u.name}` === key))
    throw new Error(`findUnitsByName(${stripped[i].name}, ${on}, ignore) misses ${period.code}`);
}
const averageFound = searches.reduce((sum, { name, on }) => sum + findUnitsByName(name, { on }).length, 0) / 10_000;

let sink = 0;
const cases = [
  ['findUnitsByName(name, { on }), 10,000 names as listed', searches, {}],
  ['findUnitsByName(name, { on }), 10,000 names with a prefix, capitals, the other tone style', messy, {}],
  [
    "findUnitsByName(name, { on, diacritics: 'ignore' }), 10,000 names without diacritics",
    stripped,
    { diacritics: 'ignore' },
  ],
];
for (const [name, queries, options] of cases) {
  const { baselineMs, subjectMs } = await compareFast({
    baseline: () => {
      for (const { name: query, on } of searches) sink += baselineFind(query, on).length;
    },
    subject: () => {
      for (const { name: query, on } of queries) sink += findUnitsByName(query, { on, ...options }).length;
    },
    time: 400,
  });
  report({
    group: 'units',
    name,
    baseline: 'Map lower-cased name → periods, date filter (names as listed)',
    baselineMs,
    subjectMs,
    note: `${((subjectMs / 10_000) * 1000).toFixed(2)} µs per search; ${averageFound.toFixed(1)} units found on average`,
  });
}

// The name index, built on the first search of each mode, in a fresh process.
{
  const RUNS = 9;
  const units = new URL('../dist/units.js', import.meta.url).href;
  const run = () =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const m = await import(${JSON.stringify(units)}); m.getAdminUnit('12688', '2024-03-01');` +
            `let t = performance.now(); m.findUnitsByName('Đông Hưng', { on: '2024-03-01' }); const match = performance.now() - t;` +
            `t = performance.now(); m.findUnitsByName('Dong Hung', { on: '2024-03-01', diacritics: 'ignore' });` +
            `console.log(JSON.stringify({ match, ignore: performance.now() - t }));`,
        ],
        { encoding: 'utf8' },
      ),
    );
  const matches = [];
  const ignores = [];
  const baselines = [];
  for (let i = 0; i < RUNS; i++) {
    const r = run();
    matches.push(r.match);
    ignores.push(r.ignore);
    const started = performance.now();
    sink += baselineIndex(periodsFromRows()).size;
    baselines.push(performance.now() - started);
  }
  for (const [mode, times] of [
    ['match', matches],
    ['ignore', ignores],
  ])
    report({
      group: 'units',
      name: `first findUnitsByName with diacritics '${mode}' (builds the name index of ${periods.length} periods)`,
      baseline: 'building the Map lower-cased name → periods from the rows',
      baselineMs: median(baselines),
      subjectMs: median(times),
      note: 'fresh process, tables already decoded',
    });
}
if (sink === 0.5) console.log(sink);
