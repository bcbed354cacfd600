/**
 * The sections of a locale module: every human sentence the library writes, one section per
 * area. A locale module (`vi.ts`, `en.ts`, …) exports one constant per section; `index.ts` checks
 * each module against {@link Catalogue}, so a sentence missing in one language fails to compile.
 */
import type { Command } from '../cli/help.js';
import type { IssueParams } from '../core/issue-params.js';
import type { IssueCode } from '../core/issues.js';
import type { CertificateStatus, Target, TargetStatus } from '../index.js';
import type { Level } from '../model/level.js';
import type { CriterionMatch } from '../rules/criteria-diff.js';
import type { CriteriaSetProvenance, MarkedStar, PartCode } from '../rules/criteria-set.js';
import type { Stars } from '../rules/rule-set.js';
import type { TargetStatus as TargetStatusOfProgress } from '../progress/target-progress.js';
import type { RefusalReason } from '../units/migrate.js';
import type { ConversionKind } from '../units/successors.js';

/** The message of every issue code, built from that code's parameters. */
export type IssueMessages = { readonly [C in IssueCode]: (params: IssueParams[C]) => string };

/** Everything a locale module exports: one named constant per section. */
export interface Catalogue {
  /** Issue messages (`Issue.message`, `issueMessage`). */
  readonly issues: IssueMessages;
  /** A target's explanation (`TargetProgress.explanation`). */
  readonly progress: ProgressText;
  /** The `ocop` command's progress and rating reports. */
  readonly reports: ReportText;
  /** A rating's explanation (`Rating.explanation`). */
  readonly rating: RatingText;
  /** The `ocop` command's text. */
  readonly cli: CliText;
  /** `starBand`'s error for a malformed band of a rule set object (kept apart from `issues` so that `starBand` stays small). */
  readonly bands: BandText;
}

/** A target's status (`TargetStatus`). */
export type ProgressStatus = TargetStatusOfProgress;

/**
 * A target's explanation (`TargetProgress.explanation`, `ProgressLine`). Figures come written:
 * ratios as percentages with one decimal (`81.3%`), counts and dates as they are.
 */
export interface ProgressText {
  /** The goal of a `count` or `share` target: its minimum, its stretch and the baseline it starts from, each when there is one. */
  readonly minimum: (goal: {
    readonly min: string;
    readonly max: string | undefined;
    readonly from: string | undefined;
  }) => string;
  /** The goal of a milestone: done in each of `units` units (undefined: by the whole plan), by `due`. */
  readonly milestone: (goal: { readonly units: number | undefined; readonly due: string }) => string;
  /** The goal of an `items` target: how many items. */
  readonly items: (count: number) => string;
  /** The `current` line: the current value and the goal. */
  readonly current: (line: { readonly value: string; readonly goal: string }) => string;
  /** The `progress` line: progress, stretch (when the target has one), progress expected by time after `days` of `total` days. */
  readonly progress: (line: {
    readonly progress: string;
    readonly stretch: string | undefined;
    readonly expected: string;
    readonly days: number;
    readonly total: number;
  }) => string;
  /**
   * The `attainment` line, as reports write it: attainment as a percentage of the plan
   * (`đạt 150% kế hoạch`, never `vượt 150%`), how far above or below the minimum (`surplus`,
   * written; `undefined` for milestones, items or exactly on target), and the day it was met.
   */
  readonly attainment: (line: {
    readonly attainment: string;
    readonly surplus: string | undefined;
    readonly above: boolean;
    readonly achievedOn: string | undefined;
  }) => string;
  /** The `status` line. */
  readonly status: (status: ProgressStatus) => string;
  /** Parts of the `units` line (joined with `; `): the units under the per-unit guidance, by name. */
  readonly belowGuidance: (names: string) => string;
  /** … the units done after the due date. */
  readonly late: (names: string) => string;
  /** … a whole-plan milestone done after the due date. */
  readonly planLate: string;
}

