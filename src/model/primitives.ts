/**
 * Building blocks shared by the entity schemas: dates, text, numbers, codes.
 * Custom checks carry a stable issue code in their params (under `ISSUE_CODE_PARAM`), and
 * patterns register a format name, which `validate` turns into localized messages.
 */
import * as z from 'zod';
import { isIsoDate, type IsoDate } from '../core/dates.js';
import {
  CRITERIA_SET_MAX,
  DECIMAL_TEXT,
  FORBIDDEN_KEYS,
  ID,
  LONG_TEXT_MAX,
  TEXT_MAX,
  type TextFormat,
} from './formats.js';
import { coded } from './report.js';

export { FORBIDDEN_KEYS };

/**
 * A whole number within the safe integers: `z.number().int()` with the same issues
 * (`not_integer`; `too_small`/`too_big` outside ±2^53−1) and the same JSON Schema
 * (`"type": "integer"`), except that a fraction does not stop the record's cross-field rules
 * (zod's own int check stops every later check of the record), so all problems come together.
 * Chain `.min()`/`.max()` after it.
 */
export function wholeNumber(): z.ZodNumber {
  return z
    .number()
    .check((ctx) => {
      const value = ctx.value;
      if (!Number.isInteger(value))
        ctx.issues.push({ code: 'custom', input: value, params: coded('not_integer', { value }) });
      else if (value > Number.MAX_SAFE_INTEGER)
        ctx.issues.push({
          code: 'custom',
          input: value,
          continue: true,
          params: coded('too_big', { maximum: Number.MAX_SAFE_INTEGER, inclusive: true }),
        });
      else if (value < Number.MIN_SAFE_INTEGER)
        ctx.issues.push({
          code: 'custom',
          input: value,
          continue: true,
          params: coded('too_small', { minimum: Number.MIN_SAFE_INTEGER, inclusive: true }),
        });
    })
    .meta({ type: 'integer' });
}

/** A criteria set number of 26/2026: a whole number from 1 to {@link CRITERIA_SET_MAX}. */
export function criteriaSetNumber(): z.ZodNumber {
  return wholeNumber().min(1).max(CRITERIA_SET_MAX);
}

/**
 * A `YYYY-MM-DD` calendar date that exists (`"2023-02-29"` is rejected with `invalid_date`).
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'ocop';
 * IsoDateSchema.safeParse('2024-02-29').success; // true
 * IsoDateSchema.safeParse('2023-02-29').success; // false
 * ```
 */
export const IsoDateSchema = z
  .string()
  .check((ctx) => {
    if (!isIsoDate(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        params: coded('invalid_date', { value: ctx.value }),
      });
    }
  })
  .transform((value) => value as IsoDate)
  .meta({
    description: 'Calendar date YYYY-MM-DD (Vietnam calendar, no time zone)',
    format: 'date',
    examples: ['2020-07-15'],
  });

/**
 * Non-empty text: NFC-normalized and trimmed before it is checked.
 *
 * @example
 * ```ts
 * import { TextSchema } from 'ocop';
 * TextSchema.parse('  Ba\u0301nh ca\u0301y '); // 'Bánh cáy' in NFC
 * ```
 */
export const TextSchema = z.string().normalize('NFC').trim().min(1).max(TEXT_MAX);

/** Like {@link TextSchema} with room for long descriptions. */
export const LongTextSchema = z.string().normalize('NFC').trim().min(1).max(LONG_TEXT_MAX);

/** Format names of the patterns, filled once as the schemas below are defined (module load). */
const FORMATS = new Map<string, { readonly format: string; readonly example: string }>();

/**
 * A string matching `pattern`, whose failures are reported as `invalid_format` with a format
 * name and an example (the pattern also goes into the generated JSON Schema).
 */
export function formattedString(pattern: RegExp, format: string, example: string): z.ZodString {
  FORMATS.set(String(pattern), { format, example });
  return z.string().regex(pattern);
}

/** A string schema for a shared {@link TextFormat}. */
export function textFormat(format: TextFormat): z.ZodString {
  return formattedString(format.pattern, format.format, format.example);
}

/** The format name and example registered for a pattern, for messages. */
export function formatOfPattern(pattern: string): { readonly format: string; readonly example: string } | undefined {
  return FORMATS.get(pattern);
}

/** A GSO code of a provincial-level unit: two digits, e.g. `"34"` (Thái Bình). */
export const ProvinceCodeSchema = formattedString(/^\d{2}$/, 'province-code', '34');
/** A GSO code of a district-level unit (until 2025-06-30): three digits, e.g. `"340"` (Đông Hưng). */
export const DistrictCodeSchema = formattedString(/^\d{3}$/, 'district-code', '340');
/** A GSO code of a commune-level unit: five digits, supplied by apps (not checked against a table). */
export const CommuneCodeSchema = formattedString(/^\d{5}$/, 'commune-code', '12345');

/**
 * A finite decimal given as a number or as decimal text (`"81.2"`), output as a `number`.
 * Text must be plain digits with an optional `.` fraction: no spaces, no exponent, no thousands
 * separator, no comma decimal mark.
 *
 * @example
 * ```ts
 * import { DecimalSchema } from 'ocop';
 * DecimalSchema.parse('81.2'); // 81.2
 * DecimalSchema.safeParse('81,2').success; // false
 * ```
 */
export const DecimalSchema = z
  .union([z.number(), textFormat(DECIMAL_TEXT)])
  .transform((value) => (typeof value === 'number' ? value : Number(value)))
  .meta({ description: 'Number, or decimal text such as "81.2"' });

/**
 * A short identifier chosen by the app: letters, digits, `_`, `-`, `.`, `:`, up to 100 characters.
 *
 * @example
 * ```ts
 * import { IdSchema } from 'ocop';
 * IdSchema.safeParse('tb-2020-upgrade').success; // true
 * IdSchema.safeParse('has space').success; // false
 * ```
 */
export const IdSchema = textFormat(ID);

/**
 * A record whose keys must match `keySchema`. Unlike `z.record` alone, which drops an own
 * `__proto__` key of the input silently, this reports it (`forbidden_key`).
 */
export function safeRecord<V extends z.ZodType>(
  keySchema: z.ZodString,
  value: V,
): z.ZodType<Record<string, z.output<V>>, Record<string, z.input<V>>> {
  // typed by the record it checks: the `unknown` first step would make the input type `unknown`
  // (so `EvaluationInput` would accept any `points`), although only a record passes
  const schema = z
    .unknown()
    .check((ctx) => {
      const input = ctx.value;
      if (input !== null && typeof input === 'object' && Object.prototype.hasOwnProperty.call(input, '__proto__')) {
        ctx.issues.push({
          code: 'custom',
          input,
          path: ['__proto__'],
          params: coded('forbidden_key', { key: '__proto__' }),
        });
      }
    })
    .pipe(z.record(keySchema, value));
  return schema as unknown as z.ZodType<Record<string, z.output<V>>, Record<string, z.input<V>>>;
}
