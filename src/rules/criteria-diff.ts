/**
 * What changed in one product group between two criteria sets (`diffCriteriaSets`), e.g. set 1
 * of 148/QĐ-TTg against set 1 of 26/2026/QĐ-TTg: criteria added and removed, re-pointed,
 * re-marked, and matched under another code or title; parts and sections whose maxima changed.
 *
 * Codes are not stable across decisions (148 letters its criteria, "1.a"; 26/2026 numbers them,
 * "1.1"), so criteria are paired by their titles first and by code only after that; each pair
 * says how it was made.
 */
import { localeOnlyOptions } from '../core/guards.js';
import type { LocaleOptions } from '../core/issues.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import type { CriteriaSet, CriteriaSection, Criterion, MarkedStar, PartCode } from './criteria-set.js';
import { acceptCriteriaSet } from './rule-data-check.js';

/**
 * How a pair of criteria was matched, in the order the passes run:
 * - `code-and-title`: the same code and the same title (normalised: NFC, case, spacing,
 *   punctuation);
 * - `title`: the same title under another code, in the matching section or elsewhere;
 * - `similar-title`: in the matching section, titles sharing most of their words (Dice
 *   coefficient of the word sets ≥ 0.6, best pairs first);
 * - `code`: the same code, different titles;
 * - `section`: the only criterion left unmatched on each side of a matching section (e.g. 148's
 *   "7.a" and 26/2026's "7", a section scored as one criterion).
 *
 * @example
 * ```ts
 * import type { CriterionMatch } from 'ocop/adapt';
 * const sure = (m: CriterionMatch) => m === 'code-and-title' || m === 'title';
 * ```
 */
export type CriterionMatch = 'code-and-title' | 'title' | 'similar-title' | 'code' | 'section';

/**
 * A star mark of a criterion: the star and the points of the option that carries it.
 *
 * @example
 * ```ts
 * import type { StarMark } from 'ocop/adapt';
 * const mark: StarMark = { stars: 4, points: 2 };
 * ```
 */
export interface StarMark {
  readonly stars: MarkedStar;
  readonly points: number;
}

/**
 * A criterion as the diff reports it: where it is, its maximum, its options' points in printed
 * order, its star marks, and `additive` when its ticked options add up (1048's set 26).
 *
 * @example
 * ```ts
 * import type { CriterionSummary } from 'ocop/adapt';
 * const c: CriterionSummary = {
 *   code: '1.3', part: 'A', section: '1', title: 'Gia tăng giá trị', max: 3,
 *   points: [1, 2, 3], marks: [{ stars: 5, points: 3 }],
 * };
 * ```
 */
export interface CriterionSummary {
  readonly code: string;
  readonly part: PartCode;
  readonly section: string;
  readonly title: string;
  readonly max: number;
  readonly points: readonly number[];
  readonly marks: readonly StarMark[];
  readonly additive?: true;
}

/**
 * A star whose marks moved: the points of the options carrying it before and after (ascending;
 * empty when the criterion had no such mark).
 *
 * @example
 * ```ts
 * import type { StarMarkChange } from 'ocop/adapt';
 * const moved: StarMarkChange = { stars: 4, before: [], after: [2] }; // a 4★ mark added on the 2-point option
 * ```
 */
export interface StarMarkChange {
  readonly stars: MarkedStar;
  readonly before: readonly number[];
  readonly after: readonly number[];
}

/**
 * Two criteria paired by the diff, `a`'s and `b`'s, with how they were matched and what differs:
 * the code, the title (compared normalised), the points (`repointed`: the maximum, the options'
 * points, or whether they add up) and the star marks.
 *
 * @example
 * ```ts
 * import type { CriterionPair } from 'ocop/adapt';
 * const line = (p: CriterionPair) => `${p.a.code} → ${p.b.code} (${p.matchedBy})`;
 * ```
 */
export interface CriterionPair {
  readonly a: CriterionSummary;
  readonly b: CriterionSummary;
  readonly matchedBy: CriterionMatch;
  readonly codeChanged: boolean;
  readonly titleChanged: boolean;
  readonly repointed: boolean;
  /** One entry per star whose marks differ, 3★ first; empty when the marks are the same. */
  readonly marks: readonly StarMarkChange[];
}

