/**
 * Finding units by name, for spreadsheets that write places as names rather than codes. Names are
 * compared on a key that ignores what the official lists themselves vary in: case, the old and new
 * tone-mark placement (`Hòa`/`Hoà`, `Thủy`/`Thuỷ`), apostrophes (`'`/`’`), spacing, dots and
 * hyphens, leading zeros (`Phường 04`) and, when asked, every diacritic.
 */
import { assertIsoDate, type IsoDate } from '../core/dates.js';
import { OcopError } from '../core/errors.js';
import { describeValue } from '../core/guards.js';
import type { AdminUnitRecord } from '../model/admin-units/data/types.js';
import { unitIndex } from './tables.js';
import { holdsOn, unitOn } from './lookup.js';

type UnitType = AdminUnitRecord['type'];
type UnitLevel = AdminUnitRecord['level'];

/**
 * How names are compared: `match` keeps the diacritics (case, tone-mark style, apostrophes and
 * spacing are still ignored); `ignore` also drops every diacritic and reads `đ` as `d`.
 *
 * @example
 * ```ts
 * import type { NameDiacritics } from 'ocop/units';
 * const loose: NameDiacritics = 'ignore';
 * ```
 */
export type NameDiacritics = 'match' | 'ignore';

/**
 * Options of {@link normalizeUnitName}.
 *
 * @example
 * ```ts
 * import type { NormalizeUnitNameOptions } from 'ocop/units';
 * const options: NormalizeUnitNameOptions = { diacritics: 'ignore' };
 * ```
 */
export interface NormalizeUnitNameOptions {
  readonly diacritics?: NameDiacritics;
}

/**
 * Options of {@link findUnitsByName}: the date the units must be in force on, and optionally a
 * level, a province or district (`within`) the units must lie in on that date, and how
 * diacritics are compared (`match` unless given).
 *
 * @example
 * ```ts
 * import type { FindUnitsByNameOptions } from 'ocop/units';
 * const options: FindUnitsByNameOptions = { on: '2020-07-15', level: 'commune', within: '340' };
 * ```
 */
export interface FindUnitsByNameOptions {
  readonly on: IsoDate;
  readonly level?: UnitLevel;
  readonly within?: string;
  readonly diacritics?: NameDiacritics;
}

/**
 * A name split into its leading type prefix and the rest: `types` are the unit types the prefix
 * may mean (`[]` when there is none), `name` is the rest as written (NFC, trimmed).
 *
 * @example
 * ```ts
 * import type { ParsedUnitName } from 'ocop/units';
 * const parsed: ParsedUnitName = { name: 'Đông Hưng', types: ['huyện'] };
 * ```
 */
export interface ParsedUnitName {
  readonly name: string;
  readonly types: readonly UnitType[];
}

const DIACRITICS_MODES: readonly NameDiacritics[] = ['match', 'ignore'];
const LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune'];
const LEVEL_RANK: Readonly<Record<UnitLevel, number>> = { province: 0, district: 1, commune: 2 };

