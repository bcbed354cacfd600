/**
 * The evaluation check of the rating engine: the rules of `EvaluationSchema`, written out by hand
 * so that `rateProduct` needs no schema library (it ships without zod and runs in a few
 * microseconds). It gives the same issues, with the same codes, paths and parameters, as
 * `validate('evaluation', …)` for any input with one fault; a property test keeps the two in
 * step (test/model/evaluation-check.test.ts), and the same verdict on any input.
 */
import { isIsoDate, type IsoDate } from '../core/dates.js';
import type { Issue, IssueCode, Locale, ValidationResult } from '../core/issues.js';
import { makeIssue } from '../core/messages.js';
import { jsonKind } from '../core/guards.js';
import { numberDrafts, typeDraft, type NumberBounds } from '../core/shape.js';
import { districtLevelIssues } from './admin-units/district-level.js';
import { ALL_READABLE, readableApart, type IssueDraft, type Readable } from './report.js';
import type { Evaluation } from './evaluation.js';
import { forbiddenKeyIssues } from './forbidden-keys.js';
import {
  CRITERIA_SET_MAX,
  CRITERION_CODE,
  DECIMAL_TEXT,
  ID,
  LONG_TEXT_MAX,
  SHEETS_MAX,
  type TextFormat,
} from './formats.js';
import { LEVELS } from './level.js';
import { RULE_SET_IDS } from './rule-set-id.js';

type Path = ReadonlyArray<string | number>;
type Params = Record<string, unknown>;
/**
 * Issues found so far, without messages (made once, at the end). `same`: one zod issue with the
 * draft before it (unknown keys of one object).
 */
type Drafts = Array<{ code: IssueCode; path: Path; params: Params; same?: true }>;

const DISQUALIFICATION_REASONS = ['dossier', 'knock-out'] as const;
/** A criterion's points and a sheet's total: 0–100. */
const POINTS: NumberBounds = { min: 0, max: 100 };
/** A criteria set number, a whole number (zod's `int()`, so also a safe integer). */
const CRITERIA_SET: NumberBounds = { min: 1, max: CRITERIA_SET_MAX, integer: true, safe: true };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function unknownKeys(value: Record<string, unknown>, known: readonly string[], path: Path, out: Drafts): void {
  for (const key in value) {
    if (Object.prototype.hasOwnProperty.call(value, key) && !known.includes(key))
      out.push({ code: 'unknown_key', path: [...path, key], params: { key } });
  }
}

/** Adds the issues of `value` as a number within `bounds` to `out`; whether it had none. */
function checkNumber(value: unknown, path: Path, bounds: NumberBounds, out: Drafts): value is number {
  const drafts = numberDrafts(value, path, bounds);
  for (const draft of drafts) out.push(draft);
  return drafts.length === 0;
}

/** Adds the draft of a value that is missing or of the wrong JSON type to `out`. */
function wrongType(value: unknown, expected: string, path: Path, out: Drafts): false {
  out.push(typeDraft(value, expected, path));
  return false;
}

function checkEnum<T extends string>(value: unknown, options: readonly T[], path: Path, out: Drafts): value is T {
  if ((options as readonly unknown[]).includes(value)) return true;
  // a missing field is required, as validate reports it
  out.push(
    value === undefined
      ? { code: 'required', path, params: {} }
      : { code: 'invalid_enum', path, params: { options, value } },
  );
  return false;
}

function checkFormat(value: unknown, format: TextFormat, path: Path, out: Drafts): value is string {
  if (typeof value !== 'string') {
    return wrongType(value, 'string', path, out);
  }
  if (format.pattern.test(value)) return true;
  out.push({ code: 'invalid_format', path, params: { format: format.format, example: format.example, value } });
  return false;
}

/** A sheet's total: a number, or decimal text, within 0–100. */
function checkTotal(value: unknown, path: Path, out: Drafts): number | undefined {
  let number: number;
  if (typeof value === 'number' && Number.isFinite(value)) number = value;
  else if (typeof value === 'string') {
    if (!DECIMAL_TEXT.pattern.test(value)) {
      out.push({
        code: 'invalid_format',
        path,
        params: { format: DECIMAL_TEXT.format, example: DECIMAL_TEXT.example, value },
      });
      return undefined;
    }
    number = Number(value);
  } else {
    wrongType(value, 'number | string', path, out);
    return undefined;
  }
  return checkNumber(number, path, POINTS, out) ? number : undefined;
}

