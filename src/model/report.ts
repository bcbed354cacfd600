/**
 * Adds a stable-coded issue from a cross-field check (`superRefine`) of a schema.
 */
import type * as z from 'zod';
import type { IssueCode } from '../core/issues.js';

/** The param under which a custom zod issue carries this library's issue code. */
export const ISSUE_CODE_PARAM = 'ocopIssueCode';

/** An issue found by a check, before it is given a message. */
export interface IssueDraft {
  readonly code: IssueCode;
  readonly path: ReadonlyArray<string | number>;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Reports `drafts` on a refinement context; paths are relative to the refined value. */
export function report(ctx: z.RefinementCtx, drafts: readonly IssueDraft[]): void {
  for (const draft of drafts) {
    ctx.addIssue({ code: 'custom', path: [...draft.path], params: { ...draft.params, [ISSUE_CODE_PARAM]: draft.code } });
  }
}

/** An issue when the date `later` (at `path`) is before `earlier` (field `field`). */
export function dateOrder(later: string | undefined, earlier: string | undefined, path: ReadonlyArray<string | number>, field: string): IssueDraft[] {
  if (later === undefined || earlier === undefined || later >= earlier) return [];
  return [{ code: 'date_order', path, params: { value: later, field, other: earlier } }];
}
