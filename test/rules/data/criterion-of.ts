/** Lookups the criteria-set data tests share: a criterion by code, its options' points and star marks. */
import type { CriteriaSet, Criterion } from '../../../src/rules/criteria-set.js';

/** The criterion `code` of `set`; throws (failing the test) when the set has none. */
export function criterion(set: CriteriaSet, code: string): Criterion {
  const found = set.criteria.find((c) => c.code === code);
  if (!found) throw new Error(`set ${set.setNo} has no criterion ${code}`);
  return found;
}

/** The points of a criterion's options, in printed order. */
export const points = (c: Criterion) => c.options.map((o) => o.points);

/** The star mark of each option, in printed order (`null`: none). */
export const starsOf = (c: Criterion) => c.options.map((o) => o.minStars ?? null);
