/**
 * The check of rule data handed to the library: a rule set or criteria set an app built by hand,
 * edited from a shipped one, or read back from JSON. Functions that take one (`rateProduct`'s
 * options, `scoreSheet`, `starMinima`, `resolveRuleSet` and everything that calls it, the
 * fixtures' sheet builders) check it here first, so corrupted rule data is an `OcopRuleError`
 * (`invalid_rule_data`) naming each problem's path, never a TypeError or a quietly wrong star.
 *
 * The check is structural (every field of `RuleSet` / `CriteriaSet` with its type and range,
 * unknown keys refused) and arithmetic (parts A/B/C add up to 100, sections to their part,
 * criteria to their section, each criterion's top option to its maximum, bands contiguous from
 * 0). An object that passes and is deeply frozen (all shipped and adapted rule data is) is
 * remembered, so each is checked once; an unfrozen one is checked at every call, since it may
 * have changed.
 */
import { DEFAULT_LOCALE, type Issue, type IssuePath, type Locale } from '../core/issues.js';
import { makeIssue, ruleError } from '../core/messages.js';
import { checkShape, type Shape, type ShapeReport } from '../core/shape.js';
import { LEVELS } from '../model/level.js';
import { RULE_SET_IDS } from '../model/rule-set-id.js';
import { bandProblems } from './band-checks.js';
import type { CriteriaSet, CriteriaSetInconsistency } from './criteria-set.js';
import type { RuleSet } from './rule-set.js';

const PART_CODES = ['A', 'B', 'C'] as const;
const score: Shape = { number: [0, 100] };
const count = (max: number): Shape => ({ number: [0, max], integer: true });
const texts = (max = 1000): Shape => ({ array: 'text', max });
const level: Shape = { oneOf: LEVELS };
const ruleSetId: Shape = { oneOf: RULE_SET_IDS };
const referenced = (value: Shape): Shape => ({ object: { value, reference: 'text' } });
const monthDay: Shape = {
  object: {
    month: { number: [1, 12], integer: true },
    day: { number: [1, 31], integer: true },
    yearOffset: { number: [0, 1], integer: true },
  },
  optional: ['yearOffset'],
};

const CRITERIA_SET: Shape = {
  object: {
    ruleSet: ruleSetId,
    setNo: { number: [1, 99], integer: true },
    title: 'text',
    reference: 'text',
    parts: {
      array: {
        object: {
          part: { oneOf: PART_CODES },
          title: 'text',
          titleEn: 'text',
          max: score,
          sections: {
            array: {
              object: { code: 'text', title: 'text', titleEn: 'text', description: 'text', max: score },
              optional: ['description'],
            },
            min: 1,
            max: 30,
          },
        },
      },
      min: 3,
      max: 3,
    },
    criteria: {
      array: {
        object: {
          code: 'text',
          part: { oneOf: PART_CODES },
          section: 'text',
          title: 'text',
          description: 'text',
          max: score,
          options: {
            array: {
              object: { points: score, label: 'text', minStars: { oneOf: [3, 4, 5] }, implied: { oneOf: [true] } },
              optional: ['minStars', 'implied'],
            },
            min: 1,
            max: 20,
          },
          notes: {
            array: {
              object: { kind: { oneOf: ['requirement', 'condition', 'knock-out', 'exclusion', 'note'] }, text: 'text' },
            },
            max: 20,
          },
          additive: { oneOf: [true] },
        },
        optional: ['description', 'notes', 'additive'],
      },
      min: 1,
      max: 200,
    },
    disqualifiers: texts(200),
    starLegend: 'boolean',
    transcriptionNotes: texts(),
    provenance: { object: { kind: { oneOf: ['official-text', 'third-party-transcription'] }, source: 'text' } },
    inconsistencies: {
      array: { object: { what: 'text', value: { number: [0, 1000] }, expected: { number: [0, 1000] } } },
      max: 200,
    },
    adaptations: {
      object: {
        minima: {
          array: {
            object: {
              criterion: 'text',
              stars: { oneOf: [3, 4, 5] },
              points: score,
              reference: 'text',
              replaces: 'text',
            },
            optional: ['replaces'],
          },
          max: 2000,
        },
        disqualifiers: { array: { object: { text: 'text', reference: 'text' } }, max: 200 },
      },
    },
  },
  optional: ['transcriptionNotes', 'provenance', 'inconsistencies', 'adaptations'],
};

