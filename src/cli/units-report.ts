/**
 * `ocop units <code|name>`: the administrative unit a code names on a date (with the units it is
 * part of and every unit that ever had the code), what became of it when none had the code that
 * day, or every unit of a name. Reads `ocop/units`' lookups; never the clock.
 */
import { isWithin, type IsoDate } from '../core/dates.js';
import type { Locale } from '../index.js';
import type { UnitsText } from '../locales/catalogue.js';
import type { AdminUnitRecord } from '../model/admin-units/data/types.js';
import { UNIT_CODE } from '../model/formats.js';
import { adminUnitHistory, getAdminUnit } from '../units/lookup.js';
import { findUnitsByName } from '../units/names.js';
import {
  adminUnitSuccessor,
  communeConversion2025,
  FIRST_DAY_OF_2025_UNITS,
  type CommuneConversion,
} from '../units/successors.js';
import type { Block } from './format.js';
import { cliText } from './text.js';
import { UsageError } from './usage-error.js';

/** A report of `ocop units`: its blocks and the object `--format json` prints. */
export interface UnitsReport {
  readonly blocks: Block[];
  readonly json: unknown;
}

/** A unit as the reports write it: its official name (type and name) and code, `Huyện Đông Hưng (340)`. */
export function unitLabel(unit: Pick<AdminUnitRecord, 'code' | 'name' | 'type'>): string {
  const type = unit.type === 'thành phố trực thuộc trung ương' ? 'thành phố' : unit.type;
  return `${type.charAt(0).toUpperCase()}${type.slice(1)} ${unit.name} (${unit.code})`;
}

/** The units `unit` was part of on `on`, nearest first (a commune's district, then its province). */
export function parentsOf(unit: AdminUnitRecord, on: IsoDate): AdminUnitRecord[] {
  const chain: AdminUnitRecord[] = [];
  let code = unit.parentCode;
  while (code !== undefined && chain.length < 3) {
    const parent = getAdminUnit(code, on);
    if (!parent) break;
    chain.push(parent);
    code = parent.parentCode;
  }
  return chain;
}

/** A day within a unit's period for reading its parents: `on` when it is in force then, else its last (or first) day. */
function dayOf(unit: AdminUnitRecord, on: IsoDate): IsoDate {
  if (isWithin(on, unit.validFrom, unit.validTo)) return on;
  return unit.validTo ?? unit.validFrom ?? on;
}

/** A unit's row: code, type and name, level, the units it is part of, period. */
function unitRow(unit: AdminUnitRecord, on: IsoDate, text: UnitsText): string[] {
  const parents = parentsOf(unit, dayOf(unit, on)).map(unitLabel).join(', ');
  return [
    unit.code,
    unitLabel(unit),
    text.levels[unit.level],
    parents || '—',
    unit.validFrom ?? '…',
    unit.validTo ?? '…',
  ];
}

/** Every period of a code, as a table after its line. */
function historyBlocks(code: string, history: readonly AdminUnitRecord[], on: IsoDate, text: UnitsText): Block[] {
  return [
    { kind: 'text', text: text.history(code) },
    { kind: 'table', columns: text.columns, rows: history.map((unit) => unitRow(unit, on, text)) },
  ];
}

/** An old commune's 2025 conversion: each new commune, what it is part of, and how the old one went in. */
function conversionBlocks(conversion: CommuneConversion, old: AdminUnitRecord, text: UnitsText): Block[] {
  const rows = conversion.targets.map(({ unit, kind }) => [
    unit.code,
    unitLabel(unit),
    parentsOf(unit, FIRST_DAY_OF_2025_UNITS).map(unitLabel).join(', '),
    text.conversionKinds[kind],
  ]);
  const line = text.conversion({ unit: unitLabel(old), split: conversion.split, count: rows.length });
  return [
    { kind: 'text', text: line },
    { kind: 'table', columns: text.conversionColumns, rows },
  ];
}

/** The old commune under `code` on 2025-06-30 and its conversion, when `on` is after the reform. */
function conversionOf(code: string, on: IsoDate): { old: AdminUnitRecord; conversion: CommuneConversion } | undefined {
  if (on < FIRST_DAY_OF_2025_UNITS || code.length !== 5) return undefined;
  const old = getAdminUnit(code, '2025-06-30');
  const conversion = old && communeConversion2025(code);
  return old && conversion ? { old, conversion } : undefined;
}

