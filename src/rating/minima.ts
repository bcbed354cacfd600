/**
 * Star minima: the `***`/`****`/`*****` marks of 26/2026. Meeting the n★ minimum of a criterion
 * means being awarded at least the marked option's points; minima are cumulative (4★ needs the
 * 3★ marks too); a council meets a minimum when more than half of its sheets do.
 */
import { localeOnlyOptions } from '../core/guards.js';
import type { LocaleOptions } from '../core/issues.js';
import type { CriteriaSet, MarkedStar } from '../rules/criteria-set.js';
import { compileSet, type CompiledSet } from './compiled-set.js';

/**
 * One star minimum of a criteria set.
 *
 * @example
 * ```ts
 * import type { StarMinimum } from 'ocop';
 * const packaging: StarMinimum = { criterion: '2.2', title: 'Đóng gói, bao bì sản phẩm', stars: 3, points: 2, label: 'Đóng gói sáng tạo, bao bì đẹp' };
 * ```
 */
export interface StarMinimum {
  readonly criterion: string;
  readonly title: string;
  readonly stars: MarkedStar;
  /** Points of the marked option: the least a sheet must award. */
  readonly points: number;
  /** Label of the marked option. */
  readonly label: string;
}

/**
 * A minimum the council did not meet, with the count of sheets that met it.
 *
 * @example
 * ```ts
 * import type { UnmetMinimum } from 'ocop';
 * const unmet = (u: UnmetMinimum) => `${u.criterion} needs ${u.points} for ${u.stars}★ (${u.sheetsMeeting}/${u.sheets} sheets)`;
 * ```
 */
export interface UnmetMinimum extends StarMinimum {
  readonly sheetsMeeting: number;
  readonly sheets: number;
  /** The criterion's reference in the criteria set, or the override's for a mark a province set. */
  readonly reference: string;
  /** For a mark a province set: the reference of the requirement it replaced, if there was one. */
  readonly replaces?: string;
}

/**
 * Every star minimum of a criteria set, in printed order. The list is built once per criteria
 * set and frozen: every call for the same (deeply frozen) set returns the same array. Throws
 * `OcopRuleError` (`invalid_rule_data`, paths from `set`) for a malformed set, its messages in
 * `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { starMinima } from 'ocop';
 * import { QD26_SET_26 } from 'ocop/rules/qd26-2026/26';
 * starMinima(QD26_SET_26).map((m) => m.stars); // one 3★ and two 4★ marks
 * starMinima(QD26_SET_26, { locale: 'en' }).length; // 3: the locale only words errors
 * ```
 */
export function starMinima(set: CriteriaSet, options?: LocaleOptions): readonly StarMinimum[] {
  return compileSet(set, ['set'], localeOnlyOptions(options)).minimaList;
}

/**
 * Each star minimum of a set with the number of sheets meeting it and whether the council meets
 * it: more than half of the sheets (`majority`, the default) or every sheet (`all`), with its
 * reference (see {@link UnmetMinimum}). `sheets` are the points of each sheet in the set's
 * criteria order.
 */
export function councilMinima(
  compiled: CompiledSet,
  sheets: ReadonlyArray<readonly number[]>,
  council: 'majority' | 'all' = 'majority',
): Array<
  StarMinimum & {
    readonly sheetsMeeting: number;
    readonly met: boolean;
    readonly reference: string;
    readonly replaces?: string;
  }
> {
  return compiled.minima.map(({ at, minimum, reference, replaces }) => {
    let sheetsMeeting = 0;
    for (const values of sheets) if ((values[at] as number) >= minimum.points) sheetsMeeting += 1;
    const met = council === 'all' ? sheetsMeeting === sheets.length : sheetsMeeting * 2 > sheets.length;
    const { criterion, title, stars, points, label } = minimum;
    return replaces === undefined
      ? { criterion, title, stars, points, label, sheetsMeeting, met, reference }
      : { criterion, title, stars, points, label, sheetsMeeting, met, reference, replaces };
  });
}