/** The `ocop` command's report of a plan's progress and of a product's rating (`src/cli/reports.ts`). */
export interface ReportText {
  readonly heading: (report: { readonly title: string; readonly asOf: string }) => string;
  /**
   * The plan score and what it covers: `score` and `weight` (the observed targets' share of the
   * weight) as percentages, written; `targets` observed of `of`.
   */
  readonly score: (report: {
    readonly score: string;
    readonly targets: number;
    readonly of: number;
    readonly weight: string;
  }) => string;
  readonly ignoredAfterAsOf: (report: { readonly count: number; readonly asOf: string }) => string;
  readonly ignoredBeforePeriod: (count: number) => string;
  /** The targets table's column titles. */
  readonly targetColumns: Labels<
    'target' | 'kind' | 'current' | 'progress' | 'attainment' | 'surplus' | 'expected' | 'due' | 'status'
  >;
  /** A share target's surplus in percentage points (`value` signed and written: `+5`, `−2.5`). */
  readonly percentagePoints: (value: string) => string;
  readonly belowGuidanceHeading: string;
  readonly belowGuidanceColumns: Labels<'target' | 'belowGuidance' | 'late'>;
  /** A whole-plan milestone, among the units done late. */
  readonly wholePlan: string;
  /** An empty list. */
  readonly none: string;
  readonly ratingColumns: Labels<'item' | 'value'>;
  /** `--format html`: the heading of the charts, one per target. */
  readonly chartsHeading: string;
  /** The legend of a target's chart (`src/cli/progress-html.ts`). */
  readonly chartLegend: Labels<'observed' | 'expected' | 'minimum' | 'stretch' | 'asOf'>;
  /** Written across the chart of a target without observations. */
  readonly chartNoData: string;
  /** A chart's text alternative: the target's title, its status in words, and the dates it spans. */
  readonly chartSummary: (chart: {
    readonly title: string;
    readonly status: string;
    readonly from: string;
    readonly to: string;
  }) => string;
  /** The rating table's row titles. */
  readonly ratingRows: Labels<'stars' | 'average' | 'band' | 'recognised' | 'authority' | 'forwardTo' | 'unmetMinima'>;
}

/** A title for each of the keys `K` (a table's columns or rows). */
export type Labels<K extends string> = { readonly [Key in K]: string };

/**
 * The words of a thrown error's summary line (`OcopValidationError`, `OcopRuleError`). Not a
 * section of the locale modules: they are in `core/errors.ts` (`SUMMARY`), typed per locale,
 * because every criteria set module reaches that file (through `deepFreeze`), and the CommonJS
 * chunk those modules share keeps whatever it imports, unused text included.
 */
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
  /** Star minima not checked because the criteria set carries no star marks (1048's sets under 781). */
  readonly minimaNotMarked: string;
}

/** What the help texts of the `ocop` command mention, written: the version, record kinds, rule set ids, common options. */
export interface HelpLine {
  readonly version: string;
  /** The record kinds, joined with `, `. */
  readonly kinds: string;
  /** The rule set ids, joined with `, `. */
  readonly ruleSetIds: string;
  /** The options every command takes: `[--format table|json|md] [--locale vi|en]`. */
  readonly options: string;
}

