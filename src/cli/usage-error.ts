/**
 * Usage errors of the `ocop` command (exit code 2), written from the catalogue so that the run's
 * `--locale` decides the language, even when the error is found before `--locale` is read.
 */
import type { Locale } from '../index.js';
import { DEFAULT_LOCALE } from '../core/issues.js';
import type { CliText } from '../locales/catalogue.js';
import { CLI_TEXT, isLocale } from '../locales/index.js';

/** A usage error: unknown command or option, missing argument, unreadable file, bad JSON. */
export class UsageError extends Error {
  /** `write` writes the sentence from a locale's `cli` words; the error's `message` is the English one. */
  constructor(readonly write: (text: CliText, locale: Locale) => string) {
    super(write(CLI_TEXT.en, 'en'));
  }

  /** The message in `locale`. */
  text(locale: Locale): string {
    return this.write(CLI_TEXT[locale], locale);
  }
}

/**
 * The run's language from the raw arguments (`--locale en` or `--locale=en`; anything that is not
 * a locale is the default, Vietnamese), read before the arguments are parsed so that errors found
 * while parsing them are printed in the run's language too.
 */
export function localeOfArgs(argv: readonly string[]): Locale {
  let locale: Locale = DEFAULT_LOCALE;
  argv.forEach((arg, i) => {
    const value =
      arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (value !== undefined) locale = isLocale(value) ? value : DEFAULT_LOCALE;
  });
  return locale;
}
