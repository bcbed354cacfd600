/**
 * `rateProduct`: a council's evaluation → the star, whether it is recognised and by whom,
 * where it goes next, and why.
 */
import { localeOf, optionsObject } from '../core/guards.js';
import type { Issue, Locale, LocaleOptions } from '../core/issues.js';
import { makeIssue, validationError } from '../core/messages.js';
import type { Evaluation, EvaluationInput } from '../model/evaluation.js';
import type { Level } from '../model/level.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import { checkEvaluation } from '../model/evaluation-check.js';
import type { CriteriaSet } from '../rules/criteria-set.js';
import { ruleSetInForceIssues } from '../rules/in-force.js';
import { criteriaSourceOf, getRuleSet, resolveRuleSetAt } from '../rules/registry.js';
import type { RuleSet, StarBand, Stars } from '../rules/rule-set.js';
import { compileSet, type CompiledSet } from './compiled-set.js';
import { councilAverage, roundedColumnMean } from './council-average.js';
import { explain, type ExplanationLine } from './explanation.js';
import { councilMinima, type UnmetMinimum } from './minima.js';
import { sheetPoints } from './score-sheet.js';
import { bandOf } from './star-band.js';

/**
 * The result of {@link rateProduct}.
 *
 * - `average`: mean of members' totals, two decimals half-up; `band`: its star band;
 * - `stars`: the star after minima (policy `cap`: the highest star ≤ band whose minima, cumulative,
 *   are all met); `unmetMinima` lists every unmet minimum up to the band;
 * - `recognised`: stars ≥ 3, not disqualified, and (policy `reject`) no unmet minimum;
 *   `authority`: who recognises that star under the rule set;
 * - `forwardTo`: the next level when the average reaches the forwarding threshold at `level`;
 * - `minimaChecked`: false when the sheets are totals only (minima cannot be checked).
 *
 * @example
 * ```ts
 * import { rateProduct, type Rating } from 'ocop';
 * const rating: Rating = rateProduct({ ruleSet: 'qd1048-781-2020', level: 'district', sheets: [{ total: '81.2' }] });
 * rating.stars; // 4
 * ```
 */
