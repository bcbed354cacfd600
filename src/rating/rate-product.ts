/**
 * `rateProduct`: a council's evaluation → the star, whether it is recognised and by whom,
 * where it goes next, and why.
 */
import { OcopValidationError } from '../core/errors.js';
import type { Issue } from '../core/issues.js';
import { makeIssue } from '../core/messages.js';
import type { EvaluationInput } from '../model/evaluation.js';
import type { Level } from '../model/level.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import { validate } from '../model/validate.js';
import { listCriteriaSets } from '../rules/criteria-registry.js';
import type { CriteriaSet } from '../rules/criteria-set.js';
import { getRuleSet } from '../rules/registry.js';
import type { RuleSet, Stars } from '../rules/rule-set.js';
import { councilAverage, roundedMean } from './council-average.js';
import { explain, type ExplanationLine } from './explanation.js';
import { councilMinima, type UnmetMinimum } from './minima.js';
import { scorePoints, type SheetScore } from './score-sheet.js';
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
  readonly explanation: readonly ExplanationLine[];
}



/** The star a council's minima allow: the highest star ≤ band whose minima (cumulative) are met. */
function cappedStars(band: Stars, unmet: readonly UnmetMinimum[]): Stars {
  const lowestUnmet = Math.min(...unmet.map((m) => m.stars));
  return (lowestUnmet <= band ? lowestUnmet - 1 : band) as Stars;
}

function criteriaLines(set: CriteriaSet, scores: readonly SheetScore[], minima: ReturnType<typeof councilMinima>): ExplanationLine[] {
  return set.criteria.map((criterion, index) => {
    const marks = minima.filter((m) => m.criterion === criterion.code).map((m) => ({ stars: m.stars, required: m.points, met: m.met }));
    // scores list criteria in the set's order
    const value = roundedMean(scores.map((s) => s.criteria[index]?.points ?? 0), 2);
    return explain.criterion(criterion.code, criterion.title, value, criterion.max, marks, `${set.reference}, tiêu chí ${criterion.code}`);
  });
}

