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
import type { Issue, IssuePath, LocaleOptions } from '../core/issues.js';
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
 * criteria sets may only be supplied to rule sets that ship none, national numbers change only
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
  const checked = validate('ruleOverride', override, { locale });
  // A malformed override still has its well-formed changes checked against the rule set, so all
  // problems come in one error, not the rest after a fix (issue #15); a forbidden key comes alone.
  const issues: Issue[] = checked.ok ? [] : [...checked.issues];
  if (!checked.ok && checked.issues.some((issue) => issue.code === 'forbidden_key'))
    throw ruleError(issues, 'override', locale);
  // the parts that parsed: a field that did not is undefined, a list item that did not a hole
  const o = (checked.ok ? checked.value : overrideParts(override)) as RuleOverride;
  if (o.basedOn !== undefined && o.basedOn !== rules.id)
    issues.push(makeIssue('rule_set_mismatch', ['basedOn'], { value: o.basedOn, expected: rules.id }));
  if (o.id !== undefined && rules.overrides?.some((applied) => applied.id === o.id))
    issues.push(makeIssue('override_already_applied', ['id'], { id: o.id }));
  if (o.jurisdiction !== undefined && o.effectiveFrom !== undefined) {
    for (const draft of provinceIssues(o.jurisdiction, o.effectiveFrom, ['jurisdiction']))
      issues.push(makeIssue(draft.code, draft.path, draft.params));
  }
  // checked against another rule set, the changes would give meaningless issues
  if (o.basedOn !== rules.id || o.changes === undefined) throw ruleError(issues, 'override', locale);

  const next = copy<RuleSet>(rules);
  next.criteria = copy(listCriteriaSets(rules)) as Mutable<CriteriaSet>[];
  const c = o.changes;

  // labels
  if (c.labels?.title !== undefined) next.title = c.labels.title;
  if (c.labels?.titleEn !== undefined) next.titleEn = c.labels.titleEn;

  // policies the law leaves open
  if (c.policies) {
    const p = c.policies;
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
  }

  // national numbers, only when the override says it replaces them
  if (c.national) {
    const n = c.national;
    next.replacesNational = true;
    if (n.parts) {
      const total = n.parts.A + n.parts.B + n.parts.C;
      if (total !== 100)
        issues.push(makeIssue('invalid_value', ['changes', 'national', 'parts'], { value: total, expected: 100 }));
      next.parts = { value: n.parts, reference: joinRef(next.parts.reference, n.reference) };
    }
    if (n.bandEdges) {
      const edges = n.bandEdges;
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
      const bands: StarBand[] = [0, ...edges].map((from, i) => ({
        stars: (i + 1) as StarBand['stars'],
        from,
        below: edges[i] ?? null,
      }));
      next.bands = { value: bands, reference: joinRef(next.bands.reference, n.reference) };
    }
    if (n.certificateValidityMonths !== undefined) {
      next.certificateValidityMonths = {
        value: n.certificateValidityMonths,
        reference: joinRef(next.certificateValidityMonths.reference, n.reference),
      };
    }
  }

  // whole criteria sets, for rule sets that ship none
  if (c.criteriaSets) {
    if (listCriteriaSets(rules).length > 0) {
      issues.push(
        makeIssue('override_forbidden_key', ['changes', 'criteriaSets'], {
          key: 'criteriaSets',
          why: `${rules.id} ships its own criteria sets; adapt them with minima and disqualifiers`,
        }),
      );
    } else {
      const seen = new Map<number, number>();
      c.criteriaSets.forEach((set, i) => {
        const first = seen.get(set.setNo);
        if (first !== undefined)
          issues.push(
            makeIssue('override_conflict', ['changes', 'criteriaSets', i, 'setNo'], {
              other: `changes.criteriaSets.${first}.setNo`,
            }),
          );
        seen.set(set.setNo, i);
        issues.push(
          ...criteriaSetSumIssues({ ...copy(set), ruleSet: rules.id } as unknown as CriteriaSet, next.parts.value, [
            'changes',
            'criteriaSets',
            i,
          ]),
        );
      });
      next.criteria = c.criteriaSets.map((set) => ({
        ...copy(set),
        ruleSet: rules.id,
      })) as unknown as Mutable<CriteriaSet>[];
      next.criteriaSets = c.criteriaSets.length;
      next.minima = { ...next.minima, value: { ...next.minima.value, exist: true } };
    }
  }

  // stricter star minima
  const minimaSeen = new Map<string, number>();
  c.minima?.forEach((m, i) => {
    const at: IssuePath = ['changes', 'minima', i];
    const key = `${m.setNo}|${m.criterion}|${m.stars}`;
    const first = minimaSeen.get(key);
    if (first !== undefined) {
      issues.push(makeIssue('override_conflict', at, { other: `changes.minima.${first}` }));
      return;
    }
    minimaSeen.set(key, i);
    const set = next.criteria?.find((s) => s.setNo === m.setNo);
    if (!set) {
      issues.push(
        makeIssue('unknown_criteria_set', [...at, 'setNo'], {
          ruleSet: rules.id,
          setNo: m.setNo,
          count: next.criteria?.length ?? 0,
        }),
      );
      return;
    }
    const criterion = set.criteria.find((cr) => cr.code === m.criterion);
    if (!criterion) {
      issues.push(makeIssue('unknown_criterion', [...at, 'criterion'], { criterion: m.criterion, setNo: m.setNo }));
      return;
    }
    const option = criterion.options.find((op) => op.points === m.points);
    if (!option) {
      issues.push(
        makeIssue('points_not_an_option', [...at, 'points'], {
          criterion: m.criterion,
          value: m.points,
          options: criterion.options.map((op) => op.points),
        }),
      );
      return;
    }
    const current = requirement(criterion.options, m.stars);
    if (m.points <= current) {
      issues.push(
        makeIssue('override_not_stricter', at, { criterion: m.criterion, stars: m.stars, points: m.points, current }),
      );
      return;
    }
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
  });

  // extra disqualifiers
  const disqualifierSeen = new Map<string, number>();
  c.disqualifiers?.forEach((d, i) => {
    const key = `${d.setNo ?? '*'}|${d.text}`;
    const first = disqualifierSeen.get(key);
    if (first !== undefined)
      issues.push(
        makeIssue('override_conflict', ['changes', 'disqualifiers', i], { other: `changes.disqualifiers.${first}` }),
      );
    disqualifierSeen.set(key, i);
    const targets =
      d.setNo === undefined ? (next.criteria ?? []) : (next.criteria ?? []).filter((s) => s.setNo === d.setNo);
    if (d.setNo !== undefined && targets.length === 0)
      issues.push(
        makeIssue('unknown_criteria_set', ['changes', 'disqualifiers', i, 'setNo'], {
          ruleSet: rules.id,
          setNo: d.setNo,
          count: next.criteria?.length ?? 0,
        }),
      );
    for (const set of targets) {
      set.disqualifiers.push(d.text);
      adaptationsOf(set).disqualifiers.push({ text: d.text, reference: d.reference });
    }
  });

  // extra evaluation rounds
  if (c.rounds) {
    const existing = next.rounds?.value ?? [];
    const rounds = [...existing];
    c.rounds.forEach((r, i) => {
      const clash = rounds.findIndex((x) => x.level === r.level && x.round === r.round);
      if (clash >= 0) {
        issues.push(
          makeIssue('override_conflict', ['changes', 'rounds', i], {
            other:
              clash < existing.length
                ? `the rule set's ${r.level} round ${r.round}`
                : `changes.rounds.${clash - existing.length}`,
          }),
        );
        return;
      }
      const day = (d: typeof r.heldBefore) => ({
        month: d.month,
        day: d.day,
        ...(d.yearOffset === undefined ? {} : { yearOffset: d.yearOffset }),
      });
      rounds.push({
        level: r.level,
        round: r.round,
        proposalsBefore: day(r.proposalsBefore),
        heldBefore: day(r.heldBefore),
      });
    });
    const added = [...new Set(c.rounds.map((r) => r.reference))].join('; ');
    next.rounds = { value: rounds, reference: next.rounds ? joinRef(next.rounds.reference, added) : added };
  }

  // extra days off
  if (c.daysOff) {
    const days = [...(next.daysOff ?? [])];
    c.daysOff.forEach((d, i) => {
      const clash = days.findIndex((x) => x.date === d.date);
      if (clash >= 0)
        issues.push(
          makeIssue('override_conflict', ['changes', 'daysOff', i], { other: `day off ${d.date} already set` }),
        );
      else days.push({ date: d.date, name: d.name, reference: d.reference });
    });
    next.daysOff = days;
  }

  if (issues.length > 0) throw ruleError(issues, 'override', locale);
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
  return deepFreeze(next) as RuleSet;
}