/** A member's points: criterion code → points 0–100. Returns a copy. */
function checkPoints(
  value: unknown,
  path: Path,
  out: Drafts,
  share: boolean,
): Readonly<Record<string, number>> | undefined {
  if (!isRecord(value)) {
    wrongType(value, 'record', path, out);
    return undefined;
  }
  const before = out.length;
  const points: Record<string, number> = {};
  const codes = Object.keys(value);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as string;
    const awarded = value[code];
    // the common case, checked without building a path
    if (typeof awarded === 'number' && awarded >= 0 && awarded <= 100 && CRITERION_CODE.pattern.test(code)) {
      if (!share) points[code] = awarded;
      continue;
    }
    const at = [...path, code];
    if (!CRITERION_CODE.pattern.test(code))
      out.push({ code: 'invalid_format', path: at, params: { format: 'key', value: code } });
    else checkNumber(awarded, at, POINTS, out);
  }
  if (out.length > before) return undefined;
  return share ? (value as Record<string, number>) : points;
}

type Sheet = Evaluation['sheets'][number];

const POINTS_KEYS = ['points', 'ruleSet', 'criteriaSet'] as const;
const TOTAL_KEYS = ['total'] as const;

/** The points branch of a sheet; returns the sheet or undefined with its issues in `out`. */
function pointsSheet(
  value: Record<string, unknown>,
  path: Path,
  out: Drafts,
  options: CheckOptions,
): Sheet | undefined {
  const points = checkPoints(value['points'], [...path, 'points'], out, options.sharePoints === true);
  const ruleSet = value['ruleSet'];
  const criteriaSet = value['criteriaSet'];
  if (ruleSet !== undefined) checkEnum(ruleSet, RULE_SET_IDS, [...path, 'ruleSet'], out);
  if (criteriaSet !== undefined) checkNumber(criteriaSet, [...path, 'criteriaSet'], CRITERIA_SET, out);
  unknownKeysAsOne(value, POINTS_KEYS, path, out);
  if (points === undefined || out.length > 0) return undefined;
  return {
    points,
    ...('ruleSet' in value ? { ruleSet: ruleSet as Evaluation['ruleSet'] } : {}),
    ...('criteriaSet' in value ? { criteriaSet: criteriaSet as number } : {}),
  };
}

/**
 * Unknown keys of a union branch. zod reports all unknown keys of one object as one issue, and
 * counts issues when it picks the branch to report, so the second and later keys are marked.
 */
function unknownKeysAsOne(value: Record<string, unknown>, known: readonly string[], path: Path, out: Drafts): void {
  const first = out.length;
  unknownKeys(value, known, path, out);
  for (let i = first + 1; i < out.length; i++) (out[i] as Drafts[number]).same = true;
}

/** Number of zod issues a branch's drafts stand for (unknown keys of one object are one issue). */
function zodCount(drafts: Drafts): number {
  return drafts.filter((d) => d.same !== true).length;
}

/** The branch zod reports when both fail: the one with fewer issues, the points branch on a tie. */
function fewerIssues(byPoints: Drafts, byTotal: Drafts): Drafts {
  return zodCount(byTotal) < zodCount(byPoints) ? byTotal : byPoints;
}

/** The keys of `value` that are among `keys`: what zod's strict object keeps of it. */
function pick(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (Object.prototype.hasOwnProperty.call(value, key)) picked[key] = value[key];
  return picked;
}

/**
 * One sheet: the points branch first, then the total branch; the branch with fewer issues is
 * reported (a tie goes to points). `views[index]` is the sheet as the cross-field rules read it:
 * the reported branch's keys only, as zod's value of it.
 */
