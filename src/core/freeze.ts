/**
 * Deep freezing of shipped data, so that no app can change a table that other code reads.
 */
import { OcopError } from './errors.js';

/**
 * Freezes a value and everything reachable from it through own enumerable string keys, and
 * returns it. An object that is already frozen is taken as deeply frozen and not walked again
 * (everything this library freezes is frozen whole), so freezing shared data twice costs nothing;
 * to freeze a tree whose root someone froze shallowly, freeze its parts first. Throws `OcopError`
 * `invalid_input` for a typed array with elements, which JavaScript cannot freeze.
 *
 * @example
 * ```ts
 * import { deepFreeze } from 'ocop';
 * const bands = deepFreeze([{ stars: 3, from: 50 }]);
 * Object.isFrozen(bands[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  // iterative, so that no depth of nesting overflows the stack
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object' || Object.isFrozen(current)) continue;
    if (
      ArrayBuffer.isView(current) &&
      !(current instanceof DataView) &&
      (current as unknown as ArrayLike<unknown>).length > 0
    ) {
      throw new OcopError('invalid_input', 'deepFreeze: a typed array with elements cannot be frozen', {
        type: current.constructor.name,
      });
    }
    Object.freeze(current);
    for (const key of Object.keys(current)) stack.push((current as Record<string, unknown>)[key]);
  }
  return value;
}
