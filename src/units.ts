/**
 * `ocop/units`: every administrative unit of Vietnam, dated — the 63 provinces, 696 districts and
 * 10,035 communes in force on 2025-06-30 with their history back to 2019, the 34 provinces and
 * 3,321 communes from 2025-07-01 with the changes of 2026 that are known, and the official 2025
 * conversion between them. Kept out of the main entry (about 1 MB of source); the main entry's
 * `validate` and progress metrics use it when given `UNIT_TABLES`.
 *
 * @packageDocumentation
 */
export { adminUnitHistory, COUNTRY, getAdminUnit, listUnits } from './units/lookup.js';
export {
  adminUnitSuccessor,
  communeConversion2025,
  districtProvince2025,
  FIRST_DAY_OF_2025_UNITS,
} from './units/successors.js';
export type { CommuneConversion, CommuneTarget, ConversionKind } from './units/successors.js';
export { migrateRecordUnits, migrateUnitRef } from './units/migrate.js';
export type {
  MigratableKind,
  MigratableRecord,
  RecordMigration,
  RefusalReason,
  UnitMigration,
  UnitRefusal,
} from './units/migrate.js';
export { findUnitsByName, normalizeUnitName, parseUnitName } from './units/names.js';
export type {
  FindUnitsByNameOptions,
  NameDiacritics,
  NormalizeUnitNameOptions,
  ParsedUnitName,
} from './units/names.js';
export { UNIT_TABLES } from './units/unit-tables.js';
export { UNIT_DATA_NOTES, UNIT_DATA_SOURCES } from './units/data/sources.js';
export type { AdminUnitRecord } from './model/admin-units/data/types.js';
