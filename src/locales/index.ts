/**
 * The registry of locales: per section of the catalogue, the table from a locale to its
 * sentences (the list of locales itself is in `list.ts`, which imports no text). Adding a
 * language is one module (`xx.ts`, checked against `Catalogue`), its code in `list.ts` and its
 * lines here. Each section is its own table, read by name, so a bundle that
 * writes only issue messages does not carry rating, progress or CLI text.
 */
import type { Catalogue } from './catalogue.js';
import * as en from './en.js';
import type { Locale } from './list.js';
import * as vi from './vi.js';

export { isLocale, localeList, LOCALES } from './list.js';
export type { Locale } from './list.js';

/** Fails to compile unless every locale module exports every section of {@link Catalogue}. */
type EveryLocale<T extends { readonly [L in Locale]: Catalogue }> = T;
/** The locale modules, checked against {@link Catalogue}. */
export type LocaleModules = EveryLocale<{ vi: typeof vi; en: typeof en }>;

/** Issue messages by locale. */
export const ISSUE_TEXT: { readonly [L in Locale]: Catalogue['issues'] } = { vi: vi.issues, en: en.issues };

/** A target's explanation text by locale. */
export const PROGRESS_TEXT: { readonly [L in Locale]: Catalogue['progress'] } = { vi: vi.progress, en: en.progress };

/** The `ocop` command's progress and rating reports by locale. */
export const REPORT_TEXT: { readonly [L in Locale]: Catalogue['reports'] } = { vi: vi.reports, en: en.reports };

/** A rating's explanation text by locale. */
export const RATING_TEXT: { readonly [L in Locale]: Catalogue['rating'] } = { vi: vi.rating, en: en.rating };

/** The `ocop` command's text by locale. */
export const CLI_TEXT: { readonly [L in Locale]: Catalogue['cli'] } = { vi: vi.cli, en: en.cli };

/** `starBand`'s words by locale. */
export const BAND_TEXT: { readonly [L in Locale]: Catalogue['bands'] } = { vi: vi.bands, en: en.bands };
