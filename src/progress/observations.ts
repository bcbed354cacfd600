/**
 * Checks observations against a plan and indexes them: the latest observation per target, unit
 * and item, dated within the plan's period and on or before `asOf`.
 */
import type { IsoDate } from '../core/dates.js';
import type { Issue } from '../core/issues.js';
import { makeIssue } from '../core/messages.js';
import type { Observation, Plan } from '../model/plan.js';
import { kindOf } from '../model/target-kinds/index.js';

/** The observations that count, per target; and how many were left out, and why. */
export interface IndexedObservations {
  /** target id → key (unit|item) → latest observation. */
  readonly latest: ReadonlyMap<string, ReadonlyMap<string, Observation>>;
  /** target id → its observations dated from the plan's start to `asOf`. */
  readonly counted: ReadonlyMap<string, readonly Observation[]>;
  readonly ignored: { readonly beforePeriod: number; readonly afterAsOf: number };
}

/** The key of an observation within its target: its unit and item ('' when absent). */
export function keyOf(observation: Pick<Observation, 'unit' | 'item'>): string {
  return `${observation.unit ?? ''}|${observation.item ?? ''}`;
}

/** Every problem of the observations against the plan (empty when they fit). */
export function observationIssues(plan: Plan, observations: readonly Observation[]): Issue[] {
  const issues: Issue[] = [];
  const targets = new Map(plan.targets.map((t) => [t.id, t]));
  const itemIds = new Map(plan.targets.map((t) => [t.id, new Set(kindOf(t.kind).itemIds(t))]));
  const units = plan.units ? new Set(plan.units.map((u) => u.code)) : undefined;
  const seen = new Map<string, number>();
  const scopes = new Map<string, Set<boolean>>();
  observations.forEach((o, index) => {
    const at = (...rest: Array<string | number>): Array<string | number> => ['observations', index, ...rest];
    const target = targets.get(o.target);
    if (!target) {
      issues.push(makeIssue('unknown_target', at('target'), { target: o.target }));
      return;
    }
    const form = kindOf(target.kind).observation;
    if (!form.test(o)) issues.push(makeIssue('observation_form', at(), { kind: target.kind, expected: form.expected }));
    if (o.unit !== undefined && units && !units.has(o.unit))
      issues.push(makeIssue('unknown_plan_unit', at('unit'), { unit: o.unit }));
    if (o.item !== undefined && !itemIds.get(target.id)?.has(o.item)) {
      issues.push(makeIssue('unknown_item', at('item'), { target: o.target, item: o.item }));
    }
    const key = `${o.target}|${o.unit ?? ''}|${o.item ?? ''}|${o.date}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push(makeIssue('duplicate_observation', at(), { target: o.target, unit: o.unit, date: o.date, first }));
    else seen.set(key, index);
    if (kindOf(target.kind).oneScope) {
      const scope = scopes.get(o.target) ?? new Set<boolean>();
      scope.add(o.unit !== undefined);
      scopes.set(o.target, scope);
      if (
        scope.size > 1 &&
        !issues.some((i) => i.code === 'mixed_observation_scopes' && i.params?.['target'] === o.target)
      ) {
        issues.push(makeIssue('mixed_observation_scopes', at('unit'), { target: o.target }));
      }
    }
  });
  return issues;
}

/** Indexes the observations dated in [period.start, asOf]: the latest per target, unit and item. */
export function indexObservations(
  plan: Plan,
  observations: readonly Observation[],
  asOf: IsoDate,
): IndexedObservations {
  const latest = new Map<string, Map<string, Observation>>();
  const counted = new Map<string, Observation[]>();
  let beforePeriod = 0;
  let afterAsOf = 0;
  for (const o of observations) {
    if (o.date < plan.period.start) {
      beforePeriod += 1;
      continue;
    }
    if (o.date > asOf) {
      afterAsOf += 1;
      continue;
    }
    const byKey = latest.get(o.target) ?? new Map<string, Observation>();
    const key = keyOf(o);
    const previous = byKey.get(key);
    if (!previous || previous.date < o.date) byKey.set(key, o);
    latest.set(o.target, byKey);
    const list = counted.get(o.target);
    if (list) list.push(o);
    else counted.set(o.target, [o]);
  }
  return { latest, counted, ignored: { beforePeriod, afterAsOf } };
}
