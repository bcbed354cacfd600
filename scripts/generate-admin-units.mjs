/**
 * Generates the data modules of the `ocop/units` entry (src/units/data/) from public sources:
 *
 *   A  thanglequoc/vietnamese-provinces-database v2.4.1: districts and communes on 2025-06-30
 *   B  sunshine-tech/VietnamProvinces (NSO list): communes from 2025-07-01
 *   C  the NSO's conversion table old → new commune (2025-07-01), as kept by sunshine-tech/VietnamProvinces
 *   the daohoangson/dvhcvn snapshot series of the GSO list, 2019-09-11 to 2025-03-01 (23 reads)
 *
 *   node scripts/generate-admin-units.mjs           writes the modules and prints a summary
 *   node scripts/generate-admin-units.mjs --check   regenerates in memory, runs the checks, exits 1 when a
 *                                                   committed module differs or a check fails
 *
 * The sources folder is ../shared/data/admin-units next to the repository, or OCOP_ADMIN_UNITS_SOURCES.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  C_CODE_FIXES,
  cleanText,
  fixCCodes,
  readA,
  readB,
  readC,
  readSnapshots,
  splitName,
} from './admin-units-source.mjs';
import { buildPeriods, READS } from './admin-units-history.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourcesFolder = process.env.OCOP_ADMIN_UNITS_SOURCES ?? path.resolve(repoRoot, '../shared/data/admin-units');
const outFolder = path.join(repoRoot, 'src/units/data');
const check = process.argv.includes('--check');
/** Communes of Đồng Nai (75) that became phường on 2026-04-30 (Resolution 30/2026/QH16, 237/NQ-UBTVQH16). */
export const DONG_NAI_2026 = {
  date: '2026-04-30',
  codes: {
    25270: 'Lộc Ninh',
    25357: 'Tân Khai',
    25363: 'Đồng Phú',
    26116: 'Tân Phú',
    26170: 'Trị An',
    26248: 'Trảng Bom',
    26326: 'Dầu Giây',
    26368: 'Long Thành',
    26425: 'Xuân Lộc',
    26485: 'Nhơn Trạch',
  },
};

export const NEW_FROM = '2025-07-01';
export const OLD_LAST_DAY = '2025-06-30';

/** How an old commune went into a new one, from C's `Ghi chú` (tried in this order). */
const KINDS = [
  ['p', /một phần|phần còn lại/i],
  ['z', /thành đặc khu/i],
  ['w', /^nhập toàn bộ/i],
  ['u', /^giữ nguyên$/i],
  ['r', /^đổi tên$/i],
  ['t', /^đổi loại hình$/i],
];

export function kindOf(note, line) {
  const found = KINDS.find(([, pattern]) => pattern.test(note));
  if (!found) throw new Error(`C line ${line}: unknown note "${note}"`);
  return found[0];
}

/** C's rows with the code typos fixed (`fixCCodes`), each fix checked against A's name of its right code. */
function fixCodes(cRows, aCommunes, log) {
  for (const fix of C_CODE_FIXES) {
    const right = aCommunes.get(fix.right);
    if (!right || `Xã ${right.name}` !== fix.oldName) throw new Error(`C fix ${fix.right}: mismatch`);
    log.fixes.push(`line ${fix.line}: ${fix.oldName} ${fix.wrong} → ${fix.right}`);
  }
  return fixCCodes(cRows);
}

function addTarget(targets, row, kind) {
  if (!targets.has(row.oldCode)) targets.set(row.oldCode, new Map());
  const map = targets.get(row.oldCode);
  if (map.has(row.newCode) && map.get(row.newCode) !== kind)
    throw new Error(`C line ${row.line}: pair twice, kinds differ`);
  map.set(row.newCode, kind);
}

/**
 * The 2025 conversion from C: `targets` (old commune → Map new → kind), `districtProvinces` (old district →
 * Set of new provinces), `specialZones` (island district → special zone), `uncoded` (the other rows with no
 * old code), `nameDiffs` (C's old names that differ from A's).
 */
