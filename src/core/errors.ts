/**
 * Errors thrown by domain functions. Every error has a stable `code`; validation errors carry
 * the structured issues too.
 */
import { deepFreeze } from './freeze.js';
import type { ErrorWords } from '../locales/catalogue.js';
import type { Locale } from '../locales/list.js';
import { DEFAULT_LOCALE, type Issue } from './issues.js';

/**
 * Stable codes of thrown errors (issue codes of validation are listed in `ISSUE_CODES`).
 *
 * @example
 * ```ts
 * import { ERROR_CODES } from 'ocop';
 * ERROR_CODES.includes('invalid_input'); // true
 * ```
 */
export const ERROR_CODES = /* @__PURE__ */ deepFreeze([
  'invalid_input',
  'invalid_date',
  'unknown_entity_kind',
  'unknown_rule_set',
  'rule_set_not_in_force',
  'unknown_criteria_set',
  'criteria_not_available',
  'score_out_of_range',
  'rounds_not_available',
  'invalid_day_count',
  'calendar_not_available',
  'invalid_override',
  'invalid_rule_data',
] as const);

/**
 * A stable code of a thrown {@link OcopError}.
 *
 * @example
 * ```ts
 * import type { OcopErrorCode } from 'ocop';
 * const code: OcopErrorCode = 'unknown_entity_kind';
 * ```
 */
export type OcopErrorCode = (typeof ERROR_CODES)[number];

/**
 * The brand on {@link OcopError}'s prototype: `Symbol.for` returns one symbol per process, so an
 * error made by any copy of `ocop` (its ESM and CommonJS builds in one app, or two versions
 * bundled side by side) carries the same brand.
 */
const OCOP_ERROR_BRAND: unique symbol = Symbol.for('ocop.error');

/**
 * Base class of every error this library throws. Branch on `code`, which is stable.
 *
 * @example
 * ```ts
 * import { OcopError, validate } from 'ocop';
 * let code: string | undefined;
 * try {
 *   validate('nonsense' as never, {});
 * } catch (error) {
 *   if (error instanceof OcopError) code = error.code; // 'unknown_entity_kind'
 * }
 * ```
 */
export class OcopError extends Error {
  /**
   * The brand {@link isOcopError} reads, on the prototype: a registry symbol
   * (`Symbol.for('ocop.error')`), so it is the same in every copy of the library in one process.
   */
  get [OCOP_ERROR_BRAND](): true {
    return true;
  }
  /** Stable machine-readable code. */
  readonly code: OcopErrorCode;
  /** Values the message was built from. */
  readonly params: Readonly<Record<string, unknown>>;

  constructor(code: OcopErrorCode, message: string, params: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'OcopError';
    this.code = code;
    this.params = params;
  }
}

/**
 * The words of an error's summary line, per locale. Here, not in the locale modules: every
 * criteria set module reaches this file (through `deepFreeze`), and the CommonJS chunk they share
 * would carry every sentence of the locale modules with it.
 */
const SUMMARY: { readonly [L in Locale]: ErrorWords } = {
  vi: {
    invalid_input: 'Dữ liệu không hợp lệ',
    invalid_override: 'Điều chỉnh quy định không hợp lệ',
    invalid_rule_data: 'Dữ liệu quy định không hợp lệ',
    root: '(gốc)',
  },
  en: {
    invalid_input: 'Invalid input',
    invalid_override: 'Invalid rule override',
    invalid_rule_data: 'Invalid rule data',
    root: '(root)',
  },
};

/** How many issues an error's `message` spells out; `issues` holds them all. */
const SUMMARISED = 20;

/**
 * `<what>: <path>: <message>; …` in `locale` (English for a locale that is not one), the first
 * {@link SUMMARISED} issues and then how many more, `… (+N)` (a million bad observations would
 * otherwise make a message of hundreds of megabytes).
 */
function summary(
  code: 'invalid_input' | 'invalid_override' | 'invalid_rule_data',
  issues: readonly Issue[],
  locale: Locale,
): string {
  const words = Object.prototype.hasOwnProperty.call(SUMMARY, locale) ? SUMMARY[locale] : SUMMARY.en;
  const more = issues.length - SUMMARISED;
  // an empty path joins to '': the issue is about the input itself
  return `${words[code]}: ${issues
    .slice(0, SUMMARISED)
    .map((i) => `${i.path.join('.') || words.root}: ${i.message}`)
    .join('; ')}${more > 0 ? `; … (+${more})` : ''}`;
}

