/**
 * The list of locales, with no text: modules that only check a locale (argument checks, error
 * summaries) import it without pulling the locale modules in, and without an import cycle
 * (the locale modules' helpers use the argument checks).
 */

/**
 * The languages the library writes its messages in, the default first: every `locale` option,
 * `issueMessage` and the CLI's `--locale` accept exactly these.
 *
 * @example
 * ```ts
 * import { LOCALES } from 'ocop';
 * LOCALES; // ['vi', 'en']
 * LOCALES.includes('en'); // true
 * ```
 */
export const LOCALES = /* @__PURE__ */ Object.freeze(['vi', 'en'] as const);

/**
 * Languages of messages: Vietnamese (`vi`, the default for `validate`) or English (`en`).
 *
 * @example
 * ```ts
 * import { validate, type Locale } from 'ocop';
 * const locale: Locale = 'en';
 * validate('observation', {}, { locale });
 * ```
 */
export type Locale = (typeof LOCALES)[number];

/** Whether `value` is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The locales for an error message: `'vi' or 'en'`. */
export function localeList(): string {
  return LOCALES.map((locale) => `'${locale}'`).join(' or ');
}