const limit = referenced(count(3650));
const RULE_SET: Shape = {
  object: {
    id: ruleSetId,
    title: 'text',
    titleEn: 'text',
    instruments: {
      array: {
        object: { number: 'text', date: 'date', signer: 'text', role: { oneOf: ['base', 'amendment'] } },
        optional: ['signer'],
      },
      min: 1,
      max: 20,
    },
    effectiveFrom: 'date',
    effectiveTo: { nullable: 'date' },
    parts: referenced({ object: { A: score, B: score, C: score } }),
    bands: referenced({
      array: { object: { stars: { oneOf: [1, 2, 3, 4, 5] }, from: score, below: { nullable: score } } },
      min: 5,
      max: 5,
    }),
    levels: referenced({ array: level, min: 1, max: 3 }),
    recognition: referenced({ object: { 3: level, 4: level, 5: level } }),
    forwarding: referenced({ object: { district: score, province: score, central: score }, optional: LEVELS }),
    certificateValidityMonths: referenced({ number: [1, 1200], integer: true }),
    averaging: referenced({ object: { decimals: count(20), rounding: { oneOf: ['half-up'] } } }),
    minima: referenced({
      object: { exist: 'boolean', council: { oneOf: ['majority', 'all'] }, policy: { oneOf: ['cap', 'reject'] } },
    }),
    transition: referenced({
      object: {
        from: ruleSetId,
        pendingSubmittedBefore: 'date',
        lastDay: { object: { first: 'date', upgrade: 'date', 're-evaluation': 'date' } },
      },
    }),
    procedures: {
      object: {
        communePreAssessmentWorkingDays: limit,
        reEvaluationMaxDays: limit,
        revocationDays: limit,
        renewalWindowDaysBefore: referenced({ object: { earliest: count(3650), latest: count(3650) } }),
        expiryGraceDays: limit,
        expiryNoticeDaysBefore: limit,
      },
      optional: [
        'communePreAssessmentWorkingDays',
        'reEvaluationMaxDays',
        'revocationDays',
        'renewalWindowDaysBefore',
        'expiryGraceDays',
        'expiryNoticeDaysBefore',
      ],
    },
    rounds: referenced({
      array: {
        object: {
          level: { oneOf: ['province', 'central'] },
          round: { number: [1, 20], integer: true },
          proposalsBefore: monthDay,
          heldBefore: monthDay,
        },
      },
      max: 20,
    }),
    criteriaSets: count(99),
    notes: texts(),
    criteria: { array: CRITERIA_SET, max: 99 },
    daysOff: { array: { object: { date: 'date', name: 'text', reference: 'text' } }, max: 5000 },
    derivedFrom: ruleSetId,
    overrides: {
      array: {
        object: { id: 'text', title: 'text', jurisdiction: 'text', effectiveFrom: 'date', effectiveTo: 'date' },
        optional: ['effectiveTo'],
      },
      max: 100,
    },
    replacesNational: 'boolean',
  },
  optional: ['transition', 'rounds', 'criteria', 'daysOff', 'derivedFrom', 'overrides', 'replacesNational'],
};

/** Sums in hundredths, so that 0.5-point options add up exactly. */
const sum = (values: readonly number[]) => values.reduce((total, value) => total + Math.round(value * 100), 0) / 100;

type Bad = (path: IssuePath, what: string, value: unknown, expected: unknown) => void;

/** Parts in order A, B, C with the rule set's maxima, sections adding up to their part and criteria to their section; returns each section's part. */
function partIssues(
  set: CriteriaSet,
  parts: { readonly A: number; readonly B: number; readonly C: number } | undefined,
  at: IssuePath,
  bad: Bad,
  issues: Issue[],
): Map<string, string> {
  const partOfSection = new Map<string, string>();
  set.parts.forEach((part, i) => {
    const expected = PART_CODES[i] ?? 'A';
    if (part.part !== expected) bad([...at, 'parts', i, 'part'], 'part', part.part, expected);
    if (parts !== undefined && part.max !== parts[expected])
      bad([...at, 'parts', i, 'max'], `part ${expected} maximum`, part.max, parts[expected]);
    const sections = sum(part.sections.map((s) => s.max));
    if (sections !== part.max)
      bad([...at, 'parts', i, 'sections'], `sections of part ${part.part}`, sections, part.max);
    part.sections.forEach((section, j) => {
      if (partOfSection.has(section.code))
        issues.push(makeIssue('duplicate', [...at, 'parts', i, 'sections', j, 'code'], { value: section.code }));
      partOfSection.set(section.code, part.part);
      const total = sum(set.criteria.filter((c) => c.section === section.code).map((c) => c.max));
      if (total !== section.max)
        bad([...at, 'parts', i, 'sections', j], `criteria of section ${section.code}`, total, section.max);
    });
  });
  return partOfSection;
}