/**
 * Thrown when a domain function receives input that fails validation; `issues` lists every
 * problem with its path, as `validate` would return them. The error's `message` sums them up in
 * `locale` (default {@link DEFAULT_LOCALE}, Vietnamese); the functions that throw it pass their
 * `locale` option, in which the issues' messages are written too.
 *
 * @example
 * ```ts
 * import { OcopValidationError } from 'ocop';
 * const error = new OcopValidationError([
 *   { code: 'invalid_date', path: ['asOf'], message: 'Not a real calendar date in YYYY-MM-DD form: "2023-02-29"' },
 * ], 'en');
 * error.message; // 'Invalid input: asOf: Not a real calendar date in YYYY-MM-DD form: "2023-02-29"'
 * ```
 */
export class OcopValidationError extends OcopError {
  /** Every problem found, with its path. */
  readonly issues: readonly Issue[];

  /**
   * @param issues every problem found, with its path
   * @param locale the language of the summary in `message` (the issues' messages are used as given)
   */
  constructor(issues: readonly Issue[], locale: Locale = DEFAULT_LOCALE) {
    super('invalid_input', summary('invalid_input', issues, locale), { count: issues.length });
    this.name = 'OcopValidationError';
    this.issues = issues;
  }
}

/**
 * Thrown when a rule override or rule data is wrong: `issues` names every problem with its path
 * in the override (code `invalid_override`: a minimum that is not stricter, two changes that
 * conflict) or in the rule set or criteria set passed to a function (code `invalid_rule_data`: a
 * hand-built or edited set with a missing field, an unknown key, sections that do not add up).
 * The error's `message` sums them up in `locale` (default Vietnamese), as for
 * {@link OcopValidationError}.
 *
 * @example
 * ```ts
 * import { OcopRuleError } from 'ocop';
 * import { adaptRuleSet } from 'ocop/adapt';
 * let first: string | undefined;
 * try {
 *   adaptRuleSet('qd26-2026', { formatVersion: 1, id: 'x', title: 'x', basedOn: 'qd148-2023', jurisdiction: '33', effectiveFrom: '2026-07-01', changes: {} });
 * } catch (error) {
 *   if (error instanceof OcopRuleError) first = error.issues[0]?.code; // 'rule_set_mismatch'
 * }
 * ```
 */
export class OcopRuleError extends OcopError {
  /** Every problem found, with its path in the override or the argument. */
  readonly issues: readonly Issue[];

  /**
   * @param issues every problem found, with its path
   * @param source `override`: a rule override (code `invalid_override`); `rule-data`: a rule set or
   *   criteria set passed to a function (code `invalid_rule_data`, paths from the argument)
   * @param locale the language of the summary in `message` (the issues' messages are used as given)
   */
  constructor(
    issues: readonly Issue[],
    source: 'override' | 'rule-data' = 'override',
    locale: Locale = DEFAULT_LOCALE,
  ) {
    const code = source === 'override' ? 'invalid_override' : 'invalid_rule_data';
    super(code, summary(code, issues, locale), { count: issues.length });
    this.name = 'OcopRuleError';
    this.issues = issues;
  }
}

/**
 * Whether `value` is an error thrown by `ocop` (optionally: with this `code`). Unlike
 * `instanceof`, it also recognises errors made by another copy of the library in the same process
 * (an app that bundles two versions, or a test runner that loads a module twice), by the brand
 * every `OcopError` carries. With the code `invalid_input` the value is narrowed to
 * {@link OcopValidationError}, with `invalid_override` or `invalid_rule_data` to
 * {@link OcopRuleError}.
 *
 * @param value anything caught
 * @param code the stable code to match; any code when left out
 * @example
 * ```ts
 * import { isOcopError, rateProduct } from 'ocop';
 * let paths: string[] = [];
 * try {
 *   rateProduct({ ruleSet: 'qd26-2026', level: 'district', sheets: [] });
 * } catch (error) {
 *   if (isOcopError(error, 'invalid_input')) paths = error.issues.map((issue) => issue.path.join('.'));
 * }
 * paths; // ['sheets']
 * ```
 */
export function isOcopError(value: unknown, code: 'invalid_input'): value is OcopValidationError;
export function isOcopError(value: unknown, code: 'invalid_override' | 'invalid_rule_data'): value is OcopRuleError;
export function isOcopError(value: unknown, code?: OcopErrorCode): value is OcopError;
export function isOcopError(value: unknown, code?: OcopErrorCode): boolean {
  if (typeof value !== 'object' || value === null) return false;
  let branded: unknown;
  try {
    branded = (value as Record<symbol, unknown>)[OCOP_ERROR_BRAND];
  } catch {
    return false; // a proxy or getter that throws is not an ocop error
  }
  if (branded !== true) return false;
  const actual = (value as { code?: unknown }).code;
  return typeof actual === 'string' && (code === undefined || actual === code);
}
