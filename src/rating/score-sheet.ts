/**
 * One council member's sheet: every criterion answered with one of its options' points; the
 * total, part and section subtotals. Option points of 26/2026 are whole numbers, so sums are
 * exact integer additions.
 */
import { localeOnlyOptions } from '../core/guards.js';
import type { Issue, IssuePath, LocaleOptions } from '../core/issues.js';
import { makeIssue, validationError } from '../core/messages.js';
import type { ScoreSheet } from '../model/evaluation.js';
import { validate } from '../model/validate.js';
import type { CriteriaSet, PartCode } from '../rules/criteria-set.js';
import { compileSet, type CompiledSet } from './compiled-set.js';

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

/**
 * A member's points in criteria order, each checked against its criterion's options: unknown
 * codes, missing criteria and points that are not an option become issues under `path` (e.g.
 * `['sheets', 2, 'points']`). Returns undefined when there is any.
 */
export function sheetPoints(
  compiled: CompiledSet,
  points: Readonly<Record<string, number>>,
  path: IssuePath,
  issues: Issue[],
): number[] | undefined {
  const { index, allowed } = compiled;
  const values = new Array<number>(allowed.length);
  let answered = 0;
  const codes = Object.keys(points);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as string;
    const at = index.get(code);
    const awarded = points[code] as number;
    if (at === undefined || !(allowed[at] as readonly number[]).includes(awarded))
      return sheetIssues(compiled, points, path, issues);
    values[at] = awarded;
    answered += 1;
  }
  return answered === allowed.length ? values : sheetIssues(compiled, points, path, issues);
}

/** Every problem of a sheet, in a stable order: unknown codes, then criteria in printed order. */
function sheetIssues(
  compiled: CompiledSet,
  points: Readonly<Record<string, number>>,
  path: IssuePath,
  issues: Issue[],
): undefined {
  const { set, index, allowed } = compiled;
  for (const code of Object.keys(points)) {
    if (!index.has(code))
      issues.push(makeIssue('unknown_criterion', [...path, code], { criterion: code, setNo: set.setNo }));
  }
  set.criteria.forEach((criterion, at) => {
    const awarded = Object.prototype.hasOwnProperty.call(points, criterion.code) ? points[criterion.code] : undefined;
    const options = allowed[at] as readonly number[];
    if (awarded === undefined)
      issues.push(
        makeIssue('missing_criterion', [...path, criterion.code], {
          criterion: criterion.code,
          title: criterion.title,
        }),
      );
    else if (!options.includes(awarded))
      issues.push(
        makeIssue('points_not_an_option', [...path, criterion.code], {
          criterion: criterion.code,
          value: awarded,
          options,
        }),
      );
  });
  return undefined;
}

/** The score of a sheet whose points are known to be valid, in criteria order. */
export function sheetScore(compiled: CompiledSet, values: readonly number[]): SheetScore {
  const { set } = compiled;
  const parts: Record<PartCode, number> = { A: 0, B: 0, C: 0 };
  const sections: Record<string, number> = {};
  const criteria = set.criteria.map((criterion, at) => {
    const awarded = values[at] as number;
    parts[criterion.part] += awarded;
    sections[criterion.section] = (sections[criterion.section] ?? 0) + awarded;
    return { code: criterion.code, points: awarded, max: criterion.max };
  });
  return {
    ruleSet: set.ruleSet,
    criteriaSet: set.setNo,
    total: parts.A + parts.B + parts.C,
    parts,
    sections,
    criteria,
  };
}

/**
 * Scores one member's sheet on its criteria set: total = Σ points, with part and section
 * subtotals. Every criterion must be answered with the points of one of its options (a
 * conditional criterion such as 5.2, "chỉ áp dụng khi có câu chuyện sản phẩm", may also be 0; an
 * additive criterion, with the sum of any of its options, 0 included).
 * `criteria` must be the sheet's set (same rule set and number). Throws `OcopValidationError`
 * with every problem (`criteria_set_mismatch`, `unknown_criterion`, `missing_criterion`,
 * `points_not_an_option`, or a shape issue), and `OcopRuleError` (`invalid_rule_data`, paths
 * from `criteria`) when `criteria` is not a well-formed criteria set; the issues' messages are in
 * `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { scoreSheet } from 'ocop';
 * import { QD26_SET_01 } from 'ocop/rules/qd26-2026/01';
 * const top = Object.fromEntries(QD26_SET_01.criteria.map((c) => [c.code, c.max]));
 * scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: 1, points: top }, QD26_SET_01).total; // 100
 * scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: 1, points: {} }, QD26_SET_01, { locale: 'en' });
 * // throws OcopValidationError: 'Invalid input: points.1.1: Criterion "1.1" ("Nguồn gốc sản phẩm") is not scored; …'
 * ```
 */
export function scoreSheet(sheet: ScoreSheet, criteria: CriteriaSet, options?: LocaleOptions): SheetScore {
  const locale = localeOnlyOptions(options);
  const checked = validate('scoreSheet', sheet, { locale });
  if (!checked.ok) throw validationError(checked.issues, locale);
  const { ruleSet, criteriaSet } = checked.value;
  const compiled = compileSet(criteria, ['criteria'], locale);
  if (criteria.ruleSet !== ruleSet || criteria.setNo !== criteriaSet) {
    throw validationError(
      [
        makeIssue('criteria_set_mismatch', ['criteriaSet'], {
          value: `${criteria.ruleSet} ${criteria.setNo}`,
          expected: `${ruleSet} ${criteriaSet}`,
          carried: false,
        }),
      ],
      locale,
    );
  }
  const issues: Issue[] = [];
  const values = sheetPoints(compiled, checked.value.points, ['points'], issues);
  if (!values) throw validationError(issues, locale);
  return sheetScore(compiled, values);
}