/** Words of the `ocop` command (`src/cli`): names, usage errors, report lines, help. Values inside are written already. */
export interface CliText {
  readonly levels: { readonly [L in Level]: string };
  readonly statuses: { readonly [S in TargetStatus]: string };
  readonly kinds: { readonly [K in Target['kind']]: string };
  readonly certificateStatuses: { readonly [S in CertificateStatus['status']]: string };
  /** `n` days until a date. */
  readonly daysLeft: (days: number) => string;
  /** `n` days since a date. */
  readonly daysAgo: (days: number) => string;
  /** How a council meets star minima. */
  readonly minimaCouncil: { readonly majority: string; readonly all: string };
  /** What an unmet star minimum does. */
  readonly minimaPolicy: { readonly cap: string; readonly reject: string };
  readonly instrumentRoles: { readonly base: string; readonly amendment: string };
  readonly yes: string;
  readonly no: string;
  /** Which title of a rule set, part or section this language shows: the printed one or the English one. */
  readonly title: (item: { readonly title: string; readonly titleEn: string }) => string;
  /** Names of positional arguments, in usage errors (`missing argument <file|->`). */
  readonly args: {
    readonly file: string;
    readonly planFile: string;
    readonly kind: string;
    readonly id: string;
    readonly overrideFile: string;
    readonly rulesSubcommand: string;
    /** `ocop units`' argument: a unit code or a name. */
    readonly unitQuery: string;
  };
  /** Usage errors (exit code 2). */
  readonly usage: {
    readonly unknownOption: (option: string) => string;
    readonly takesNoValue: (name: string) => string;
    readonly needsValue: (name: string) => string;
    /** `value` as JSON. */
    readonly notADate: (value: string) => string;
    readonly missingArgument: (name: string) => string;
    readonly unexpectedArgument: (arg: string) => string;
    readonly oneStdin: string;
    /** `code`: Node's error code (`ENOENT`, or `?`); `message`: Node's message. */
    readonly cannotRead: (line: { readonly file: string; readonly code: string; readonly message: string }) => string;
    /** `position`: of the error in the text, when the parser says; `message`: the parser's. */
    readonly notJson: (line: {
      readonly source: string;
      readonly position: string | undefined;
      readonly message: string;
    }) => string;
    readonly unknownKind: (line: { readonly kind: string; readonly kinds: string }) => string;
    readonly missingObservations: string;
    readonly notObservations: (source: string) => string;
    /** `--set` given to a rules subcommand other than show and diff. */
    readonly setOnlyForShow: string;
    /** `ocop rules diff` without `--set N`. */
    readonly missingSet: string;
    readonly unknownRuleSet: (line: { readonly id: string; readonly ids: string }) => string;
    readonly unknownRulesSubcommand: (sub: string) => string;
    /** `value` as JSON. */
    readonly notASetNumber: (value: string) => string;
    readonly mustBeOneOf: (line: { readonly name: string; readonly allowed: string }) => string;
    readonly unknownCommand: (line: { readonly command: string; readonly commands: string }) => string;
    readonly optionNotFor: (line: { readonly name: string; readonly command: string }) => string;
    /** `--format html` with a command other than `progress`. */
    readonly htmlOnlyForProgress: (command: string) => string;
    /** A date option (`--on`, `--to`) that is not a date; `value` as JSON. */
    readonly notADateFor: (line: { readonly name: string; readonly value: string }) => string;
    /** `ocop units migrate` without `--to`. */
    readonly missingTo: string;
    /** `ocop units` given digits that are not a unit code (2, 3 or 5 digits). */
    readonly notAUnitCode: (value: string) => string;
    /** `ocop units <code>` for a code no unit ever had. */
    readonly unknownUnitCode: (code: string) => string;
    /** `ocop units <name>`: no unit of that name on the date, with or without diacritics. */
    readonly noUnitNamed: (line: { readonly name: string; readonly on: string }) => string;
    /** `ocop units migrate`: the file is not a JSON array of records of the kind. */
    readonly notRecords: (line: { readonly source: string; readonly kind: string }) => string;
  };
  /** `ocop validate`'s answer for a valid record. */
  readonly valid: (line: { readonly source: string; readonly kind: string }) => string;
  /** `ocop rate`'s heading when the evaluation names no product. */
  readonly ratingTitle: string;
  /** `ocop rules`. */
  readonly rules: {
    readonly listColumns: readonly string[];
    readonly inForce: (line: { readonly from: string; readonly to: string | null }) => string;
    readonly columns: readonly string[];
    readonly parts: string;
    readonly bands: string;
    readonly recognition: string;
    readonly forwarding: string;
    readonly certificateValidity: string;
    readonly months: (months: number) => string;
    readonly minima: string;
    readonly noCriteriaSets: string;
    readonly criteriaSets: string;
    readonly checked: (line: { readonly source: string; readonly changes: number; readonly base: string }) => string;
    readonly diffColumns: readonly string[];
    /** Where a rule set's criteria sets come from and how far to trust them (`kind`), with the source read. */
    readonly provenance: (provenance: CriteriaSetProvenance) => string;
    /** How many defects of the transcription are known and corrected (148/2023's sets). */
    readonly knownDefects: (count: number) => string;
    /** The criteria sets carry no star marks; `minima`: the rule set has star minima all the same. */
    readonly noStarMarks: (minima: boolean) => string;
  };
  /** `ocop rules diff <a> <b> --set N`. */
  readonly criteriaDiff: {
    readonly heading: (line: { readonly a: string; readonly b: string; readonly setNo: number }) => string;
    /** One side: `a` or `b`, its rule set, set number, title and reference. */
    readonly side: (line: {
      readonly side: 'a' | 'b';
      readonly ruleSet: string;
      readonly setNo: number;
      readonly title: string;
      readonly reference: string;
    }) => string;
    readonly summary: (counts: {
      readonly matched: number;
      readonly added: number;
      readonly removed: number;
      readonly repointed: number;
      readonly remarked: number;
      readonly renamed: number;
    }) => string;
    /** Part, before, after. */
    readonly partColumns: readonly string[];
    /** Section (a → b), title, before, after. */
    readonly sectionColumns: readonly string[];
    /** Code in a, code in b, title, what changed, points and marks in a, in b, how matched. */
    readonly criterionColumns: readonly string[];
    /** The words of the "what changed" column. */
    readonly changes: {
      readonly added: string;
      readonly removed: string;
      readonly repointed: string;
      readonly remarked: string;
      readonly recoded: string;
      readonly retitled: string;
    };
    readonly matchedBy: { readonly [M in CriterionMatch]: string };
    /** The line when nothing changed. */
    readonly noChanges: string;
    /** The line when the two sets' titles differ (set numbers do not always name the same product group). */
    readonly differentTitles: string;
  };
  /** `ocop rules show <id> --set N`. */
  readonly criteriaSet: {
    readonly heading: (setNo: number) => string;
    readonly reference: string;
    readonly partColumns: readonly string[];
    readonly sectionColumns: readonly string[];
    readonly criterionColumns: readonly string[];
  };
  /** `ocop units`. */
  readonly units: UnitsText;
  /** `ocop demo`. */
  readonly demo: {
    readonly heading: string;
    readonly ended: (end: string) => string;
    readonly asOf: (date: string) => string;
    readonly samples: (count: number) => string;
    readonly ratedHeading: string;
    readonly certificateHeading: string;
    readonly notIssued: (line: { readonly id: string; readonly issuedOn: string }) => string;
    /** `status`, `days`: written already. */
    readonly certificate: (line: {
      readonly id: string;
      readonly product: string;
      readonly stars: number;
      readonly issuedOn: string;
      readonly status: string;
      readonly asOf: string;
      readonly validUntil: string;
      readonly days: string;
    }) => string;
  };
  /** What precedes errors on stderr. */
  readonly errors: {
    readonly usage: string;
    readonly seeHelp: string;
    readonly invalidInput: string;
    readonly internal: string;
    /** Ends with a newline. */
    readonly debugHint: string;
  };
  /** `ocop --help`. */
  readonly programHelp: (facts: HelpLine) => string;
  /** `ocop <command> --help`. */
  readonly commandHelp: { readonly [C in Command]: (facts: HelpLine) => string };
}

