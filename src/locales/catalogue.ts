/**
 * The sections of a locale module: every human sentence the library writes, one section per
 * area. A locale module (`vi.ts`, `en.ts`, …) exports one constant per section; `index.ts` checks
 * each module against {@link Catalogue}, so a sentence missing in one language fails to compile.
 */
import type { IssueParams } from '../core/issue-params.js';
import type { IssueCode } from '../core/issues.js';
import type { Level } from '../model/level.js';
import type { MarkedStar, PartCode } from '../rules/criteria-set.js';
import type { Stars } from '../rules/rule-set.js';

/** The message of every issue code, built from that code's parameters. */
export type IssueMessages = { readonly [C in IssueCode]: (params: IssueParams[C]) => string };

/** Everything a locale module exports: one named constant per section. */
export interface Catalogue {
  /** Issue messages (`Issue.message`, `issueMessage`). */
  readonly issues: IssueMessages;
  /** Error summary lines. */
  readonly errors: ErrorWords;
  /** A rating's explanation (`Rating.explanation`). */
  readonly rating: RatingText;
}

/** The words of a thrown error's summary line (`OcopValidationError`, `OcopRuleError`). */
export interface ErrorWords {
  /** What an `OcopValidationError` is about. */
  readonly invalid_input: string;
  /** What an `OcopRuleError` about a rule override is about. */
  readonly invalid_override: string;
  /** What an `OcopRuleError` about rule data is about. */
  readonly invalid_rule_data: string;
  /** The path of an issue about the input itself. */
  readonly root: string;
}

/** The parts of a criterion's explanation line (`2.2 Đóng gói…: 2/3 điểm (3★ ≥ 2: đạt)`). */
export interface CriterionLine {
  readonly code: string;
  /** The printed title and the English one (a section's `titleEn`, else the printed title): each language picks one. */
  readonly titles: { readonly vi: string; readonly en: string };
  /** `mean/max`, written. */
  readonly score: string;
  /** The marks, written in this language with their states (` (3★ ≥ 2: đạt)`), or empty. */
  readonly marks: string;
}

/** The sentences of a rating's explanation (`ExplanationLine.message`); numbers come written as `String` writes them. */
export interface RatingText {
  /** What follows a mark's label (`3★ ≥ 2`) when the council met it. */
  readonly markMet: string;
  /** … when it did not. */
  readonly markUnmet: string;
  /** … when it did not and the mark is above the score band. */
  readonly markNotRequired: (band: Stars) => string;
  readonly criterion: (line: CriterionLine) => string;
  readonly part: (line: {
    readonly part: PartCode;
    readonly title: string;
    readonly titleEn: string;
    readonly score: string;
  }) => string;
  /** `totals`: the members' totals, written and joined with `, `. */
  readonly average: (line: { readonly members: number; readonly average: string; readonly totals: string }) => string;
  /** `range`: `from – < below` or `from – 100`. */
  readonly band: (line: { readonly stars: Stars; readonly range: string }) => string;
  readonly minimum: (line: {
    readonly stars: MarkedStar;
    readonly code: string;
    readonly title: string;
    readonly required: number;
    readonly meeting: number;
    readonly sheets: number;
  }) => string;
  /** The star, as banded. */
  readonly result: (stars: Stars) => string;
  /** The star, lowered from the band by unmet minima (policy `cap`). */
  readonly capped: (line: { readonly stars: Stars; readonly band: Stars }) => string;
  /** The band refused by unmet minima (policy `reject`). */
  readonly rejected: (band: Stars) => string;
  readonly recognised: (line: { readonly stars: Stars; readonly authority: Level }) => string;
  readonly notRecognised: string;
  readonly forwarded: (line: {
    readonly average: string;
    readonly threshold: number;
    readonly from: Level;
    readonly to: Level;
  }) => string;
  readonly notForwarded: (line: { readonly average: string; readonly threshold: number }) => string;
  readonly dossierRejected: (text: string) => string;
  readonly knockOut: (line: { readonly criterion: string; readonly text: string }) => string;
  /** The note when sheets carry totals only and the rule set has star minima. */
  readonly minimaNotChecked: string;
}