function checkSheet(value: unknown, index: number, run: SheetRun): Sheet | undefined {
  const { out, options, views, stops } = run;
  const path = ['sheets', index];
  views[index] = value;
  if (!isRecord(value)) {
    wrongType(value, 'object | object', path, out);
    return undefined;
  }
  const byPoints: Drafts = [];
  const sheet = pointsSheet(value, path, byPoints, options);
  if (sheet) return (views[index] = sheet);
  const byTotal: Drafts = [];
  const total = checkTotal(value['total'], [...path, 'total'], byTotal);
  unknownKeysAsOne(value, TOTAL_KEYS, path, byTotal);
  if (byTotal.length === 0 && total !== undefined) return (views[index] = { total });
  // zod returns the one branch whose issues all continue (values out of range, formats, unknown
  // keys); otherwise the union fails, reported as the branch with fewer issues (a tie goes to
  // points), and the rules do not read the sheet.
  const pointsGoOn = !byPoints.some(stopsRules);
  const one = pointsGoOn !== !byTotal.some(stopsRules);
  const chosen = one ? (pointsGoOn ? byPoints : byTotal) : fewerIssues(byPoints, byTotal);
  views[index] = pick(value, chosen === byPoints ? POINTS_KEYS : TOTAL_KEYS);
  if (!one) stops.push(path);
  out.push(...chosen);
  return undefined;
}

/**
 * Issues whose zod issue does not `continue`: a missing field, a wrong type, a value not among
 * the options, a fraction where a whole number is due, an impossible date, a criterion code that
 * is not one (a record key). zod parses no further there: a union branch with one fails, and the
 * cross-field rules do not read that part. Out-of-range values, empty text, text formats and
 * unknown keys continue.
 */
const STOPPING: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'required',
  'invalid_type',
  'invalid_enum',
  'not_integer',
  'invalid_date',
]);

function stopsRules(draft: Drafts[number]): boolean {
  return STOPPING.has(draft.code) || (draft.code === 'invalid_format' && draft.params['format'] === 'key');
}

/**
 * What checking the sheets writes to: the issues (`out`), each sheet as the cross-field rules read
 * it (`views`, see {@link checkSheet}), and the paths of sheets matching neither kind (`stops`),
 * which the rules do not read.
 */
interface SheetRun {
  readonly out: Drafts;
  readonly options: CheckOptions;
  readonly views: unknown[];
  readonly stops: Path[];
}

function checkSheets(value: unknown, run: SheetRun): Sheet[] | undefined {
  const { out } = run;
  const path = ['sheets'];
  if (!Array.isArray(value)) {
    wrongType(value, 'array', path, out);
    return undefined;
  }
  const before = out.length;
  const sheets: Sheet[] = [];
  for (let index = 0; index < value.length; index++) {
    const sheet = checkSheet(value[index], index, run);
    if (sheet) sheets.push(sheet);
  }
  if (value.length > SHEETS_MAX)
    out.push({ code: 'too_big', path, params: { maximum: SHEETS_MAX, inclusive: true, unit: 'items' } });
  if (value.length === 0) out.push({ code: 'empty_council', path, params: {} });
  return out.length === before ? sheets : undefined;
}

/** A note: NFC, trimmed, 1–5000 characters. */
function checkNote(value: unknown, path: Path, out: Drafts): string | undefined {
  if (typeof value !== 'string') {
    wrongType(value, 'string', path, out);
    return undefined;
  }
  const text = value.normalize('NFC').trim();
  if (text.length === 0) out.push({ code: 'empty_text', path, params: {} });
  else if (text.length > LONG_TEXT_MAX)
    out.push({ code: 'too_big', path, params: { maximum: LONG_TEXT_MAX, inclusive: true, unit: 'characters' } });
  else return text;
  return undefined;
}

function checkDisqualified(value: unknown, out: Drafts): Evaluation['disqualified'] {
  const path = ['disqualified'];
  if (!isRecord(value)) {
    wrongType(value, 'object', path, out);
    return undefined;
  }
  const before = out.length;
  const reason = value['reason'];
  checkEnum(reason, DISQUALIFICATION_REASONS, [...path, 'reason'], out);
  if (value['criterion'] !== undefined) checkFormat(value['criterion'], CRITERION_CODE, [...path, 'criterion'], out);
  const note = value['note'] === undefined ? undefined : checkNote(value['note'], [...path, 'note'], out);
  unknownKeys(value, ['reason', 'criterion', 'note'], path, out);
  if (out.length > before) return undefined;
  return {
    reason: reason as 'dossier' | 'knock-out',
    ...('criterion' in value ? { criterion: value['criterion'] as string | undefined } : {}),
    ...('note' in value ? { note } : {}),
  };
}

