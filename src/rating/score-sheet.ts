/**
 * One council member's sheet: every criterion answered with one of its options' points; the
 * total, part and section subtotals. Option points of 26/2026 are whole numbers, so sums are
 * exact integer additions.
 */
import { OcopValidationError } from '../core/errors.js';
import type { Issue, IssuePath } from '../core/issues.js';
import { makeIssue } from '../core/messages.js';
import type { ScoreSheet } from '../model/evaluation.js';
import { validate } from '../model/validate.js';
import { getCriteriaSet } from '../rules/criteria-registry.js';
import type { CriteriaSet, Criterion, PartCode } from '../rules/criteria-set.js';

/**
 * The score of one sheet, with its subtotals.
 *
 * @example
 * ```ts
 * import type { SheetScore } from 'ocop';
 * const show = (s: SheetScore) => `${s.total} = A ${s.parts.A} + B ${s.parts.B} + C ${s.parts.C}`;
 * ```
 */
export interface SheetScore {
  readonly ruleSet: CriteriaSet['ruleSet'];
  readonly criteriaSet: number;
  readonly total: number;
  readonly parts: Readonly<Record<PartCode, number>>;
  /** Section code → subtotal. */
  readonly sections: Readonly<Record<string, number>>;
  /** Every criterion in printed order with the points awarded. */
  readonly criteria: ReadonlyArray<{ readonly code: string; readonly points: number; readonly max: number }>;
}

/** Whether 0 is allowed for a criterion although no option is worth 0 (conditional criteria). */
function zeroAllowed(criterion: Criterion): boolean {
  return criterion.notes?.some((note) => note.kind === 'condition') === true;
}

/** Whether `points` is allowed for a criterion: an option's points, or 0 for a conditional one. */
function isAllowed(criterion: Criterion, points: number): boolean {
  for (const option of criterion.options) if (option.points === points) return true;
  return points === 0 && zeroAllowed(criterion);
}

/** The allowed points of a criterion (for messages). */
function optionPoints(criterion: Criterion): readonly number[] {
  const points = criterion.options.map((option) => option.points);
  return zeroAllowed(criterion) && !points.includes(0) ? [0, ...points] : points;
}

/**
 * Checks a member's points against a criteria set and scores them; issues carry paths under
 * `path` (e.g. `['sheets', 2, 'points']`).
 */
export function scorePoints(set: CriteriaSet, points: Readonly<Record<string, number>>, path: IssuePath): { score?: SheetScore; issues: Issue[] } {
  const issues: Issue[] = [];
  const issue = (code: Issue['code'], at: IssuePath, params: Record<string, unknown>) =>
    issues.push(makeIssue(code, at, params));
  const known = new Set(set.criteria.map((c) => c.code));
  for (const code of Object.keys(points)) {
    if (!known.has(code)) issue('unknown_criterion', [...path, code], { criterion: code, setNo: set.setNo });
  }
  const parts: Record<PartCode, number> = { A: 0, B: 0, C: 0 };
  const sections: Record<string, number> = {};
  const criteria: Array<{ code: string; points: number; max: number }> = [];
  for (const criterion of set.criteria) {
    const awarded = points[criterion.code];
    if (awarded === undefined) {
      issue('missing_criterion', [...path, criterion.code], { criterion: criterion.code, title: criterion.title });
      continue;
    }
    if (!isAllowed(criterion, awarded)) {
      issue('points_not_an_option', [...path, criterion.code], { criterion: criterion.code, value: awarded, options: optionPoints(criterion) });
      continue;
    }
    parts[criterion.part] += awarded;
    sections[criterion.section] = (sections[criterion.section] ?? 0) + awarded;
    criteria.push({ code: criterion.code, points: awarded, max: criterion.max });
  }
  if (issues.length > 0) return { issues };
  return { score: { ruleSet: set.ruleSet, criteriaSet: set.setNo, total: parts.A + parts.B + parts.C, parts, sections, criteria }, issues };
}

/**
 * Scores one member's sheet: total = Σ points, with part and section subtotals. Every criterion
 * must be answered with the points of one of its options (a conditional criterion such as 5.2,
 * "chỉ áp dụng khi có câu chuyện sản phẩm", may also be 0). Throws `OcopValidationError` with
 * every problem (`unknown_criterion`, `missing_criterion`, `points_not_an_option`, or a shape
 * issue), and `OcopError` for a rule set without criteria or an unknown set.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, scoreSheet } from 'ocop';
 * const set = getCriteriaSet('qd26-2026', 1);
 * const top = Object.fromEntries(set.criteria.map((c) => [c.code, c.max]));
 * scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: 1, points: top }).total; // 100
 * ```
 */
export function scoreSheet(sheet: ScoreSheet): SheetScore {
  const checked = validate('scoreSheet', sheet, { locale: 'en' });
  if (!checked.ok) throw new OcopValidationError(checked.issues);
  const set = getCriteriaSet(checked.value.ruleSet, checked.value.criteriaSet);
  const { score, issues } = scorePoints(set, checked.value.points, ['points']);
  if (!score) throw new OcopValidationError(issues);
  return score;
}
