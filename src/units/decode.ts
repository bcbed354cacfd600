/**
 * Decoding of the generated unit rows (`data/*.ts`, written by scripts/generate-admin-units.mjs):
 * one line per unit period, `code|parent|type|name|from|to`, with a one-letter type and empty
 * dates for open ends. Kept compact so that `ocop/units` stays small; decoded once, on first use.
 */
import type { IsoDate } from '../core/dates.js';
import type { AdminUnitRecord } from '../model/admin-units/data/types.js';

type UnitType = AdminUnitRecord['type'];

const DISTRICT_TYPES: Readonly<Record<string, UnitType>> = { q: 'quận', h: 'huyện', x: 'thị xã', t: 'thành phố' };
const COMMUNE_TYPES: Readonly<Record<string, UnitType>> = { x: 'xã', p: 'phường', t: 'thị trấn', d: 'đặc khu' };

/** The type letters of each level below the province. */
const TYPES_OF_LEVEL = { district: DISTRICT_TYPES, commune: COMMUNE_TYPES } as const;

/**
 * The unit periods of one generated table. Throws a plain `Error` naming the row for a row that
 * does not decode: the rows are generated and checked in CI, so this is a build defect, not input.
 */
export function decodeUnitRows(rows: string, level: 'district' | 'commune'): AdminUnitRecord[] {
  const types = TYPES_OF_LEVEL[level];
  return rows.split('\n').map((row, index) => {
    const [code, parentCode, letter, name, from, to] = row.split('|');
    const type = letter === undefined ? undefined : types[letter];
    if (code === undefined || parentCode === undefined || type === undefined || name === undefined || to === undefined)
      throw new Error(`ocop/units: ${level} row ${index + 1} does not decode: ${JSON.stringify(row)}`);
    return Object.freeze({
      code,
      name,
      level,
      type,
      validFrom: from === '' || from === undefined ? null : (from as IsoDate),
      validTo: to === '' ? null : (to as IsoDate),
      parentCode,
    });
  });
}

/**
 * A `key|value` table (`old|new:k,new:k` rows and the like) as a map from the first field to the
 * rest of the row.
 */
export function decodeKeyedRows(rows: string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const row of rows.split('\n')) {
    const bar = row.indexOf('|');
    map.set(row.slice(0, bar), row.slice(bar + 1));
  }
  return map;
}
