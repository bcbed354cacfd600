// Benchmark: ocop/units against hand-written code doing the same work on the same rows, in the
// same process.
// - getAdminUnit(code, date) for 10,000 random (code, date) pairs over every era (2019 to 2026:
//   provinces, districts, communes before and after 2025-07-01) against a Map from code to its
//   periods with a linear scan, built from the same generated rows.
// - migrateRecordUnits('producer', …) for 100,000 producers recorded before the reform, moved to
//   2025-07-01, against a hand-built Map from old commune to new commune(s) read from the same
//   conversion rows (one target: restate the record; several: refuse with the choices).
// - The load time of ocop/units: a cold import of the entry and its first getAdminUnit call (which
//   decodes the tables), in a fresh Node process, against a cold import of the main entry.
// Run after `npm run build`: `node bench/units.mjs`.
import { execFileSync } from 'node:child_process';
import { PROVINCES_FROM_2025, PROVINCES_UNTIL_2025 } from '../dist/index.js';
import { getAdminUnit, migrateRecordUnits } from '../dist/units.js';
import { COMMUNE_ROWS_FROM_2025 } from '../dist/units/data/communes-from-2025.js';
import { COMMUNE_ROWS_UNTIL_2025 } from '../dist/units/data/communes-until-2025.js';
import { COMMUNE_CONVERSION_2025 } from '../dist/units/data/conversion-2025.js';
import { DISTRICT_ROWS } from '../dist/units/data/districts.js';
import { compareFast, compareSlow, median, random, report } from './harness.mjs';

const next = random(18);
const pick = (list) => list[Math.floor(next() * list.length)];

// The baseline's table: every period by code, from the same rows (`code|parent|type|name|from|to`).
function periodsFromRows() {
  const byCode = new Map();
  const add = (code, parent, name, from, to) => {
    const list = byCode.get(code) ?? [];
    list.push({ code, parent, name, from, to });
    byCode.set(code, list);
  };
  for (const p of [...PROVINCES_UNTIL_2025, ...PROVINCES_FROM_2025])
    add(p.code, undefined, p.name, p.validFrom, p.validTo);
  for (const rows of [DISTRICT_ROWS, COMMUNE_ROWS_UNTIL_2025, COMMUNE_ROWS_FROM_2025]) {
    for (const row of rows.split('\n')) {
      const [code, parent, , name, from, to] = row.split('|');
      add(code, parent, name, from === '' ? null : from, to === '' ? null : to);
    }
  }
  return byCode;
}

const periods = periodsFromRows();
const inForce = (code, date) =>
  periods.get(code)?.find((p) => (p.from === null || p.from <= date) && (p.to === null || date <= p.to));