/**
 * A part whose maximum changed.
 *
 * @example
 * ```ts
 * import type { PartMaximumChange } from 'ocop/adapt';
 * const a: PartMaximumChange = { part: 'A', before: 35, after: 40 };
 * ```
 */
export interface PartMaximumChange {
  readonly part: PartCode;
  readonly before: number;
  readonly after: number;
}

/**
 * A section (its code, title and maximum) on one side of the diff.
 *
 * @example
 * ```ts
 * import type { SectionSummary } from 'ocop/adapt';
 * const s: SectionSummary = { code: '7', part: 'C', title: 'DINH DƯỠNG', max: 3 };
 * ```
 */
export interface SectionSummary {
  readonly code: string;
  readonly part: PartCode;
  readonly title: string;
  readonly max: number;
}

/**
 * A section whose maximum changed (both sides), or that is only in `a` (`after` absent) or only
 * in `b` (`before` absent). Sections are matched by normalised title, then by code.
 *
 * @example
 * ```ts
 * import type { SectionChange } from 'ocop/adapt';
 * const c: SectionChange = {
 *   before: { code: '7', part: 'C', title: 'DINH DƯỠNG', max: 2 },
 *   after: { code: '7', part: 'C', title: 'DINH DƯỠNG', max: 3 },
 * };
 * ```
 */
export interface SectionChange {
  readonly before?: SectionSummary;
  readonly after?: SectionSummary;
}

/**
 * Which criteria set a side of the diff is.
 *
 * @example
 * ```ts
 * import type { CriteriaSetRef } from 'ocop/adapt';
 * const ref: CriteriaSetRef = {
 *   ruleSet: 'qd26-2026', setNo: 1, title: 'Rau, củ, quả, hạt tươi',
 *   reference: 'Quyết định 26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm số 1',
 * };
 * ```
 */
export interface CriteriaSetRef {
  readonly ruleSet: RuleSetId;
  readonly setNo: number;
  readonly title: string;
  readonly reference: string;
}

/**
 * The difference between two criteria sets (`diffCriteriaSets(a, b)`), as plain data:
 * - `parts`, `sections`: maxima that changed, sections only on one side;
 * - `added`: criteria only in `b`; `removed`: only in `a` (each in its set's order);
 * - `matched`: every pair, in `b`'s order; `repointed`, `remarked`, `renamed` are the pairs whose
 *   points, star marks, or code or title differ (a pair can be in several).
 *
 * @example
 * ```ts
 * import type { CriteriaSetDiff } from 'ocop/adapt';
 * const unchanged = (d: CriteriaSetDiff) =>
 *   d.parts.length + d.sections.length + d.added.length + d.removed.length + d.repointed.length + d.remarked.length + d.renamed.length === 0;
 * ```
 */
export interface CriteriaSetDiff {
  readonly a: CriteriaSetRef;
  readonly b: CriteriaSetRef;
  readonly parts: readonly PartMaximumChange[];
  readonly sections: readonly SectionChange[];
  readonly added: readonly CriterionSummary[];
  readonly removed: readonly CriterionSummary[];
  readonly repointed: readonly CriterionPair[];
  readonly remarked: readonly CriterionPair[];
  readonly renamed: readonly CriterionPair[];
  readonly matched: readonly CriterionPair[];
}

const STARS: readonly MarkedStar[] = [3, 4, 5];
const SIMILAR = 0.6;

