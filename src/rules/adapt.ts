/**
 * Province adaptation: a rule set plus a validated override gives a new frozen rule set with its
 * provenance, and each adapted value with its reference (`diffRuleSets`, in rule-diff.ts, lists
 * them).
 *
 * Merge order: the national rule set first, then the override's changes in this order — labels,
 * policies, national replacements, criteria sets, star minima, disqualifiers, rounds, days off.
 * Within one override, two changes to the same thing are an error naming both places.
 */
import { deepFreeze } from '../core/freeze.js';
import { localeOnlyOptions } from '../core/guards.js';
import type { Issue, IssuePath, Locale, LocaleOptions } from '../core/issues.js';
import { makeIssue, ruleError } from '../core/messages.js';
import { provinceIssues } from '../model/admin-units/unit-checks.js';
import { overrideParts, type RuleOverride, type RuleOverrideInput } from '../model/rule-override.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import { validate } from '../model/validate.js';
import { listCriteriaSets } from './criteria-registry.js';
import type { CriteriaSet, CriteriaSetAdaptations, Criterion, MarkedStar } from './criteria-set.js';
import { resolveRuleSetAt } from './registry.js';
import { criteriaSetSumIssues } from './rule-data-check.js';
import type { RuleSet, StarBand } from './rule-set.js';

type Mutable<T> =
  T extends ReadonlyArray<infer U> ? Mutable<U>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;

const copy = <T>(value: T): Mutable<T> => JSON.parse(JSON.stringify(value)) as Mutable<T>;
const joinRef = (base: string, added: string) => `${base}; province: ${added}`;

/** The least points a star needs at a criterion: the highest mark of that star or below. */
function requirement(options: ReadonlyArray<{ points: number; minStars?: MarkedStar }>, stars: MarkedStar): number {
  return Math.max(-1, ...options.filter((o) => o.minStars !== undefined && o.minStars <= stars).map((o) => o.points));
}

/**
 * The reference of what a star needed at a criterion before a change: the mark that set
 * `requirement` (the highest points marked for that star or below), cited by the override that
 * set it or else by the criteria set; `undefined` when nothing was required.
 */
function requirementReference(
  set: Mutable<CriteriaSet>,
  criterion: Mutable<Criterion>,
  stars: MarkedStar,
): string | undefined {
  const points = requirement(criterion.options, stars);
  if (points < 0) return undefined;
  const marked = criterion.options
    .filter((o) => o.points === points && o.minStars !== undefined && o.minStars <= stars)
    .map((o) => o.minStars);
  const adapted = [...(set.adaptations?.minima ?? [])]
    .reverse()
    .find((a) => a.criterion === criterion.code && a.points === points && marked.includes(a.stars));
  return adapted?.reference ?? `${set.reference}, tiêu chí ${criterion.code}`;
}

/** The set's adaptations, created empty on first use. */
function adaptationsOf(set: Mutable<CriteriaSet>): Mutable<CriteriaSetAdaptations> {
  set.adaptations ??= { minima: [], disqualifiers: [] };
  return set.adaptations;
}

/**
 * Adapts a rule set with a province's override and returns a new, deeply frozen rule set that
 * keeps the base's `id` (so evaluations name the national rule set) and records its provenance
 * (`derivedFrom`, `overrides`, `replacesNational`). The override is validated first; then every
 * change is checked against the rule set: minima must be stricter (`override_not_stricter`),
 * criteria and points must exist, two changes to one thing conflict (`override_conflict`),
 * a whole criteria set supplied replaces the shipped set of its number (and must add up),
 * national numbers change only
 * under `national.replaces`, and an override is applied once (`override_already_applied`).
 * All problems come together in an `OcopRuleError`, their messages in `options.locale`
 * (default `vi`). The base is never mutated.
 *
 * @example
 * ```ts
 * import { rateProduct } from 'ocop';
 * import { adaptRuleSet } from 'ocop/adapt';
 * const hungYen = adaptRuleSet('qd26-2026', {
 *   formatVersion: 1, id: 'hy-2026', title: 'Hưng Yên: hội đồng chấm theo tất cả phiếu', basedOn: 'qd26-2026',
 *   jurisdiction: '33', effectiveFrom: '2026-07-01',
 *   changes: { policies: { minimaCouncil: 'all', reference: 'Quyết định của UBND tỉnh (ví dụ)' } },
 * });
 * hungYen.minima.value.council; // 'all'
 * // the adapted rule set carries its own copies of the criteria sets: no options.criteria
 * const points = Object.fromEntries(hungYen.criteria![5]!.criteria.map((c) => [c.code, c.max]));
 * rateProduct({ ruleSet: 'qd26-2026', criteriaSet: 6, sheets: [{ points }] }, { ruleSet: hungYen }).stars; // 5
 * adaptRuleSet('qd26-2026', { formatVersion: 1, id: 'x', title: 'x', basedOn: 'qd148-2023', jurisdiction: '33', effectiveFrom: '2026-07-01', changes: {} }, { locale: 'en' });
 * // throws OcopRuleError: 'Invalid rule override: basedOn: Names rule set "qd148-2023" where "qd26-2026" is expected'
 * ```
 */
