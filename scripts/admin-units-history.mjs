/**
 * Dated periods of districts and communes from the daohoangson/dvhcvn snapshot series (2019-09-11 to
 * 2025-03-01), closed with file A (thanglequoc v2.4.1, the state 2025-03-01 to 2025-06-30). Used by
 * scripts/generate-admin-units.mjs.
 *
 * A snapshot at data_date D is read as the state on D. A row runs from its first read's date (empty when
 * the code is in force in the first reads, 2019-09-11: start not known) to the day before the first read
 * that no longer has it. Two reads that share a date: the later read wins the date.
 */
import { splitName } from './admin-units-source.mjs';

/**
 * The 23 distinct reads of daohoangson/dvhcvn `data/dvhcvn.json` (`data/full.json` in the first), in order:
 * data_date, commit, and the district and commune counts of the read (checked against the rows).
 */
export const READS = [
  ['2019-09-11', '0820da31133a1ad0b7415f2e5fc7d3079de9b372', 713, 11162],
  ['2019-09-11', '2f06b9214c61a7bc30a25dc70973cdc346bc7c3f', 713, 11161],
  ['2019-10-16', 'e80472df12d617114c99dab46dcefb44b3166368', 713, 11156],
  ['2019-12-01', '79f0ad9440c00e86334514ba0345c6571254c64b', 713, 11129],
  ['2019-12-01', '8d7268a44fa469dc3f513fa6bf4bf1c612cb8998', 713, 11053],
  ['2020-01-01', '06b2321580e5d8c24d79eeed82b4aa254a29464e', 711, 10767],
  ['2020-03-01', '7e12bcb37fd671a4768abc5bd14b049130928043', 707, 10643],
  ['2020-06-01', 'e806feb71c5c87fdde6c2aea012dbb2ee6328ba7', 707, 10614],
  ['2020-11-01', '82a1fa4b98d92d0a38645725074b9937f50a1936', 707, 10614],
  ['2021-02-01', 'ca30e0ceb2b929fa714f286a3e13e3e3984bb8c6', 705, 10603],
  ['2021-07-01', '21756a68e4b228208593ef9eb9e7cd028e65c241', 705, 10603],
  ['2021-11-01', '8c9bf729baf2e3e1561bd1dc76ef3bff279bebc1', 705, 10599],
  ['2022-04-10', 'ef2504e24250959cc66604c8b847d6a0972ae3c7', 705, 10599],
  ['2022-10-01', '71996c5e53594f28d5bbd995e5aa983366ad1386', 705, 10599],
  ['2023-04-10', '9ce1ab57a41bb056d6d3e77cbc9e2c561ff18ec5', 705, 10598],
  ['2024-02-01', 'ed528e718ca50b0e469f18a6d6352a4b2f1102b2', 705, 10598],
  ['2024-05-01', 'e503f1375e06e9ad375fd3696d01df07ce7e4f69', 705, 10595],
  ['2024-09-01', 'f3d30bdd6f7eb69ad35d3ab4e6f138bd0a6cb8ef', 704, 10542],
  ['2024-11-01', '4426bca1996252d6556e968eb33c9546563eecb0', 704, 10472],
  ['2024-12-01', '3d79e7ed44944da02628450273e56365951d53e4', 704, 10451],
  ['2025-01-01', '39a8c0638e92078d922bc5471c19e29fefdc8d6d', 703, 10431],
  ['2025-01-01', '87d3e0cce1f245216bbf00b0e5f2a07c99aa8aad', 696, 10057],
  ['2025-03-01', 'eaddcea82fc336d59e908989f04178c336a9db10', 696, 10047],
].map(([date, commit, districts, communes]) => ({ date, commit, districts, communes }));

const LAST = READS.length - 1;

/** Zombie codes: re-issued by the GSO service in the last reads under a new district (code → that district). */
export const ZOMBIES = {
  '07693': '213',
  '07732': '213',
  '07744': '213',
  16387: '380',
  16411: '380',
  18448: '445',
  20176: '482',
  20674: '509',
  25102: '682',
  25174: '682',
  25177: '682',
  25186: '682',
};

