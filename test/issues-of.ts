/**
 * Test helpers: the issues of the error a call throws — an `OcopValidationError` unless another
 * class is named (`OcopRuleError` for rule overrides). Fail if the call throws none.
 */
import { OcopValidationError, type Issue } from '../src/index.js';

type IssueError = abstract new (...args: never[]) => { readonly issues: readonly Issue[] };

export function issuesOf(fn: () => unknown, kind: IssueError = OcopValidationError): readonly Issue[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof kind) return error.issues;
    throw error;
  }
  throw new Error(`expected ${kind.name}`);
}

/** `[code, path joined by dots]` of each issue the call throws. */
export function issueCodes(fn: () => unknown, kind: IssueError = OcopValidationError): Array<[string, string]> {
  return issuesOf(fn, kind).map((i) => [i.code, i.path.join('.')]);
}