export function adaptRuleSet(base: RuleSet | RuleSetId, override: RuleOverrideInput, options?: LocaleOptions): RuleSet {
  const locale = localeOnlyOptions(options);
  const rules = resolveRuleSetAt(base, ['base'], locale);
  const { o, issues } = checkedOverride(rules, override, locale);
  // checked against another rule set, the changes would give meaningless issues
  if (o.basedOn !== rules.id || o.changes === undefined) throw ruleError(issues, 'override', locale);
  const next = copy<RuleSet>(rules);
  // the copies are the adapted rule set's own: an amendment's (781's) carry its id, not its base's (1048's)
  next.criteria = listCriteriaSets(rules).map((set) => ownCopy(set, rules)) as Mutable<CriteriaSet>[];
  const adapting: Adapting = { rules, next, changes: o.changes };
  for (const step of STEPS) issues.push(...step(adapting));
  if (issues.length > 0) throw ruleError(issues, 'override', locale);
  recordProvenance(adapting, o);
  return deepFreeze(next) as RuleSet;
}

type Changes = NonNullable<RuleOverride['changes']>;

/** What every step of {@link adaptRuleSet} works on: the base, its copy being changed, the override's changes. */
interface Adapting {
  readonly rules: RuleSet;
  /** The base's copy; each step changes it in place. */
  readonly next: Mutable<RuleSet>;
  readonly changes: Changes;
}

/** One step of the merge: applies one kind of change to `next`; returns the problems it found. */
type AdaptStep = (adapting: Adapting) => Issue[];

/**
 * The validated override (or, when it is malformed, the parts that parsed: a field that did not
 * is undefined, a list item that did not a hole) and the issues of its header against the rule
 * set. A forbidden key throws at once.
 */
function checkedOverride(
  rules: RuleSet,
  override: RuleOverrideInput,
  locale: Locale,
): { readonly o: RuleOverride; readonly issues: Issue[] } {
  const checked = validate('ruleOverride', override, { locale });
  // A malformed override still has its well-formed changes checked against the rule set, so all
  // problems come in one error, not the rest after a fix (issue #15); a forbidden key comes alone.
  const issues: Issue[] = checked.ok ? [] : [...checked.issues];
  if (!checked.ok && checked.issues.some((issue) => issue.code === 'forbidden_key'))
    throw ruleError(issues, 'override', locale);
  const o = (checked.ok ? checked.value : overrideParts(override)) as RuleOverride;
  if (o.basedOn !== undefined && o.basedOn !== rules.id)
    issues.push(makeIssue('rule_set_mismatch', ['basedOn'], { value: o.basedOn, expected: rules.id }));
  if (o.id !== undefined && rules.overrides?.some((applied) => applied.id === o.id))
    issues.push(makeIssue('override_already_applied', ['id'], { id: o.id }));
  if (o.jurisdiction !== undefined && o.effectiveFrom !== undefined) {
    for (const draft of provinceIssues(o.jurisdiction, o.effectiveFrom, ['jurisdiction']))
      issues.push(makeIssue(draft.code, draft.path, draft.params));
  }
  return { o, issues };
}

