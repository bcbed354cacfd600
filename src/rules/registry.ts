/**
 * The rule sets, and which one governs an evaluation on a date. This module holds no criteria
 * sets, so importing it (or `starBand`) stays small.
 */
import { describeValue, localeOnlyOptions, optionsObject } from '../core/guards.js';
import { assertIsoDate, type IsoDate } from '../core/dates.js';
import { OcopError } from '../core/errors.js';
import { deepFreeze } from '../core/freeze.js';
import { DEFAULT_LOCALE, type IssuePath, type Locale, type LocaleOptions } from '../core/issues.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import { RULE_SET_MODULES as MODULES } from './data/rule-sets.js';
import { acceptRuleSet } from './rule-data-check.js';
import type { RuleSet } from './rule-set.js';

/**
 * The rule sets, oldest first, each with whose shipped criteria sets it scores on: derived from
 * RULE_SET_IDS (the registry) and the rule-set modules by scripts/derive-rule-registry.mjs.
 */
const RULE_SET_MODULES = /* @__PURE__ */ deepFreeze(MODULES);

const RULE_SETS: readonly RuleSet[] = /* @__PURE__ */ deepFreeze(RULE_SET_MODULES.map((m) => m.ruleSet));

/**
 * Whose shipped criteria sets a national rule set (or an adaptation of one, which keeps its id)
 * scores on: the `ruleSet` those sets carry and the folder and entries they ship in; `undefined`
 * when it ships none.
 */
export function criteriaSourceOf(ruleSet: RuleSet): RuleSetId | undefined {
  return RULE_SET_MODULES.find((m) => m.ruleSet.id === ruleSet.id)?.criteriaFrom;
}

/**
 * The rule set in force for evaluations from the latest date: the default of the functions that
 * take a rule set for procedures still to come (rounds, deadlines).
 */
export function currentRuleSet(): RuleSet {
  return RULE_SETS[RULE_SETS.length - 1] as RuleSet;
}

/** The latest national rule set that passes `test` (e.g. one that fixes a procedure), if any. */
export function latestRuleSet(test: (ruleSet: RuleSet) => boolean): RuleSet | undefined {
  for (let i = RULE_SETS.length - 1; i >= 0; i--) if (test(RULE_SETS[i] as RuleSet)) return RULE_SETS[i];
  return undefined;
}

/**
 * Every national rule set, oldest first.
 *
 * @example
 * ```ts
 * import { listRuleSets } from 'ocop';
 * listRuleSets().map((r) => r.effectiveFrom);
 * // ['2019-08-21', '2020-06-08', '2023-02-24', '2025-07-06', '2026-05-22']
 * ```
 */
export function listRuleSets(): readonly RuleSet[] {
  return RULE_SETS;
}

/**
 * A rule set by id; throws `OcopError` `unknown_rule_set` for an id that does not exist.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'ocop';
 * getRuleSet('qd148-2023').parts.value; // { A: 40, B: 25, C: 35 }
 * ```
 */
export function getRuleSet(id: RuleSetId): RuleSet {
  const found = RULE_SETS.find((ruleSet) => ruleSet.id === id);
  if (!found) {
    throw new OcopError(
      'unknown_rule_set',
      `Unknown rule set ${describeValue(id)}; expected one of ${RULE_SETS.map((r) => r.id).join(', ')}`,
      { ruleSet: id },
    );
  }
  return found;
}

/**
 * A rule set given as itself or by id (the form most functions accept). An object is checked
 * (structure, unknown keys, parts adding up to 100, contiguous bands, the criteria sets it
 * carries) and returned as is; a malformed one throws `OcopRuleError` (`invalid_rule_data`) whose
 * issue paths start at `ruleSet`. Deeply frozen objects (shipped and adapted
 * rule sets) are checked once. An object whose `id` is not a national rule set's throws
 * `OcopError` `unknown_rule_set`. The issues' messages are in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { getRuleSet, resolveRuleSet } from 'ocop';
 * resolveRuleSet('qd26-2026').id; // 'qd26-2026'
 * const rules = getRuleSet('qd26-2026');
 * resolveRuleSet({ ...rules, averaging: { ...rules.averaging, value: { decimals: 1, rounding: 'half-up' } } }).averaging.value.decimals; // 1
 * resolveRuleSet({ ...rules, parts: { ...rules.parts, value: { A: 40, B: 25, C: 30 } } });
 * // throws OcopRuleError: 'Dữ liệu quy định không hợp lệ: ruleSet.parts.value: Giá trị không hợp lệ: 95, cần 100'
 * resolveRuleSet({ ...rules, parts: { ...rules.parts, value: { A: 40, B: 25, C: 30 } } }, { locale: 'en' });
 * // throws OcopRuleError: 'Invalid rule data: ruleSet.parts.value: Invalid value: 95, expected 100'
 * ```
 */
