/**
 * Adds a stable-coded issue from a cross-field check (`superRefine`) of a schema.
 */
import type * as z from 'zod';
import type { IssueCode, IssueParams } from '../core/issues.js';
import type { IssueDraft } from '../core/shape.js';

/** The param under which a custom zod issue carries this library's issue code. */
export const ISSUE_CODE_PARAM = 'ocopIssueCode';

export type { IssueDraft };

/** The params of a zod custom issue with this library's issue `code` and its params (checked against `IssueParams`). */
export function coded<C extends IssueCode>(code: C, params: IssueParams[C]): Record<string, unknown> {
  return { [ISSUE_CODE_PARAM]: code, ...params };
}

/** Reports `drafts` on a refinement context; paths are relative to the refined value. */
export function report(ctx: z.RefinementCtx, drafts: readonly IssueDraft[]): void {
  for (const draft of drafts) {
    ctx.addIssue({
      code: 'custom',
      path: [...draft.path],
      params: { ...draft.params, [ISSUE_CODE_PARAM]: draft.code },
    });
  }
}

/** An issue when the date `later` (at `path`) is before `earlier` (field `field`). */
export function dateOrder(
  later: string | undefined,
  earlier: string | undefined,
  path: ReadonlyArray<string | number>,
  field: string,
): IssueDraft[] {
  if (later === undefined || earlier === undefined || later >= earlier) return [];
  return [{ code: 'date_order', path, params: { value: later, field, other: earlier } }];
}

/** Where a cross-field rule may read: `readable(path)` is false for a part that did not parse. */
export type Readable = (path: ReadonlyArray<string | number>) => boolean;

/** Every part is readable: the record parsed whole. */
export const ALL_READABLE: Readable = () => true;

/**
 * The parts of a record its cross-field rules may read, given the paths of the issues that stop
 * parsing there (a wrong type, a value not among the options, an unknown key, an impossible
 * date): a part is unreadable when such an issue lies at, inside or above it (unknown keys
 * continue, so they leave the fields readable). So a record with a bad `stars`
 * still gets its date rules, and one bad target of a plan does not hide a duplicate id among the
 * others.
 */
export function readableApart(stopping: ReadonlyArray<ReadonlyArray<PropertyKey>>): Readable {
  const at = stopping;
  if (at.length === 0) return ALL_READABLE;
  return (path) => !at.some((issue) => issue.every((key, i) => i >= path.length || key === path[i]));
}

/**
 * The refinement options of a schema whose cross-field rules run on whatever parts parsed, and
 * the parts they may read. zod skips a refinement after an issue that stops parsing; with
 * `when` it runs anyway, and the rules read only the parts {@link readableIn} allows.
 */
export const ALWAYS_REFINE = { when: (): boolean => true } as const;

/** The readable parts of the value being refined, from the issues zod has found so far. */
export function readableIn(ctx: {
  readonly issues: ReadonlyArray<{
    readonly continue?: boolean | undefined;
    readonly path?: ReadonlyArray<PropertyKey> | undefined;
  }>;
}): Readable {
  return readableApart(ctx.issues.filter((issue) => issue.continue !== true).map((issue) => issue.path ?? []));
}

/** Whether the value being refined is an object with fields (zod runs the rules on any input). */
export function isRecordValue(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
