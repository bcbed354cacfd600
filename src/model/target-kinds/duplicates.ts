/**
 * Repeated keys in a list (a plan's unit codes and target ids, a target's item ids).
 */
import type { IssueDraft } from '../report.js';

/** A `duplicate` issue for each value whose key an earlier value has; `key` gives undefined for a value whose key cannot be read. */
export function duplicates<T>(
  values: readonly T[],
  key: (value: T, index: number) => string | undefined,
  path: (index: number) => ReadonlyArray<string | number>,
): IssueDraft[] {
  const seen = new Set<string>();
  const issues: IssueDraft[] = [];
  values.forEach((value, index) => {
    const k = key(value, index);
    if (k === undefined) return;
    if (seen.has(k)) issues.push({ code: 'duplicate', path: path(index), params: { value: k } });
    seen.add(k);
  });
  return issues;
}