/** Apostrophe look-alikes: right and left single quotes, modifier apostrophe, grave, acute, prime. */
const APOSTROPHES = /[\u2019\u2018\u02bc`\u00b4\u2032]/g;
/** Dots, commas and hyphens (ASCII and Unicode dashes U+2010–U+2015, minus), read as spaces. */
const SEPARATORS: ReadonlySet<string> = new Set(['.', ',', '-', ...'\u2010\u2011\u2012\u2013\u2014\u2015', '\u2212']);

/** `text` with each separator read as a space (a character map, not a pattern: linear whatever the input). */
function spaced(text: string): string {
  return Array.from(text, (char) => (SEPARATORS.has(char) ? ' ' : char)).join('');
}
/**
 * A tone mark on the first vowel of `oa`, `oe` or `uy` (decomposed, lower case): moved to the
 * second vowel, after its own quality marks. The tone marks (decomposed): grave, acute, tilde,
 * hook above, dot below; the quality marks that may follow `a` or `e`: circumflex, breve. `ô`,
 * `ơ` and `ư` carry a quality mark before any tone mark in decomposed text, so they never match.
 */
const FIRST_VOWEL_TONE =
  /(o)([\u0300\u0301\u0303\u0309\u0323])([ae][\u0302\u0306]*)|(u)([\u0300\u0301\u0303\u0309\u0323])(y)/g;
const COMBINING_MARKS = /\p{M}/gu;
const LEADING_ZEROS = /(?<!\d)0+(?=\d)/g;
const WHITESPACE = /\s+/g;
/** Spaces beside an apostrophe, as in `Ia H' Drai` beside `Ia H'Drai`. */
const SPACED_APOSTROPHE = / ?' ?/g;

/** Moves the tone mark of `oà`/`òa`-style diphthongs to one place (the second vowel). */
function canonicalTones(decomposed: string): string {
  return decomposed.replace(
    FIRST_VOWEL_TONE,
    (_match, o?: string, oTone?: string, second?: string, u?: string, uTone?: string, y?: string) =>
      o === undefined ? `${u ?? ''}${y ?? ''}${uTone ?? ''}` : `${o}${second ?? ''}${oTone ?? ''}`,
  );
}

function assertDiacritics(value: unknown, name: string): asserts value is NameDiacritics | undefined {
  if (value !== undefined && !DIACRITICS_MODES.includes(value as NameDiacritics))
    throw new OcopError('invalid_input', `${name} must be 'match' or 'ignore', got ${describeValue(value)}`, {
      option: 'diacritics',
    });
}

/** Throws `invalid_input` unless `options` is undefined or an object with only `allowed` keys. */
function optionsWith(options: unknown, allowed: readonly string[], required: boolean): Record<string, unknown> {
  if (options === undefined && !required) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new OcopError('invalid_input', `options must be an object, got ${describeValue(options)}`, {
      argument: 'options',
    });
  const unknown = Object.keys(options).find((key) => !allowed.includes(key));
  if (unknown !== undefined)
    throw new OcopError(
      'invalid_input',
      `options has an unknown key ${describeValue(unknown)}; it takes ${allowed.join(', ')}`,
      { option: unknown },
    );
  return options as Record<string, unknown>;
}

function assertText(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string')
    throw new OcopError('invalid_input', `${name} must be a string, got ${describeValue(value)}`, { argument: name });
}

/** The key of a string already known to be one, in one diacritics mode. */
function keyOf(text: string, diacritics: NameDiacritics): string {
  const decomposed = canonicalTones(
    spaced(text.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'")).normalize('NFD'),
  );
  const marked = diacritics === 'ignore' ? decomposed.replace(COMBINING_MARKS, '').replace(/đ/g, 'd') : decomposed;
  return marked
    .normalize('NFC')
    .replace(WHITESPACE, ' ')
    .replace(SPACED_APOSTROPHE, "'")
    .replace(LEADING_ZEROS, '')
    .trim();
}

/**
 * The key two unit names are compared on: NFC, lower case, one apostrophe (`’ ‘ ʼ ´ ′` and the
 * backtick read as `'`, without spaces beside it), one tone-mark placement for `oa`, `oe` and `uy` (the mark goes on the
 * second vowel: `hòa` → `hoà`, `thủy` → `thuỷ`, `khỏe` → `khoẻ`), dots, commas and hyphens read
 * as spaces, whitespace runs as one space, trimmed, and leading zeros dropped from numbers. With
 * `diacritics: 'ignore'` every diacritic is dropped too and `đ` reads as `d`. A type prefix
 * (`Huyện`, `Phường`) is kept: {@link parseUnitName} strips it. Throws `invalid_input` for a
 * value that is not a string or an unknown option.
 *
 * @example
 * ```ts
 * import { normalizeUnitName } from 'ocop/units';
 * normalizeUnitName('Thị Xã  Hòa Bình'); // 'thị xã hoà bình'
 * normalizeUnitName('Ea H’Leo') === normalizeUnitName("Ea H'Leo"); // true
 * normalizeUnitName('Phường 04'); // 'phường 4'
 * normalizeUnitName('Đông Hưng', { diacritics: 'ignore' }); // 'dong hung'
 * ```
 */
export function normalizeUnitName(text: string, options?: NormalizeUnitNameOptions): string {
  assertText(text, 'text');
  const { diacritics } = optionsWith(options, ['diacritics'], false);
  assertDiacritics(diacritics, 'options.diacritics');
  return keyOf(text, diacritics ?? 'match');
}

/** The prefixes by their key in each mode (one word, or two joined by a space), with the types each may mean. */
const PREFIXES: readonly (readonly [string, readonly UnitType[]])[] = [
  ['tỉnh', ['tỉnh']],
  ['thành phố', ['thành phố', 'thành phố trực thuộc trung ương']],
  ['tp', ['thành phố', 'thành phố trực thuộc trung ương']],
  ['thị xã', ['thị xã']],
  ['tx', ['thị xã']],
  ['thị trấn', ['thị trấn']],
  ['tt', ['thị trấn']],
  ['huyện', ['huyện']],
  ['quận', ['quận']],
  ['xã', ['xã']],
  ['phường', ['phường']],
  ['đặc khu', ['đặc khu']],
];
/** Abbreviations of one letter, a prefix only when a dot follows (`H.`, `Q.`, `X.`, `P.`). */
const DOTTED_PREFIXES: readonly (readonly [string, readonly UnitType[]])[] = [
  ['h', ['huyện']],
  ['q', ['quận']],
  ['x', ['xã']],
  ['p', ['phường']],
];

