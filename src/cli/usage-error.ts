/**
 * Usage errors of the `ocop` command (exit code 2), written in both languages so that the run's
 * `--locale` decides which one is printed, even when the error is found before `--locale` is read.
 */
import type { Locale } from '../index.js';

/** A usage error: unknown command or option, missing argument, unreadable file, bad JSON. */
export class UsageError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }

  /** The message in `locale`. */
  text(locale: Locale): string {
    return locale === 'vi' ? this.vi : this.en;
  }
}

/**
 * The run's language from the raw arguments (`--locale en` or `--locale=en`; anything else is
 * Vietnamese), read before the arguments are parsed so that errors found while parsing them are
 * printed in the run's language too.
 */
export function localeOfArgs(argv: readonly string[]): Locale {
  let locale: Locale = 'vi';
  argv.forEach((arg, i) => {
    const value =
      arg === '--locale' ? argv[i + 1] : arg.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined;
    if (value !== undefined) locale = value === 'en' ? 'en' : 'vi';
  });
  return locale;
}
