/**
 * The decoded unit tables of `ocop/units`, built once on first use: every unit period by code
 * and by parent. Provinces come from the main entry's tables (`PROVINCES_UNTIL_2025`,
 * `PROVINCES_FROM_2025`), districts and communes from the generated rows in `data/`.
 */
import type { AdminUnitRecord } from '../model/admin-units/data/types.js';
import { PROVINCES_FROM_2025 } from '../model/admin-units/data/provinces-from-2025.js';
import { PROVINCES_UNTIL_2025 } from '../model/admin-units/data/provinces-until-2025.js';
import { COMMUNE_ROWS_FROM_2025 } from './data/communes-from-2025.js';
import { COMMUNE_ROWS_UNTIL_2025 } from './data/communes-until-2025.js';
import { DISTRICT_ROWS } from './data/districts.js';
import { decodeUnitRows } from './decode.js';

/** Every unit period, and the same periods by code (date order) and by parent code. */
export interface UnitIndex {
  readonly all: readonly AdminUnitRecord[];
  readonly byCode: ReadonlyMap<string, readonly AdminUnitRecord[]>;
  readonly byParent: ReadonlyMap<string, readonly AdminUnitRecord[]>;
}

let index: UnitIndex | undefined;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Start date for ordering: an open start sorts first. */
const startOf = (unit: AdminUnitRecord): string => unit.validFrom ?? '';

function buildIndex(): UnitIndex {
  const all = [
    ...PROVINCES_UNTIL_2025,
    ...PROVINCES_FROM_2025,
    ...decodeUnitRows(DISTRICT_ROWS, 'district'),
    ...decodeUnitRows(COMMUNE_ROWS_UNTIL_2025, 'commune'),
    ...decodeUnitRows(COMMUNE_ROWS_FROM_2025, 'commune'),
  ];
  const byCode = new Map<string, AdminUnitRecord[]>();
  const byParent = new Map<string, AdminUnitRecord[]>();
  for (const unit of all) {
    push(byCode, unit.code, unit);
    if (unit.parentCode !== undefined) push(byParent, unit.parentCode, unit);
  }
  for (const list of byCode.values()) list.sort((a, b) => (startOf(a) < startOf(b) ? -1 : 1));
  return { all, byCode, byParent };
}

/** The unit index, decoded on the first call (a few milliseconds) and kept. */
export function unitIndex(): UnitIndex {
  index ??= buildIndex();
  return index;
}
