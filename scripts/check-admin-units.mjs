/**
 * CI check of the built `ocop/units` entry against the public sources it was generated from, run after
 * `npm run build`: every code of the GSO list of 2025-06-30 (thanglequoc/vietnamese-provinces-database
 * v2.4.1: 63 provinces, 696 districts, 10,035 communes) and of the NSO list from 2025-07-01
 * (sunshine-tech/VietnamProvinces: 34 provinces, 3,321 communes) round-trips through `getAdminUnit` with its
 * name, type and parent; `listUnits` gives each province's and district's units in the sources' numbers; every
 * old commune of the NSO conversion table (its three code typos fixed) maps through `communeConversion2025` to
 * exactly the table's new communes; every district of 2025-06-30 maps through `districtProvince2025` to the
 * province its communes went into.
 *
 *   node scripts/check-admin-units.mjs
 *
 * The module is dist/units.js, or OCOP_UNITS_MODULE (a path); the sources folder is ../shared/data/admin-units
 * next to the repository, or OCOP_ADMIN_UNITS_SOURCES. Prints the counts; exits 1 on any mismatch, listing
 * the first 10, and 2 when the module or the sources are missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FILES, fixCCodes, readA, readB, readC } from './admin-units-source.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modulePath = path.resolve(process.env.OCOP_UNITS_MODULE ?? path.join(repoRoot, 'dist/units.js'));
const sourcesFolder = path.resolve(
  process.env.OCOP_ADMIN_UNITS_SOURCES ?? path.join(repoRoot, '../shared/data/admin-units'),
);

const OLD_DAY = '2025-06-30';
const NEW_DAY = '2025-07-01';
const SHOWN = 10;

const DISTRICT_TYPES = { q: 'quận', h: 'huyện', x: 'thị xã', t: 'thành phố' };
const COMMUNE_TYPES = { x: 'xã', p: 'phường', t: 'thị trấn', d: 'đặc khu' };
const PROVINCE_TYPES = {
  tỉnh: 'tỉnh',
  'thành phố': 'thành phố trực thuộc trung ương',
  'thành phố trung ương': 'thành phố trực thuộc trung ương',
};
/** A note of the conversion table saying the old commune was split ("nhập một phần", "phần còn lại"). */
const PART_NOTE = /một phần|phần còn lại/i;