// A day from 2019-09-11 (the first snapshot) to 2026-12-31.
const FIRST = Date.UTC(2019, 8, 11);
const LAST = Date.UTC(2026, 11, 31);
const randomDay = (from = FIRST, to = LAST) =>
  new Date(from + Math.floor(next() * ((to - from) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);

let sink = 0;

// 1. getAdminUnit over every era.
{
  const codes = [...periods.keys()];
  const pairs = Array.from({ length: 10_000 }, () => [pick(codes), randomDay()]);
  const found = pairs.filter(([code, date]) => getAdminUnit(code, date) !== undefined).length;
  for (const [code, date] of pairs)
    if ((getAdminUnit(code, date)?.name ?? null) !== (inForce(code, date)?.name ?? null))
      throw new Error(`getAdminUnit(${code}, ${date}) and the baseline disagree`);
  const { baselineMs, subjectMs } = await compareFast({
    baseline: () => {
      for (const [code, date] of pairs) if (inForce(code, date)) sink++;
    },
    subject: () => {
      for (const [code, date] of pairs) if (getAdminUnit(code, date)) sink++;
    },
    time: 400,
  });
  report({
    group: 'units',
    name: 'getAdminUnit(code, date), 10,000 random pairs 2019–2026',
    baseline: 'Map code → periods, linear scan',
    baselineMs,
    subjectMs,
    goal: 3, // the baseline checks neither the code nor the date
    note: `${found} of 10,000 in force`,
  });
}

// 2. migrateRecordUnits on 100,000 producers recorded before the reform.
{
  const TO = '2025-07-01';
  const districtProvince = new Map(DISTRICT_ROWS.split('\n').map((row) => row.split('|').slice(0, 2)));
  const lastCommunes = COMMUNE_ROWS_UNTIL_2025.split('\n')
    .map((row) => row.split('|'))
    .filter((f) => f[5] === '2025-06-30');
  const startOfData = Date.UTC(2019, 8, 11);
  const producers = Array.from({ length: 100_000 }, (_, i) => {
    const [commune, district, , , from] = pick(lastCommunes);
    const first = from === '' ? startOfData : Date.parse(from);
    return {
      id: `p${i}`,
      name: `HTX ${i}`,
      legalForm: 'cooperative',
      recordedOn: randomDay(first, Date.UTC(2025, 5, 30)),
      address: { unit: { province: districtProvince.get(district), district, commune } },
    };
  });

  // The baseline's tables: old commune → new communes, new commune → its province, from the same rows.
  const conversion = new Map(
    COMMUNE_CONVERSION_2025.split('\n').map((row) => {
      const [old, targets] = row.split('|');
      return [old, targets.split(',').map((t) => t.slice(0, t.indexOf(':')))];
    }),
  );
  const newCommunes = new Map(
    COMMUNE_ROWS_FROM_2025.split('\n').map((row) => {
      const [code, province, , name, from, to] = row.split('|');
      return [code, { code, province, name, from, to }];
    }),
  );
  const PATH = ['address', 'unit', 'commune'];
  const baselineMigrate = (record) => {
    const { commune } = record.address.unit;
    if (!inForce(commune, record.recordedOn)) return { ok: false, refusal: { path: PATH, code: commune } };
    const targets = conversion.get(commune);
    if (targets.length > 1)
      return {
        ok: false,
        refusal: { path: PATH, code: commune, reason: 'split', choices: targets.map((t) => newCommunes.get(t)) },
      };
    const unit = { province: newCommunes.get(targets[0]).province, commune: targets[0] };
    return { ok: true, record: { ...record, address: { ...record.address, unit }, recordedOn: TO } };
  };

  const outcome = (m) =>
    m.ok ? JSON.stringify(m.record) : `${m.refusal.code}→${m.refusal.choices.map((c) => c.code)}`;
  let refused = 0;
  for (const producer of producers) {
    const ours = migrateRecordUnits('producer', producer, TO);
    if (!ours.ok) refused++;
    if (outcome(ours) !== outcome(baselineMigrate(producer)))
      throw new Error(`${producer.id}: migrateRecordUnits and the baseline disagree`);
  }
  const { baselineMs, subjectMs } = compareSlow({
    baseline: () => {
      for (const producer of producers) if (baselineMigrate(producer).ok) sink++;
    },
    subject: () => {
      for (const producer of producers) if (migrateRecordUnits('producer', producer, TO).ok) sink++;
    },
    runs: 7,
  });
  report({
    group: 'units',
    name: "migrateRecordUnits('producer', …, '2025-07-01'), 100,000 records",
    baseline: 'Map old commune → new communes',
    baselineMs,
    subjectMs,
    goal: 3, // migrateRecordUnits also rebuilds each reference's parents and copies the record
    note: `${refused} refused as split`,
  });
}

// 3. Loading ocop/units: import the entry, then the first lookup builds the index.
{
  const RUNS = 15;
  const units = new URL('../dist/units.js', import.meta.url).href;
  const main = new URL('../dist/index.js', import.meta.url).href;
  const cold = (code) =>
    JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }));
  const unitsRun = () =>
    cold(
      `const t = performance.now(); const m = await import(${JSON.stringify(units)}); const i = performance.now();` +
        `m.getAdminUnit('12688', '2024-03-01'); const f = performance.now();` +
        `console.log(JSON.stringify({ total: f - t, import: i - t, index: f - i }));`,
    );
  const mainRun = () =>
    cold(`const t = performance.now(); await import(${JSON.stringify(main)}); console.log(performance.now() - t);`);
  const totals = [];
  const imports = [];
  const indexes = [];
  const mains = [];
  for (let i = 0; i < RUNS; i++) {
    mains.push(mainRun());
    const r = unitsRun();
    totals.push(r.total);
    imports.push(r.import);
    indexes.push(r.index);
  }
  const importMs = median(imports);
  const indexMs = median(indexes);
  console.log(`ocop/units load: import ${importMs.toFixed(1)} ms, first getAdminUnit (index) ${indexMs.toFixed(1)} ms`);
  report({
    group: 'units',
    name: "cold import('ocop/units') and its first getAdminUnit (decodes the tables)",
    baseline: "cold import('ocop') (main entry)",
    baselineMs: median(mains),
    subjectMs: median(totals),
    note: `import ${importMs.toFixed(1)} ms + index ${indexMs.toFixed(1)} ms`,
  });
}
if (sink === 0.5) console.log(sink);
