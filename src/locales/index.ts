/**
 * The registry of locales: which languages exist and, per section of the catalogue, the table
 * from a locale to its sentences. Adding a language is one module (`xx.ts`, checked against
 * `Catalogue`) and its lines here. Each section is its own table, read by name, so a bundle that
 * writes only issue messages does not carry rating, progress or CLI text.
 */
import type { Catalogue } from './catalogue.js';
import * as en from './en.js';
import * as vi from './vi.js';

/** The languages of messages, the default first: adding one here (and its module) adds it everywhere. */
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

/** Fails to compile unless every locale module exports every section of {@link Catalogue}. */
type EveryLocale<T extends { readonly [L in Locale]: Catalogue }> = T;
/** The locale modules, checked against {@link Catalogue}. */
export type LocaleModules = EveryLocale<{ vi: typeof vi; en: typeof en }>;

/** Whether `value` is one of {@link LOCALES}. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** Issue messages by locale. */
export const ISSUE_TEXT: { readonly [L in Locale]: Catalogue['issues'] } = { vi: vi.issues, en: en.issues };

/** Error summary words by locale. */
export const ERROR_TEXT: { readonly [L in Locale]: Catalogue['errors'] } = { vi: vi.errors, en: en.errors };

/** A target's explanation text by locale. */
export const PROGRESS_TEXT: { readonly [L in Locale]: Catalogue['progress'] } = { vi: vi.progress, en: en.progress };

/** The `ocop` command's progress and rating reports by locale. */
export const REPORT_TEXT: { readonly [L in Locale]: Catalogue['reports'] } = { vi: vi.reports, en: en.reports };

/** The locales for an error message: `'vi' or 'en'`. */
export function localeList(): string {
  return LOCALES.map((locale) => `'${locale}'`).join(' or ');
}

/** A rating's explanation text by locale. */
export const RATING_TEXT: { readonly [L in Locale]: Catalogue['rating'] } = { vi: vi.rating, en: en.rating };

/** The `ocop` command's text by locale. */
export const CLI_TEXT: { readonly [L in Locale]: Catalogue['cli'] } = { vi: vi.cli, en: en.cli };

/** `starBand`'s words by locale. */
export const BAND_TEXT: { readonly [L in Locale]: Catalogue['bands'] } = { vi: vi.bands, en: en.bands };