/** Codes missing from one read in the middle of their run (code → that read's date), taken as continuous. */
export const GAP_CODES = { '01420': '2020-03-01' };

/** The day before an ISO date. */
export function dayBefore(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

function readPairs(row) {
  const firsts = READS.flatMap((r, i) => (r.date === row.firstSeen ? [i] : []));
  const lasts = READS.flatMap((r, i) => (r.date === row.lastSeen ? [i] : []));
  const gap = row.code in GAP_CODES ? 1 : 0;
  const pairs = [];
  for (const f of firsts) for (const l of lasts) if (l - f + 1 === row.seenIn + gap) pairs.push([f, l]);
  if (pairs.length === 0) throw new Error(`snapshots: no read run fits ${JSON.stringify(row)}`);
  return pairs;
}

const overlaps = (a, b) => a[0] <= b[1] && b[0] <= a[1];

/** The candidate read runs of each row of one code, narrowed by the code's other rows when a date has two reads. */
function candidateRuns(rows) {
  const candidates = rows.map(readPairs);
  for (let pass = 0; pass < 3; pass += 1) {
    for (let i = 0; i < rows.length; i += 1) {
      if (candidates[i].length === 1) continue;
      const fixed = candidates.filter((c, j) => j !== i && c.length === 1).map((c) => c[0]);
      candidates[i] = candidates[i].filter((pair) => !fixed.some((other) => overlaps(pair, other)));
    }
  }
  return rows.map((row, i) => {
    if (candidates[i].length === 0) throw new Error(`snapshots: no consistent read run for ${JSON.stringify(row)}`);
    return { ...row, candidates: candidates[i] };
  });
}

/** Per read, how many of the rows hold it (a gap code counted out of its missing read). */
function readCounts(rows) {
  const counts = READS.map(() => 0);
  for (const { reads, code } of rows) {
    for (let i = reads[0]; i <= reads[1]; i += 1) counts[i] += 1;
    if (code in GAP_CODES) counts[READS.findIndex((r) => r.date === GAP_CODES[code])] -= 1;
  }
  return counts;
}

/**
 * Gives each row its read run. Rows left with two runs (a date read twice) are grouped by their candidates;
 * every group takes one of its runs as a whole, and the only combination that gives each read the unit
 * count it had (zombies included) is kept. Throws when none or several fit.
 */
function assignReads(rows, level) {
  const withCandidates = rows.map(candidateRuns).flat();
  const groups = [
    ...new Set(withCandidates.filter((r) => r.candidates.length > 1).map((r) => JSON.stringify(r.candidates))),
  ];
  if (groups.some((g) => JSON.parse(g).length > 2)) throw new Error('snapshots: a row with more than two read runs');
  if (groups.length > 10) throw new Error(`snapshots: ${groups.length} kinds of ambiguous read runs`);
  const expected = READS.map((read) => read[`${level}s`]).join();
  const fits = [];
  for (let mask = 0; mask < 2 ** groups.length; mask += 1) {
    const choice = new Map(groups.map((g, i) => [g, JSON.parse(g)[(mask >> i) & 1]]));
    const assigned = withCandidates.map((r) => ({
      ...r,
      reads: choice.get(JSON.stringify(r.candidates)) ?? r.candidates[0],
    }));
    if (readCounts(assigned).join() === expected) fits.push(assigned);
  }
  if (fits.length !== 1) throw new Error(`snapshots: ${fits.length} ways fit the ${level} counts of the reads`);
  return fits[0].map((row) => {
    const copy = { ...row };
    delete copy.candidates;
    return copy;
  });
}

function stripMarks(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** True when two short names differ only in spelling (marks, one letter such as x/s or b/p). */
export function spellingOnly(a, b) {
  return editDistance(stripMarks(a), stripMarks(b)) <= 1;
}

const A_FROM = '2025-03-01';
const A_TO = '2025-06-30';

/** Closes a row of the last read with A's unit: A's name (spelling fix) or a new row from 2025-03-01. */
function closeWithA(period, unit, log) {
  const sameUnit = unit.parent === period.parent && unit.type === period.type;
  if (sameUnit && unit.name === period.name) return [{ ...period, to: A_TO }];
  if (sameUnit && spellingOnly(unit.name, period.name)) {
    log.spelling.push(`${period.code} ${period.name} → ${unit.name}`);
    return [{ ...period, name: unit.name, to: A_TO }];
  }
  log.splitAtA.push(
    `${period.code} ${period.parent} ${period.type} ${period.name} → ${unit.parent} ${unit.type} ${unit.name}`,
  );
  return [
    { ...period, to: dayBefore(A_FROM) },
    { ...unit, from: A_FROM, to: A_TO },
  ];
}

function periodOf(row, isFirstOfCode) {
  const [f, l] = row.reads;
  const from = isFirstOfCode && READS[f].date === READS[0].date ? '' : READS[f].date;
  const to = l === LAST ? null : dayBefore(READS[l + 1].date);
  return { code: row.code, parent: row.parent, ...splitName(row.name, row.level), from, to, reads: row.reads };
}

function dropZombies(rows, log) {
  return rows.filter((row) => {
    const district = ZOMBIES[row.code];
    if (district === undefined || row.reads[1] !== LAST) return true;
    if (row.parent !== district || row.reads[0] < LAST - 3) throw new Error(`zombie ${row.code}: unexpected row`);
    log.zombies.push(`${row.code} ${row.name} (${row.parent}, ${row.firstSeen}..${row.lastSeen})`);
    return false;
  });
}

function periodsOfCode(rows, aUnits, log) {
  const sorted = dropZombies(rows, log).sort((x, y) => x.reads[0] - y.reads[0]);
  for (let i = 1; i < sorted.length; i += 1) {
    if (sorted[i - 1].reads[1] >= sorted[i].reads[0]) throw new Error(`snapshots: reads overlap for ${sorted[i].code}`);
  }
  const out = [];
  sorted.forEach((row, i) => {
    const period = periodOf(row, i === 0);
    if (period.to === null) {
      const unit = aUnits.get(row.code);
      if (!unit) throw new Error(`snapshots: ${row.code} is in the last read but not in A`);
      out.push(...closeWithA(period, unit, log));
    } else if (period.from !== '' && period.from > period.to) {
      log.empty.push(`${row.code} ${row.name} (${row.parent}, read ${row.reads[0] + 1})`);
    } else out.push(period);
  });
  return out;
}

/**
 * The periods of one level ('district' or 'commune'): `{code, parent, type, name, from, to}` sorted by code
 * and start. `aUnits` maps each code of A to `{code, parent, type, name}`. `log` collects what was changed.
 */
export function buildPeriods(snapshotRows, level, aUnits, log) {
  const byCode = new Map();
  for (const row of snapshotRows) {
    if (row.level !== level) continue;
    if (!byCode.has(row.code)) byCode.set(row.code, []);
    byCode.get(row.code).push(row);
  }
  const assigned = new Map();
  for (const row of assignReads([...byCode.values()], level))
    assigned.set(row.code, [...(assigned.get(row.code) ?? []), row]);
  const periods = [];
  for (const rows of assigned.values()) periods.push(...periodsOfCode(rows, aUnits, log));
  for (const unit of aUnits.values()) {
    if (!byCode.has(unit.code)) {
      log.onlyInA.push(unit.code);
      periods.push({ ...unit, from: A_FROM, to: A_TO });
    }
  }
  return periods
    .map(({ code, parent, type, name, from, to }) => ({ code, parent, type, name, from, to }))
    .sort((x, y) => (x.code === y.code ? (x.from < y.from ? -1 : 1) : x.code < y.code ? -1 : 1));
}