function fail(message) {
  console.error(`check-admin-units: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------- names

const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4\u2032]/g;
/** A tone mark on the first vowel of `oa`, `oe`, `uy` (decomposed): the mark goes on the second vowel. */
const FIRST_VOWEL_TONE =
  /(o)([\u0300\u0301\u0303\u0309\u0323])([ae][\u0302\u0306]*)|(u)([\u0300\u0301\u0303\u0309\u0323])(y)/gi;

/** The fallback key of a name: NFC, trimmed, single-spaced, one apostrophe, one tone-mark placement. */
function ownNameKey(text) {
  return text
    .normalize('NFC')
    .replace(APOSTROPHES, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFD')
    .replace(FIRST_VOWEL_TONE, (_m, o, oTone, second, u, uTone, y) =>
      o === undefined ? `${u}${y}${uTone}` : `${o}${second}${oTone}`,
    )
    .normalize('NFC');
}

/** A province's printed name without its prefix, and its type as the library writes it. */
function splitProvinceName(fullName) {
  const clean = ownNameKey(fullName);
  const match = /^(tỉnh|thành phố) (.+)$/i.exec(clean);
  if (!match) throw new Error(`"${fullName}": no province type prefix`);
  return { prefix: match[1].toLowerCase(), name: match[2] };
}

// ---------------------------------------------------------------------------------------------- sources

function readJson(file) {
  return JSON.parse(readFileSync(path.join(sourcesFolder, file), 'utf8'));
}

/** A's and B's provinces: `{code, name, type}` with the library's type names. */
function sourceProvinces() {
  const a = readJson(FILES.a).map((p) => {
    const { prefix, name } = splitProvinceName(p.FullName);
    return { code: p.Code, name, type: PROVINCE_TYPES[prefix] };
  });
  const b = readJson(FILES.b).map((p) => ({
    code: String(p.code).padStart(2, '0'),
    name: splitProvinceName(p.name).name,
    type: PROVINCE_TYPES[p.division_type],
  }));
  return { a, b };
}

/** C's rows with the three code typos fixed. */
const fixedC = () => fixCCodes(readC(sourcesFolder));

// ---------------------------------------------------------------------------------------------- checks

const mismatches = [];
const counts = {};

function mismatch(text) {
  mismatches.push(text);
}

function count(key, n = 1) {
  counts[key] = (counts[key] ?? 0) + n;
}

/** `getAdminUnit(code, on)` is the source's unit: level, type, name and parent. */
function checkUnit(units, nameKey, expected, on) {
  const unit = units.getAdminUnit(expected.code, on);
  const what = `${expected.level} ${expected.code} on ${on}`;
  if (!unit) return mismatch(`${what}: not found (source: ${expected.type} ${expected.name})`);
  const fields = [
    ['level', unit.level, expected.level],
    ['type', unit.type, expected.type],
    ['name', nameKey(unit.name), nameKey(expected.name)],
    ['parent', unit.parentCode, expected.parent],
  ];
  for (const [field, got, want] of fields)
    if (got !== want) mismatch(`${what}: ${field} ${JSON.stringify(got)}, source ${JSON.stringify(want)}`);
  count(`${on} ${expected.level}`);
  return undefined;
}

/** How many units of each parent the sources list, against `listUnits(parent, on)`. */
function checkCounts(units, expectedUnits, on, what) {
  const expected = new Map();
  for (const unit of expectedUnits) expected.set(unit.parent, (expected.get(unit.parent) ?? 0) + 1);
  for (const [parent, n] of expected) {
    const listed = units.listUnits(parent, on);
    const levels = new Set(listed.map((u) => u.level));
    if (listed.length !== n || levels.size > 1)
      mismatch(`${what} of ${parent} on ${on}: listUnits gives ${listed.length}, the source ${n}`);
  }
  count(`${on} parents of ${what}`, expected.size);
}

function checkOldEra(units, nameKey, a, provinces) {
  const expected = [
    ...provinces.map((p) => ({ ...p, level: 'province', parent: undefined })),
    ...a.districts.map((d) => ({ ...d, level: 'district', type: DISTRICT_TYPES[d.type], parent: d.province })),
    ...a.communes.map((c) => ({ ...c, level: 'commune', type: COMMUNE_TYPES[c.type], parent: c.district })),
  ];
  for (const unit of expected) checkUnit(units, nameKey, unit, OLD_DAY);
  checkCounts(
    units,
    provinces.map(() => ({ parent: 'VN' })),
    OLD_DAY,
    'provinces',
  );
  checkCounts(
    units,
    a.districts.map((d) => ({ parent: d.province })),
    OLD_DAY,
    'districts',
  );
  checkCounts(
    units,
    a.communes.map((c) => ({ parent: c.district })),
    OLD_DAY,
    'communes',
  );
  const withCommunes = new Set(a.communes.map((c) => c.district));
  for (const d of a.districts.filter((district) => !withCommunes.has(district.code))) {
    const listed = units.listUnits(d.code, OLD_DAY);
    if (listed.length > 0)
      mismatch(`district ${d.code} has no communes in the source; listUnits gives ${listed.length}`);
    count('districts without communes');
  }
  const perProvince = new Map();
  for (const c of a.communes) perProvince.set(c.province, (perProvince.get(c.province) ?? 0) + 1);
  for (const [province, n] of perProvince) {
    const listed = units.listUnits(province, OLD_DAY).flatMap((d) => units.listUnits(d.code, OLD_DAY));
    if (listed.length !== n) mismatch(`communes of ${province} on ${OLD_DAY}: ${listed.length}, the source ${n}`);
  }
}

function checkNewEra(units, nameKey, b, provinces) {
  const expected = [
    ...provinces.map((p) => ({ ...p, level: 'province', parent: undefined })),
    ...b.communes.map((c) => ({ ...c, level: 'commune', type: COMMUNE_TYPES[c.type], parent: c.province })),
  ];
  for (const unit of expected) checkUnit(units, nameKey, unit, NEW_DAY);
  checkCounts(
    units,
    provinces.map(() => ({ parent: 'VN' })),
    NEW_DAY,
    'provinces',
  );
  checkCounts(
    units,
    b.communes.map((c) => ({ parent: c.province })),
    NEW_DAY,
    'communes',
  );
}

/** C's targets per old commune: Map old → Map new → whether the note says part of it. */
function targetsOfC(rows) {
  const targets = new Map();
  for (const row of rows) {
    if (row.oldCode === '') continue;
    const map = targets.get(row.oldCode) ?? new Map();
    map.set(row.newCode, (map.get(row.newCode) ?? false) || PART_NOTE.test(row.note));
    targets.set(row.oldCode, map);
  }
  return targets;
}

function checkConversion(units, a, rows) {
  const targets = targetsOfC(rows);
  const sameSet = (x, y) => {
    const ys = new Set(y);
    return x.length === ys.size && new Set(x).size === x.length && x.every((code) => ys.has(code));
  };
  if (
    !sameSet(
      [...targets.keys()],
      a.communes.map((c) => c.code),
    )
  )
    mismatch(`the conversion table's old communes (${targets.size}) are not the 2025-06-30 list's`);
  for (const [old, map] of targets) {
    const conversion = units.communeConversion2025(old);
    const got = conversion?.targets ?? [];
    const want = [...map.keys()].sort();
    const gotCodes = got.map((t) => t.unit.code).sort();
    if (!sameSet(gotCodes, want)) mismatch(`communeConversion2025(${old}): ${gotCodes.join(',')}, the table ${want}`);
    else if (conversion.split !== want.length > 1) mismatch(`communeConversion2025(${old}).split`);
    for (const target of got)
      if (map.has(target.unit.code) && (target.kind === 'part') !== map.get(target.unit.code))
        mismatch(`communeConversion2025(${old}) → ${target.unit.code}: kind ${target.kind}, the table's note differs`);
    count('old communes converted');
    if (want.length > 1) count('old communes split');
  }
}

