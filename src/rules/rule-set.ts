/**
 * The shape of a national rule set: every number the rating engine uses, with its legal
 * reference. Rule sets are data; code picks one by date (see `ruleSetFor`).
 */
import type { IsoDate } from '../core/dates.js';
import type { Level } from '../model/level.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import type { CriteriaSet } from './criteria-set.js';

/**
 * A legal instrument of a rule set (the decision, or an amending decision).
 *
 * @example
 * ```ts
 * import type { Instrument } from 'ocop';
 * const qd26: Instrument = { number: '26/2026/QĐ-TTg', date: '2026-05-22', signer: 'Hồ Quốc Dũng', role: 'base' };
 * ```
 */
export interface Instrument {
  readonly number: string;
  readonly date: IsoDate;
  /** Who signed it, where a source names the signer. */
  readonly signer?: string;
  readonly role: 'base' | 'amendment';
}

/**
 * A star band: averages from `from` (inclusive) to `below` (exclusive); the top band has
 * `below: null` and includes 100.
 *
 * @example
 * ```ts
 * import type { StarBand } from 'ocop';
 * const fourStars: StarBand = { stars: 4, from: 70, below: 90 };
 * ```
 */
export interface StarBand {
  readonly stars: 1 | 2 | 3 | 4 | 5;
  readonly from: number;
  readonly below: number | null;
}

/**
 * A star rating 1–5.
 *
 * @example
 * ```ts
 * import type { Stars } from 'ocop';
 * const stars: Stars = 4;
 * ```
 */
export type Stars = 1 | 2 | 3 | 4 | 5;

/**
 * A value with the legal reference it comes from.
 *
 * @example
 * ```ts
 * import type { Referenced } from 'ocop';
 * const validity: Referenced<number> = { value: 36, reference: 'Quyết định 26/2026/QĐ-TTg, Điều 4.3' };
 * ```
 */
export interface Referenced<T> {
  readonly value: T;
  readonly reference: string;
}

/**
 * Time limits of the procedure a rule set fixes, each with its reference. Missing where the
 * sources seen state none.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'ocop';
 * getRuleSet('qd26-2026').procedures.communePreAssessmentWorkingDays?.value; // 15
 * ```
 */
export interface Procedures {
  /** Working days the commune has to check and pre-assess a dossier from receipt. */
  readonly communePreAssessmentWorkingDays?: Referenced<number>;
  /** Calendar days to complete a re-evaluation from the complete dossier. */
  readonly reEvaluationMaxDays?: Referenced<number>;
  /** Calendar days to revoke a certificate from the competent conclusion. */
  readonly revocationDays?: Referenced<number>;
  /** Re-evaluation dossiers are submitted no earlier than `earliest` and no later than `latest` days before expiry. */
  readonly renewalWindowDaysBefore?: Referenced<{ readonly earliest: number; readonly latest: number }>;
  /** Days after expiry a certificate stays valid while a late re-evaluation is pending. */
  readonly expiryGraceDays?: Referenced<number>;
  /** Days before expiry by which the recognising body notifies the producer. */
  readonly expiryNoticeDaysBefore?: Referenced<number>;
}

/**
 * A fixed evaluation round: dossiers proposed before `proposalsBefore` are evaluated before
 * `heldBefore` (both exclusive, "trước ngày"); months and days of the year, with a year offset
 * for a round that falls in the next year.
 *
 * @example
 * ```ts
 * import type { RoundRule } from 'ocop';
 * const provinceRound1: RoundRule = { level: 'province', round: 1, proposalsBefore: { month: 4, day: 30 }, heldBefore: { month: 6, day: 30 } };
 * ```
 */
export interface RoundRule {
  readonly level: 'province' | 'central';
  readonly round: number;
  readonly proposalsBefore: { readonly month: number; readonly day: number; readonly yearOffset?: number };
  readonly heldBefore: { readonly month: number; readonly day: number; readonly yearOffset?: number };
}