export interface Rating {
  readonly ruleSet: RuleSetId;
  readonly criteriaSet?: number;
  /** Members' totals, in sheet order. */
  readonly totals: readonly number[];
  readonly average: number;
  readonly band: Stars;
  readonly stars: Stars;
  readonly recognised: boolean;
  readonly authority: Level | null;
  readonly forwardTo: Level | null;
  readonly unmetMinima: readonly UnmetMinimum[];
  readonly minimaChecked: boolean;
  readonly disqualified: boolean;
  /** Why: one line per criterion and part, the average, the band, each unmet minimum, the star, recognition and forwarding. */
  readonly explanation: readonly ExplanationLine[];
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** The star a council's minima allow: the highest star ≤ band whose minima (cumulative) are met. */
function cappedStars(band: Stars, unmet: readonly UnmetMinimum[]): Stars {
  const lowestUnmet = Math.min(...unmet.map((m) => m.stars));
  return (lowestUnmet <= band ? lowestUnmet - 1 : band) as Stars;
}

/** Each star minimum of the set with the council's count of sheets meeting it (see `councilMinima`). */
type CouncilMinima = ReturnType<typeof councilMinima>;

/** The marks of the criterion at `at`, met or not, for its explanation line (none when minima are not checked). */
function criterionMarks(
  compiled: CompiledSet,
  at: number,
  minima: CouncilMinima,
  band: Stars,
): ExplanationLine['marks'] {
  const marked = compiled.minimaAt[at] as CompiledSet['minimaAt'][number];
  if (marked.length === 0 || minima.length === 0) return undefined;
  return marked.map(({ index }) => {
    const m = minima[index] as CouncilMinima[number];
    const mark = { stars: m.stars, required: m.points, met: m.met, applies: m.stars <= band };
    // a mark a province's override set cites the override (national marks cite the line's reference)
    if (m.reference === compiled.references[at]) return mark;
    return m.replaces === undefined
      ? { ...mark, reference: m.reference }
      : { ...mark, reference: m.reference, replaces: m.replaces };
  });
}

function criteriaLines(scored: Scored, minima: CouncilMinima, band: Stars): ExplanationLine[] {
  const compiled = scored.compiled as CompiledSet;
  return compiled.set.criteria.map((criterion, at) =>
    explain.criterion({
      code: criterion.code,
      titles: compiled.titles[at] as CompiledSet['titles'][number],
      value: roundedColumnMean(scored.values, at, 2),
      max: criterion.max,
      marks: criterionMarks(compiled, at, minima, band),
      band,
      reference: compiled.references[at] as string,
      labels: compiled.markLabels[at],
    }),
  );
}

/** Each sheet's subtotal of every part, by part, as rows (one per sheet) for averaging. */
function partRows(compiled: CompiledSet, values: ReadonlyArray<readonly number[]>): number[][] {
  const { partIndex } = compiled;
  const count = compiled.set.parts.length;
  return values.map((row) => {
    const sums = new Array<number>(count).fill(0);
    for (let at = 0; at < row.length; at++) {
      const part = partIndex[at] as number;
      sums[part] = (sums[part] as number) + (row[at] as number);
    }
    return sums;
  });
}

function partLines(compiled: CompiledSet, values: ReadonlyArray<readonly number[]>): ExplanationLine[] {
  const rows = partRows(compiled, values);
  return compiled.set.parts.map((part, index) =>
    explain.part({
      part: part.part,
      title: part.title,
      titleEn: part.titleEn,
      value: roundedColumnMean(rows, index, 2),
      max: part.max,
      reference: compiled.set.reference,
    }),
  );
}

/** Where the product goes next: the forwarding threshold at its level (if the rule set has one) and the next level, if reached. */
interface Forwarding {
  readonly threshold?: number;
  readonly to: Level | null;
}

function forwarding(ruleSet: RuleSet, level: Level | undefined, average: number, disqualified: boolean): Forwarding {
  if (level === undefined) return { to: null };
  const threshold = ruleSet.forwarding.value[level];
  if (threshold === undefined) return { to: null };
  const levels = ruleSet.levels.value;
  const next = levels[levels.indexOf(level) + 1] ?? null;
  return { threshold, to: !disqualified && average >= threshold ? next : null };
}

/**
 * Options of {@link rateProduct}.
 *
 * @example
 * ```ts
 * import { getRuleSet, type RateOptions } from 'ocop';
 * const base = getRuleSet('qd26-2026');
 * const options: RateOptions = { ruleSet: { ...base, minima: { ...base.minima, value: { ...base.minima.value, policy: 'reject' } } } };
 * ```
 */
export interface RateOptions extends LocaleOptions {
  /**
   * The rule set to apply instead of the one named by `evaluation.ruleSet` (e.g. a province's
   * adaptation of it); its `id` must equal `evaluation.ruleSet`.
   */
  readonly ruleSet?: RuleSet;
  /**
   * The criteria set the sheets are scored on, when they carry points: import it
   * (`import { QD26_SET_06 } from 'ocop/rules/qd26-2026/06'`, or every set from `ocop/criteria`)
   * or load it (`await loadCriteriaSet('qd26-2026', 6)`). Not needed when the rule set carries
   * its own criteria (an adapted rule set) or the sheets are totals only.
   */
  readonly criteria?: CriteriaSet;
}

/**
 * The module and export name of a shipped criteria set, for messages: set NN of the rule set
 * whose sets it scores on is the entry `ocop/rules/<id>/NN`, export `<PREFIX>_SET_NN`, the
 * prefix being the id's first word (`qd148-2023` → `QD148_SET_06`).
 */
function shippedName(ruleSet: RuleSet, setNo: number): { module: string; name: string } | undefined {
  const source = criteriaSourceOf(ruleSet);
  if (source === undefined || ruleSet.criteriaSets < setNo || setNo < 1) return undefined;
  const nn = String(setNo).padStart(2, '0');
  return { module: `ocop/rules/${source}/${nn}`, name: `${source.split('-')[0]?.toUpperCase()}_SET_${nn}` };
}

/** What {@link criteriaFor} looks for: the evaluation's set of a rule set, and the set passed in `options.criteria`. */
interface CriteriaRequest {
  readonly ruleSet: RuleSet;
  readonly setNo: number;
  readonly given: CriteriaSet | undefined;
  readonly locale: Locale;
}

/** The criteria set found and prepared, or the issues saying why there is none (or why the one passed is not it). */
interface CriteriaFound {
  readonly compiled?: CompiledSet | undefined;
  readonly issues: readonly Issue[];
}

/** `value` and `expected` of a `criteria_set_mismatch` issue. */
function mismatch(given: CriteriaSet, { ruleSet, setNo }: CriteriaRequest, carried: boolean): Issue {
  const expected = `${ruleSet.id} ${setNo}`;
  return makeIssue('criteria_set_mismatch', ['criteriaSet'], {
    value: `${given.ruleSet} ${given.setNo}`,
    expected,
    carried,
  });
}

/** The set an adapted rule set carries; the one passed, if any, must be that very set. */
function carriedCriteria(request: CriteriaRequest, carried: readonly CriteriaSet[]): CriteriaFound {
  const { ruleSet, setNo, given, locale } = request;
  const at = carried.findIndex((s) => s.setNo === setNo);
  const found = carried[at];
  if (!found) {
    const params = { ruleSet: ruleSet.id, setNo, count: carried.length };
    return { issues: [makeIssue('unknown_criteria_set', ['criteriaSet'], params)] };
  }
  const issues = given !== undefined && given !== found ? [mismatch(given, request, true)] : [];
  return { compiled: compileSet(found, ['options', 'ruleSet', 'criteria', at], locale), issues };
}

/** The set passed in `options.criteria`, which must be the evaluation's set of a rule set that has criteria sets. */
function givenCriteria(request: CriteriaRequest, prepared: CompiledSet | undefined): CriteriaFound {
  const { ruleSet, setNo, given } = request;
  if (ruleSet.criteriaSets === 0)
    return { issues: [makeIssue('criteria_not_available', ['sheets'], { ruleSet: ruleSet.id })] };
  if (setNo > ruleSet.criteriaSets) {
    const params = { ruleSet: ruleSet.id, setNo, count: ruleSet.criteriaSets };
    return { issues: [makeIssue('unknown_criteria_set', ['criteriaSet'], params)] };
  }
  if (given === undefined) {
    const params = { ruleSet: ruleSet.id, setNo, ...shippedName(ruleSet, setNo) };
    return { issues: [makeIssue('criteria_not_loaded', ['criteriaSet'], params)] };
  }
  const expected = criteriaSourceOf(ruleSet) ?? ruleSet.id;
  if (given.ruleSet !== expected || given.setNo !== setNo) return { issues: [mismatch(given, request, false)] };
  return { compiled: prepared, issues: [] };
}

/**
 * The criteria set to score on, prepared (and so checked): the rule set's own (adapted rule sets
 * carry theirs), else the one passed in `options.criteria`, which must be the evaluation's set of
 * the same rule set.
 */
function criteriaFor(request: CriteriaRequest): CriteriaFound {
  const { given, ruleSet, locale } = request;
  // compiling checks the set first (a frozen one once)
  const prepared = given === undefined ? undefined : compileSet(given, ['options', 'criteria'], locale);
  const carried = ruleSet.criteria;
  if (carried && carried.length > 0) return carriedCriteria(request, carried);
  return givenCriteria(request, prepared);
}

/** The evaluation, checked; the points are only read here, so the check need not copy them. */
function checkedInput(evaluation: EvaluationInput, locale: Locale): Evaluation {
  const checked = checkEvaluation(evaluation, locale, { sharePoints: true });
  if (!checked.ok) throw validationError(checked.issues, locale);
  return checked.value;
}

/** `options.ruleSet` (resolved and checked) when given, else the evaluation's rule set. */
function ruleSetFor(input: Evaluation, given: RuleSet | undefined, locale: Locale): RuleSet {
  if (given === undefined) return getRuleSet(input.ruleSet);
  return resolveRuleSetAt(given, ['options', 'ruleSet'], locale);
}

/** The evaluation against its rule set: another rule set's id, a date it is not in force on, a level it does not have. */
function ruleSetIssues(input: Evaluation, ruleSet: RuleSet): Issue[] {
  const issues: Issue[] = [];
  if (ruleSet.id !== input.ruleSet)
    issues.push(makeIssue('rule_set_mismatch', ['ruleSet'], { value: input.ruleSet, expected: ruleSet.id }));
  issues.push(...ruleSetInForceIssues(ruleSet, input.evaluatedOn, ['evaluatedOn']));
  if (input.level !== undefined && !ruleSet.levels.value.includes(input.level)) {
    const params = { ruleSet: ruleSet.id, level: input.level, levels: ruleSet.levels.value };
    issues.push(makeIssue('level_not_in_rule_set', ['level'], params));
  }
  return issues;
}

/** Each points sheet's points in the set's criteria order (a sheet with a problem adds issues instead). */
function pointRows(compiled: CompiledSet, sheets: Evaluation['sheets'], issues: Issue[]): number[][] {
  const values: number[][] = [];
  sheets.forEach((sheet, index) => {
    if (!('points' in sheet)) return;
    const row = sheetPoints(compiled, sheet.points, ['sheets', index, 'points'], issues);
    if (row) values.push(row);
  });
  return values;
}

/** A knock-out recorded on a criterion that has none. */
function knockOutIssues(disqualified: Evaluation['disqualified'], set: CriteriaSet): Issue[] {
  if (disqualified?.reason !== 'knock-out' || disqualified.criterion === undefined) return [];
  const knockOut = disqualified.criterion;
  const criterion = set.criteria.find((c) => c.code === knockOut);
  if (criterion?.notes?.some((n) => n.kind === 'knock-out')) return [];
  return [makeIssue('not_a_knock_out', ['disqualified', 'criterion'], { criterion: knockOut, setNo: set.setNo })];
}

/** The sheets as scored: the criteria set they were scored on, and each points sheet's points in its order. */
interface Scored {
  readonly compiled: CompiledSet | undefined;
  readonly values: ReadonlyArray<readonly number[]>;
  /** How many sheets carry points. */
  readonly pointSheets: number;
}

/** What {@link scoreSheets} reads. */
interface ScoreRequest {
  readonly input: Evaluation;
  readonly ruleSet: RuleSet;
  readonly criteria: CriteriaSet | undefined;
  readonly locale: Locale;
}

/**
 * Scores the points sheets on their criteria set; throws `OcopValidationError` with every problem
 * of the evaluation against its rule set, its criteria set and its sheets.
 */
function scoreSheets({ input, ruleSet, criteria, locale }: ScoreRequest): Scored {
  const issues = ruleSetIssues(input, ruleSet);
  const pointSheets = input.sheets.filter((sheet) => 'points' in sheet).length;
  let compiled: CompiledSet | undefined;
  let values: number[][] = [];
  if (pointSheets > 0 && input.criteriaSet !== undefined) {
    const found = criteriaFor({ ruleSet, setNo: input.criteriaSet, given: criteria, locale });
    issues.push(...found.issues);
    compiled = found.compiled;
    if (compiled) values = pointRows(compiled, input.sheets, issues);
  }
  if (compiled) issues.push(...knockOutIssues(input.disqualified, compiled.set));
  if (issues.length > 0) throw validationError(issues, locale);
  return { compiled, values, pointSheets };
}

/** The council's decision: totals, average, band, minima, the star, recognition and forwarding. */
interface Verdict {
  readonly totals: readonly number[];
  readonly average: number;
  readonly band: StarBand;
  readonly minimaChecked: boolean;
  readonly minima: CouncilMinima;
  readonly unmet: readonly UnmetMinimum[];
  readonly stars: Stars;
  readonly recognised: boolean;
  readonly authority: Level | null;
  readonly forwarding: Forwarding;
}

/** The minima checked (when the sheets carry points and the rule set has minima), and the unmet ones up to the band. */
function minimaOf(ruleSet: RuleSet, scored: Scored, band: Stars): Pick<Verdict, 'minimaChecked' | 'minima' | 'unmet'> {
  const { compiled } = scored;
  // a set without a single star mark (1048's, which 781's minima were never added to) cannot be checked
  const minimaChecked = compiled !== undefined && ruleSet.minima.value.exist && compiled.minimaList.length > 0;
  const minima = compiled && minimaChecked ? councilMinima(compiled, scored.values, ruleSet.minima.value.council) : [];
  const unmet: UnmetMinimum[] = minima
    .filter((m) => !m.met && m.stars <= band)
    .map((m) => ({
      criterion: m.criterion,
      title: m.title,
      stars: m.stars,
      points: m.points,
      label: m.label,
      sheetsMeeting: m.sheetsMeeting,
      sheets: scored.pointSheets,
      reference: m.reference,
      ...(m.replaces === undefined ? {} : { replaces: m.replaces }),
    }));
  return { minimaChecked, minima, unmet };
}

function decide(input: Evaluation, ruleSet: RuleSet, scored: Scored): Verdict {
  const values = scored.values;
  const totals = input.sheets.map((sheet, index) => ('total' in sheet ? sheet.total : sum(values[index] as number[])));
  const average = councilAverage(totals, ruleSet);
  const band = bandOf(average, ruleSet);
  const minima = minimaOf(ruleSet, scored, band.stars);
  const stars = cappedStars(band.stars, minima.unmet);
  const disqualified = input.disqualified !== undefined;
  const policy = ruleSet.minima.value.policy;
  const recognised = !disqualified && stars >= 3 && (policy === 'cap' || minima.unmet.length === 0);
  const authority = recognised ? ruleSet.recognition.value[stars as 3 | 4 | 5] : null;
  const forward = forwarding(ruleSet, input.level, average, disqualified);
  return { totals, average, band, ...minima, stars, recognised, authority, forwarding: forward };
}

/**
 * Rates a product the way an OCOP council does, under the evaluation's rule set: scores each
 * member's sheet (or takes its total), averages the totals (two decimals, half-up), bands the
 * average, applies the star minima (majority of sheets, cumulative, policy `cap` or `reject`),
 * and says who recognises the star and where the product goes next. Sheets with
 * points are scored on `options.criteria` (or the adapted rule set's own criteria); totals-only
 * sheets need none. Throws `OcopValidationError` with every problem found (shape, criteria not
 * passed or not the evaluation's set, unknown or missing criteria, points that are not an option,
 * a level the rule set does not have, a knock-out on a criterion without one), and
 * `OcopRuleError` (`invalid_rule_data`) when `options.ruleSet` or `options.criteria` is not
 * well-formed rule data (see `resolveRuleSet`). The issues' messages and the error's are in
 * `options.locale`: Vietnamese by default, English with `{ locale: 'en' }`.
 *
 * @example
 * ```ts
 * import { rateProduct } from 'ocop';
 * // Bánh cáy Thiên Đức, Đông Hưng district council, December 2020: 81.2 points.
 * const rating = rateProduct({ ruleSet: 'qd1048-781-2020', level: 'district', sheets: [{ total: 81.2 }] });
 * rating.stars; // 4
 * rating.authority; // 'province': under 1048 the province recognises 3★ and 4★
 * rating.forwardTo; // 'province': the district forwards products scoring 50–100
 * ```
 *
 * @example
 * ```ts
 * import { rateProduct } from 'ocop';
 * import { QD26_SET_06 } from 'ocop/rules/qd26-2026/06';
 * const points = Object.fromEntries(QD26_SET_06.criteria.map((c) => [c.code, c.max]));
 * rateProduct({ ruleSet: 'qd26-2026', criteriaSet: 6, sheets: [{ points }, { points }] }, { criteria: QD26_SET_06 }).stars; // 5
 * ```
 *
 * @example
 * ```ts
 * import { rateProduct } from 'ocop';
 * rateProduct({ ruleSet: 'qd148-2023', sheets: [] });
 * // throws OcopValidationError: 'Dữ liệu không hợp lệ: sheets: Hội đồng phải có ít nhất một phiếu đánh giá'
 * rateProduct({ ruleSet: 'qd148-2023', sheets: [] }, { locale: 'en' });
 * // throws OcopValidationError: 'Invalid input: sheets: A council evaluation needs at least one score sheet'
 * ```
 */
export function rateProduct(evaluation: EvaluationInput, options: RateOptions = {}): Rating {
  options = optionsObject(options);
  const locale = localeOf(options);
  const input = checkedInput(evaluation, locale);
  const ruleSet = ruleSetFor(input, options.ruleSet, locale);
  const scored = scoreSheets({ input, ruleSet, criteria: options.criteria, locale });
  const verdict = decide(input, ruleSet, scored);
  return {
    ruleSet: ruleSet.id,
    ...(input.criteriaSet === undefined ? {} : { criteriaSet: input.criteriaSet }),
    totals: verdict.totals,
    average: verdict.average,
    band: verdict.band.stars,
    stars: verdict.stars,
    recognised: verdict.recognised,
    authority: verdict.authority,
    forwardTo: verdict.forwarding.to,
    unmetMinima: verdict.unmet,
    minimaChecked: verdict.minimaChecked,
    disqualified: input.disqualified !== undefined,
    explanation: explainRating({ input, ruleSet, scored, verdict }),
  };
}

/** What the explanation of a rating is written from: the steps of {@link rateProduct}. */
interface Rated {
  readonly input: Evaluation;
  readonly ruleSet: RuleSet;
  readonly scored: Scored;
  readonly verdict: Verdict;
}

/** The text of a disqualification (the note, else the set's) and the reference that states it. */
function disqualifiedLine({ input, ruleSet, scored }: Rated): ExplanationLine | undefined {
  const disqualification = input.disqualified;
  if (!disqualification) return undefined;
  const set = scored.compiled?.set;
  const { reason, criterion } = disqualification;
  const knockOutText = () =>
    set?.criteria.find((c) => c.code === criterion)?.notes?.find((n) => n.kind === 'knock-out')?.text ?? '';
  const text = disqualification.note ?? (reason === 'dossier' ? (set?.disqualifiers[0] ?? '') : knockOutText());
  const added = reason === 'dossier' ? set?.adaptations?.disqualifiers.find((d) => d.text === text) : undefined;
  const reference = added?.reference ?? set?.reference ?? ruleSet.title;
  return explain.disqualified({ reason, text, reference, criterion: reason === 'knock-out' ? criterion : undefined });
}

/** The forwarding line, when the rule set forwards from the evaluation's level. */
function forwardingLine({ input, ruleSet, verdict }: Rated): ExplanationLine | undefined {
  const { threshold, to } = verdict.forwarding;
  if (threshold === undefined || input.level === undefined) return undefined;
  const reference = ruleSet.forwarding.reference;
  return explain.forwarding({ level: input.level, threshold, average: verdict.average, to, reference });
}

/** The explanation lines of a rating, in the order {@link ExplanationLine} lists. */
function explainRating(rated: Rated): ExplanationLine[] {
  const { ruleSet, scored, verdict } = rated;
  const { compiled } = scored;
  const band = verdict.band;
  const lines: ExplanationLine[] = [];
  if (compiled) lines.push(...criteriaLines(scored, verdict.minima, band.stars), ...partLines(compiled, scored.values));
  lines.push(explain.average(verdict.average, verdict.totals, ruleSet.averaging.reference));
  lines.push(explain.band(band, ruleSet.bands.reference));
  for (const m of verdict.unmet) lines.push(explain.minimum(m));
  const policy = ruleSet.minima.value.policy;
  lines.push(explain.stars({ stars: verdict.stars, band: band.stars, policy, reference: ruleSet.minima.reference }));
  const disqualified = disqualifiedLine(rated);
  if (disqualified) lines.push(disqualified);
  const { recognised, stars, authority } = verdict;
  lines.push(explain.recognition({ recognised, stars, authority, reference: ruleSet.recognition.reference }));
  const forwarded = forwardingLine(rated);
  if (forwarded) lines.push(forwarded);
  // the rule set has minima the sheets could not be checked against: totals only, or a set without marks
  if (ruleSet.minima.value.exist && !verdict.minimaChecked)
    lines.push(explain.minimaNotChecked(ruleSet.minima.reference, compiled !== undefined));
  return lines;
}