const prefixTables = new Map<
  NameDiacritics,
  { words: Map<string, readonly UnitType[]>; dotted: Map<string, readonly UnitType[]> }
>();

function prefixTable(diacritics: NameDiacritics) {
  let table = prefixTables.get(diacritics);
  if (!table) {
    const toMap = (list: typeof PREFIXES) =>
      new Map(list.map(([word, types]) => [keyOf(word, diacritics), Object.freeze([...types])] as const));
    table = { words: toMap(PREFIXES), dotted: toMap(DOTTED_PREFIXES) };
    prefixTables.set(diacritics, table);
  }
  return table;
}

/** A word of a name and where it ends; words are separated by whitespace, dots, commas and hyphens. */
const WORD = /[^\s.,\-\u2010-\u2015\u2212]+/gu;

interface Word {
  readonly text: string;
  readonly end: number;
}

function firstWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ text: match[0], end: match.index + match[0].length });
    if (words.length === 2) break;
  }
  return words;
}

const REST_START = /^[\s.,\-\u2010-\u2015\u2212]+/u;

/** Keys of the first word of the two-word prefixes (`thành`, `thị`, `đặc`), in one mode. */
const twoWordStarts = new Map<NameDiacritics, ReadonlySet<string>>();

function startsTwoWords(key: string, diacritics: NameDiacritics): boolean {
  let starts = twoWordStarts.get(diacritics);
  if (!starts) {
    starts = new Set(
      [...prefixTable(diacritics).words.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] ?? ''),
    );
    twoWordStarts.set(diacritics, starts);
  }
  return starts.has(key);
}

/** The prefix at the start of `text` (NFC, trimmed), in one mode: where it ends and its types. */
function prefixAt(text: string, diacritics: NameDiacritics): { end: number; types: readonly UnitType[] } | undefined {
  const { words, dotted } = prefixTable(diacritics);
  const [first, second] = firstWords(text);
  if (!first) return undefined;
  const firstKey = keyOf(first.text, diacritics);
  if (second && startsTwoWords(firstKey, diacritics)) {
    const twoWords = words.get(`${firstKey} ${keyOf(second.text, diacritics)}`);
    if (twoWords) return { end: second.end, types: twoWords };
  }
  const oneWord = words.get(firstKey);
  if (oneWord) return { end: first.end, types: oneWord };
  const letter = text[first.end] === '.' ? dotted.get(firstKey) : undefined;
  return letter ? { end: first.end, types: letter } : undefined;
}

/** {@link parseUnitName} in one diacritics mode (`ignore` also reads `Huyen`, `Phuong` as prefixes). */
function splitUnitName(text: string, diacritics: NameDiacritics): ParsedUnitName {
  const trimmed = text.normalize('NFC').trim();
  const prefix = prefixAt(trimmed, diacritics);
  const rest = prefix ? trimmed.slice(prefix.end).replace(REST_START, '') : '';
  return prefix && rest !== '' ? { name: rest, types: prefix.types } : { name: trimmed, types: [] };
}

/**
 * Splits one leading type prefix off a unit name: `Tỉnh`, `Thành phố`/`TP`, `Thị xã`/`TX`,
 * `Thị trấn`/`TT`, `Huyện`/`H.`, `Quận`/`Q.`, `Xã`/`X.`, `Phường`/`P.`, `Đặc khu`, in any case and
 * tone-mark style, followed by a space, a dot or a hyphen. `types` are the unit types the prefix
 * may mean (`Thành phố` is a district-level city or a centrally run one), `[]` when there is no
 * prefix; `name` is the rest as written (NFC, trimmed). A prefix that would leave nothing is kept
 * as the name. Throws `invalid_input` for a value that is not a string.
 *
 * @example
 * ```ts
 * import { parseUnitName } from 'ocop/units';
 * parseUnitName('Huyện Đông Hưng'); // { name: 'Đông Hưng', types: ['huyện'] }
 * parseUnitName('TP. Huế').types; // ['thành phố', 'thành phố trực thuộc trung ương']
 * parseUnitName('Phường Phường Đúc').name; // 'Phường Đúc'
 * parseUnitName('Phường'); // { name: 'Phường', types: [] }
 * ```
 */
export function parseUnitName(text: string): ParsedUnitName {
  assertText(text, 'text');
  return splitUnitName(text, 'match');
}

/** Unit periods by name key, one map per diacritics mode, built on first use. */
const nameIndexes = new Map<NameDiacritics, ReadonlyMap<string, readonly AdminUnitRecord[]>>();