/** Labels: the adapted rule set's titles. */
function applyLabels({ next, changes }: Adapting): Issue[] {
  if (changes.labels?.title !== undefined) next.title = changes.labels.title;
  if (changes.labels?.titleEn !== undefined) next.titleEn = changes.labels.titleEn;
  return [];
}

/** Policies the law leaves open: decimals of the average, how star minima are counted. */
function applyPolicies({ next, changes }: Adapting): Issue[] {
  const p = changes.policies;
  if (!p) return [];
  if (p.averagingDecimals !== undefined)
    next.averaging = {
      value: { ...next.averaging.value, decimals: p.averagingDecimals },
      reference: joinRef(next.averaging.reference, p.reference),
    };
  if (p.minimaCouncil !== undefined || p.minimaPolicy !== undefined) {
    next.minima = {
      value: {
        ...next.minima.value,
        ...(p.minimaCouncil === undefined ? {} : { council: p.minimaCouncil }),
        ...(p.minimaPolicy === undefined ? {} : { policy: p.minimaPolicy }),
      },
      reference: joinRef(next.minima.reference, p.reference),
    };
  }
  return [];
}

/** National numbers (parts, band edges, certificate validity), only when the override says it replaces them. */
function applyNational({ next, changes }: Adapting): Issue[] {
  const n = changes.national;
  if (!n) return [];
  const issues: Issue[] = [];
  next.replacesNational = true;
  if (n.parts) {
    const total = n.parts.A + n.parts.B + n.parts.C;
    if (total !== 100)
      issues.push(makeIssue('invalid_value', ['changes', 'national', 'parts'], { value: total, expected: 100 }));
    next.parts = { value: n.parts, reference: joinRef(next.parts.reference, n.reference) };
  }
  if (n.bandEdges) {
    issues.push(...bandEdgeIssues(n.bandEdges));
    const bands: StarBand[] = [0, ...n.bandEdges].map((from, i) => ({
      stars: (i + 1) as StarBand['stars'],
      from,
      below: n.bandEdges?.[i] ?? null,
    }));
    next.bands = { value: bands, reference: joinRef(next.bands.reference, n.reference) };
  }
  if (n.certificateValidityMonths !== undefined) {
    next.certificateValidityMonths = {
      value: n.certificateValidityMonths,
      reference: joinRef(next.certificateValidityMonths.reference, n.reference),
    };
  }
  return issues;
}

/** Band edges must rise from above 0 to at most 100. */
function bandEdgeIssues(edges: readonly number[]): Issue[] {
  const issues: Issue[] = [];
  edges.forEach((edge, i) => {
    const previous = i === 0 ? 0 : (edges[i - 1] as number);
    if (!(edge > previous) || edge > 100)
      issues.push(
        makeIssue('range_order', ['changes', 'national', 'bandEdges', i], {
          value: edge,
          relation: 'gt',
          field: i === 0 ? '0' : `bandEdges[${i - 1}]`,
          other: previous,
        }),
      );
  });
  return issues;
}

/** A copy of a criteria set for the adapted rule set to carry: its own, under its id (781's copies of 1048's sets name 781). */
function ownCopy(set: object, rules: RuleSet): CriteriaSet {
  return { ...copy(set), ruleSet: rules.id } as unknown as CriteriaSet;
}

/**
 * Whole criteria sets: each replaces the shipped set of its number (a province that holds the
 * official text of a set the library has from a transcription), or, for a rule set that ships
 * none, they are its sets. Each must add up; no set number twice, none beyond the shipped ones.
 */