/**
 * `ocop units <code|name>` and `ocop units migrate` (`src/cli/units-report.ts`,
 * `src/cli/units-migrate.ts`). Units are written already (`Xã Phù Đổng (00541)`): their names are
 * Vietnamese in both languages.
 */
export interface UnitsText {
  readonly levels: { readonly province: string; readonly district: string; readonly commune: string };
  /** How an old commune went into a new one in the 2025 conversion. */
  readonly conversionKinds: { readonly [K in ConversionKind]: string };
  /** Why a record's unit was not migrated. */
  readonly reasons: { readonly [R in RefusalReason]: string };
  /** The heading of the unit a code names on a date. */
  readonly heading: (line: { readonly code: string; readonly on: string; readonly unit: string }) => string;
  /** The heading when no unit had the code on the date. */
  readonly noneOn: (line: { readonly code: string; readonly on: string }) => string;
  /** The row titles of a unit's table. */
  readonly rows: Labels<'code' | 'unit' | 'level' | 'partOf' | 'period'>;
  /** A period; `null` ends are open (beyond the tables). */
  readonly period: (line: { readonly from: string | null; readonly to: string | null }) => string;
  readonly columns: readonly string[];
  /** Before the table of every period of a code. */
  readonly history: (code: string) => string;
  /** What the unit last recorded under the code belongs to on the date. */
  readonly successor: (line: { readonly code: string; readonly on: string; readonly unit: string }) => string;
  /** … when nothing does (a date before the unit existed). */
  readonly noSuccessor: (line: { readonly code: string; readonly on: string }) => string;
  /** Before the 2025 conversion table of an old commune; `split`: it went to several new communes. */
  readonly conversion: (line: { readonly unit: string; readonly split: boolean; readonly count: number }) => string;
  readonly conversionColumns: readonly string[];
  /** The heading of a name's matches. */
  readonly named: (line: { readonly name: string; readonly on: string; readonly count: number }) => string;
  /** The line when the name was found only once diacritics were ignored. */
  readonly diacriticsIgnored: (name: string) => string;
  /** The summary of a migration. */
  readonly migrated: (line: {
    readonly to: string;
    readonly total: number;
    readonly migrated: number;
    readonly refused: number;
    readonly invalid: number;
  }) => string;
  readonly refusedHeading: string;
  /** One refused record; `choices`, `within`: units, written and joined. */
  readonly refusal: (line: {
    readonly index: number;
    readonly id: string;
    readonly path: string;
    readonly code: string;
    readonly reason: string;
    readonly choices: string;
    readonly within: string | undefined;
  }) => string;
  readonly invalidHeading: string;
  /** One invalid record; `issues`: its issue lines, joined. */
  readonly invalid: (line: {
    readonly index: number;
    readonly id: string | undefined;
    readonly issues: string;
  }) => string;
}

/** `starBand`'s words: the message of an `invalid_value` issue on a rule set object's bands. */
export interface BandText {
  /** `value` and `expected`, written (the value as `describeValue` writes it). */
  readonly invalidValue: (line: { readonly value: string; readonly expected: string }) => string;
}
