/**
 * Reading the administrative-unit sources for scripts/generate-admin-units.mjs: names split into type and
 * short name, and the four inputs (A: units on 2025-06-30, B: units from 2025-07-01, C: the NSO conversion
 * table, and the daohoangson/dvhcvn snapshot series) parsed into plain rows. Nothing here is written out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** File names inside the sources folder. */
export const FILES = {
  a: 'units-2025-06-30.thanglequoc-v2.4.1.json',
  b: 'units-2025-07-01.vietnam-provinces.nested-divisions.json',
  c: 'conversion-2025-07-01.nso-BangChuyendoiDVHCmoi_cu_khong_merge.csv',
  snapshots: 'unit-snapshots-2019-2025.csv',
};

// The type prefixes, in the order they are tried (case-insensitively), with their letter per level.
const PREFIXES = [
  ['thành phố', { district: 't' }],
  ['thị trấn', { commune: 't' }],
  ['thị xã', { district: 'x' }],
  ['phường', { commune: 'p' }],
  ['quận', { district: 'q' }],
  ['huyện', { district: 'h' }],
  ['xã', { commune: 'x' }],
  ['đặc khu', { commune: 'd' }],
];

/** NFC, trimmed, inner whitespace collapsed, typographic apostrophes folded to ASCII. */
export function cleanText(text) {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits a printed name (`Thị Xã Việt Yên`) into its type letter for `level` ('district' or 'commune') and
 * its short name (`Việt Yên`). Throws when the name has no prefix valid at that level.
 */
export function splitName(fullName, level) {
  const clean = cleanText(fullName);
  const lower = clean.toLowerCase();
  for (const [prefix, letters] of PREFIXES) {
    if (!lower.startsWith(`${prefix} `)) continue;
    const letter = letters[level];
    if (!letter) throw new Error(`"${fullName}": prefix "${prefix}" is not a ${level} type`);
    return { type: letter, name: clean.slice(prefix.length + 1).trim() };
  }
  throw new Error(`"${fullName}": no ${level} type prefix`);
}

const B_TYPES = { xã: 'x', phường: 'p', 'đặc khu': 'd' };

function readJson(folder, file) {
  return JSON.parse(readFileSync(path.join(folder, file), 'utf8'));
}

/** A: `{ districts: [{code, province, type, name}], communes: [{code, district, province, type, name}] }`. */
export function readA(folder) {
  const provinces = readJson(folder, FILES.a);
  const districts = [];
  const communes = [];
  for (const province of provinces) {
    for (const district of province.District) {
      if (district.ProvinceCode !== province.Code) throw new Error(`A: district ${district.Code} parent mismatch`);
      districts.push({ code: district.Code, province: province.Code, ...splitName(district.FullName, 'district') });
      for (const ward of district.Ward ?? []) {
        if (ward.DistrictCode !== district.Code) throw new Error(`A: commune ${ward.Code} parent mismatch`);
        const parts = splitName(ward.FullName, 'commune');
        communes.push({ code: ward.Code, district: district.Code, province: province.Code, ...parts });
      }
    }
  }
  return { provinces: provinces.map((p) => p.Code), districts, communes };
}

/** B: `{ provinces: [code], communes: [{code, province, type, name}] }` with codes zero-padded. */
export function readB(folder) {
  const provinces = readJson(folder, FILES.b);
  const communes = [];
  for (const province of provinces) {
    const provinceCode = String(province.code).padStart(2, '0');
    for (const ward of province.wards) {
      const type = B_TYPES[ward.division_type];
      const parts = splitName(ward.name, 'commune');
      if (!type || parts.type !== type) throw new Error(`B: ${ward.code} ${ward.name} type ${ward.division_type}`);
      communes.push({ code: String(ward.code).padStart(5, '0'), province: provinceCode, type, name: parts.name });
    }
  }
  return { provinces: provinces.map((p) => String(p.code).padStart(2, '0')), communes };
}

/**
 * A small CSV reader (RFC 4180 quoting, quoted newlines allowed). Returns records with the physical line
 * (1-based) each starts on.
 */
export function parseCsv(text) {
  const records = [];
  let fields = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '\n') line += 1;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n') {
      fields.push(field);
      records.push({ line: start, fields });
      fields = [];
      field = '';
      start = line;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) records.push({ line: start, fields: [...fields, field] });
  return records;
}

const BRACKET_CODE = /\((\d+)\)$/;

function bracketCode(text, what, line) {
  const match = BRACKET_CODE.exec(cleanText(text));
  if (!match) throw new Error(`C line ${line}: no code in ${what} "${text}"`);
  return match[1];
}

/**
 * C: rows `{line, newProvince, newName, newCode, oldName, oldCode, note, oldDistrict, oldProvince}`, cleaned
 * (NFC, trimmed, whitespace collapsed, apostrophes folded); the two header rows and the province headings
 * are left out. `oldCode` is '' for the rows without one.
 */
export function readC(folder) {
  const records = parseCsv(readFileSync(path.join(folder, FILES.c), 'utf8'));
  const rows = [];
  for (const { line, fields } of records.slice(2)) {
    const f = fields.map(cleanText);
    if (f[2] === '') continue; // a province heading
    rows.push({
      line,
      newProvince: bracketCode(f[0], 'province', line),
      newName: f[1],
      newCode: f[2],
      oldName: f[3],
      oldCode: f[4],
      note: f[5],
      oldDistrict: bracketCode(f[6], 'district', line),
      oldProvince: bracketCode(f[7], 'old province', line),
    });
  }
  return rows;
}

/** The snapshot series: rows `{level, code, name, parent, firstSeen, lastSeen, seenIn}` (names as printed). */
export function readSnapshots(folder) {
  const records = parseCsv(readFileSync(path.join(folder, FILES.snapshots), 'utf8'));
  const header = records[0].fields.join(',');
  if (header !== 'level,code,name,parent,first_seen,last_seen,seen_in') throw new Error(`snapshots: header ${header}`);
  return records
    .slice(1)
    .filter((r) => r.fields.length > 1)
    .map(({ fields: [level, code, name, parent, firstSeen, lastSeen, seenIn] }) => ({
      level,
      code,
      name,
      parent,
      firstSeen,
      lastSeen,
      seenIn: Number(seenIn),
    }));
}

/** The three code typos of C (NSO conversion table): physical line, old name, code written, right code, target. */
export const C_CODE_FIXES = [
  { line: 426, oldName: 'Xã Đặng Xá', wrong: '00553', right: '00556', newCode: '00562' },
  { line: 912, oldName: 'Xã Mỹ Hưng', wrong: '01615', right: '01651', newCode: '01648' },
  { line: 1260, oldName: 'Xã Phú Thịnh', wrong: '02485', right: '02482', newCode: '02494' },
];

/** C's rows (`readC`) with the three code typos fixed; throws unless each fix applies exactly once. */
export function fixCCodes(cRows) {
  const used = C_CODE_FIXES.map(() => 0);
  const rows = cRows.map((row) => {
    const i = C_CODE_FIXES.findIndex(
      (f) => f.line === row.line && f.wrong === row.oldCode && f.oldName === row.oldName && f.newCode === row.newCode,
    );
    if (i < 0) return row;
    used[i] += 1;
    return { ...row, oldCode: C_CODE_FIXES[i].right };
  });
  if (used.some((n) => n !== 1)) throw new Error(`C code fixes applied ${used.join('/')} times, expected once each`);
  return rows;
}
