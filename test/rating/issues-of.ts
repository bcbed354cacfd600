/** Test helper: the issues of the `OcopValidationError` a call throws (fails if it throws none). */
import { OcopValidationError, type Issue } from '../../src/index.js';

export function issuesOf(fn: () => unknown): readonly Issue[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof OcopValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a validation error');
}
