/**
 * A criteria set prepared for scoring: criterion codes by position, the points each criterion
 * allows, part of each criterion and the star minima with their positions. Prepared once per
 * criteria set object and kept in a WeakMap, so rating a council builds no rule data per call.
 * The set is checked first (`acceptCriteriaSet`); only a checked, deeply frozen set (every shipped
 * and adapted one) is kept, since an unfrozen one may change between calls.
 */
import { DEFAULT_LOCALE, type IssuePath, type Locale } from '../core/issues.js';
import type { AdaptedMinimum, CriteriaSet, Criterion, MarkedStar } from '../rules/criteria-set.js';
import { acceptCriteriaSet, isVerifiedRuleData } from '../rules/rule-data-check.js';
import { markLabel } from './explanation.js';
import type { StarMinimum } from './minima.js';

/** A criteria set prepared for scoring (see the module comment). */
export interface CompiledSet {
  readonly set: CriteriaSet;
  /** Position of each criterion code. */
  readonly index: ReadonlyMap<string, number>;
  /**
   * Points allowed for each criterion, by position: its options' points (and 0 for a conditional
   * criterion); for an additive criterion, every sum of some of its options (0 included).
   */
  readonly allowed: ReadonlyArray<readonly number[]>;
  /** Position in `set.parts` of each criterion's part, by position. */
  readonly partIndex: readonly number[];
  /**
   * Star minima in printed order, with the position of their criterion and their reference: the
   * override's for a mark a province set (with the reference it `replaces`, if any), else the
   * criterion's.
   */
  readonly minima: ReadonlyArray<{
    readonly at: number;
    readonly minimum: StarMinimum;
    readonly reference: string;
    readonly replaces?: string;
  }>;
  /** Legal reference of each criterion, by position: the set's reference and the criterion code. */
  readonly references: readonly string[];
  /** The same minima without positions (what `starMinima` returns). */
  readonly minimaList: readonly StarMinimum[];
  /** Star minima of each criterion, by position (for explanation lines), with their position in `minima`. */
  readonly minimaAt: ReadonlyArray<ReadonlyArray<{ readonly index: number; readonly minimum: StarMinimum }>>;
  /** Labels of those minima (`3★ ≥ 2`), by criterion position. */
  readonly markLabels: ReadonlyArray<readonly string[]>;
  /**
   * Title of each criterion for explanations, by position: as printed (`vi`) and in English
   * (`en`: the section's `titleEn` for a section scored as one criterion, such as "7 DINH
   * DƯỠNG"; otherwise the printed title, since criteria carry no English title).
   */
  readonly titles: ReadonlyArray<{ readonly vi: string; readonly en: string }>;
}

/** Whether 0 is allowed for a criterion although no option is worth 0 (conditional criteria). */
function zeroAllowed(criterion: Criterion): boolean {
  return criterion.notes?.some((note) => note.kind === 'condition') === true;
}

/**
 * Every sum of some of the options of an additive criterion (none: 0), ascending. Sums are taken
 * in hundredths, so that 0.5-point options add up exactly.
 */
export function subsetSums(points: readonly number[]): number[] {
  let reachable = new Set<number>([0]);
  for (const p of points) {
    const step = Math.round(p * 100);
    reachable = new Set([...reachable, ...[...reachable].map((r) => r + step)]);
  }
  return [...reachable].sort((a, b) => a - b).map((r) => r / 100);
}

/**
 * The points a criterion allows: its options' points in printed order, with 0 first when only its
 * condition allows it; for an additive criterion, every sum of some of its options.
 */
function allowedPoints(criterion: Criterion): readonly number[] {
  const points = criterion.options.map((option) => option.points);
  if (criterion.additive === true) return Object.freeze(subsetSums(points));
  return Object.freeze(zeroAllowed(criterion) && !points.includes(0) ? [0, ...points] : points);
}

/** The English title of the section a criterion is, when the section is scored as that one criterion. */
function sectionTitleEn(set: CriteriaSet, criterion: Criterion): string | undefined {
  if (criterion.code !== criterion.section) return undefined;
  for (const part of set.parts)
    for (const section of part.sections) if (section.code === criterion.section) return section.titleEn;
  return undefined;
}

/** Where a star mark comes from: the last override that set it, else the criteria set itself. */
function markSource(
  set: CriteriaSet,
  criterion: Criterion,
  stars: MarkedStar,
  points: number,
): { reference: string; replaces?: string } {
  const adaptations = set.adaptations?.minima ?? [];
  for (let i = adaptations.length - 1; i >= 0; i--) {
    const a = adaptations[i] as AdaptedMinimum;
    if (a.criterion === criterion.code && a.stars === stars && a.points === points)
      return a.replaces === undefined ? { reference: a.reference } : { reference: a.reference, replaces: a.replaces };
  }
  return { reference: `${set.reference}, tiêu chí ${criterion.code}` };
}

const COMPILED = new WeakMap<CriteriaSet, CompiledSet>();

/**
 * The prepared form of a criteria set, built on first use and reused after. Throws
 * `OcopRuleError` (`invalid_rule_data`, paths from `at`, messages in `locale`) for a malformed set.
 */
export function compileSet(
  set: CriteriaSet,
  at: IssuePath = ['criteria'],
  locale: Locale = DEFAULT_LOCALE,
): CompiledSet {
  const cached = COMPILED.get(set);
  if (cached) return cached;
  acceptCriteriaSet(set, at, locale);
  const minima: Array<{ at: number; minimum: StarMinimum; reference: string; replaces?: string }> = [];
  set.criteria.forEach((criterion, at) => {
    for (const option of criterion.options) {
      if (option.minStars !== undefined) {
        const minimum = Object.freeze({
          criterion: criterion.code,
          title: criterion.title,
          stars: option.minStars,
          points: option.points,
          label: option.label,
        });
        minima.push({ at, minimum, ...markSource(set, criterion, option.minStars, option.points) });
      }
    }
  });
  const minimaAt = set.criteria.map((_, at) =>
    Object.freeze(minima.flatMap((m, index) => (m.at === at ? [Object.freeze({ index, minimum: m.minimum })] : []))),
  );
  const compiled: CompiledSet = Object.freeze({
    set,
    index: new Map(set.criteria.map((criterion, at) => [criterion.code, at])),
    allowed: Object.freeze(set.criteria.map(allowedPoints)),
    partIndex: Object.freeze(
      set.criteria.map((criterion) => set.parts.findIndex((part) => part.part === criterion.part)),
    ),
    minima: Object.freeze(minima.map((m) => Object.freeze(m))),
    references: Object.freeze(set.criteria.map((criterion) => `${set.reference}, tiêu chí ${criterion.code}`)),
    minimaList: Object.freeze(minima.map((m) => m.minimum)),
    minimaAt: Object.freeze(minimaAt),
    markLabels: Object.freeze(
      minimaAt.map((marked) => Object.freeze(marked.map(({ minimum }) => markLabel(minimum.stars, minimum.points)))),
    ),
    titles: Object.freeze(
      set.criteria.map((criterion) =>
        Object.freeze({ vi: criterion.title, en: sectionTitleEn(set, criterion) ?? criterion.title }),
      ),
    ),
  });
  if (isVerifiedRuleData(set)) COMPILED.set(set, compiled);
  return compiled;
}
