/**
 * Small localisation helpers of the `ocop` command: its words live in the `cli` section of each
 * locale module (`src/locales/vi.ts`, `src/locales/en.ts`); these functions look them up.
 */
import type { CertificateStatus, Level, Locale, RuleSet, Target, TargetStatus } from '../index.js';
import type { CliText } from '../locales/catalogue.js';
import { CLI_TEXT } from '../locales/index.js';

/** The command's words in `locale`. */
export function cliText(locale: Locale): CliText {
  return CLI_TEXT[locale];
}

/** A level's name, or a dash for `null`. */
export function levelName(level: Level | null, locale: Locale): string {
  return level === null ? '—' : CLI_TEXT[locale].levels[level];
}

/** A target status's name. */
export function statusName(status: TargetStatus, locale: Locale): string {
  return CLI_TEXT[locale].statuses[status];
}

/** A target kind's name. */
export function kindName(kind: Target['kind'], locale: Locale): string {
  return CLI_TEXT[locale].kinds[kind];
}

/** A certificate status's name. */
export function certificateStatusName(status: CertificateStatus['status'], locale: Locale): string {
  return CLI_TEXT[locale].certificateStatuses[status];
}

/** Days left until a date (`n ≥ 0`) or days since it (`n < 0`), never a negative count. */
export function daysLeftText(daysLeft: number, locale: Locale): string {
  const text = CLI_TEXT[locale];
  const n = Math.abs(daysLeft);
  return daysLeft >= 0 ? text.daysLeft(n) : text.daysAgo(n);
}

/** How a rule set's star minima are decided and what an unmet one does, or a dash when it has none. */
export function minimaText(minima: RuleSet['minima']['value'], locale: Locale): string {
  if (!minima.exist) return '—';
  const text = CLI_TEXT[locale];
  return `${text.minimaCouncil[minima.council]}; ${text.minimaPolicy[minima.policy]}`;
}

/** An instrument's role in a rule set: the base decision or an amendment. */
export function instrumentRole(role: RuleSet['instruments'][number]['role'], locale: Locale): string {
  return CLI_TEXT[locale].instrumentRoles[role];
}

/** A ratio 0–1 as a percentage with at most one decimal: 0.75 → "75%". */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/** Yes or no. */
export function yesNo(value: boolean, locale: Locale): string {
  return value ? CLI_TEXT[locale].yes : CLI_TEXT[locale].no;
}
