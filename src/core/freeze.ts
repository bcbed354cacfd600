/**
 * Deep freezing of shipped data, so that no app can change a table that other code reads.
 */

/**
 * Freezes a value and everything reachable from it, and returns it typed as deeply readonly.
 *
 * @example
 * ```ts
 * import { deepFreeze } from 'ocop';
 * const bands = deepFreeze([{ stars: 3, from: 50 }]);
 * Object.isFrozen(bands[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