/** A title for comparison: NFC, lower case, punctuation and star marks as spaces, spacing collapsed. */
function normaliseTitle(title: string): string {
  return title
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Dice coefficient of two titles' word sets (0 … 1). */
function similarity(a: string, b: string): number {
  const left = new Set(a.split(' ').filter(Boolean));
  const right = new Set(b.split(' ').filter(Boolean));
  if (left.size + right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

function summary(c: Criterion): CriterionSummary {
  const marks: StarMark[] = [];
  for (const o of c.options) if (o.minStars !== undefined) marks.push({ stars: o.minStars, points: o.points });
  return {
    code: c.code,
    part: c.part,
    section: c.section,
    title: c.title,
    max: c.max,
    points: c.options.map((o) => o.points),
    marks,
    ...(c.additive === true ? { additive: true as const } : {}),
  };
}

const setRef = (s: CriteriaSet): CriteriaSetRef => ({
  ruleSet: s.ruleSet,
  setNo: s.setNo,
  title: s.title,
  reference: s.reference,
});

const sameNumbers = (x: readonly number[], y: readonly number[]) =>
  x.length === y.length && x.every((v, i) => v === y[i]);

const pointsMarked = (c: CriterionSummary, stars: MarkedStar) =>
  c.marks
    .filter((m) => m.stars === stars)
    .map((m) => m.points)
    .sort((x, y) => x - y);

function markChanges(a: CriterionSummary, b: CriterionSummary): StarMarkChange[] {
  return STARS.map((stars) => ({ stars, before: pointsMarked(a, stars), after: pointsMarked(b, stars) })).filter(
    (m) => !sameNumbers(m.before, m.after),
  );
}

function pairOf(a: CriterionSummary, b: CriterionSummary, matchedBy: CriterionMatch): CriterionPair {
  return {
    a,
    b,
    matchedBy,
    codeChanged: a.code !== b.code,
    titleChanged: normaliseTitle(a.title) !== normaliseTitle(b.title),
    // the points a sheet may give change too when one side adds up its options and the other does not
    repointed: a.max !== b.max || !sameNumbers(a.points, b.points) || a.additive !== b.additive,
    marks: markChanges(a, b),
  };
}

interface Side {
  readonly items: readonly CriterionSummary[];
  readonly titles: readonly string[];
  readonly free: Set<number>;
}

const side = (set: CriteriaSet): Side => {
  const items = set.criteria.map(summary);
  return { items, titles: items.map((c) => normaliseTitle(c.title)), free: new Set(items.keys()) };
};

/** The state of the matching: both sides, `a`'s section code → `b`'s, and the pairs found (by index). */
interface Matching {
  readonly a: Side;
  readonly b: Side;
  readonly sections: ReadonlyMap<string, string>;
  readonly pairs: Array<{ i: number; j: number; by: CriterionMatch }>;
}

function take(m: Matching, i: number, j: number, by: CriterionMatch): void {
  m.a.free.delete(i);
  m.b.free.delete(j);
  m.pairs.push({ i, j, by });
}

const inMatchingSection = (m: Matching, i: number, j: number) =>
  m.sections.get(m.a.items[i]?.section ?? '') === m.b.items[j]?.section;

/** One pass: each free criterion of `a` in order takes the first free one of `b` that `fits`. */
function firstFit(m: Matching, fits: (i: number, j: number) => boolean, by: (i: number, j: number) => CriterionMatch) {
  for (const i of [...m.a.free]) {
    const j = [...m.b.free].find((k) => fits(i, k));
    if (j !== undefined) take(m, i, j, by(i, j));
  }
}

/** Titles sharing most of their words, in matching sections, best pairs first. */
function similarPass(m: Matching): void {
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  for (const i of m.a.free) {
    for (const j of m.b.free) {
      const score = inMatchingSection(m, i, j) ? similarity(m.a.titles[i] ?? '', m.b.titles[j] ?? '') : 0;
      if (score >= SIMILAR) candidates.push({ i, j, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) if (m.a.free.has(i) && m.b.free.has(j)) take(m, i, j, 'similar-title');
}

/** The only criterion left on each side of a matching section. */
function sectionPass(m: Matching): void {
  const freeIn = (s: Side, section: string) => [...s.free].filter((k) => s.items[k]?.section === section);
  for (const [fromSection, toSection] of m.sections) {
    const left = freeIn(m.a, fromSection);
    const right = freeIn(m.b, toSection);
    if (left.length === 1 && right.length === 1) take(m, left[0] as number, right[0] as number, 'section');
  }
}

function matchCriteria(m: Matching): void {
  const sameTitle = (i: number, j: number) => m.a.titles[i] === m.b.titles[j];
  const sameCode = (i: number, j: number) => m.a.items[i]?.code === m.b.items[j]?.code;
  const titleBy = (i: number, j: number): CriterionMatch => (sameCode(i, j) ? 'code-and-title' : 'title');
  firstFit(m, (i, j) => sameTitle(i, j) && inMatchingSection(m, i, j), titleBy);
  firstFit(m, sameTitle, titleBy);
  similarPass(m);
  firstFit(m, sameCode, () => 'code');
  sectionPass(m);
}

const sectionsOf = (set: CriteriaSet): SectionSummary[] =>
  set.parts.flatMap((p) =>
    p.sections.map((s: CriteriaSection) => ({ code: s.code, part: p.part, title: s.title, max: s.max })),
  );

/** Sections paired by normalised title, then by code; the changed ones, and `a`'s code → `b`'s. */
function matchSections(a: CriteriaSet, b: CriteriaSet): { changes: SectionChange[]; map: Map<string, string> } {
  const left = sectionsOf(a);
  const right = sectionsOf(b);
  const free = new Set(right.keys());
  const map = new Map<string, string>();
  const paired = new Map<number, number>();
  const tryPair = (fits: (x: SectionSummary, y: SectionSummary) => boolean) =>
    left.forEach((x, i) => {
      const j = paired.has(i) ? undefined : [...free].find((k) => fits(x, right[k] as SectionSummary));
      if (j === undefined) return;
      free.delete(j);
      paired.set(i, j);
      map.set(x.code, (right[j] as SectionSummary).code);
    });
  tryPair((x, y) => normaliseTitle(x.title) === normaliseTitle(y.title));
  tryPair((x, y) => x.code === y.code);
  const changes: SectionChange[] = [];
  left.forEach((x, i) => {
    const y = right[paired.get(i) ?? -1];
    if (y === undefined) changes.push({ before: x });
    else if (y.max !== x.max) changes.push({ before: x, after: y });
  });
  for (const j of free) changes.push({ after: right[j] as SectionSummary });
  return { changes, map };
}

function partChanges(a: CriteriaSet, b: CriteriaSet): PartMaximumChange[] {
  const changes: PartMaximumChange[] = [];
  for (const p of a.parts) {
    const other = b.parts.find((q) => q.part === p.part);
    if (other !== undefined && other.max !== p.max) changes.push({ part: p.part, before: p.max, after: other.max });
  }
  return changes;
}

/**
 * What changed in a product group between two criteria sets: parts and sections whose maxima
 * changed, criteria added (only in `b`) and removed (only in `a`), and every pair of matched
 * criteria with how it was matched (see {@link CriterionMatch}: by normalised title first, then
 * by code, within matching sections where possible) and whether it was re-pointed, re-marked, or
 * matched under another code or title. Plain data in and out; the inputs are not changed. An
 * input that is not a well-formed criteria set throws `OcopRuleError` (`invalid_rule_data`) with
 * paths starting at `a` or `b`, messages in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { diffCriteriaSets } from 'ocop/adapt';
 * import { QD26_SET_01 } from 'ocop/rules/qd26-2026/01';
 * const moved = {
 *   ...QD26_SET_01,
 *   criteria: QD26_SET_01.criteria.map((c) =>
 *     c.code === '1.3' ? { ...c, options: c.options.map((o) => (o.points === 3 ? { points: 3, label: o.label, minStars: 4 as const } : o)) } : c,
 *   ),
 * };
 * const diff = diffCriteriaSets(QD26_SET_01, moved);
 * diff.remarked.map((p) => [p.b.code, p.marks]);
 * // [['1.3', [{ stars: 4, before: [], after: [3] }, { stars: 5, before: [3], after: [] }]]]
 * diffCriteriaSets(QD26_SET_01, QD26_SET_01, { locale: 'en' }).added; // []
 * ```
 */
export function diffCriteriaSets(a: CriteriaSet, b: CriteriaSet, options?: LocaleOptions): CriteriaSetDiff {
  const locale = localeOnlyOptions(options);
  const left = acceptCriteriaSet(a, ['a'], locale);
  const right = acceptCriteriaSet(b, ['b'], locale);
  const sections = matchSections(left, right);
  const m: Matching = { a: side(left), b: side(right), sections: sections.map, pairs: [] };
  matchCriteria(m);
  const matched = m.pairs
    .sort((x, y) => x.j - y.j)
    .map(({ i, j, by }) => pairOf(m.a.items[i] as CriterionSummary, m.b.items[j] as CriterionSummary, by));
  const only = (s: Side) => [...s.free].sort((x, y) => x - y).map((k) => s.items[k] as CriterionSummary);
  return {
    a: setRef(left),
    b: setRef(right),
    parts: partChanges(left, right),
    sections: sections.changes,
    added: only(m.b),
    removed: only(m.a),
    repointed: matched.filter((p) => p.repointed),
    remarked: matched.filter((p) => p.marks.length > 0),
    renamed: matched.filter((p) => p.codeChanged || p.titleChanged),
    matched,
  };
}