/**
 * A national rule set. Every number carries its legal reference; `notes` record what the
 * sources leave open.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'ocop';
 * const rules = getRuleSet('qd26-2026');
 * rules.parts.value; // { A: 40, B: 25, C: 35 }
 * rules.recognition.value[3]; // 'province'
 * ```
 */
export interface RuleSet {
  readonly id: RuleSetId;
  /** Title in Vietnamese. */
  readonly title: string;
  readonly titleEn: string;
  readonly instruments: readonly Instrument[];
  /** First day the rule set governs evaluations. */
  readonly effectiveFrom: IsoDate;
  /** Last day it is legally in force (`null`: still in force). Transitions may overlap. */
  readonly effectiveTo: IsoDate | null;
  /** Part maxima A/B/C (100 in all). */
  readonly parts: Referenced<{ readonly A: number; readonly B: number; readonly C: number }>;
  /** Star bands, 1★ to 5★, half-open. */
  readonly bands: Referenced<readonly StarBand[]>;
  /** Levels that evaluate, in order (district → province → central). */
  readonly levels: Referenced<readonly Level[]>;
  /** Who recognises each certified star (3★–5★); 1★ and 2★ are never certified. */
  readonly recognition: Referenced<{ readonly 3: Level; readonly 4: Level; readonly 5: Level }>;
  /** Average score from which a council at a level forwards the product to the next level. */
  readonly forwarding: Referenced<Partial<Record<Level, number>>>;
  /** Certificate validity in months from the issuing decision. */
  readonly certificateValidityMonths: Referenced<number>;
  /** How members' totals become the council's average. */
  readonly averaging: Referenced<{ readonly decimals: number; readonly rounding: 'half-up' }>;
  /**
   * Star minima (the `***` marks): whether the rule set has them, how a council's sheets decide
   * one (`majority`: met when more than half of the sheets meet it), and what an unmet minimum
   * does (`cap`: the star falls to the highest star whose minima are met; `reject`: not
   * recognised).
   */
  readonly minima: Referenced<{
    readonly exist: boolean;
    readonly council: 'majority' | 'all';
    readonly policy: 'cap' | 'reject';
  }>;
  /**
   * How dossiers submitted under the previous rule set finish after this one takes effect: those
   * submitted before `pendingSubmittedBefore` are evaluated under `from` until the last day for
   * their kind; later evaluations follow this rule set.
   */
  readonly transition?: Referenced<{
    readonly from: RuleSetId;
    readonly pendingSubmittedBefore: IsoDate;
    readonly lastDay: { readonly first: IsoDate; readonly upgrade: IsoDate; readonly 're-evaluation': IsoDate };
  }>;
  /** Time limits of the procedure. */
  readonly procedures: Procedures;
  /** Fixed yearly evaluation rounds (26/2026 Điều 5), if the rule set has them. */
  readonly rounds?: Referenced<readonly RoundRule[]>;
  /** Number of criteria sets shipped with their criteria (0: totals-only sheets). */
  readonly criteriaSets: number;
  /** Open questions and readings of the sources, in English. */
  readonly notes: readonly string[];
  /** Criteria sets carried by the rule set itself (an adapted one); otherwise the shipped ones apply. */
  readonly criteria?: readonly CriteriaSet[];
  /** Days off of the jurisdiction, added to the national calendar (an adapted rule set). */
  readonly daysOff?: ReadonlyArray<{ readonly date: IsoDate; readonly name: string; readonly reference: string }>;
  /** The national rule set this one was adapted from. */
  readonly derivedFrom?: RuleSetId;
  /** The overrides applied, in order. */
  readonly overrides?: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly jurisdiction: string;
    readonly effectiveFrom: IsoDate;
    readonly effectiveTo?: IsoDate;
  }>;
  /** True when an override replaced numbers the law fixes (part maxima, bands, validity). */
  readonly replacesNational?: boolean;
}
