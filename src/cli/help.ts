/**
 * The help texts of the `ocop` command, in Vietnamese (the default) and English: the words are in
 * the `cli` section of each locale module (`programHelp`, `commandHelp`).
 */
import type { Locale } from '../index.js';
import type { HelpLine } from '../locales/catalogue.js';
import { CLI_TEXT, LOCALES } from '../locales/index.js';

/** The commands of `ocop`. */
export const COMMANDS = ['demo', 'validate', 'rate', 'progress', 'rules', 'schema', 'units'] as const;

/** A command of `ocop`. */
export type Command = (typeof COMMANDS)[number];

/** What the help texts mention: the version, the record kinds and the rule set ids. */
export interface HelpFacts {
  readonly version: string;
  readonly kinds: readonly string[];
  readonly ruleSetIds: readonly string[];
}

/** The facts as the help texts write them. */
function helpLine(facts: HelpFacts): HelpLine {
  return {
    version: facts.version,
    kinds: facts.kinds.join(', '),
    ruleSetIds: facts.ruleSetIds.join(', '),
    options: `[--format table|json|md] [--locale ${LOCALES.join('|')}]`,
  };
}

/** The program's help (`ocop --help`), in `locale`. */
export function programHelp(locale: Locale, facts: HelpFacts): string {
  return CLI_TEXT[locale].programHelp(helpLine(facts));
}

/** A command's help (`ocop <command> --help`), in `locale`. */
export function commandHelp(command: Command, locale: Locale, facts: HelpFacts): string {
  return CLI_TEXT[locale].commandHelp[command](helpLine(facts));
}
