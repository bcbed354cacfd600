/**
 * Fixed evaluation rounds (26/2026 Điều 5): the province evaluates at least twice a year, the
 * ministry too, each round for the dossiers proposed before a cut-off.
 */
import { describeValue, localeOf, localeOnlyOptions, optionsObject } from '../core/guards.js';
import type { LocaleOptions } from '../core/issues.js';
import { addDays, assertIsoDate, isoDate, type IsoDate } from '../core/dates.js';
import { OcopError } from '../core/errors.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import { currentRuleSet, latestRuleSet, resolveRuleSetAt } from '../rules/registry.js';
import type { RoundRule, RuleSet } from '../rules/rule-set.js';

/**
 * A dated evaluation round. `proposalsBy` and `heldBy` are the last days (the decision says
 * "trước ngày 30 tháng 4", before 30 April, so the last day is 29 April).
 *
 * @example
 * ```ts
 * import { evaluationRounds, type EvaluationRound } from 'ocop';
 * const first: EvaluationRound | undefined = evaluationRounds(2026)[0];
 * first?.heldBy; // '2026-06-29'
 * ```
 */
export interface EvaluationRound {
  readonly level: 'province' | 'central';
  readonly round: number;
  /** The year the round belongs to (central round 2 falls in the next calendar year). */
  readonly year: number;
  /** Last day a dossier may be proposed for this round. */
  readonly proposalsBy: IsoDate;
  /** Last day the round may be held. */
  readonly heldBy: IsoDate;
  readonly reference: string;
}

function dayBefore(year: number, at: RoundRule['heldBefore']): IsoDate {
  return addDays(isoDate(year + (at.yearOffset ?? 0), at.month, at.day), -1);
}

function roundsOf(rules: RuleSet): Referenced {
  if (!rules.rounds) {
    throw new OcopError(
      'rounds_not_available',
      `Rule set ${rules.id} fixes no yearly evaluation rounds (they come with 26/2026/QĐ-TTg, Điều 5)`,
      { ruleSet: rules.id },
    );
  }
  return rules.rounds;
}
type Referenced = NonNullable<RuleSet['rounds']>;

/** The latest national rule set that fixes yearly rounds and is in force on `on`, if any. */
function roundsInForce(on: IsoDate): RuleSet | undefined {
  return latestRuleSet((r) => r.rounds !== undefined && r.effectiveFrom <= on);
}

/**
 * The fixed rounds of a year under a rule set (default 26/2026), province rounds first:
 * province round 1 held by 29/6 for dossiers proposed by 29/4, round 2 by 29/12 for those by
 * 29/10; ministry round 1 by 29/9 for those by 29/7, round 2 by 29/3 of the next year for those by
 * 29/1 of the next year. Extra rounds a council's rules add are the app's data. Throws
 * `rounds_not_available` for rule sets without fixed rounds; a malformed rule set object throws
 * `OcopRuleError` in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { evaluationRounds } from 'ocop';
 * evaluationRounds(2026).map((r) => `${r.level} ${r.round}: ${r.proposalsBy} → ${r.heldBy}`);
 * // ['province 1: 2026-04-29 → 2026-06-29', 'province 2: 2026-10-29 → 2026-12-29',
 * //  'central 1: 2026-07-29 → 2026-09-29', 'central 2: 2027-01-29 → 2027-03-29']
 * evaluationRounds(2026, 'qd26-2026', { locale: 'en' }).length; // 4
 * ```
 */
export function evaluationRounds(
  year: number,
  ruleSet: RuleSet | RuleSetId = currentRuleSet(),
  options?: LocaleOptions,
): EvaluationRound[] {
  const locale = localeOnlyOptions(options);
  if (!Number.isInteger(year) || year < 1000 || year > 9998) {
    throw new OcopError('invalid_date', `year must be a whole number from 1000 to 9998, got ${describeValue(year)}`, {
      year,
    });
  }
  const rounds = roundsOf(resolveRuleSetAt(ruleSet, ['ruleSet'], locale));
  return rounds.value.map((rule) => ({
    level: rule.level,
    round: rule.round,
    year,
    proposalsBy: dayBefore(year, rule.proposalsBefore),
    heldBy: dayBefore(year, rule.heldBefore),
    reference: rounds.reference,
  }));
}

/**
 * The first fixed round at `level` that takes a dossier proposed on `proposedOn` (the commune's
 * proposal for province rounds, the province's for ministry rounds), under the rule set in force
 * then (26/2026 from 2026-05-22; earlier dates throw `rounds_not_available`). A malformed
 * `options.ruleSet` throws `OcopRuleError` in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { nextEvaluationRound } from 'ocop';
 * nextEvaluationRound('2026-05-25', { level: 'province' }); // province round 2 of 2026, held by 2026-12-29
 * nextEvaluationRound('2026-11-02', { level: 'province', locale: 'en' }).heldBy; // '2027-06-29'
 * nextEvaluationRound('2026-05-15', { level: 'province' }); // throws OcopError rounds_not_available (rounds start with 26/2026)
 * ```
 */
export function nextEvaluationRound(
  proposedOn: IsoDate,
  options: LocaleOptions & { readonly level: 'province' | 'central'; readonly ruleSet?: RuleSet | RuleSetId },
): EvaluationRound {
  assertIsoDate(proposedOn, 'proposedOn');
  options = optionsObject(options);
  const locale = localeOf(options);
  if (options.level !== 'province' && options.level !== 'central')
    throw new OcopError(
      'invalid_input',
      `options.level must be 'province' or 'central', got ${describeValue(options.level)}`,
      { option: 'level' },
    );
  const rules =
    options.ruleSet === undefined
      ? roundsInForce(proposedOn)
      : resolveRuleSetAt(options.ruleSet, ['options', 'ruleSet'], locale);
  if (!rules) {
    throw new OcopError(
      'rounds_not_available',
      `No rule set in force on ${proposedOn} fixes yearly evaluation rounds (they come with 26/2026/QĐ-TTg from 2026-05-22)`,
      { proposedOn },
    );
  }
  const year = Number(proposedOn.slice(0, 4));
  const candidates = [year - 1, year, year + 1]
    .flatMap((y) => evaluationRounds(y, rules))
    .filter((round) => round.level === options.level && round.proposalsBy >= proposedOn)
    .sort((a, b) => (a.proposalsBy < b.proposalsBy ? -1 : a.proposalsBy > b.proposalsBy ? 1 : 0));
  const next = candidates[0];
  if (!next)
    throw new OcopError('rounds_not_available', `No ${options.level} round takes a dossier proposed on ${proposedOn}`, {
      proposedOn,
    });
  return next;
}
