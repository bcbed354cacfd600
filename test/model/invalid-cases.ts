/**
 * Table-driven invalid cases: start from a valid example, change one thing, expect one issue
 * code at one path.
 */
import { expect, it } from 'vitest';
import { validate, type EntityKind, type IssueCode } from '../../src/index.js';
import { jsonCopy, VALID_EXAMPLES } from './examples.js';

export interface InvalidCase {
  readonly name: string;
  readonly change: (draft: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  readonly code: IssueCode;
  readonly path: ReadonlyArray<string | number>;
}

/** Registers one test per case. */
export function itRejects(kind: EntityKind, cases: readonly InvalidCase[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('rejects: %s', (_name, c) => {
    const draft = jsonCopy(VALID_EXAMPLES[kind]) as Record<string, unknown>;
    c.change(draft);
    const result = validate(kind, draft, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => ({ code: i.code, path: i.path }))).toContainEqual({ code: c.code, path: c.path });
    for (const issue of result.issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.message).not.toMatch(/undefined|\[object/);
    }
  });
}
