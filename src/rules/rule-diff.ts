/**
 * The difference between two rule sets (`diffRuleSets`): every changed value with a path that
 * names criteria sets by number, criteria by code and days off by date, and the legal reference of
 * the change — for a province's change, the province's own reference and the one it replaces.
 */
import type { IsoDate } from '../core/dates.js';
import { localeOnlyOptions } from '../core/guards.js';
import type { LocaleOptions } from '../core/issues.js';
import { listCriteriaSets } from './criteria-registry.js';
import type { CriteriaSet } from './criteria-set.js';
import { resolveRuleSetAt } from './registry.js';
import type { RuleSet } from './rule-set.js';

/**
 * One step of a {@link RuleDiff} path: a property name; an index in a list whose items have no
 * key of their own (bands, rounds, options, disqualifiers); or the key of an item of a keyed list:
 * `{ set: 11 }` a criteria set by its number (in `criteria`), `{ criterion: '4.3' }` a criterion
 * by its printed code (in a set's `criteria`), `{ day: '2026-10-21' }` a day off by its date (in
 * `daysOff`).
 *
 * @example
 * ```ts
 * import type { RuleDiffStep } from 'ocop/adapt';
 * const path: RuleDiffStep[] = ['criteria', { set: 11 }, 'criteria', { criterion: '4.3' }, 'options', 2, 'minStars'];
 * ```
 */
export type RuleDiffStep =
  string | number | { readonly set: number } | { readonly criterion: string } | { readonly day: IsoDate };

/**
 * One difference between two rule sets.
 *
 * - `path`: where, as {@link RuleDiffStep}s (stable, for programs);
 * - `where`: the same path for people: property names joined by `.`, list items in brackets —
 *   `[set 11]`, `[criterion 4.3]`, `[day 2026-10-21]` for keyed items, `[2]` for an index —
 *   e.g. `criteria[set 11].criteria[criterion 4.3].options[2].minStars`;
 * - `before`, `after`: the values (`undefined` when absent);
 * - `reference`: the legal reference of the value in the newer rule set — the province's own for
 *   a star mark, disqualifier or day off an override added — or the nearest one above it;
 * - `replaces`: for a star mark an override set, the reference of the requirement it replaced
 *   (the national criterion's, or an earlier override's), when there was one.
 *
 * @example
 * ```ts
 * import type { RuleDiff } from 'ocop/adapt';
 * const line = (d: RuleDiff) => `${d.where}: ${JSON.stringify(d.before)} → ${JSON.stringify(d.after)} (${d.reference ?? 'no reference'})`;
 * ```
 */
export interface RuleDiff {
  readonly path: readonly RuleDiffStep[];
  readonly where: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly reference?: string;
  readonly replaces?: string;
}

type Node = Record<string | number, unknown>;
type Step = RuleDiffStep;
const isObject = (v: unknown): v is Node => v !== null && typeof v === 'object';

/** How the items of the list at `path` are keyed, if they are. */
function keyOf(path: readonly Step[]): ((item: unknown) => Step | undefined) | undefined {
  if (path.length === 1 && path[0] === 'criteria')
    return (item) => (isObject(item) && typeof item.setNo === 'number' ? { set: item.setNo } : undefined);
  if (path.length === 3 && path[0] === 'criteria' && path[2] === 'criteria')
    return (item) => (isObject(item) && typeof item.code === 'string' ? { criterion: item.code } : undefined);
  if (path.length === 1 && path[0] === 'daysOff')
    return (item) => (isObject(item) && typeof item.date === 'string' ? { day: item.date as IsoDate } : undefined);
  return undefined;
}

const stepId = (step: Step | Readonly<Record<string, unknown>>) =>
  typeof step === 'object' ? JSON.stringify(step) : String(step);

/** The items of a list by key, or `undefined` when an item has no key or two share one. */
function byKey(
  list: readonly unknown[],
  key: (item: unknown) => Step | undefined,
): Map<string, { step: Step; item: unknown }> | undefined {
  const map = new Map<string, { step: Step; item: unknown }>();
  for (const item of list) {
    const step = key(item);
    if (step === undefined || map.has(stepId(step))) return undefined;
    map.set(stepId(step), { step, item });
  }
  return map;
}

/**
 * Not compared in a set: `adaptations` (they give the references of the changes they record) and
 * `ruleSet` (which rule set carries the set: an amendment's copies name it, its shipped sets its base).
 */
const skipped = (path: readonly Step[], key: string) =>
  path.length === 2 && path[0] === 'criteria' && (key === 'adaptations' || key === 'ruleSet');

function walk(
  a: unknown,
  b: unknown,
  path: Step[],
  out: Array<{ path: Step[]; before: unknown; after: unknown }>,
): void {
  if (a === b) return;
  const key = keyOf(path);
  if (key && (Array.isArray(a) || a === undefined) && (Array.isArray(b) || b === undefined)) {
    const left = byKey((a ?? []) as unknown[], key);
    const right = byKey((b ?? []) as unknown[], key);
    if (left && right) {
      for (const [id, { step, item }] of left) walk(item, right.get(id)?.item, [...path, step], out);
      for (const [id, { step, item }] of right) if (!left.has(id)) walk(undefined, item, [...path, step], out);
      return;
    }
  }
  if (isObject(a) && isObject(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys =
      Array.isArray(a) && Array.isArray(b)
        ? Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i)
        : [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) if (typeof k === 'number' || !skipped(path, k)) walk(a[k], b[k], [...path, k], out);
    return;
  }
  out.push({ path, before: a, after: b });
}