/**
 * Unique codes, each criterion in a section of its own part, and its options reaching its
 * maximum: the top option, or for an additive criterion the sum of the options.
 */
function criterionIssues(
  set: CriteriaSet,
  partOfSection: ReadonlyMap<string, string>,
  at: IssuePath,
  bad: Bad,
  issues: Issue[],
): Set<string> {
  const codes = new Set<string>();
  set.criteria.forEach((criterion, k) => {
    if (codes.has(criterion.code))
      issues.push(makeIssue('duplicate', [...at, 'criteria', k, 'code'], { value: criterion.code }));
    codes.add(criterion.code);
    const sectionPart = partOfSection.get(criterion.section);
    if (sectionPart !== criterion.part)
      bad(
        [...at, 'criteria', k, 'section'],
        `part of section ${criterion.section}`,
        sectionPart ?? 'no such section',
        criterion.part,
      );
    const points = criterion.options.map((o) => o.points);
    if (criterion.additive === true) {
      const total = sum(points);
      if (total !== criterion.max)
        bad([...at, 'criteria', k, 'options'], `options sum of ${criterion.code}`, total, criterion.max);
    } else if (Math.max(...points) !== criterion.max)
      bad([...at, 'criteria', k, 'options'], `top option of ${criterion.code}`, Math.max(...points), criterion.max);
  });
  return codes;
}

/** The sum issues of a set before its `inconsistencies` are applied. */
function rawSumIssues(
  set: CriteriaSet,
  parts: { readonly A: number; readonly B: number; readonly C: number } | undefined,
  at: IssuePath,
): Issue[] {
  const issues: Issue[] = [];
  const bad: Bad = (path, what, value, expected) =>
    issues.push(makeIssue('invalid_criteria_set', path, { what, value, expected }));
  const codes = criterionIssues(set, partIssues(set, parts, at, bad, issues), at, bad, issues);
  set.adaptations?.minima.forEach((m, i) => {
    if (!codes.has(m.criterion))
      bad(
        [...at, 'adaptations', 'minima', i, 'criterion'],
        'criterion of an adapted minimum',
        m.criterion,
        'a criterion of the set',
      );
  });
  return issues;
}

/** Whether `issue` is the `invalid_criteria_set` issue that `entry` keeps. */
function keeps(entry: CriteriaSetInconsistency, issue: Issue): boolean {
  if (issue.code !== 'invalid_criteria_set') return false;
  const params = issue.params;
  return params?.what === entry.what && params.value === entry.value && params.expected === entry.expected;
}

/**
 * `issues` without those that the set's `inconsistencies` keep (each entry silences every issue it
 * matches), plus an `invalid_criteria_set` issue for each entry that matches none (stale).
 */
function withInconsistencies(set: CriteriaSet, issues: readonly Issue[], at: IssuePath): Issue[] {
  const entries = set.inconsistencies ?? [];
  if (entries.length === 0) return [...issues];
  const kept = issues.filter((issue) => !entries.some((entry) => keeps(entry, issue)));
  entries.forEach((entry, i) => {
    if (!issues.some((issue) => keeps(entry, issue)))
      kept.push(
        makeIssue('invalid_criteria_set', [...at, 'inconsistencies', i], {
          what: `stale inconsistency "${entry.what}" (${entry.value} for ${entry.expected})`,
          value: 'no such issue',
          expected: 'an issue of the set',
        }),
      );
  });
  return kept;
}

/**
 * The arithmetic of a structurally valid criteria set: parts in order A, B, C (with the rule
 * set's maxima `parts`, when the set belongs to a known rule set), sections adding up to their
 * part, criteria to their section (each in a section of its own part), unique codes, each
 * criterion's top option equal to its maximum (for an additive criterion, the sum of its
 * options), and adapted minima naming criteria of the set. An issue that the set lists in
 * `inconsistencies` (printed numbers kept as printed) is not reported; an entry there that
 * matches no issue is. Paths start at `at`.
 *
 * @example
 * ```ts
 * import { QD26_SET_01 } from 'ocop/rules/qd26-2026/01';
 * criteriaSetSumIssues(QD26_SET_01, { A: 40, B: 25, C: 35 }, ['criteria']); // []
 * ```
 */
export function criteriaSetSumIssues(
  set: CriteriaSet,
  parts: { readonly A: number; readonly B: number; readonly C: number } | undefined,
  at: IssuePath,
): Issue[] {
  return withInconsistencies(set, rawSumIssues(set, parts, at), at);
}