export function resolveRuleSet(ruleSet: RuleSet | RuleSetId, options?: LocaleOptions): RuleSet {
  return resolveRuleSetAt(ruleSet, ['ruleSet'], localeOnlyOptions(options));
}

/**
 * {@link resolveRuleSet} for an argument at `at` (e.g. `['options', 'ruleSet']`), named in issue
 * paths, with messages in `locale`.
 */
export function resolveRuleSetAt(
  ruleSet: RuleSet | RuleSetId,
  at: IssuePath,
  locale: Locale = DEFAULT_LOCALE,
): RuleSet {
  if (typeof ruleSet === 'string') return getRuleSet(ruleSet);
  const id: unknown =
    ruleSet !== null && typeof ruleSet === 'object' && !Array.isArray(ruleSet)
      ? (ruleSet as { id?: unknown }).id
      : undefined;
  if (typeof id !== 'string' || !RULE_SETS.some((r) => r.id === id)) {
    throw new OcopError(
      'unknown_rule_set',
      `ruleSet must be a rule set id (${RULE_SETS.map((r) => r.id).join(', ')}) or a rule set object with one of those ids, got ${describeValue(ruleSet)}`,
      { ruleSet: describeValue(ruleSet) },
    );
  }
  return acceptRuleSet(ruleSet, at, locale);
}

/**
 * Kinds of evaluation (26/2026 Mẫu 01: "Lần đầu / Nâng hạng / Đánh giá lại").
 *
 * @example
 * ```ts
 * import type { EvaluationKind } from 'ocop';
 * const kind: EvaluationKind = 're-evaluation';
 * ```
 */
export type EvaluationKind = 'first' | 'upgrade' | 're-evaluation';

/**
 * Options of {@link ruleSetFor}.
 *
 * @example
 * ```ts
 * import type { RuleSetForOptions } from 'ocop';
 * const options: RuleSetForOptions = { submittedOn: '2026-05-10', kind: 're-evaluation' };
 * ```
 */
export interface RuleSetForOptions {
  /** When the dossier was submitted; decides the transition into a new rule set. */
  readonly submittedOn?: IsoDate;
  /** Default `first`. */
  readonly kind?: EvaluationKind;
}

/**
 * The rule set that governs an evaluation held on `on`. A dossier submitted before a new rule
 * set took effect stays under the previous one until the transition's last day for its kind
 * (26/2026 Điều 12.2: 60 days for first evaluations and upgrades, to 2026-07-21; 30 days for
 * re-evaluations, to 2026-06-21); after that day the new rule set applies. Dates before
 * 2019-08-21 throw `OcopError` `rule_set_not_in_force`; a date that is not a real calendar date
 * throws `invalid_date`.
 *
 * @example
 * ```ts
 * import { ruleSetFor } from 'ocop';
 * ruleSetFor('2020-12-24').id; // 'qd1048-781-2020'
 * ruleSetFor('2026-06-01').id; // 'qd26-2026'
 * ruleSetFor('2026-06-01', { submittedOn: '2026-05-10', kind: 'upgrade' }).id; // 'qd148-1489-2025'
 * ```
 */
export function ruleSetFor(on: IsoDate, options: RuleSetForOptions = {}): RuleSet {
  assertIsoDate(on, 'on');
  options = optionsObject(options);
  if (options.submittedOn !== undefined) assertIsoDate(options.submittedOn, 'submittedOn');
  const inForce = [...RULE_SETS].reverse().find((ruleSet) => ruleSet.effectiveFrom <= on);
  if (!inForce) {
    const first = RULE_SETS[0] as RuleSet;
    throw new OcopError(
      'rule_set_not_in_force',
      `No OCOP rule set is in force on ${on}: the first criteria (${first.instruments[0]?.number}) apply from ${first.effectiveFrom}`,
      {
        on,
        firstEffectiveFrom: first.effectiveFrom,
      },
    );
  }
  const transition = inForce.transition?.value;
  const submittedOn = options.submittedOn;
  if (
    transition &&
    submittedOn !== undefined &&
    submittedOn < transition.pendingSubmittedBefore &&
    on <= transition.lastDay[options.kind ?? 'first']
  ) {
    return getRuleSet(transition.from);
  }
  return inForce;
}
