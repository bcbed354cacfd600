/**
 * What a target kind is made of: the shape every module of `target-kinds/` fills in (schema, plan
 * checks, observation form, progress figures, goal line). `index.ts` holds the table of kinds.
 */
import type { Decimal } from 'decimal.js';
import type * as z from 'zod';
import type { IsoDate } from '../../core/dates.js';
import type { ProgressText } from '../../locales/catalogue.js';
import type { Observation, Target } from '../plan.js';
import type { IssueDraft } from '../report.js';

/** The kinds of target: `count`, `share`, `milestone`, `items`. */
export type TargetKind = Target['kind'];

/** The target of kind `K`. */
export type TargetOf<K extends TargetKind> = Extract<Target, { readonly kind: K }>;

/** What a kind's plan checks know of the plan around the target. */
export interface TargetCheckContext {
  /** The path of a field of the target within the plan (`['targets', 3, …rest]`). */
  readonly at: (...rest: Array<string | number>) => Array<string | number>;
  /** Whether the plan lists its units. */
  readonly hasUnits: boolean;
}

/** The form an observation of a kind takes. */
export interface ObservationForm {
  readonly test: (observation: Observation) => boolean;
  /** The fields it needs, as `observation_form` names them. */
  readonly expected: string;
}

/** One unit's exact figures. */
export interface UnitFigures {
  readonly unit: string;
  readonly current: Decimal;
  readonly progress: Decimal;
}

/** What a kind's figures are computed from. */
export interface FiguresInput<T> {
  readonly target: T;
  /** The latest observation per key (`unit|item`) of this target. */
  readonly latest: ReadonlyMap<string, Observation>;
  /** The plan's unit codes, in plan order. */
  readonly units: readonly string[];
  /** The target's due date (its own, else the plan's end). */
  readonly due: IsoDate;
}

/** A kind's exact figures on a date; time, status and rounding are the same for every kind. */
export interface KindFigures {
  readonly current: Decimal;
  readonly progress: Decimal;
  /** Progress not clamped: (current − baseline) / (min − baseline); done / total for milestones and items. */
  readonly attainment: Decimal;
  /** How far past the minimum, in the target's unit (negative when short): current − min (min − current for a decrease); done − total for milestones and items. */
  readonly surplus: Decimal;
  readonly stretch: Decimal | undefined;
  readonly byUnit: readonly UnitFigures[];
  /** Units whose current is under the per-unit guidance minimum. */
  readonly belowGuidance: readonly string[];
  /** Units done after the due date. */
  readonly late: readonly string[];
  /** Whether the whole plan was done after the due date. */
  readonly planLate: boolean;
}

/** What a kind's goal is written from. */
export interface GoalInput<T> {
  readonly target: T;
  /** The progress sentences of one locale. */
  readonly text: ProgressText;
  /** How many units the plan lists. */
  readonly units: number;
  readonly due: IsoDate;
}

/**
 * Everything about one kind of target. A kind module exports each member by name, so a bundle
 * that only validates (`model/plan.ts` reads `schema` and `issues`) leaves the rest out.
 */
export interface TargetKindModule<K extends TargetKind> {
  /** The target's schema: one member of `TargetSchema`'s union. */
  readonly schema: z.ZodType<TargetOf<K>>;
  /** Its cross-field rules within a plan (beyond the due date, checked for every kind). */
  readonly issues: (target: TargetOf<K>, context: TargetCheckContext) => IssueDraft[];
  /** The form its observations take. */
  readonly observation: ObservationForm;
  /** Whether its observations must all be per unit or all for the whole plan. */
  readonly oneScope: boolean;
  /** The ids of its named items (none for kinds without items). */
  readonly itemIds: (target: TargetOf<K>) => readonly string[];
  /** What its current value is: a whole `count`, or a `ratio` 0–1 (rounded to 4 decimals, shown as a percentage). */
  readonly measure: 'count' | 'ratio';
  /** Its figures from the latest observations. */
  readonly figures: (input: FiguresInput<TargetOf<K>>) => KindFigures;
  /** Its goal in words, for the explanation's `current` line. */
  readonly goal: (input: GoalInput<TargetOf<K>>) => string;
  /**
   * How many latest observations (keys `unit|item`) the target needs before it can be met: every
   * unit for an each-unit milestone, every item for an items target, 1 otherwise. Lets the replay
   * that finds when a target was met skip the dates before that.
   */
  readonly keysToMeet: (target: TargetOf<K>, units: readonly string[]) => number;
}