/** The blocks of a code with a unit in force on `on`: the unit's table. */
function unitBlocks(unit: AdminUnitRecord, on: IsoDate, text: UnitsText): Block[] {
  const parents = parentsOf(unit, on);
  return [
    { kind: 'heading', text: text.heading({ code: unit.code, on, unit: unitLabel(unit) }) },
    {
      kind: 'list',
      items: [
        `${text.rows.code}: ${unit.code}`,
        `${text.rows.unit}: ${unitLabel(unit)}`,
        `${text.rows.level}: ${text.levels[unit.level]}`,
        `${text.rows.partOf}: ${parents.map(unitLabel).join(', ') || '—'}`,
        `${text.rows.period}: ${text.period({ from: unit.validFrom, to: unit.validTo })}`,
      ],
    },
  ];
}

/** The blocks of a code with no unit on `on`: what holds what it was on that date. */
function successorBlocks(code: string, on: IsoDate, successor: AdminUnitRecord | undefined, text: UnitsText): Block[] {
  const line = successor ? text.successor({ code, on, unit: unitLabel(successor) }) : text.noSuccessor({ code, on });
  return [
    { kind: 'heading', text: text.noneOn({ code, on }) },
    { kind: 'text', text: line },
  ];
}

/** `ocop units <code>`: the unit in force, or what became of the code; every unit that had it. */
export function unitCodeReport(code: string, on: IsoDate, locale: Locale): UnitsReport {
  const history = adminUnitHistory(code);
  if (history.length === 0) throw new UsageError((t) => t.usage.unknownUnitCode(code));
  const text = cliText(locale).units;
  const unit = getAdminUnit(code, on);
  const successor = unit ? undefined : adminUnitSuccessor(code, on);
  const converted = conversionOf(code, on);
  const blocks: Block[] = [
    ...(unit ? unitBlocks(unit, on, text) : successorBlocks(code, on, successor, text)),
    ...(converted ? conversionBlocks(converted.conversion, converted.old, text) : []),
    ...historyBlocks(code, history, on, text),
  ];
  const json = {
    code,
    on,
    unit: unit ?? null,
    parents: unit ? parentsOf(unit, on) : [],
    successor: successor ?? null,
    conversion2025: converted?.conversion ?? null,
    history,
  };
  return { blocks, json };
}

/** `ocop units <name>`: every unit of the name on `on`, diacritics as written, else ignored. */
export function unitNameReport(name: string, on: IsoDate, locale: Locale): UnitsReport {
  let diacritics: 'match' | 'ignore' = 'match';
  let units = findUnitsByName(name, { on, diacritics });
  if (units.length === 0) {
    diacritics = 'ignore';
    units = findUnitsByName(name, { on, diacritics });
  }
  if (units.length === 0) throw new UsageError((t) => t.usage.noUnitNamed({ name, on }));
  const text = cliText(locale).units;
  const blocks: Block[] = [
    { kind: 'heading', text: text.named({ name, on, count: units.length }) },
    ...(diacritics === 'ignore' ? [{ kind: 'text' as const, text: text.diacriticsIgnored(name) }] : []),
    { kind: 'table', columns: text.columns, rows: units.map((unit) => unitRow(unit, on, text)) },
  ];
  const matches = units.map((unit) => ({ unit, parents: parentsOf(unit, on) }));
  return { blocks, json: { name, on, diacritics, matches } };
}

/**
 * `ocop units <query>`: digits are a code (2, 3 or 5 of them, else a usage error), anything else
 * a name. Nothing found is a usage error (exit 2), as an unknown rule set id is.
 */
export function unitsReport(query: string, on: IsoDate, locale: Locale): UnitsReport {
  if (!/^\d+$/.test(query)) return unitNameReport(query, on, locale);
  if (!UNIT_CODE.pattern.test(query)) throw new UsageError((t) => t.usage.notAUnitCode(query));
  return unitCodeReport(query, on, locale);
}