const EVALUATION_KEYS = [
  'ruleSet',
  'criteriaSet',
  'level',
  'product',
  'evaluatedOn',
  'sheets',
  'disqualified',
] as const;

/** The fields the cross-field rules read, as given (after the fields' own checks). */
export interface EvaluationFields {
  readonly ruleSet: string;
  readonly criteriaSet?: number | undefined;
  readonly level?: string | undefined;
  readonly evaluatedOn?: IsoDate | undefined;
  readonly sheets: ReadonlyArray<
    | { readonly points: unknown; readonly ruleSet?: string | undefined; readonly criteriaSet?: number | undefined }
    | { readonly total: number }
  >;
  readonly disqualified?: { readonly reason: string; readonly criterion?: string | undefined } | undefined;
}

/**
 * The cross-field rules of an evaluation: the district level ended on 2025-06-30, one kind of
 * sheet per council, a sheet's rule set and set number match the evaluation's, criterion sheets
 * name their set, a knock-out names its criterion. `EvaluationSchema`'s refinement and
 * {@link checkEvaluation} both apply these, so they are written once, here, without zod. They run
 * on the parts that parsed (`ok`): a rule that reads a part that did not is skipped, so a bad
 * `disqualified` does not hide a sheet of another rule set.
 */
export function evaluationRuleIssues(evaluation: EvaluationFields, ok: Readable = ALL_READABLE): IssueDraft[] {
  const issues: IssueDraft[] =
    ok(['level']) && ok(['evaluatedOn'])
      ? [...districtLevelIssues(evaluation.level, evaluation.evaluatedOn, ['level'])]
      : [];
  // a copy: the caller's array may carry its own `constructor` (validate accepts it, as zod does);
  // only the sheets that parsed, with their indexes
  // (rateProduct's hot path: a valid evaluation reads every part, so no path is built per sheet)
  const all = ok === ALL_READABLE;
  const sheets = Array.isArray(evaluation.sheets)
    ? Array.from(evaluation.sheets).flatMap((sheet, index) => (all || ok(['sheets', index]) ? [{ sheet, index }] : []))
    : [];
  const withPoints = sheets.filter(({ sheet }) => 'points' in sheet).length;
  if (withPoints > 0 && withPoints < sheets.length) issues.push({ code: 'mixed_sheets', path: ['sheets'], params: {} });
  const ruleSet = ok(['ruleSet']) ? evaluation.ruleSet : undefined;
  const criteriaSet = ok(['criteriaSet']) ? evaluation.criteriaSet : undefined;
  for (const { sheet, index } of sheets) {
    if (!('points' in sheet)) continue;
    if (sheet.ruleSet !== undefined && ruleSet !== undefined && sheet.ruleSet !== ruleSet) {
      issues.push({
        code: 'rule_set_mismatch',
        path: ['sheets', index, 'ruleSet'],
        params: { value: sheet.ruleSet, expected: ruleSet },
      });
    }
    if (sheet.criteriaSet !== undefined && criteriaSet !== undefined && sheet.criteriaSet !== criteriaSet) {
      issues.push({
        code: 'invalid_enum',
        path: ['sheets', index, 'criteriaSet'],
        params: { options: [criteriaSet], value: sheet.criteriaSet },
      });
    }
  }
  if (withPoints > 0 && evaluation.criteriaSet === undefined)
    issues.push({ code: 'criteria_set_required', path: ['criteriaSet'], params: {} });
  const disqualified = ok(['disqualified']) ? evaluation.disqualified : undefined;
  if (disqualified?.reason === 'knock-out' && disqualified.criterion === undefined) {
    issues.push({ code: 'required', path: ['disqualified', 'criterion'], params: {} });
  }
  return issues;
}

