/**
 * Text formats shared by the zod schemas and the hand-written evaluation check, each defined
 * once with its name and an example for messages. Imports no zod, so the rating engine can check
 * evaluations without shipping a schema library.
 */

/** A text format: the pattern, its name in messages and an example of a valid value. */
export interface TextFormat {
  readonly pattern: RegExp;
  readonly format: string;
  readonly example: string;
}

/** A criterion code as printed in the decision: `"1.1"`, `"2.3"`, `"6.2"`, `"7"`; 148/2023 letters its criteria within a section (`"1.a"`, `"3.đ"`). */
export const CRITERION_CODE: TextFormat = {
  pattern: /^\d{1,2}(?:\.(?:\d{1,2}|[a-zđ])){0,2}$/,
  format: 'criterion-code',
  example: '2.3',
};

/** An app's identifier of a record. */
export const ID: TextFormat = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/,
  format: 'id',
  example: 'tb-2020-upgrade',
};

/** A unit code of any level: 2 (province), 3 (district) or 5 (commune) digits. */
export const UNIT_CODE: TextFormat = { pattern: /^(\d{2}|\d{3}|\d{5})$/, format: 'unit-code', example: '340' };

/** A decimal written as text, e.g. a council's published average `"81.2"`. */
export const DECIMAL_TEXT: TextFormat = { pattern: /^-?\d{1,15}(\.\d{1,15})?$/, format: 'decimal', example: '81.2' };

/** Keys that could reach `Object.prototype` when a parsed value is merged or copied. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Longest text fields: names and titles (500) and long descriptions or notes (5000), after trimming. */
export const TEXT_MAX = 500;
export const LONG_TEXT_MAX = 5000;

/** Highest criteria set number: 26/2026 Phụ lục I/II number their sets 1–26. */
export const CRITERIA_SET_MAX = 26;

/** Most score sheets in one evaluation (a council's members). */
export const SHEETS_MAX = 100;