function applyCriteriaSets({ rules, next, changes }: Adapting): Issue[] {
  const supplied = changes.criteriaSets;
  if (!supplied) return [];
  const shipped = listCriteriaSets(rules);
  const adopted = supplied.map((set) => ownCopy(set, rules)) as Mutable<CriteriaSet>[];
  const issues: Issue[] = [];
  const seen = new Map<number, number>();
  adopted.forEach((set, i) => {
    const at: IssuePath = ['changes', 'criteriaSets', i];
    const first = seen.get(set.setNo);
    if (first !== undefined)
      issues.push(makeIssue('override_conflict', [...at, 'setNo'], { other: `changes.criteriaSets.${first}.setNo` }));
    if (shipped.length > 0 && set.setNo > shipped.length) {
      const params = { ruleSet: rules.id, setNo: set.setNo, count: shipped.length };
      issues.push(makeIssue('unknown_criteria_set', [...at, 'setNo'], params));
    }
    seen.set(set.setNo, i);
    issues.push(...criteriaSetSumIssues(set, next.parts.value, at));
  });
  if (shipped.length === 0) {
    next.criteria = adopted;
    next.criteriaSets = adopted.length;
    next.minima = { ...next.minima, value: { ...next.minima.value, exist: true } };
  } else {
    next.criteria = (next.criteria ?? []).map((set) => adopted.find((a) => a.setNo === set.setNo) ?? set);
  }
  return issues;
}

type Minimum = NonNullable<Changes['minima']>[number];

/** Stricter star minima: each moves a star's mark to a higher option of a criterion. */
function applyMinima(adapting: Adapting): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  adapting.changes.minima?.forEach((m, i) => {
    const at: IssuePath = ['changes', 'minima', i];
    const key = `${m.setNo}|${m.criterion}|${m.stars}`;
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(makeIssue('override_conflict', at, { other: `changes.minima.${first}` }));
      return;
    }
    seen.set(key, i);
    const target = minimumTarget(adapting, m, at);
    if ('issue' in target) issues.push(target.issue);
    else raiseMinimum(target, m);
  });
  return issues;
}

/** The set, criterion and option a minimum names, or the issue of the first that is not there or not stricter. */
function minimumTarget(
  { rules, next }: Adapting,
  m: Minimum,
  at: IssuePath,
):
  | {
      readonly set: Mutable<CriteriaSet>;
      readonly criterion: Mutable<Criterion>;
      readonly option: { minStars?: MarkedStar };
    }
  | { readonly issue: Issue } {
  const set = next.criteria?.find((s) => s.setNo === m.setNo);
  if (!set) {
    const count = next.criteria?.length ?? 0;
    return { issue: makeIssue('unknown_criteria_set', [...at, 'setNo'], { ruleSet: rules.id, setNo: m.setNo, count }) };
  }
  const criterion = set.criteria.find((cr) => cr.code === m.criterion);
  if (!criterion)
    return {
      issue: makeIssue('unknown_criterion', [...at, 'criterion'], { criterion: m.criterion, setNo: m.setNo }),
    };
  const option = criterion.options.find((op) => op.points === m.points);
  if (!option) {
    const options = criterion.options.map((op) => op.points);
    return {
      issue: makeIssue('points_not_an_option', [...at, 'points'], { criterion: m.criterion, value: m.points, options }),
    };
  }
  const current = requirement(criterion.options, m.stars);
  if (m.points <= current) {
    const params = { criterion: m.criterion, stars: m.stars, points: m.points, current };
    return { issue: makeIssue('override_not_stricter', at, params) };
  }
  return { set, criterion, option };
}

/** Moves the star's mark to the stricter option and records the adaptation with what it replaces. */
function raiseMinimum(
  target: {
    readonly set: Mutable<CriteriaSet>;
    readonly criterion: Mutable<Criterion>;
    readonly option: { minStars?: MarkedStar };
  },
  m: Minimum,
): void {
  const { set, criterion, option } = target;
  const replaces = requirementReference(set, criterion, m.stars);
  // Move this star's mark to the stricter option; a higher star's mark on that option gives way
  // (the lower star's requirement covers it, minima being cumulative).
  for (const op of criterion.options) if (op.minStars === m.stars) delete op.minStars;
  option.minStars = m.stars;
  adaptationsOf(set).minima.push({
    criterion: m.criterion,
    stars: m.stars,
    points: m.points,
    reference: m.reference,
    ...(replaces === undefined ? {} : { replaces }),
  });
}