/** The child of a node at a step (keyed steps look the item up in the list). */
function child(node: unknown, step: Step): unknown {
  if (!isObject(node)) return undefined;
  if (typeof step !== 'object') return node[step];
  if (!Array.isArray(node)) return undefined;
  const id = stepId(step);
  const keyed =
    'set' in step
      ? (item: Node) => ({ set: item.setNo })
      : 'criterion' in step
        ? (item: Node) => ({ criterion: item.code })
        : (item: Node) => ({ day: item.date });
  return node.find((item) => isObject(item) && stepId(keyed(item)) === id);
}

function nearestReference(root: unknown, path: readonly Step[]): string | undefined {
  let found: string | undefined;
  let node: unknown = root;
  for (const step of [undefined, ...path]) {
    if (step !== undefined) node = child(node, step);
    if (isObject(node) && typeof node.reference === 'string') found = node.reference;
  }
  return found;
}

/**
 * The province's reference for a change inside a criteria set that an override recorded in the
 * set's `adaptations`: a star mark (matched by criterion and star) or an added disqualifier
 * (matched by text).
 */
function adaptedSource(
  set: unknown,
  path: readonly Step[],
  before: unknown,
  after: unknown,
): { reference: string; replaces?: string } | undefined {
  const adaptations = isObject(set) ? (set as unknown as CriteriaSet).adaptations : undefined;
  if (!adaptations) return undefined;
  const criterion = path[3];
  if (
    path[2] === 'criteria' &&
    isObject(criterion) &&
    'criterion' in criterion &&
    path[path.length - 1] === 'minStars'
  ) {
    const minima = adaptations.minima;
    for (let i = minima.length - 1; i >= 0; i--) {
      const m = minima[i] as (typeof minima)[number];
      if (m.criterion === criterion.criterion && (m.stars === after || m.stars === before))
        return m.replaces === undefined ? { reference: m.reference } : { reference: m.reference, replaces: m.replaces };
    }
    return undefined;
  }
  if (path[2] === 'disqualifiers' && path.length === 4) {
    const text = after ?? before;
    const added = adaptations.disqualifiers.find((d) => d.text === text);
    return added ? { reference: added.reference } : undefined;
  }
  return undefined;
}

/**
 * A diff path for people: property names joined by `.`, list items in brackets (`[set 11]`,
 * `[criterion 4.3]`, `[day 2026-10-21]`, `[2]`).
 */
function describePath(path: readonly Step[]): string {
  let text = '';
  for (const step of path) {
    if (typeof step === 'string') text += text === '' ? step : `.${step}`;
    else if (typeof step === 'number') text += `[${step}]`;
    else if ('set' in step) text += `[set ${step.set}]`;
    else if ('criterion' in step) text += `[criterion ${step.criterion}]`;
    else text += `[day ${step.day}]`;
  }
  return text;
}

/**
 * Every difference between two rule sets, compared with their criteria sets (shipped or
 * carried), each with its path (criteria sets by number, criteria by code, days off by date: see
 * {@link RuleDiffStep}), the same path for people (`where`), and the legal reference of the change
 * in `b` (see {@link RuleDiff}). Use it to see exactly what an override changed. Both are checked
 * as `resolveRuleSet` checks them (`OcopRuleError` `invalid_rule_data`, paths from `a` or `b`,
 * messages in `options.locale`, default `vi`).
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'ocop';
 * import { adaptRuleSet, diffRuleSets } from 'ocop/adapt';
 * const adapted = adaptRuleSet('qd26-2026', {
 *   formatVersion: 1, id: 'x', title: 'Quảng bá: 4 sao cần ≥ 2 điểm', basedOn: 'qd26-2026', jurisdiction: '33', effectiveFrom: '2026-07-01',
 *   changes: { minima: [{ setNo: 11, criterion: '4.3', points: 2, stars: 4, reference: 'QĐ 1999/QĐ-UBND, Điều 2.2' }] },
 * });
 * diffRuleSets(getRuleSet('qd26-2026'), adapted).find((d) => d.path[0] === 'criteria');
 * // { path: ['criteria', { set: 11 }, 'criteria', { criterion: '4.3' }, 'options', 2, 'minStars'],
 * //   where: 'criteria[set 11].criteria[criterion 4.3].options[2].minStars',
 * //   before: undefined, after: 4, reference: 'QĐ 1999/QĐ-UBND, Điều 2.2' }
 * diffRuleSets(adapted, adapted, { locale: 'en' }); // []
 * ```
 */
export function diffRuleSets(a: RuleSet, b: RuleSet, options?: LocaleOptions): RuleDiff[] {
  const locale = localeOnlyOptions(options);
  const withCriteria = (r: RuleSet) => ({ ...r, criteria: listCriteriaSets(r) });
  const left = withCriteria(resolveRuleSetAt(a, ['a'], locale));
  const right = withCriteria(resolveRuleSetAt(b, ['b'], locale));
  const out: Array<{ path: Step[]; before: unknown; after: unknown }> = [];
  walk(left, right, [], out);
  return out.map(({ path, before, after }) => {
    const diff = { path, where: describePath(path), before, after };
    const set =
      path[0] === 'criteria' && path.length > 2
        ? (child(right.criteria, path[1] as Step) ?? child(left.criteria, path[1] as Step))
        : undefined;
    const source = adaptedSource(set, path, before, after);
    if (source) return { ...diff, ...source };
    const reference = nearestReference(right, path) ?? nearestReference(left, path);
    return reference === undefined ? diff : { ...diff, reference };
  });
}
