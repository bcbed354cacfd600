/**
 * Turns zod's issues into this library's stable {@link Issue}s with localized messages.
 */
import type * as z from 'zod';
import type { Issue, IssueCode, Locale } from '../core/issues.js';
import { ISSUE_CODES } from '../core/issues.js';
import { makeIssue } from '../core/messages.js';
import { typeDraft } from '../core/shape.js';
import { FORBIDDEN_KEYS, formatOfPattern } from './primitives.js';
import { ISSUE_CODE_PARAM, type IssueDraft } from './report.js';

type Path = ReadonlyArray<string | number>;
type Draft = IssueDraft;

const KNOWN_CODES: ReadonlySet<string> = new Set(ISSUE_CODES);

function toPath(path: ReadonlyArray<PropertyKey>): Path {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

function sizeUnit(origin: string): 'characters' | 'items' | undefined {
  if (origin === 'string') return 'characters';
  return origin === 'array' ? 'items' : undefined;
}

function invalidTypeDrafts(issue: z.core.$ZodIssueInvalidType, path: Path): Draft[] {
  // JSON has no undefined: an undefined input is a missing field (typeDraft says `required`).
  if (issue.expected === 'int' && issue.input !== undefined)
    return [{ code: 'not_integer', path, params: { value: issue.input } }];
  return [typeDraft(issue.input, issue.expected, path)];
}

function unrecognizedKeyDrafts(issue: z.core.$ZodIssueUnrecognizedKeys, path: Path): Draft[] {
  return issue.keys.map((key) => ({
    code: FORBIDDEN_KEYS.has(key) ? 'forbidden_key' : 'unknown_key',
    path: [...path, key],
    params: { key },
  }));
}

function tooSmallDrafts(issue: z.core.$ZodIssueTooSmall, path: Path): Draft[] {
  if (issue.origin === 'string' && Number(issue.minimum) === 1) return [{ code: 'empty_text', path, params: {} }];
  const params = { minimum: Number(issue.minimum), inclusive: issue.inclusive !== false };
  return [{ code: 'too_small', path, params: withUnit(params, issue.origin) }];
}

function tooBigDrafts(issue: z.core.$ZodIssueTooBig, path: Path): Draft[] {
  const params = { maximum: Number(issue.maximum), inclusive: issue.inclusive !== false };
  return [{ code: 'too_big', path, params: withUnit(params, issue.origin) }];
}

function invalidFormatDrafts(issue: z.core.$ZodIssueInvalidStringFormat, path: Path): Draft[] {
  const known = 'pattern' in issue && typeof issue.pattern === 'string' ? formatOfPattern(issue.pattern) : undefined;
  const params = known ? { ...known, value: issue.input } : { format: issue.format, value: issue.input };
  return [{ code: 'invalid_format', path, params }];
}

function invalidValueDrafts(issue: z.core.$ZodIssueInvalidValue, path: Path): Draft[] {
  // a missing field of an enum or a literal is missing, not a wrong value (as for invalid_type)
  if (issue.input === undefined) return [{ code: 'required', path, params: {} }];
  return [{ code: 'invalid_enum', path, params: { options: issue.values, value: issue.input } }];
}

function invalidUnionDrafts(issue: z.core.$ZodIssueInvalidUnion, path: Path): Draft[] {
  // A discriminated union names its discriminator and the accepted values.
  const options = (issue as { options?: unknown }).options;
  if (!('discriminator' in issue) || !Array.isArray(options)) return unionDrafts(issue.errors, path, issue.input);
  // the value given for the discriminator, not the whole object
  const { input } = issue;
  const key = (issue as { discriminator?: unknown }).discriminator;
  const value =
    input !== null && typeof input === 'object' && typeof key === 'string'
      ? (input as Record<string, unknown>)[key]
      : input;
  return [{ code: 'invalid_enum', path, params: { options, value } }];
}

function customDrafts(issue: z.core.$ZodIssueCustom, path: Path): Draft[] {
  const { [ISSUE_CODE_PARAM]: code, ...params } = issue.params ?? {};
  const known = typeof code === 'string' && KNOWN_CODES.has(code);
  // the params of a known code are those a typed draft gave `report` (model/report.ts)
  return [{ code: known ? (code as IssueCode) : 'invalid_value', path, params } as Draft];
}

type IssueOf<C extends z.core.$ZodIssue['code']> = Extract<z.core.$ZodIssue, { code: C }>;

/** How each zod issue code becomes drafts; a code not listed is an `invalid_value`. */
const DRAFTS_BY_CODE: { readonly [C in z.core.$ZodIssue['code']]?: (issue: IssueOf<C>, path: Path) => Draft[] } = {
  invalid_type: invalidTypeDrafts,
  unrecognized_keys: unrecognizedKeyDrafts,
  too_small: tooSmallDrafts,
  too_big: tooBigDrafts,
  invalid_format: invalidFormatDrafts,
  invalid_value: invalidValueDrafts,
  invalid_union: invalidUnionDrafts,
  invalid_key: (_issue, path) => [
    { code: 'invalid_format', path, params: { format: 'key', value: path[path.length - 1] } },
  ],
  invalid_element: (issue, path) => issue.issues.flatMap((inner) => draftsOf(inner, path)),
  custom: customDrafts,
};

function draftsOf(issue: z.core.$ZodIssue, base: Path): Draft[] {
  const path = [...base, ...toPath(issue.path)];
  const drafts = DRAFTS_BY_CODE[issue.code] as ((issue: z.core.$ZodIssue, path: Path) => Draft[]) | undefined;
  return drafts ? drafts(issue, path) : [{ code: 'invalid_value', path, params: {} }];
}

function withUnit<P extends object>(params: P, origin: string): P & { readonly unit?: 'characters' | 'items' } {
  const unit = sizeUnit(origin);
  return unit === undefined ? params : { ...params, unit };
}

/**
 * A value matched none of a union's branches. Branches that failed only on the type of the
 * value itself are the shapes the author did not mean: when every branch failed that way, say
 * so once (e.g. "number or string"); otherwise report the branch that matched the value's type
 * and got furthest (fewest issues).
 */
function unionDrafts(branches: ReadonlyArray<ReadonlyArray<z.core.$ZodIssue>>, path: Path, input: unknown): Draft[] {
  const typeMismatch = (b: ReadonlyArray<z.core.$ZodIssue>) =>
    b.length === 1 && b[0]?.code === 'invalid_type' && b[0].path.length === 0;
  const options = valueOptions(branches);
  if (options !== undefined)
    return input === undefined
      ? [{ code: 'required', path, params: {} }]
      : [{ code: 'invalid_enum', path, params: { options, value: input } }];
  const candidates = branches.filter((b) => !typeMismatch(b));
  if (candidates.length === 0) {
    const expected = branches.map((b) => (b[0] as z.core.$ZodIssueInvalidType).expected).join(' | ');
    return [typeDraft(input, expected, path)];
  }
  const formats = formatOptions(candidates, path);
  if (formats !== undefined) return [{ code: 'invalid_format', path, params: { ...formats, value: input } }];
  const best = [...candidates].sort((a, b) => a.length - b.length)[0] ?? [];
  return best.flatMap((inner) => draftsOf(inner, path));
}

/**
 * When every branch of a union is a set of allowed values (`z.literal(3)`, `z.enum([...])`) and
 * the value is none of them, all the branches' values together: `3 | 4 | 5` allows 3, 4 and 5,
 * not only the first branch's 3.
 */
function valueOptions(branches: ReadonlyArray<ReadonlyArray<z.core.$ZodIssue>>): unknown[] | undefined {
  const options: unknown[] = [];
  for (const branch of branches) {
    const only = branch.length === 1 ? branch[0] : undefined;
    if (only?.code !== 'invalid_value' || only.path.length !== 0) return undefined;
    for (const value of only.values) if (!options.includes(value)) options.push(value);
  }
  return options.length > 0 ? options : undefined;
}

/**
 * When two or more branches of a union failed only on their text format (a certificate issuer is
 * a province code or a district code), every format and example, joined with " | ".
 */
function formatOptions(
  branches: ReadonlyArray<ReadonlyArray<z.core.$ZodIssue>>,
  path: Path,
): { format: string; example?: string } | undefined {
  if (branches.length < 2) return undefined;
  const formats: Array<Readonly<Record<string, unknown>>> = [];
  for (const branch of branches) {
    const only = branch.length === 1 ? branch[0] : undefined;
    if (only?.code !== 'invalid_format' || only.path.length !== 0) return undefined;
    formats.push(draftsOf(only, path)[0]?.params ?? {});
  }
  const examples = formats.map((f) => f['example']).filter((e): e is string => typeof e === 'string');
  const format = formats.map((f) => String(f['format'])).join(' | ');
  return examples.length === formats.length ? { format, example: examples.join(' | ') } : { format };
}

/**
 * Maps zod issues to stable, localized issues.
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], locale: Locale): Issue[] {
  const drafts = issues.flatMap((issue) => draftsOf(issue, []));
  // zod still runs an array's length checks on a string given instead ("at most 100
  // characters" for a council's sheets): a value of the wrong type gets only its type issue.
  const wrongType = new Set(drafts.filter((d) => d.code === 'invalid_type').map((d) => JSON.stringify(d.path)));
  return drafts
    .filter((d) => !((d.code === 'too_big' || d.code === 'too_small') && wrongType.has(JSON.stringify(d.path))))
    .map((draft) => toIssue(draft, locale));
}

/** Builds an {@link Issue} with its message in `locale`. */
export function toIssue(draft: Draft, locale: Locale): Issue {
  return makeIssue(draft.code, draft.path, draft.params, locale);
}