/** Extra disqualifiers, for one criteria set or (without `setNo`) every one. */
function applyDisqualifiers({ rules, next, changes }: Adapting): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  changes.disqualifiers?.forEach((d, i) => {
    const key = `${d.setNo ?? '*'}|${d.text}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push(
        makeIssue('override_conflict', ['changes', 'disqualifiers', i], { other: `changes.disqualifiers.${first}` }),
      );
    seen.set(key, i);
    const all = next.criteria ?? [];
    const targets = d.setNo === undefined ? all : all.filter((s) => s.setNo === d.setNo);
    if (d.setNo !== undefined && targets.length === 0)
      issues.push(
        makeIssue('unknown_criteria_set', ['changes', 'disqualifiers', i, 'setNo'], {
          ruleSet: rules.id,
          setNo: d.setNo,
          count: all.length,
        }),
      );
    for (const set of targets) {
      set.disqualifiers.push(d.text);
      adaptationsOf(set).disqualifiers.push({ text: d.text, reference: d.reference });
    }
  });
  return issues;
}

type RoundDay = NonNullable<RuleSet['rounds']>['value'][number]['heldBefore'];

/** A round's day as the rule set stores it (no `yearOffset` key when there is none). */
function roundDay(d: NonNullable<Changes['rounds']>[number]['heldBefore']): RoundDay {
  return { month: d.month, day: d.day, ...(d.yearOffset === undefined ? {} : { yearOffset: d.yearOffset }) };
}

/** Extra evaluation rounds; a level's round number may not be taken twice. */
function applyRounds({ next, changes }: Adapting): Issue[] {
  if (!changes.rounds) return [];
  const issues: Issue[] = [];
  const existing = next.rounds?.value ?? [];
  const rounds = [...existing];
  changes.rounds.forEach((r, i) => {
    const clash = rounds.findIndex((x) => x.level === r.level && x.round === r.round);
    if (clash < 0) {
      const days = { proposalsBefore: roundDay(r.proposalsBefore), heldBefore: roundDay(r.heldBefore) };
      rounds.push({ level: r.level, round: r.round, ...days });
      return;
    }
    const other =
      clash < existing.length
        ? `the rule set's ${r.level} round ${r.round}`
        : `changes.rounds.${clash - existing.length}`;
    issues.push(makeIssue('override_conflict', ['changes', 'rounds', i], { other }));
  });
  const added = [...new Set(changes.rounds.map((r) => r.reference))].join('; ');
  next.rounds = { value: rounds, reference: next.rounds ? joinRef(next.rounds.reference, added) : added };
  return issues;
}

/** Extra days off; a date may not be set twice. */
function applyDaysOff({ next, changes }: Adapting): Issue[] {
  if (!changes.daysOff) return [];
  const issues: Issue[] = [];
  const days = [...(next.daysOff ?? [])];
  changes.daysOff.forEach((d, i) => {
    const clash = days.findIndex((x) => x.date === d.date);
    if (clash >= 0)
      issues.push(
        makeIssue('override_conflict', ['changes', 'daysOff', i], { other: `day off ${d.date} already set` }),
      );
    else days.push({ date: d.date, name: d.name, reference: d.reference });
  });
  next.daysOff = days;
  return issues;
}

/** The merge, in order (the module comment's): labels, policies, national numbers, criteria sets, minima, disqualifiers, rounds, days off. */
const STEPS: readonly AdaptStep[] = [
  applyLabels,
  applyPolicies,
  applyNational,
  applyCriteriaSets,
  applyMinima,
  applyDisqualifiers,
  applyRounds,
  applyDaysOff,
];

/** Where the adapted rule set comes from, and the dates it applies between (the override narrows them). */
function recordProvenance({ rules, next }: Adapting, o: RuleOverride): void {
  next.derivedFrom = rules.derivedFrom ?? rules.id;
  next.overrides = [
    ...(rules.overrides ?? []),
    {
      id: o.id,
      title: o.title,
      jurisdiction: o.jurisdiction,
      effectiveFrom: o.effectiveFrom,
      ...(o.effectiveTo === undefined ? {} : { effectiveTo: o.effectiveTo }),
    },
  ];
  if (o.effectiveFrom > next.effectiveFrom) next.effectiveFrom = o.effectiveFrom;
  if (o.effectiveTo !== undefined && (next.effectiveTo === null || o.effectiveTo < next.effectiveTo))
    next.effectiveTo = o.effectiveTo;
}