/** Options of {@link checkEvaluation}. */
export interface CheckOptions {
  /**
   * Return each valid sheet's `points` object as given instead of a copy. Only for a caller that
   * reads the points and keeps nothing (the rating engine); saves copying every sheet.
   */
  readonly sharePoints?: boolean;
}

/**
 * Checks an evaluation without zod: the value `validate('evaluation', input)` would give (totals
 * as numbers, a note in NFC and trimmed, fresh objects: the input is never mutated or returned),
 * or its issues with messages in `locale`. With `sharePoints`, sheets' points objects are the
 * input's own.
 */
export function checkEvaluation(
  input: unknown,
  locale: Locale,
  options: CheckOptions = {},
): ValidationResult<Evaluation> {
  const out: Drafts = [];
  const result = checkFields(input, out, options);
  if (result) return { ok: true, value: result };
  // A forbidden key anywhere is the only thing reported, as `validate` does. Every key of a valid
  // evaluation has been matched against its object's known keys or the criterion-code format,
  // which `__proto__`, `constructor` and `prototype` fail, so a valid one needs no scan.
  const forbidden = forbiddenKeyIssues(input, locale);
  return { ok: false, issues: forbidden.length > 0 ? forbidden : messages(out, locale) };
}

/** The evaluation when every check passes; otherwise undefined, with the issues in `out`. */
function checkFields(input: unknown, out: Drafts, options: CheckOptions): Evaluation | undefined {
  if (!isRecord(input)) {
    out.push({ code: 'invalid_type', path: [], params: { expected: 'object', received: jsonKind(input) } });
    return undefined;
  }
  const ruleSet = input['ruleSet'];
  checkEnum(ruleSet, RULE_SET_IDS, ['ruleSet'], out);
  const criteriaSet = input['criteriaSet'];
  if (criteriaSet !== undefined) checkNumber(criteriaSet, ['criteriaSet'], CRITERIA_SET, out);
  const level = input['level'];
  if (level !== undefined) checkEnum(level, LEVELS, ['level'], out);
  const product = input['product'];
  if (product !== undefined) checkFormat(product, ID, ['product'], out);
  const evaluatedOn = input['evaluatedOn'];
  if (evaluatedOn !== undefined) {
    if (typeof evaluatedOn !== 'string') wrongType(evaluatedOn, 'string', ['evaluatedOn'], out);
    else if (!isIsoDate(evaluatedOn))
      out.push({ code: 'invalid_date', path: ['evaluatedOn'], params: { value: evaluatedOn } });
  }
  // each sheet as the cross-field rules read it (see checkSheet)
  const views: unknown[] = [];
  // sheets matching neither kind: the rules do not read them
  const stops: Path[] = [];
  const sheets = checkSheets(input['sheets'], { out, options, views, stops });
  const disqualified = input['disqualified'] === undefined ? undefined : checkDisqualified(input['disqualified'], out);
  unknownKeys(input, EVALUATION_KEYS, [], out);
  // The refinement reads the values as given, in the parts where no blocking issue was found.
  const ok =
    out.length === 0 && stops.length === 0
      ? ALL_READABLE
      : readableApart([...out.filter(stopsRules).map((d) => d.path), ...stops]);
  const fields = {
    ...input,
    sheets: Array.isArray(input['sheets']) ? views : input['sheets'],
  } as unknown as EvaluationFields;
  for (const draft of evaluationRuleIssues(fields, ok)) out.push({ ...draft, params: { ...draft.params } });
  if (out.length > 0 || sheets === undefined) return undefined;
  return {
    ruleSet,
    ...('criteriaSet' in input ? { criteriaSet } : {}),
    ...('level' in input ? { level } : {}),
    ...('product' in input ? { product } : {}),
    ...('evaluatedOn' in input ? { evaluatedOn: evaluatedOn as IsoDate | undefined } : {}),
    sheets,
    ...('disqualified' in input ? { disqualified } : {}),
  } as Evaluation;
}

function messages(drafts: Drafts, locale: Locale): Issue[] {
  return drafts.map((draft) => makeIssue(draft.code, draft.path, draft.params, locale));
}
