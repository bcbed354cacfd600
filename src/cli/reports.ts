/**
 * Reports shared by several commands: a plan's progress and a product's rating, as blocks.
 */
import type { Issue, Locale, PlanInput, PlanProgress, Rating } from '../index.js';
import { issueMessage } from '../index.js';
import type { Block } from './format.js';
import { kindName, levelName, percent, pick, statusName, yesNo } from './text.js';

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
  const { afterAsOf, beforePeriod } = progress.ignoredObservations;
  const observations = (n: number) => `${n} ${n === 1 ? 'observation' : 'observations'}`;
  return [
    ...(afterAsOf > 0
      ? [
          pick(
            locale,
            `Đã bỏ qua ${afterAsOf} quan sát có ngày sau ngày xem (${progress.asOf}).`,
            `${observations(afterAsOf)} dated after the as-of date (${progress.asOf}) ignored.`,
          ),
        ]
      : []),
    ...(beforePeriod > 0
      ? [
          pick(
            locale,
            `Đã bỏ qua ${beforePeriod} quan sát có ngày trước kỳ kế hoạch.`,
            `${observations(beforePeriod)} dated before the plan's period ignored.`,
          ),
        ]
      : []),
  ];
}

/** The targets table and the units below guidance of a plan's progress. */
export function progressBlocks(plan: PlanInput, progress: PlanProgress, locale: Locale): Block[] {
  const unitName = (code: string) => plan.units?.find((u) => u.code === code)?.name ?? code;
  const showCurrent = (kind: string, current: number) => (kind === 'share' ? percent(current) : String(current));
  const below = progress.targets.filter((t) => t.belowGuidance.length > 0 || t.late.length > 0 || t.planLate);
  const doneLate = (t: PlanProgress['targets'][number]) =>
    [...t.late.map(unitName), ...(t.planLate ? [pick(locale, 'cả kế hoạch', 'the whole plan')] : [])].join(', ') || '—';
  return [
    {
      kind: 'heading',
      text: pick(locale, `${plan.title} — ngày ${progress.asOf}`, `${plan.title} — as of ${progress.asOf}`),
    },
    {
      kind: 'text',
      text: [
        pick(locale, `Điểm kế hoạch: ${percent(progress.score)}.`, `Plan score: ${percent(progress.score)}.`),
        ...ignoredLines(progress, locale),
      ].join('\n'),
    },
    {
      kind: 'table',
      columns:
        locale === 'vi'
          ? ['Mục tiêu', 'Loại', 'Hiện đạt', 'Tiến độ', 'Kỳ vọng', 'Hạn', 'Trạng thái']
          : ['Target', 'Kind', 'Current', 'Progress', 'Expected', 'Due', 'Status'],
      rows: progress.targets.map((t) => [
        t.id,
        kindName(t.kind, locale),
        showCurrent(t.kind, t.current),
        percent(t.progress),
        percent(t.expected),
        t.due,
        statusName(t.status, locale),
      ]),
    },
    { kind: 'heading', text: pick(locale, 'Đơn vị dưới mức hướng dẫn', 'Units below guidance') },
    below.length === 0
      ? { kind: 'text', text: pick(locale, '(không có)', '(none)') }
      : {
          kind: 'table',
          columns:
            locale === 'vi'
              ? ['Mục tiêu', 'Dưới mức hướng dẫn', 'Hoàn thành muộn']
              : ['Target', 'Below guidance', 'Done late'],
          rows: below.map((t) => [t.id, t.belowGuidance.map(unitName).join(', ') || '—', doneLate(t)]),
        },
  ];
}

/** The rating's figures as a two-column table, then its explanation lines. */
export function ratingBlocks(title: string, rating: Rating, locale: Locale): Block[] {
  const unmet =
    rating.unmetMinima
      .map((m) => `${m.criterion} ${m.stars}★ ≥ ${m.points} (${m.sheetsMeeting}/${m.sheets})`)
      .join('; ') || pick(locale, '(không có)', '(none)');
  const rows: string[][] = [
    [pick(locale, 'Số sao', 'Stars'), `${rating.stars}★`],
    [pick(locale, 'Điểm trung bình', 'Average'), String(rating.average)],
    [pick(locale, 'Hạng theo điểm', 'Band'), `${rating.band}★`],
    [pick(locale, 'Được công nhận', 'Recognised'), yesNo(rating.recognised, locale)],
    [pick(locale, 'Cấp công nhận', 'Authority'), levelName(rating.authority, locale)],
    [pick(locale, 'Chuyển lên', 'Forward to'), levelName(rating.forwardTo, locale)],
    [pick(locale, 'Yêu cầu tối thiểu chưa đạt', 'Unmet minima'), unmet],
  ];
  return [
    { kind: 'heading', text: `${title} (${rating.ruleSet})` },
    { kind: 'table', columns: locale === 'vi' ? ['Mục', 'Giá trị'] : ['Item', 'Value'], rows },
    { kind: 'list', items: rating.explanation.map((line) => line.message[locale]) },
  ];
}
