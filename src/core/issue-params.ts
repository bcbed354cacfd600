/**
 * The parameters of each issue code: what `makeIssue` takes and the messages read.
 */
import type { IssueCode } from './issues.js';

/** The parameters of each issue code (`params` of an {@link Issue} with that code). */
export type IssueParams = { readonly [C in IssueCode]: Readonly<Record<string, unknown>> };