/** The arithmetic of a structurally valid rule set: parts add up to 100, bands run from 0 to the top without gaps, its criteria sets add up. */
function ruleSetSumIssues(rules: RuleSet, at: IssuePath): Issue[] {
  const issues: Issue[] = [];
  const { A, B, C } = rules.parts.value;
  if (sum([A, B, C]) !== 100)
    issues.push(makeIssue('invalid_value', [...at, 'parts', 'value'], { value: sum([A, B, C]), expected: 100 }));
  for (const { path, value, expected } of bandProblems(rules.bands.value))
    issues.push(makeIssue('invalid_value', [...at, 'bands', 'value', ...path], { value, expected }));
  rules.criteria?.forEach((set, i) => {
    if (set.ruleSet !== rules.id)
      issues.push(
        makeIssue('rule_set_mismatch', [...at, 'criteria', i, 'ruleSet'], { value: set.ruleSet, expected: rules.id }),
      );
    issues.push(...criteriaSetSumIssues(set, rules.parts.value, [...at, 'criteria', i]));
  });
  return issues;
}

/** Objects that passed and were deeply frozen: checked once. */
const VERIFIED = new WeakSet<object>();

/** A criteria set passed on its own: its sums, and its parts adding up to 100. */
function criteriaSetSums(set: CriteriaSet, path: IssuePath): Issue[] {
  const issues = rawSumIssues(set, undefined, path);
  const total = sum(set.parts.map((part) => part.max));
  if (total !== 100)
    issues.push(
      makeIssue('invalid_criteria_set', [...path, 'parts'], {
        what: 'parts A + B + C',
        value: total,
        expected: 100,
      }),
    );
  return withInconsistencies(set, issues, path);
}

const CRITERIA_SET_DATA: RuleData<CriteriaSet> = { shape: CRITERIA_SET, sums: criteriaSetSums };
const RULE_SET_DATA: RuleData<RuleSet> = { shape: RULE_SET, sums: ruleSetSumIssues };

/** A kind of rule data: its shape, and the checks of its sums once the shape is right. */
interface RuleData<T> {
  readonly shape: Shape;
  readonly sums: (value: T, at: IssuePath) => Issue[];
}

/** `value` if it is well-formed rule data of `kind` (checked once when deeply frozen); otherwise throws `OcopRuleError`. */
function accept<T extends object>(value: unknown, kind: RuleData<T>, at: IssuePath, locale: Locale): T {
  if (value !== null && typeof value === 'object' && VERIFIED.has(value)) return value as T;
  const report: ShapeReport = { issues: [], frozen: true };
  const issues = checkShape(value, kind.shape, at, report) ? kind.sums(value as T, at) : report.issues;
  if (issues.length > 0) throw ruleError(issues, 'rule-data', locale);
  if (report.frozen) VERIFIED.add(value as T);
  return value as T;
}

/**
 * Whether a criteria set or rule set was checked and is deeply frozen, so that what is derived
 * from it (a compiled set) may be kept.
 *
 * @example
 * ```ts
 * import { QD26_SET_01 } from 'ocop/rules/qd26-2026/01';
 * isVerifiedRuleData(acceptCriteriaSet(QD26_SET_01, ['criteria'])); // true
 * ```
 */
export function isVerifiedRuleData(value: object): boolean {
  return VERIFIED.has(value);
}

/**
 * `value` if it is a well-formed criteria set; otherwise throws `OcopRuleError`
 * (`invalid_rule_data`) with every problem, paths starting at `at`, messages in `locale`. On its own a set's part
 * maxima must add up to 100 (a province may have replaced the national ones); carried by a rule
 * set, they must be that rule set's (`acceptRuleSet`).
 *
 * @example
 * ```ts
 * import { QD26_SET_01 } from 'ocop/rules/qd26-2026/01';
 * acceptCriteriaSet({ ...QD26_SET_01, starLegend: 'yes' }, ['options', 'criteria']); // throws: options.criteria.starLegend
 * ```
 */
export function acceptCriteriaSet(value: unknown, at: IssuePath, locale: Locale = DEFAULT_LOCALE): CriteriaSet {
  return accept(value, CRITERIA_SET_DATA, at, locale);
}

/**
 * `value` if it is a well-formed rule set (with any criteria sets it carries); otherwise throws
 * `OcopRuleError` (`invalid_rule_data`) with every problem, paths starting at `at`, messages in
 * `locale`.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'ocop';
 * const rules = getRuleSet('qd26-2026');
 * acceptRuleSet({ ...rules, certificateValidityMonths: { ...rules.certificateValidityMonths, value: -1 } }, ['ruleSet']); // throws
 * ```
 */
export function acceptRuleSet(value: unknown, at: IssuePath, locale: Locale = DEFAULT_LOCALE): RuleSet {
  return accept(value, RULE_SET_DATA, at, locale);
}
