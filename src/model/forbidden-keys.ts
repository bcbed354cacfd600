/**
 * Keys that could reach `Object.prototype` (`__proto__`, `constructor`, `prototype`), found
 * anywhere in an input before it is parsed. Imports no zod: the schemas' `validate` and the
 * rating engine's own evaluation check share it.
 */
import type { Issue, Locale } from '../core/issues.js';
import { makeIssue } from '../core/messages.js';
import { FORBIDDEN_KEYS } from './formats.js';

const MAX_DEPTH = 64;

/**
 * Whether a forbidden key occurs anywhere. Allocates nothing but the key lists, so the common,
 * clean case stays cheap (it runs before every parse).
 */
function hasForbiddenKey(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (hasForbiddenKey(value[i], depth + 1)) return true;
    return false;
  }
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (FORBIDDEN_KEYS.has(key)) return true;
    const child: unknown = (value as Record<string, unknown>)[key];
    if (child !== null && typeof child === 'object' && hasForbiddenKey(child, depth + 1)) return true;
  }
  return false;
}

/**
 * Finds `__proto__`, `constructor` and `prototype` keys anywhere in the input (own keys only),
 * one issue each with its path. Such keys are rejected, never merged, whether or not a schema
 * would have dropped them.
 */
export function forbiddenKeyIssues(input: unknown, locale: Locale): Issue[] {
  if (!hasForbiddenKey(input, 0)) return [];
  const issues: Issue[] = [];
  // Depth-first walk; paths are rebuilt from parent links only when a forbidden key is found.
  type Node = {
    readonly value: unknown;
    readonly key: string | number | undefined;
    readonly parent: Node | undefined;
    readonly depth: number;
  };
  const pathOf = (node: Node | undefined): Array<string | number> => {
    const path: Array<string | number> = [];
    for (let at = node; at?.key !== undefined; at = at.parent) path.unshift(at.key);
    return path;
  };
  const stack: Node[] = [{ value: input, key: undefined, parent: undefined, depth: 0 }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const value = node.value;
    if (value === null || typeof value !== 'object' || seen.has(value) || node.depth > MAX_DEPTH) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const item: unknown = value[index];
        if (item !== null && typeof item === 'object')
          stack.push({ value: item, key: index, parent: node, depth: node.depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      const child: unknown = (value as Record<string, unknown>)[key];
      if (FORBIDDEN_KEYS.has(key)) issues.push(makeIssue('forbidden_key', [...pathOf(node), key], { key }, locale));
      else if (child !== null && typeof child === 'object')
        stack.push({ value: child, key, parent: node, depth: node.depth + 1 });
    }
  }
  return issues;
}