export function buildConversion(cRows, aCommunes, log) {
  const targets = new Map();
  const districtProvinces = new Map();
  const specialZones = new Map();
  const uncoded = [];
  let nameDiffs = 0;
  const addProvince = (district, province) =>
    districtProvinces.set(district, new Set([...(districtProvinces.get(district) ?? []), province]));
  for (const row of fixCodes(cRows, aCommunes, log)) {
    const kind = kindOf(row.note, row.line);
    if (row.oldCode === '') {
      if (kind === 'z') {
        specialZones.set(row.oldDistrict, row.newCode);
        addProvince(row.oldDistrict, row.newProvince);
      } else uncoded.push(row);
      continue;
    }
    const old = aCommunes.get(row.oldCode);
    if (!old || old.district !== row.oldDistrict)
      throw new Error(`C line ${row.line}: ${row.oldCode} not in A under ${row.oldDistrict}`);
    if (shortName(row.oldName) !== old.name) nameDiffs += 1;
    addTarget(targets, row, kind);
    addProvince(old.district, row.newProvince);
  }
  return { targets, districtProvinces, specialZones, uncoded, nameDiffs };
}

/** C's old name without its prefix; a few rows print none (`Xuân Quang 3`). */
function shortName(printed) {
  try {
    return splitName(printed, 'commune').name;
  } catch {
    return cleanText(printed);
  }
}

const byCode = (x, y) => (x < y ? -1 : 1);

/** `old|new:k,new:k…` rows sorted by old code, targets in code order. */
export function conversionRows(targets) {
  return [...targets.keys()].sort(byCode).map((old) => {
    const map = targets.get(old);
    const list = [...map.keys()].sort(byCode).map((code) => `${code}:${map.get(code)}`);
    return `${old}|${list.join(',')}`;
  });
}

/** The communes from 2025-07-01 as period rows `{code, parent, type, name, from, to}`. */
export function communesFrom2025(bCommunes) {
  const rows = [];
  for (const c of [...bCommunes].sort((x, y) => byCode(x.code, y.code))) {
    const base = { code: c.code, parent: c.province, type: c.type, name: c.name };
    const dongNai = DONG_NAI_2026.codes[c.code];
    if (dongNai === undefined) {
      rows.push({ ...base, from: NEW_FROM, to: '' });
      continue;
    }
    if (c.province !== '75' || c.type !== 'x' || c.name !== dongNai)
      throw new Error(`B: ${c.code} is not Đồng Nai's xã ${dongNai}`);
    rows.push({ ...base, from: NEW_FROM, to: '2026-04-29' }, { ...base, type: 'p', from: DONG_NAI_2026.date, to: '' });
  }
  return rows;
}

/** `code|parent|type|name|from|to`. */
export function periodRow(p) {
  return [p.code, p.parent, p.type, p.name, p.from, p.to ?? ''].join('|');
}

export function inForce(p, date) {
  return (p.from === '' || p.from <= date) && (p.to === '' || p.to === null || date <= p.to);
}

// ---------------------------------------------------------------------------------------------- checks

const failures = [];

function expect(condition, message) {
  if (!condition) failures.push(message);
}