function forwarding(ruleSet: RuleSet, level: Level | undefined, average: number, disqualified: boolean): { to: Level | null; line?: ExplanationLine } {
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
export interface RateOptions {
  /**
   * The rule set to apply instead of the one named by `evaluation.ruleSet` (e.g. a province's
   * adaptation of it); its `id` must equal `evaluation.ruleSet`.
   */
  readonly ruleSet?: RuleSet;
}

/**
 * Rates a product the way an OCOP council does, under the evaluation's rule set: scores each
 * member's sheet (or takes its total), averages the totals (two decimals, half-up), bands the
 * average, applies the star minima (majority of sheets, cumulative, policy `cap` or `reject`),
 * and says who recognises the star and where the product goes next. Throws
 * `OcopValidationError` with every problem found (shape, unknown or missing criteria, points that
 * are not an option, a level the rule set does not have, a knock-out on a criterion without one).
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
 */
export function rateProduct(evaluation: EvaluationInput, options: RateOptions = {}): Rating {
  const checked = validate('evaluation', evaluation, { locale: 'en' });
  if (!checked.ok) throw new OcopValidationError(checked.issues);
  const input = checked.value;
  const ruleSet = options.ruleSet ?? getRuleSet(input.ruleSet);
  const issues: Issue[] = [];
  if (ruleSet.id !== input.ruleSet) issues.push(makeIssue('rule_set_mismatch', ['ruleSet'], { value: input.ruleSet, expected: ruleSet.id }));

  if (input.level !== undefined && !ruleSet.levels.value.includes(input.level)) {
    issues.push(makeIssue('level_not_in_rule_set', ['level'], { ruleSet: ruleSet.id, level: input.level, levels: ruleSet.levels.value }));
  }

  const pointSheets = input.sheets.flatMap((sheet) => ('points' in sheet ? [sheet.points] : []));
  let set: CriteriaSet | undefined;
  const scores: SheetScore[] = [];
  if (pointSheets.length > 0 && input.criteriaSet !== undefined) {
    const sets = listCriteriaSets(ruleSet);
    const found = sets.find((s) => s.setNo === input.criteriaSet);
    if (sets.length === 0) {
      issues.push(makeIssue('criteria_not_available', ['sheets'], { ruleSet: ruleSet.id }));
    } else if (!found) {
      issues.push(makeIssue('unknown_criteria_set', ['criteriaSet'], { ruleSet: ruleSet.id, setNo: input.criteriaSet, count: sets.length }));
    } else {
      set = found;
      input.sheets.forEach((sheet, index) => {
        if (!('points' in sheet) || !set) return;
        const result = scorePoints(set, sheet.points, ['sheets', index, 'points']);
        if (result.score) scores.push(result.score);
        issues.push(...result.issues);
      });
    }
  }

  const knockOut = input.disqualified?.reason === 'knock-out' ? input.disqualified.criterion : undefined;
  if (knockOut !== undefined && set) {
    const criterion = set.criteria.find((c) => c.code === knockOut);
    if (!criterion?.notes?.some((n) => n.kind === 'knock-out')) {
      issues.push(makeIssue('not_a_knock_out', ['disqualified', 'criterion'], { criterion: knockOut, setNo: set.setNo }));
    }
  }
  if (issues.length > 0) throw new OcopValidationError(issues);

  const totals = input.sheets.map((sheet, index) => ('total' in sheet ? sheet.total : (scores[index] as SheetScore).total));
  const average = councilAverage(totals, ruleSet);
  const band = bandOf(average, ruleSet);
  const minimaChecked = set !== undefined && ruleSet.minima.value.exist;
  const minima = set && minimaChecked ? councilMinima(set, scores.map((score) => score.criteria), ruleSet.minima.value.council) : [];
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
      reference: `${set?.reference ?? ruleSet.title}, tiêu chí ${m.criterion}`,
    }));
  const policy = ruleSet.minima.value.policy;
  const stars = cappedStars(band.stars, unmet);
  const disqualified = input.disqualified !== undefined;
  const recognised = !disqualified && stars >= 3 && (policy === 'cap' || unmet.length === 0);
  const authority = recognised ? ruleSet.recognition.value[stars as 3 | 4 | 5] : null;
  const forward = forwarding(ruleSet, input.level, average, disqualified);

  const explanation: ExplanationLine[] = [];
  if (set) {
    explanation.push(...criteriaLines(set, scores, minima));
    for (const part of set.parts) explanation.push(explain.part(part.part, part.title, roundedMean(scores.map((s) => s.parts[part.part]), 2), part.max, set.reference));
  }
  explanation.push(explain.average(average, totals, ruleSet.averaging.reference));
  explanation.push(explain.band(band.stars, band.from, band.below, ruleSet.bands.reference));
  for (const m of unmet) explanation.push(explain.minimum(m.criterion, m.title, m.stars, m.points, m.sheetsMeeting, m.sheets, m.reference));
  explanation.push(explain.stars(stars, band.stars, policy, ruleSet.minima.reference));
  if (input.disqualified) {
    const reason = input.disqualified.reason;
    const text = input.disqualified.note ?? (reason === 'dossier' ? (set?.disqualifiers[0] ?? '') : (set?.criteria.find((c) => c.code === knockOut)?.notes?.find((n) => n.kind === 'knock-out')?.text ?? ''));
    explanation.push(explain.disqualified(reason, text, set?.reference ?? ruleSet.title, knockOut));
  }
  explanation.push(explain.recognition(recognised, stars, authority, ruleSet.recognition.reference));
  if (forward.line) explanation.push(forward.line);
  if (!set && ruleSet.minima.value.exist) {
    explanation.push(
      explain.note(
        'Chưa kiểm tra yêu cầu tối thiểu theo hạng sao: phiếu chỉ có tổng điểm',
        'Star minima not checked: the sheets carry totals only',
        ruleSet.minima.reference,
      ),
    );
  }
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
    explanation,
  };
}
