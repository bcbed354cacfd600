/**
 * Star minima: the `***`/`****`/`*****` marks of 26/2026. Meeting the n★ minimum of a criterion
 * means being awarded at least the marked option's points; minima are cumulative (4★ needs the
 * 3★ marks too); a council meets a minimum when more than half of its sheets do.
 */
import type { CriteriaSet, MarkedStar } from '../rules/criteria-set.js';

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
  readonly reference: string;
}

/**
 * Every star minimum of a criteria set, in printed order.
 *
 * @example
 * ```ts
 * import { getCriteriaSet, starMinima } from 'ocop';
 * starMinima(getCriteriaSet('qd26-2026', 26)).map((m) => m.stars); // one 3★ and two 4★ marks
 * ```
 */
export function starMinima(set: CriteriaSet): StarMinimum[] {
  const minima: StarMinimum[] = [];
  for (const criterion of set.criteria) {
    for (const option of criterion.options) {
      if (option.minStars !== undefined) minima.push({ criterion: criterion.code, title: criterion.title, stars: option.minStars, points: option.points, label: option.label });
    }
  }
  return minima;
}

/**
 * Each star minimum of a set with the number of sheets meeting it and whether the council meets
 * it: more than half of the sheets (`majority`, the default) or every sheet (`all`). `sheets` are the points of each sheet in the set's
 * criteria order (as `scoreSheet` returns them).
 */
export function councilMinima(
  set: CriteriaSet,
  sheets: ReadonlyArray<ReadonlyArray<{ readonly points: number }>>,
  council: 'majority' | 'all' = 'majority',
): Array<StarMinimum & { readonly sheetsMeeting: number; readonly met: boolean }> {
  const index = new Map(set.criteria.map((criterion, i) => [criterion.code, i]));
  return starMinima(set).map((minimum) => {
    const at = index.get(minimum.criterion) ?? -1;
    let sheetsMeeting = 0;
    for (const criteria of sheets) if ((criteria[at]?.points ?? 0) >= minimum.points) sheetsMeeting += 1;
    return { ...minimum, sheetsMeeting, met: council === 'all' ? sheetsMeeting === sheets.length : sheetsMeeting * 2 > sheets.length };
  });
}