/** Each old district's new province: the provinces (B) of its communes' targets, or of its special zone. */
function checkDistricts(units, a, b, rows) {
  const provinceOf = new Map(b.communes.map((c) => [c.code, c.province]));
  const districtOf = new Map(a.communes.map((c) => [c.code, c.district]));
  const expected = new Map(a.districts.map((d) => [d.code, new Set()]));
  for (const row of rows) {
    const district = row.oldCode === '' ? row.oldDistrict : districtOf.get(row.oldCode);
    expected.get(district)?.add(provinceOf.get(row.newCode));
  }
  for (const [district, provinces] of expected) {
    const got = units.districtProvince2025(district)?.code;
    if (provinces.size !== 1 || !provinces.has(got))
      mismatch(
        `districtProvince2025(${district}): ${got}, its communes went into ${[...provinces].join(',') || 'none'}`,
      );
    count('districts → province');
  }
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  if (!existsSync(modulePath))
    fail(`no built entry at ${modulePath}: run npm run build first (or set OCOP_UNITS_MODULE)`);
  const missing = [FILES.a, FILES.b, FILES.c].filter((file) => !existsSync(path.join(sourcesFolder, file)));
  if (missing.length > 0)
    fail(`sources missing in ${sourcesFolder}: ${missing.join(', ')} (set OCOP_ADMIN_UNITS_SOURCES)`);
  const units = await import(pathToFileURL(modulePath).href);
  const nameKey = typeof units.normalizeUnitName === 'function' ? (t) => units.normalizeUnitName(t) : ownNameKey;
  const a = readA(sourcesFolder);
  const b = readB(sourcesFolder);
  const provinces = sourceProvinces();
  const rows = fixedC();
  checkOldEra(units, nameKey, a, provinces.a);
  checkNewEra(units, nameKey, b, provinces.b);
  checkConversion(units, a, rows);
  checkDistricts(units, a, b, rows);
  report(nameKey === ownNameKey ? 'own key' : 'normalizeUnitName');
}

const n = (key) => (counts[key] ?? 0).toLocaleString('en-US');

function report(names) {
  console.log(`admin units: ${path.relative(process.cwd(), modulePath)} against ${sourcesFolder} (names by ${names})`);
  console.log(
    `  ${OLD_DAY}: ${n(`${OLD_DAY} province`)} provinces, ${n(`${OLD_DAY} district`)} districts, ${n(`${OLD_DAY} commune`)} communes round-trip; units listed under ${n(`${OLD_DAY} parents of districts`)} provinces and ${n(`${OLD_DAY} parents of communes`)} districts (${n('districts without communes')} without any)`,
  );
  console.log(
    `  ${NEW_DAY}: ${n(`${NEW_DAY} province`)} provinces, ${n(`${NEW_DAY} commune`)} communes round-trip; communes listed under ${n(`${NEW_DAY} parents of communes`)} provinces`,
  );
  console.log(
    `  conversion: ${n('old communes converted')} old communes (${n('old communes split')} split), ${n('districts → province')} districts → province`,
  );
  if (mismatches.length === 0) {
    console.log('admin units: every code round-trips');
    return;
  }
  console.error(`admin units: ${mismatches.length} mismatch(es); the first ${Math.min(SHOWN, mismatches.length)}:`);
  for (const text of mismatches.slice(0, SHOWN)) console.error(`  ${text}`);
  process.exitCode = 1;
}

await main();
