/**
 * Reports shared by several commands: a plan's progress and a product's rating, as blocks.
 */
import type { Issue, Locale, PlanInput, PlanProgress, Rating } from '../index.js';
import { issueMessage } from '../index.js';
import { REPORT_TEXT } from '../locales/index.js';
import { TARGET_KINDS } from '../model/target-kinds/index.js';
import type { Block } from './format.js';
import { kindName, levelName, percent, statusName, yesNo } from './text.js';

/** `path.to.field: [code] message`, with `(root)` for an empty path. */
export function issueLine(issue: Issue): string {
  return `${issue.path.length === 0 ? '(root)' : issue.path.join('.')}: [${issue.code}] ${issue.message}`;
}

/** The issue with its message in `locale` (the library reports some issues in English). */
export function localizeIssue(issue: Issue, locale: Locale): Issue {
  return { ...issue, message: issueMessage(issue.code, issue.params ?? {}, locale) };
}

/**
 * The observations `evaluatePlan` left out, one line per reason: dated after the as-of date (not
 * known yet on that day) or before the plan's period.
 */
export function ignoredLines(progress: PlanProgress, locale: Locale): string[] {
  const text = REPORT_TEXT[locale];
  const { afterAsOf, beforePeriod } = progress.ignoredObservations;
  return [
    ...(afterAsOf > 0 ? [text.ignoredAfterAsOf({ count: afterAsOf, asOf: progress.asOf })] : []),
    ...(beforePeriod > 0 ? [text.ignoredBeforePeriod(beforePeriod)] : []),
  ];
}

export type TargetRow = PlanProgress['targets'][number];

/** A target's current value: a ratio as a percentage, a count as it is; a dash without data (silence is not 0). */
function showCurrent(target: TargetRow): string {
  if (!target.observed) return '—';
  return TARGET_KINDS[target.kind].measure === 'ratio' ? percent(target.current) : String(target.current);
}

/** A number with its sign: `+12`, `−3` (a minus sign), `0`. */
function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : '0';
}

/**
 * A target's surplus as reports write it: `+12` in its unit for a count, in percentage points
 * for a share (`+5 pp`); a dash for milestones, items (their attainment says it) and without data.
 */
export function showSurplus(target: TargetRow, locale: Locale): string {
  if (target.surplus === null || (target.kind !== 'count' && target.kind !== 'share')) return '—';
  if (target.kind === 'count') return signed(target.surplus);
  return REPORT_TEXT[locale].percentagePoints(signed(Math.round(target.surplus * 1000) / 10));
}

/** A target's attainment as a percentage of the plan (`150%`, not clamped); a dash without data. */
export function showAttainment(target: TargetRow): string {
  return target.attainment === null ? '—' : percent(target.attainment);
}

/** The targets table: one row per target. */
function targetsTable(progress: PlanProgress, locale: Locale): Block {
  const columns = REPORT_TEXT[locale].targetColumns;
  return {
    kind: 'table',
    columns: [
      columns.target,
      columns.kind,
      columns.current,
      columns.progress,
      columns.attainment,
      columns.surplus,
      columns.expected,
      columns.due,
      columns.status,
    ],
    rows: progress.targets.map((t) => [
      t.id,
      kindName(t.kind, locale),
      showCurrent(t),
      t.observed ? percent(t.progress) : '—',
      showAttainment(t),
      showSurplus(t, locale),
      percent(t.expected),
      t.due,
      statusName(t.status, locale),
    ]),
  };
}

/** `Điểm kế hoạch: 80% (3/8 chỉ tiêu có số liệu, 37.5% trọng số).`: the score and what it covers. */
export function scoreLine(progress: PlanProgress, locale: Locale): string {
  const { coverage } = progress;
  return REPORT_TEXT[locale].score({
    score: percent(progress.score),
    targets: coverage.targets,
    of: coverage.of,
    weight: percent(coverage.weight),
  });
}

/** The targets with units below guidance or done late, and those units by name; `(none)` when there are none. */
function belowGuidanceTable(plan: PlanInput, progress: PlanProgress, locale: Locale): Block {
  const text = REPORT_TEXT[locale];
  const below = progress.targets.filter((t) => t.belowGuidance.length > 0 || t.late.length > 0 || t.planLate);
  if (below.length === 0) return { kind: 'text', text: text.none };
  const unitName = (code: string) => plan.units?.find((u) => u.code === code)?.name ?? code;
  const doneLate = (t: TargetRow) =>
    [...t.late.map(unitName), ...(t.planLate ? [text.wholePlan] : [])].join(', ') || '—';
  const columns = text.belowGuidanceColumns;
  return {
    kind: 'table',
    columns: [columns.target, columns.belowGuidance, columns.late],
    rows: below.map((t) => [t.id, t.belowGuidance.map(unitName).join(', ') || '—', doneLate(t)]),
  };
}

/** The targets table and the units below guidance of a plan's progress. */
export function progressBlocks(plan: PlanInput, progress: PlanProgress, locale: Locale): Block[] {
  const text = REPORT_TEXT[locale];
  return [
    { kind: 'heading', text: text.heading({ title: plan.title, asOf: progress.asOf }) },
    { kind: 'text', text: [scoreLine(progress, locale), ...ignoredLines(progress, locale)].join('\n') },
    targetsTable(progress, locale),
    { kind: 'heading', text: text.belowGuidanceHeading },
    belowGuidanceTable(plan, progress, locale),
  ];
}

/** The rating's figures as a two-column table, then its explanation lines. */
export function ratingBlocks(title: string, rating: Rating, locale: Locale): Block[] {
  const text = REPORT_TEXT[locale];
  const unmet =
    rating.unmetMinima
      .map((m) => `${m.criterion} ${m.stars}★ ≥ ${m.points} (${m.sheetsMeeting}/${m.sheets})`)
      .join('; ') || text.none;
  const row = text.ratingRows;
  const rows: string[][] = [
    [row.stars, `${rating.stars}★`],
    [row.average, String(rating.average)],
    [row.band, `${rating.band}★`],
    [row.recognised, yesNo(rating.recognised, locale)],
    [row.authority, levelName(rating.authority, locale)],
    [row.forwardTo, levelName(rating.forwardTo, locale)],
    [row.unmetMinima, unmet],
  ];
  return [
    { kind: 'heading', text: `${title} (${rating.ruleSet})` },
    { kind: 'table', columns: [text.ratingColumns.item, text.ratingColumns.value], rows },
    { kind: 'list', items: rating.explanation.map((line) => line.message[locale]) },
  ];
}
