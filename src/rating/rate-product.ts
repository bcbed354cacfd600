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
import { getRuleSet, resolveRuleSetAt } from '../rules/registry.js';
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

function criteriaLines(
  compiled: CompiledSet,
  values: ReadonlyArray<readonly number[]>,
  minima: ReturnType<typeof councilMinima>,
  band: Stars,
): ExplanationLine[] {
  const { set } = compiled;
  return set.criteria.map((criterion, at) => {
    const marked = compiled.minimaAt[at] as CompiledSet['minimaAt'][number];
    const marks =
      marked.length === 0 || minima.length === 0
        ? undefined
        : marked.map(({ index }) => {
            const m = minima[index] as (typeof minima)[number];
            const mark = { stars: m.stars, required: m.points, met: m.met, applies: m.stars <= band };
            // a mark a province's override set cites the override (national marks cite the line's reference)
            if (m.reference === compiled.references[at]) return mark;
            return m.replaces === undefined
              ? { ...mark, reference: m.reference }
              : { ...mark, reference: m.reference, replaces: m.replaces };
          });
    const value = roundedColumnMean(values, at, 2);
    return explain.criterion(
      criterion.code,
      compiled.titles[at] as CompiledSet['titles'][number],
      value,
      criterion.max,
      marks,
      band,
      compiled.references[at] as string,
      compiled.markLabels[at],
    );
  });
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

function forwarding(
  ruleSet: RuleSet,
  level: Level | undefined,
  average: number,
  disqualified: boolean,
): { to: Level | null; line?: ExplanationLine } {
  if (level === undefined) return { to: null };
  const threshold = ruleSet.forwarding.value[level];
  if (threshold === undefined) return { to: null };
  const levels = ruleSet.levels.value;
  const next = levels[levels.indexOf(level) + 1] ?? null;
  const to = !disqualified && average >= threshold ? next : null;
  return { to, line: explain.forwarding(level, threshold, average, to, ruleSet.forwarding.reference) };
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

/** The module and export name of a shipped criteria set, for messages. */
function shippedName(ruleSet: RuleSet, setNo: number): { module: string; name: string } | undefined {
  if (ruleSet.id !== 'qd26-2026' || ruleSet.criteriaSets < setNo || setNo < 1) return undefined;
  const nn = String(setNo).padStart(2, '0');
  return { module: `ocop/rules/qd26-2026/${nn}`, name: `QD26_SET_${nn}` };
}

/**
 * The criteria set to score on, prepared (and so checked): the rule set's own (adapted rule sets
 * carry theirs), else the one passed in `options.criteria`, which must be the evaluation's set of
 * the same rule set.
 */
function criteriaFor(
  ruleSet: RuleSet,
  setNo: number,
  given: CriteriaSet | undefined,
  issues: Issue[],
  locale: Locale,
): CompiledSet | undefined {
  // compiling checks the set first (a frozen one once)
  const prepared = given === undefined ? undefined : compileSet(given, ['options', 'criteria'], locale);
  const carried = ruleSet.criteria;
  if (carried && carried.length > 0) {
    const at = carried.findIndex((s) => s.setNo === setNo);
    const found = carried[at];
    if (!found) {
      issues.push(
        makeIssue('unknown_criteria_set', ['criteriaSet'], { ruleSet: ruleSet.id, setNo, count: carried.length }),
      );
      return undefined;
    }
    if (given !== undefined && given !== found)
      issues.push(
        makeIssue('criteria_set_mismatch', ['criteriaSet'], {
          value: `${given.ruleSet} ${given.setNo}`,
          expected: `${ruleSet.id} ${setNo}`,
          carried: true,
        }),
      );
    return compileSet(found, ['options', 'ruleSet', 'criteria', at], locale);
  }
  if (ruleSet.criteriaSets === 0) {
    issues.push(makeIssue('criteria_not_available', ['sheets'], { ruleSet: ruleSet.id }));
    return undefined;
  }
  if (setNo > ruleSet.criteriaSets) {
    issues.push(
      makeIssue('unknown_criteria_set', ['criteriaSet'], { ruleSet: ruleSet.id, setNo, count: ruleSet.criteriaSets }),
    );
    return undefined;
  }
  if (given === undefined) {
    issues.push(
      makeIssue('criteria_not_loaded', ['criteriaSet'], { ruleSet: ruleSet.id, setNo, ...shippedName(ruleSet, setNo) }),
    );
    return undefined;
  }
  if (given.ruleSet !== ruleSet.id || given.setNo !== setNo) {
    issues.push(
      makeIssue('criteria_set_mismatch', ['criteriaSet'], {
        value: `${given.ruleSet} ${given.setNo}`,
        expected: `${ruleSet.id} ${setNo}`,
        carried: false,
      }),
    );
    return undefined;
  }
  return prepared;
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
  // the points are only read here, so the check need not copy them
  const checked = checkEvaluation(evaluation, locale, { sharePoints: true });
  if (!checked.ok) throw validationError(checked.issues, locale);
  const input = checked.value;
  const ruleSet =
    options.ruleSet !== undefined
      ? resolveRuleSetAt(options.ruleSet, ['options', 'ruleSet'], locale)
      : getRuleSet(input.ruleSet);
  const issues: Issue[] = [];
  if (ruleSet.id !== input.ruleSet)
    issues.push(makeIssue('rule_set_mismatch', ['ruleSet'], { value: input.ruleSet, expected: ruleSet.id }));
  issues.push(...ruleSetInForceIssues(ruleSet, input.evaluatedOn, ['evaluatedOn']));

  if (input.level !== undefined && !ruleSet.levels.value.includes(input.level)) {
    issues.push(
      makeIssue('level_not_in_rule_set', ['level'], {
        ruleSet: ruleSet.id,
        level: input.level,
        levels: ruleSet.levels.value,
      }),
    );
  }

  const pointSheets = input.sheets.flatMap((sheet) => ('points' in sheet ? [sheet.points] : []));
  let compiled: CompiledSet | undefined;
  // each points sheet's points in the set's criteria order
  const values: number[][] = [];
  if (pointSheets.length > 0 && input.criteriaSet !== undefined) {
    const prepared = criteriaFor(ruleSet, input.criteriaSet, options.criteria, issues, locale);
    if (prepared) {
      compiled = prepared;
      input.sheets.forEach((sheet, index) => {
        if (!('points' in sheet)) return;
        const row = sheetPoints(prepared, sheet.points, ['sheets', index, 'points'], issues);
        if (row) values.push(row);
      });
    }
  }
  const set = compiled?.set;

  const knockOut = input.disqualified?.reason === 'knock-out' ? input.disqualified.criterion : undefined;
  if (knockOut !== undefined && set) {
    const criterion = set.criteria.find((c) => c.code === knockOut);
    if (!criterion?.notes?.some((n) => n.kind === 'knock-out')) {
      issues.push(
        makeIssue('not_a_knock_out', ['disqualified', 'criterion'], { criterion: knockOut, setNo: set.setNo }),
      );
    }
  }
  if (issues.length > 0) throw validationError(issues, locale);

  const totals = input.sheets.map((sheet, index) => ('total' in sheet ? sheet.total : sum(values[index] as number[])));
  const average = councilAverage(totals, ruleSet);
  const band = bandOf(average, ruleSet);
  const minimaChecked = compiled !== undefined && ruleSet.minima.value.exist;
  const minima = compiled && minimaChecked ? councilMinima(compiled, values, ruleSet.minima.value.council) : [];
  const unmet: UnmetMinimum[] = minima
    .filter((m) => !m.met && m.stars <= band.stars)
    .map((m) => ({
      criterion: m.criterion,
      title: m.title,
      stars: m.stars,
      points: m.points,
      label: m.label,
      sheetsMeeting: m.sheetsMeeting,
      sheets: pointSheets.length,
      reference: m.reference,
      ...(m.replaces === undefined ? {} : { replaces: m.replaces }),
    }));
  const policy = ruleSet.minima.value.policy;
  const stars = cappedStars(band.stars, unmet);
  const disqualified = input.disqualified !== undefined;
  const recognised = !disqualified && stars >= 3 && (policy === 'cap' || unmet.length === 0);
  const authority = recognised ? ruleSet.recognition.value[stars as 3 | 4 | 5] : null;
  const forward = forwarding(ruleSet, input.level, average, disqualified);

  const context: ExplanationContext = {
    ruleSet,
    compiled,
    values,
    minima,
    average,
    totals,
    band,
    unmet,
    stars,
    policy,
    disqualification: input.disqualified,
    knockOut,
    recognised,
    authority,
    forwardLine: forward.line,
  };
  return {
    ruleSet: ruleSet.id,
    ...(input.criteriaSet === undefined ? {} : { criteriaSet: input.criteriaSet }),
    totals,
    average,
    band: band.stars,
    stars,
    recognised,
    authority,
    forwardTo: forward.to,
    unmetMinima: unmet,
    minimaChecked,
    disqualified,
    explanation: explainRating(context),
  };
}

/** What the explanation of a rating is written from. */
interface ExplanationContext {
  readonly ruleSet: RuleSet;
  readonly compiled: CompiledSet | undefined;
  readonly values: ReadonlyArray<readonly number[]>;
  readonly minima: ReturnType<typeof councilMinima>;
  readonly average: number;
  readonly totals: readonly number[];
  readonly band: StarBand;
  readonly unmet: readonly UnmetMinimum[];
  readonly stars: Stars;
  readonly policy: 'cap' | 'reject';
  readonly disqualification: Evaluation['disqualified'];
  readonly knockOut: string | undefined;
  readonly recognised: boolean;
  readonly authority: Level | null;
  readonly forwardLine: ExplanationLine | undefined;
}

/** The explanation lines of a rating, in the order {@link ExplanationLine} lists. */
function explainRating(c: ExplanationContext): ExplanationLine[] {
  const { ruleSet, compiled } = c;
  const set = compiled?.set;
  const explanation: ExplanationLine[] = [];
  if (compiled) {
    explanation.push(...criteriaLines(compiled, c.values, c.minima, c.band.stars));
    const rows = partRows(compiled, c.values);
    compiled.set.parts.forEach((part, index) =>
      explanation.push(
        explain.part(
          part.part,
          part.title,
          part.titleEn,
          roundedColumnMean(rows, index, 2),
          part.max,
          compiled.set.reference,
        ),
      ),
    );
  }
  explanation.push(explain.average(c.average, c.totals, ruleSet.averaging.reference));
  explanation.push(explain.band(c.band.stars, c.band.from, c.band.below, ruleSet.bands.reference));
  for (const m of c.unmet)
    explanation.push(
      explain.minimum(m.criterion, m.title, m.stars, m.points, m.sheetsMeeting, m.sheets, m.reference, m.replaces),
    );
  explanation.push(explain.stars(c.stars, c.band.stars, c.policy, ruleSet.minima.reference));
  const disqualification = c.disqualification;
  if (disqualification) {
    const reason = disqualification.reason;
    const knockOut = c.knockOut;
    const text =
      disqualification.note ??
      (reason === 'dossier'
        ? (set?.disqualifiers[0] ?? '')
        : (set?.criteria.find((x) => x.code === knockOut)?.notes?.find((n) => n.kind === 'knock-out')?.text ?? ''));
    const added = reason === 'dossier' ? set?.adaptations?.disqualifiers.find((d) => d.text === text) : undefined;
    explanation.push(explain.disqualified(reason, text, added?.reference ?? set?.reference ?? ruleSet.title, knockOut));
  }
  explanation.push(explain.recognition(c.recognised, c.stars, c.authority, ruleSet.recognition.reference));
  if (c.forwardLine) explanation.push(c.forwardLine);
  if (!set && ruleSet.minima.value.exist) {
    explanation.push(
      explain.note(
        'Chưa kiểm tra yêu cầu tối thiểu theo hạng sao: phiếu chỉ có tổng điểm',
        'Star minima not checked: the sheets carry totals only',
        ruleSet.minima.reference,
      ),
    );
  }
  return explanation;
}