function countBy(items, key) {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const same = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

function checkNoOverlap(rows, what) {
  const byCodeRows = new Map();
  for (const row of rows) byCodeRows.set(row.code, [...(byCodeRows.get(row.code) ?? []), row]);
  for (const [code, list] of byCodeRows) {
    for (let i = 1; i < list.length; i += 1) {
      const [a, b] = [list[i - 1], list[i]];
      const ordered = a.to !== '' && a.to !== null && b.from !== '' && a.to < b.from;
      expect(ordered, `${what}: periods of ${code} overlap or are out of order`);
    }
    for (const row of list)
      expect(row.from === '' || row.to === '' || row.from <= row.to, `${what}: ${code} empty period`);
  }
}

function checkOldEra(a, districts, communes) {
  const d = districts.filter((p) => inForce(p, OLD_LAST_DAY));
  const c = communes.filter((p) => inForce(p, OLD_LAST_DAY));
  expect(new Set(d.map((p) => p.parent)).size === 63, `63 provinces on ${OLD_LAST_DAY}`);
  expect(d.length === 696, `696 districts on ${OLD_LAST_DAY}, got ${d.length}`);
  expect(c.length === 10035, `10,035 communes on ${OLD_LAST_DAY}, got ${c.length}`);
  expect(
    same(
      countBy(d, (p) => p.type),
      { h: 508, t: 87, x: 52, q: 49 },
    ),
    'district type counts of A',
  );
  expect(
    same(
      countBy(c, (p) => p.type),
      { x: 7692, p: 1726, t: 617 },
    ),
    'commune type counts of A',
  );
  const key = (p) => [p.code, p.parent, p.type, p.name].join('|');
  const aDistricts = new Set(a.districts.map((u) => key({ ...u, parent: u.province })));
  const aCommunes = new Set(a.communes.map((u) => key({ ...u, parent: u.district })));
  expect(
    d.every((p) => aDistricts.has(key(p))),
    `districts on ${OLD_LAST_DAY} are A's`,
  );
  expect(
    c.every((p) => aCommunes.has(key(p))),
    `communes on ${OLD_LAST_DAY} are A's`,
  );
  const districtOf = new Map(d.map((p) => [p.code, p.parent]));
  expect(
    a.communes.every((u) => districtOf.has(u.district)),
    `every A commune's district is in force on ${OLD_LAST_DAY}`,
  );
  const provinceOfCommune = countBy(c, (p) => districtOf.get(p.parent));
  expect(
    same(
      provinceOfCommune,
      countBy(a.communes, (u) => u.province),
    ),
    'A commune counts per province',
  );
  expect(
    same(
      countBy(d, (p) => p.parent),
      countBy(a.districts, (u) => u.province),
    ),
    'A district counts per province',
  );
}

function checkNewEra(b, rows) {
  const on = (date) => rows.filter((p) => inForce(p, date));
  const first = on(NEW_FROM);
  expect(first.length === 3321, `3,321 communes on ${NEW_FROM}, got ${first.length}`);
  expect(
    same(
      countBy(first, (p) => p.type),
      { x: 2621, p: 687, d: 13 },
    ),
    `commune types on ${NEW_FROM}`,
  );
  expect(
    same(
      countBy(on(DONG_NAI_2026.date), (p) => p.type),
      { x: 2611, p: 697, d: 13 },
    ),
    'types on 2026-04-30',
  );
  expect(
    same(
      countBy(first, (p) => p.parent),
      countBy(b.communes, (u) => u.province),
    ),
    'B counts per province',
  );
  expect(new Set(first.map((p) => p.parent)).size === 34, '34 provinces');
  const iaMo = first.find((p) => p.code === '23938');
  expect(iaMo?.name === 'Ia Mơ', 'Ia Mơ 23938 on 2025-07-01');
  expect(!first.some((p) => p.code === '23737'), '23737 is not a commune code from 2025-07-01');
  expect(first.find((p) => p.code === '06970')?.name === 'Ba Chẽ', 'Ba Chẽ 06970 on 2025-07-01');
  expect(!first.some((p) => p.code === '06978'), '06978 is not a commune code from 2025-07-01');
}

function checkConversion(a, b, conversion) {
  const { targets, districtProvinces, specialZones, uncoded } = conversion;
  const aCodes = a.communes.map((u) => u.code).sort();
  expect(JSON.stringify([...targets.keys()].sort()) === JSON.stringify(aCodes), "C's old side equals A");
  const sizes = countBy([...targets.values()], (m) => m.size);
  expect(same(sizes, { 1: 9595, 2: 368, 3: 55, 4: 16, 5: 1 }), `targets per old commune ${JSON.stringify(sizes)}`);
  for (const [old, map] of targets) {
    const partial = [...map.values()].includes('p');
    expect(partial === map.size > 1, `${old}: split ⇔ a part note`);
  }
  const bProvince = new Map(b.communes.map((u) => [u.code, u.province]));
  const newCodes = new Set([...targets.values()].flatMap((m) => [...m.keys()]));
  for (const code of [...specialZones.values(), ...uncoded.map((r) => r.newCode)]) newCodes.add(code);
  expect(
    [...newCodes].every((code) => bProvince.has(code)),
    'every new code of C is in B',
  );
  expect(newCodes.size === bProvince.size, 'every code of B is in C');
  expect(
    a.districts.every((u) => districtProvinces.get(u.code)?.size === 1),
    '696 districts → one province each',
  );
  expect(districtProvinces.size === 696, 'no district outside A in C');
  const districtOf = new Map(a.communes.map((u) => [u.code, u.district]));
  for (const [old, map] of targets) {
    const province = [...(districtProvinces.get(districtOf.get(old)) ?? [])][0];
    expect(
      [...map.keys()].every((code) => bProvince.get(code) === province),
      `${old}: targets in its district's province`,
    );
  }
  const islands = a.districts.filter((u) => !a.communes.some((c) => c.district === u.code)).map((u) => u.code);
  expect(
    JSON.stringify(islands.sort()) === JSON.stringify([...specialZones.keys()].sort()),
    'island districts = special zones',
  );
  expect(uncoded.length === 1 && uncoded[0].newCode === '14698', 'one uncoded row: Kim Sơn coastal area → 14698');
}

// ---------------------------------------------------------------------------------------------- sources and notes

const THANGLEQUOC = 'fc33b7411ec4e3697817fab8118718a8d39ef090';
const VIETNAM_PROVINCES = '809e91baefbe3153ccaecc9b2286303a98b9119b';
const DVHCVN = '4b1b6b59c5880c620722663bcb48c5c105364be5';

const SOURCES = [
  {
    id: 'thanglequoc-v2.4.1',
    title: 'thanglequoc/vietnamese-provinces-database v2.4.1 (GSO list, up to 1365/NQ-UBTVQH15 in force 2025-03-01)',
    url: `https://github.com/thanglequoc/vietnamese-provinces-database/blob/${THANGLEQUOC}/json/vn_only_simplified_json_generated_data_vn_units.json`,
    commit: THANGLEQUOC,
    licence: 'MIT',
    holds: 'Districts and communes from 2025-03-01 to 2025-06-30: codes, names, types, parents (63/696/10,035).',
  },
  {
    id: 'vietnam-provinces-2026.2.3',
    title: 'sunshine-tech/VietnamProvinces v2026.2.3, nested-divisions.json (NSO list, danhmuchanhchinh.nso.gov.vn)',
    url: `https://github.com/sunshine-tech/VietnamProvinces/blob/${VIETNAM_PROVINCES}/vietnam_provinces/data/nested-divisions.json`,
    commit: VIETNAM_PROVINCES,
    licence: "GPL-3.0-or-later (the repository's); the content is the NSO's official list",
    holds:
      'Communes from 2025-07-01 (34 provinces, 3,321 communes), as in NSO letter 1027/CTK-CSCL of 2025-06-25 (Phụ lục I).',
  },
  {
    id: 'nso-conversion-2025',
    title: 'NSO conversion table of administrative units new – old (Bảng chuyển đổi ĐVHC mới – cũ), unmerged',
    url: `https://github.com/sunshine-tech/VietnamProvinces/blob/${VIETNAM_PROVINCES}/dev/seed-data/2025-07/BangChuyendoi%C4%90VHCmoi_cu_khong_merge.csv`,
    commit: VIETNAM_PROVINCES,
    licence: "GPL-3.0-or-later (the repository's); the content is the NSO's official table",
    holds: 'Old commune → new commune(s) on 2025-07-01 and how each went in; old district → new province.',
  },
  {
    id: 'dvhcvn-snapshots',
    title: 'daohoangson/dvhcvn data/dvhcvn.json: 23 reads of the GSO list, data_date 2019-09-11 to 2025-03-01',
    url: `https://github.com/daohoangson/dvhcvn/commits/${DVHCVN}/data/dvhcvn.json`,
    commit: DVHCVN,
    licence: 'GPL-3.0',
    holds: 'District and commune periods from 2019-09-11 to 2025-03-01 (one period per code, name, type and parent).',
  },
];

function notes(log) {
  const fixText = (f, what) =>
    `NSO conversion table line ${f.line}: ${f.oldName} is written ${f.wrong} (${what}); the right code is ${f.right}.`;
  const [dangXa, myHung, phuThinh] = C_CODE_FIXES;
  return [
    {
      id: 'c-typo-00556',
      codes: ['00556', '00553'],
      text: `${fixText(dangXa, 'the code of Xã Cổ Bi')} So Đặng Xá is split between 00541 Phù Đổng and 00562 Thuận An, and 00553 Cổ Bi maps as its own rows say.`,
    },
    {
      id: 'c-typo-01651',
      codes: ['01651', '01615'],
      text: `${fixText(myHung, 'the code of Xã Hồng Quang')} 01651 goes whole into 01648 Phục Hòa.`,
    },
    {
      id: 'c-typo-02482',
      codes: ['02482', '02485'],
      text: `${fixText(phuThinh, 'the code of Xã Công Đa')} 02482 goes whole into 02494 Thái Bình.`,
    },
    {
      id: 'thanh-an',
      codes: ['31231'],
      text: 'The conversion table spells the old Thị trấn 31231 "Thạnh An"; the GSO list spells it "Thanh An", kept until 2025-06-30. The new Xã 31231 is "Thạnh An" in the NSO list.',
    },
    {
      id: 'ia-mo',
      codes: ['23938'],
      text: 'NSO letter 1027/CTK-CSCL lists Xã Ia Mơ (Gia Lai) as 23737; the NSO list and conversion table give 23938, its unchanged old code. 23737 was Xã Ia Mơ Nông (merged into 23734 Ia Ly), so 23938 is used.',
    },
    {
      id: 'ba-che',
      codes: ['06970'],
      text: 'Xã Ba Chẽ (Quảng Ninh) is 06970 in the NSO list, the conversion table and letter 1027/CTK-CSCL; thanglequoc v3.x had 06978 (fixed later). 06978 is not a commune code from 2025-07-01.',
    },
    {
      id: 'kim-son-coastal',
      codes: ['14698'],
      text: 'The conversion table also sends "the coastal alluvial area managed by Kim Sơn district" (no commune code) into 14698 Kim Đông; it has no row in the conversion.',
    },
    {
      id: 'island-districts',
      codes: [...log.islands],
      text: 'Five island districts had no communes; each became a special zone (đặc khu) on 2025-07-01 with a new code (DISTRICT_SPECIAL_ZONES_2025).',
    },
    {
      id: 'zombies',
      codes: log.zombies.map((z) => z.slice(0, 5)),
      text: 'The last 2–4 GSO reads (2024-12-01 to 2025-03-01) list these communes, abolished in 2019–2020 or earlier, again under another district. They are in neither the 2025 GSO list nor the conversion table: the re-issued rows are dropped and the earlier periods kept.',
    },
    {
      id: 'snapshot-dates',
      codes: [],
      text: 'Dates before 2025-03-01 are bounds from GSO reads (data_date, the "up to" date asked of the GSO service), not legal effective dates: a unit may have changed earlier than its date. An empty start means in force on 2019-09-11, start not known. A row ends the day before the first read without it.',
    },
    {
      id: 'first-read-2019',
      codes: ['03004', '03007', '03016'],
      text: 'The first GSO read dated 2019-09-11 predates Resolution 767/NQ-UBTVQH14 (Sa Pa); the old names end on 2019-09-10 and the new names start on 2019-09-11.',
    },
    {
      id: 'same-date-reads',
      codes: log.empty.map((e) => e.slice(0, 5)),
      text: 'When two reads share a date (2019-09-11, 2019-12-01, 2025-01-01) the later one holds for that date; a row seen only in the earlier one is dropped.',
    },
    {
      id: 'gap-01420',
      codes: ['01420'],
      text: 'Xã Thượng Thôn 01420 is missing from the 2020-03-01 read only; taken as continuous.',
    },
    {
      id: 'spelling-2025',
      codes: log.spelling.map((s) => s.slice(0, 5)),
      text: 'The 2025-03-01 read spells these names differently from the GSO list of 2025-06-30 (thanglequoc v2.4.1); the later spelling is used for the whole last period.',
    },
    {
      id: 'c-old-names',
      codes: [],
      text: `Old names are the GSO's (thanglequoc v2.4.1), not the conversion table's (${log.nameDiffs} differ in spelling). The conversion table's old-province column is wrong for Cồn Cỏ, 27691 and 30781; old districts' provinces come from the GSO list.`,
    },
    {
      id: 'dong-nai-2026',
      codes: Object.keys(DONG_NAI_2026.codes),
      text: 'Resolution 30/2026/QH16 and 237/NQ-UBTVQH16 (in force 2026-04-30): Đồng Nai became a centrally-run city and these 10 xã became phường, same codes and names (as in thanglequoc/vietnamese-provinces-database cd580632).',
    },
    {
      id: 'not-captured-2026',
      codes: [],
      text: 'Not captured: Resolution 36/2026/QH16 (Quảng Ninh becomes a centrally-run city, in force 2026-09-01), 39/2026/QH16 (Bắc Ninh, in force 2026-09-20), and 388/NQ-UBTVQH16, whose changes are not known here.',
    },
    {
      id: 'apostrophes',
      codes: [],
      text: "Names are stored NFC, trimmed, single-spaced, without the type prefix, and typographic apostrophes (’) folded to ASCII ('). Tone-mark style is kept as each source prints it.",
    },
  ];
}

// ---------------------------------------------------------------------------------------------- modules

const HEADER = (what, sources) => `/**
 * ${wrap(what).replaceAll('\n *   ', '\n * ')}
 *
 * Generated by scripts/generate-admin-units.mjs from public sources; do not edit by hand. Regenerate with
 * \`node scripts/generate-admin-units.mjs\` (\`--check\` verifies). Sources:
${sources.map((s) => ` * - ${s}`).join('\n')}
 */
`;

const SRC = {
  a: `thanglequoc/vietnamese-provinces-database, json/vn_only_simplified_json_generated_data_vn_units.json, v2.4.1 = ${THANGLEQUOC} (MIT)`,
  b: `sunshine-tech/VietnamProvinces, vietnam_provinces/data/nested-divisions.json, ${VIETNAM_PROVINCES} (GPL-3.0-or-later; the NSO's list)`,
  c: `sunshine-tech/VietnamProvinces, dev/seed-data/2025-07/BangChuyendoiĐVHCmoi_cu_khong_merge.csv, ${VIETNAM_PROVINCES} (GPL-3.0-or-later; the NSO's conversion table)`,
  e: `the 2026-04-30 change: thanglequoc/vietnamese-provinces-database, json/vn_only_simplified_json_generated_data_vn_units.json, cd58063299585146ded3981f2272946ef19ced54 (MIT), diffed against v3.0.2`,
  d: `daohoangson/dvhcvn, data/dvhcvn.json, 23 reads up to ${DVHCVN} (GPL-3.0): ${READS.map((r) => `${r.date} ${r.commit.slice(0, 8)}`).join(', ')}`,
};

function wrap(text) {
  const words = text.split(' ');
  const lines = [''];
  for (const word of words) {
    if (lines.at(-1).length + word.length > 100) lines.push('');
    lines[lines.length - 1] += (lines.at(-1) === '' ? '' : ' ') + word;
  }
  return lines.join('\n *   ');
}

function stringModule(header, constants) {
  const body = constants.map(
    ([name, doc, rows]) => `/** ${doc} */\nexport const ${name}: string = ${JSON.stringify(rows.join('\n'))};\n`,
  );
  return `${header}\n${body.join('\n')}`;
}

function literal(value, indent = '') {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `[\n${value.map((v) => `${indent}  ${literal(v, `${indent}  `)},`).join('\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    return `{\n${Object.entries(value)
      .map(([k, v]) => `${indent}  ${k}: ${literal(v, `${indent}  `)},`)
      .join('\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function sourcesModule(log) {
  const header = HEADER(
    'Where the administrative-unit tables of `ocop/units` come from, and the doubts and fixes met on the way.',
    [SRC.a, SRC.b, SRC.c, SRC.d].map(wrap),
  );
  return `${header}import { deepFreeze } from '../../core/freeze.js';

/**
 * The public sources of the administrative-unit tables: what each holds, where it is (repository, path and
 * commit) and its licence.
 *
 * @example
 * \`\`\`ts
 * import { UNIT_DATA_SOURCES } from 'ocop/units';
 * UNIT_DATA_SOURCES.map((s) => s.id); // ['thanglequoc-v2.4.1', 'vietnam-provinces-2026.2.3', 'nso-conversion-2025', 'dvhcvn-snapshots']
 * \`\`\`
 */
export const UNIT_DATA_SOURCES: ReadonlyArray<{
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly commit: string;
  readonly licence: string;
  readonly holds: string;
}> = /* @__PURE__ */ deepFreeze(${literal(SOURCES)});

/**
 * The doubts and fixes of the administrative-unit tables, one per case: an id, the unit codes it is about
 * (none when it is about the tables as a whole) and an English explanation.
 *
 * @example
 * \`\`\`ts
 * import { UNIT_DATA_NOTES } from 'ocop/units';
 * UNIT_DATA_NOTES.find((n) => n.id === 'ia-mo')?.codes; // ['23938']
 * \`\`\`
 */
export const UNIT_DATA_NOTES: ReadonlyArray<{
  readonly id: string;
  readonly codes: readonly string[];
  readonly text: string;
}> = /* @__PURE__ */ deepFreeze(${literal(notes(log))});
`;
}

// ---------------------------------------------------------------------------------------------- main

function build() {
  const a = readA(sourcesFolder);
  const b = readB(sourcesFolder);
  const snapshots = readSnapshots(sourcesFolder);
  const log = { spelling: [], splitAtA: [], zombies: [], empty: [], onlyInA: [], fixes: [] };
  const unitMap = (units, parent) =>
    new Map(units.map((u) => [u.code, { code: u.code, parent: u[parent], type: u.type, name: u.name }]));
  const aCommunes = new Map(a.communes.map((u) => [u.code, u]));
  const districts = buildPeriods(snapshots, 'district', unitMap(a.districts, 'province'), log);
  const communes = buildPeriods(snapshots, 'commune', unitMap(a.communes, 'district'), log);
  const conversion = buildConversion(readC(sourcesFolder), aCommunes, log);
  const fromRows = communesFrom2025(b.communes);
  log.islands = [...conversion.specialZones.keys()].sort();
  log.nameDiffs = conversion.nameDiffs;
  checkOldEra(a, districts, communes);
  checkNewEra(b, fromRows);
  checkConversion(a, b, conversion);
  checkNoOverlap(districts, 'districts');
  checkNoOverlap(communes, 'communes until 2025');
  checkNoOverlap(fromRows, 'communes from 2025');
  return { a, b, log, districts, communes, conversion, fromRows };
}

function modules({ log, districts, communes, conversion, fromRows }) {
  const periodDoc = (parent) =>
    `Rows \`code|${parent}|type|name|from|to\`, joined by newlines; dates ISO, an empty \`from\` = in force on 2019-09-11, start not known.`;
  const { districtProvinces, specialZones, targets } = conversion;
  const districtProvinceRows = [...districtProvinces.keys()]
    .sort()
    .map((d) => `${d}|${[...districtProvinces.get(d)][0]}`);
  return {
    'districts.ts': stringModule(
      HEADER(
        'Every district period from 2019-09-11 to 2025-06-30 (type q quận, h huyện, x thị xã, t thành phố).',
        [SRC.d, SRC.a].map(wrap),
      ),
      [['DISTRICT_ROWS', `Every district period. ${periodDoc('province')}`, districts.map(periodRow)]],
    ),
    'communes-until-2025.ts': stringModule(
      HEADER(
        'Every commune period from 2019-09-11 to 2025-06-30 (type x xã, p phường, t thị trấn).',
        [SRC.d, SRC.a].map(wrap),
      ),
      [
        [
          'COMMUNE_ROWS_UNTIL_2025',
          `Every commune period until 2025-06-30. ${periodDoc('district')}`,
          communes.map(periodRow),
        ],
      ],
    ),
    'communes-from-2025.ts': stringModule(
      HEADER(
        'The communes from 2025-07-01 (type x xã, p phường, d đặc khu), with the 2026-04-30 change in Đồng Nai.',
        [SRC.b, SRC.e].map(wrap),
      ),
      [
        [
          'COMMUNE_ROWS_FROM_2025',
          'Every commune period from 2025-07-01. Rows `code|province|type|name|from|to`, joined by newlines; an empty `to` = still in force.',
          fromRows.map(periodRow),
        ],
      ],
    ),
    'conversion-2025.ts': stringModule(
      HEADER(
        'The 2025-07-01 reorganisation: old commune → new communes, old district → new province, island district → special zone.',
        [SRC.c, SRC.a].map(wrap),
      ),
      [
        [
          'COMMUNE_CONVERSION_2025',
          'Old commune → new communes on 2025-07-01: rows `old|new:k,new:k…` (k: w whole, p part, u unchanged, r renamed, t type changed, z made a special zone), sorted by old code.',
          conversionRows(targets),
        ],
        [
          'DISTRICT_PROVINCES_2025',
          'Every district of 2025-06-30 → the province it went into on 2025-07-01: rows `district|province`.',
          districtProvinceRows,
        ],
        [
          'DISTRICT_SPECIAL_ZONES_2025',
          'The island districts without communes → the special zone (đặc khu) each became on 2025-07-01: rows `district|commune`.',
          [...specialZones.keys()].sort().map((d) => `${d}|${specialZones.get(d)}`),
        ],
      ],
    ),
    'sources.ts': sourcesModule(log),
  };
}

function summary({ log, districts, communes, conversion, fromRows }) {
  const lines = [
    `admin units: ${districts.length} district periods, ${communes.length} commune periods until 2025-06-30, ${fromRows.length} commune rows from 2025-07-01`,
    `  conversion: ${conversion.targets.size} old communes, ${conversion.districtProvinces.size} districts, ${conversion.specialZones.size} special zones`,
    `  C code fixes: ${log.fixes.join('; ')}`,
    `  zombie rows dropped (${log.zombies.length}): ${log.zombies.map((z) => z.slice(0, 5)).join(', ')}`,
    `  rows dropped, period empty (${log.empty.length}): ${log.empty.join('; ')}`,
    `  last-read spelling taken from A (${log.spelling.length}): ${log.spelling.join('; ')}`,
    `  rows split at 2025-03-01 (${log.splitAtA.length}): ${log.splitAtA.join('; ')}`,
    `  codes only in A (${log.onlyInA.length}): ${log.onlyInA.join(', ')}`,
  ];
  console.log(lines.join('\n'));
}

const built = build();
const files = modules(built);
const stale = [];
for (const [name, text] of Object.entries(files)) {
  const file = path.join(outFolder, name);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
  stale.push(name);
  if (!check) {
    mkdirSync(outFolder, { recursive: true });
    writeFileSync(file, text);
  }
}
summary(built);
if (failures.length > 0) {
  console.error(`admin units: ${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
if (check && stale.length > 0) {
  console.error(`admin units: out of date: ${stale.join(', ')} (run node scripts/generate-admin-units.mjs)`);
  process.exit(1);
}
console.log(`admin units: checks pass; ${check ? 'modules up to date' : `${stale.length} module(s) written`}`);