function nameIndex(diacritics: NameDiacritics): ReadonlyMap<string, readonly AdminUnitRecord[]> {
  let index = nameIndexes.get(diacritics);
  if (!index) {
    const map = new Map<string, AdminUnitRecord[]>();
    const keys = new Map<string, string>();
    for (const unit of unitIndex().all) {
      let key = keys.get(unit.name);
      if (key === undefined) {
        key = keyOf(unit.name, diacritics);
        keys.set(unit.name, key);
      }
      const list = map.get(key);
      if (list) list.push(unit);
      else map.set(key, [unit]);
    }
    index = map;
    nameIndexes.set(diacritics, index);
  }
  return index;
}

/** Whether `unit` lies under the unit `within` on `on` (through its district, for a commune before 2025-07-01). */
function isUnder(unit: AdminUnitRecord, within: string, on: IsoDate): boolean {
  let parent = unit.parentCode;
  while (parent !== undefined) {
    if (parent === within) return true;
    parent = unitOn(parent, on)?.parentCode;
  }
  return false;
}

interface Search {
  readonly on: IsoDate;
  readonly level: UnitLevel | undefined;
  readonly within: string | undefined;
  readonly diacritics: NameDiacritics;
}

function checkedSearch(options: unknown): Search {
  const record = optionsWith(options, ['on', 'level', 'within', 'diacritics'], true);
  const { on, level, within, diacritics } = record;
  assertIsoDate(on, 'on');
  if (level !== undefined && !LEVELS.includes(level as UnitLevel))
    throw new OcopError(
      'invalid_input',
      `options.level must be 'province', 'district' or 'commune', got ${describeValue(level)}`,
      { option: 'level' },
    );
  if (within !== undefined && (typeof within !== 'string' || !/^\d{2,3}$/.test(within)))
    throw new OcopError(
      'invalid_input',
      `options.within must be a province (2 digits) or district (3 digits) code, got ${describeValue(within)}`,
      { option: 'within' },
    );
  assertDiacritics(diacritics, 'options.diacritics');
  return { on, level: level as UnitLevel | undefined, within, diacritics: diacritics ?? 'match' };
}

function keeps(unit: AdminUnitRecord, search: Search, types: readonly UnitType[] | undefined): boolean {
  return (
    (types === undefined || types.includes(unit.type)) &&
    (search.level === undefined || unit.level === search.level) &&
    holdsOn(unit, search.on) &&
    (search.within === undefined || isUnder(unit, search.within, search.on))
  );
}

const byLevelThenCode = (a: AdminUnitRecord, b: AdminUnitRecord): number =>
  LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * Every unit in force on `options.on` that a name may mean: units whose short name (`'Đông Hưng'`,
 * `'4'`) equals the name once both are normalised ({@link normalizeUnitName}), and, when the name
 * begins with a type prefix ({@link parseUnitName}), units of a type that prefix may mean whose
 * short name equals the rest. So `'Huyện Đông Hưng'` finds only the district, `'Đông Hưng'` the
 * district and any commune of that name, and `'Phường Phường Đúc'` and `'Phường Đúc'` both find
 * the ward whose short name is `Phường Đúc`. Names are ambiguous: every match is returned, sorted
 * by level (provinces, districts, communes) then code; `[]` when none. `level` keeps one level;
 * `within` (a province or district code) keeps the units under it on that date; `diacritics:
 * 'ignore'` also matches names written without diacritics (`'Dong Hung'`). Throws `invalid_input`
 * for a name that is not a string, an unknown option or a bad `level`, `within` or `diacritics`,
 * and `invalid_date` for an `on` that is not a calendar date. The name index is built once per
 * diacritics mode, on the first search.
 *
 * @example
 * ```ts
 * import { findUnitsByName } from 'ocop/units';
 * findUnitsByName('Huyện Đông Hưng', { on: '2020-07-15' }).map((u) => u.code); // ['340']
 * findUnitsByName('Dong Hung', { on: '2020-07-15', level: 'district', diacritics: 'ignore' }).length; // 1
 * findUnitsByName('Phường 4', { on: '2020-07-15', within: '774' }).length; // 1
 * ```
 */
export function findUnitsByName(name: string, options: FindUnitsByNameOptions): readonly AdminUnitRecord[] {
  assertText(name, 'name');
  const search = checkedSearch(options);
  const index = nameIndex(search.diacritics);
  const parsed = splitUnitName(name, search.diacritics);
  const found = new Set<AdminUnitRecord>();
  for (const unit of index.get(keyOf(name, search.diacritics)) ?? [])
    if (keeps(unit, search, undefined)) found.add(unit);
  if (parsed.types.length > 0)
    for (const unit of index.get(keyOf(parsed.name, search.diacritics)) ?? [])
      if (keeps(unit, search, parsed.types)) found.add(unit);
  return [...found].sort(byLevelThenCode);
}
