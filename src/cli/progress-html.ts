/**
 * `ocop progress … --format html`: one self-contained HTML document (inline CSS, no script, no
 * external resource) with the score, the tables of the text report, and one inline SVG chart per
 * target: the reported figures, the expected path, the target lines and the as-of date.
 * Deterministic: the same input gives the same bytes (no clock, no random ids).
 */
import { daysBetween, isIsoDate, progressSeries } from '../index.js';
import type { IsoDate, Locale, ObservationInput, Plan, PlanInput, PlanProgress, Target } from '../index.js';
import { REPORT_TEXT } from '../locales/index.js';
import { TARGET_KINDS } from '../model/target-kinds/index.js';
import type { Block } from './format.js';
import { progressBlocks, type TargetRow } from './reports.js';
import { percent, statusName } from './text.js';

/** Text escaped for HTML and SVG content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A coordinate rounded to one decimal, never `-0`. */
const n = (value: number): string => String(Math.round(value * 10) / 10 + 0);

/** A point of a chart: a date and a value in the target's measure. */
interface ChartPoint {
  readonly date: IsoDate;
  readonly value: number;
}

/** What one target's chart is drawn from. */
export interface ChartInput {
  /** The chart's number in the document, from 1 (its element ids). */
  readonly index: number;
  readonly plan: Plan;
  readonly target: Target;
  /** The target's progress on the as-of date. */
  readonly progress: TargetRow;
  readonly asOf: IsoDate;
  /** The target's figures on the dates it was observed, up to the as-of date, ascending. */
  readonly observed: readonly ChartPoint[];
  readonly locale: Locale;
}

/** The chart's size and the plot area inside it. */
const BOX = { width: 640, height: 260, left: 64, right: 24, top: 28, bottom: 40 } as const;

/** The value a target is met at, in its measure: the minimum, the units of a milestone, the items. */
function goalOf(plan: Plan, target: Target): number {
  if (target.kind === 'count' || target.kind === 'share') return target.min;
  if (target.kind === 'items') return target.items.length;
  return target.scope === 'each-unit' ? (plan.units?.length ?? 0) : 1;
}

/** The expected path: from the baseline on the start date, through the schedule's points, to the goal on the due date. */
function expectedPath(plan: Plan, target: Target, due: IsoDate): ChartPoint[] {
  const start = plan.period.start;
  const numeric = target.kind === 'count' || target.kind === 'share';
  const baseline = numeric ? (target.baseline ?? 0) : 0;
  const schedule = numeric ? (target.schedule ?? []) : [];
  const interim = schedule.filter((p) => p.by > start && p.by < due).map((p) => ({ date: p.by, value: p.min }));
  return [{ date: start, value: baseline }, ...interim, { date: due, value: goalOf(plan, target) }];
}

/** A round top for the value axis, at least `top`: 1, 2 or 5 times a power of ten, or 10% steps for a ratio. */
function axisTop(top: number, ratio: boolean): number {
  if (ratio) return Math.max(1, Math.ceil(top * 10) / 10);
  if (top <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(top));
  const step = [1, 2, 5, 10].find((m) => m * power >= top) ?? 10;
  return step * power;
}

/** The chart's scales: dates to x and values to y, with the axis top. */
function scales(input: ChartInput, path: readonly ChartPoint[]) {
  const { plan, target, progress, asOf } = input;
  const start = plan.period.start;
  const end = asOf > progress.due ? asOf : progress.due;
  const span = Math.max(1, daysBetween(start, end));
  const ratio = TARGET_KINDS[target.kind].measure === 'ratio';
  const stretch = target.kind === 'count' || target.kind === 'share' ? (target.max ?? 0) : 0;
  const values = [...input.observed, ...path].map((p) => p.value);
  const top = axisTop(Math.max(stretch, ...values), ratio);
  const plotWidth = BOX.width - BOX.left - BOX.right;
  const plotHeight = BOX.height - BOX.top - BOX.bottom;
  const clampedDays = (date: IsoDate) => Math.min(Math.max(daysBetween(start, date), 0), span);
  return {
    start,
    end,
    top,
    ratio,
    x: (date: IsoDate) => BOX.left + (clampedDays(date) / span) * plotWidth,
    y: (value: number) => BOX.top + plotHeight - (Math.max(value, 0) / top) * plotHeight,
  };
}

type Scales = ReturnType<typeof scales>;

/** A value as the axis writes it: a ratio as a percentage, a count rounded to two decimals. */
const label = (value: number, s: Scales) => (s.ratio ? percent(value) : String(Math.round(value * 100) / 100));

/** The axes, the value ticks and the date labels (start, due, and the end when it is not the due date). */
function axes(s: Scales, due: IsoDate): string[] {
  const bottom = BOX.height - BOX.bottom;
  const right = BOX.width - BOX.right;
  const ticks = [0, s.top / 2, s.top].map(
    (value) =>
      `<line class="grid" x1="${BOX.left}" y1="${n(s.y(value))}" x2="${right}" y2="${n(s.y(value))}"/>` +
      `<text class="tick" x="${BOX.left - 6}" y="${n(s.y(value) + 4)}" text-anchor="end">${label(value, s)}</text>`,
  );
  const dates = [...new Set([s.start, due, s.end])].map((date, i) => {
    const anchor = i === 0 ? 'start' : 'end';
    return `<text class="tick" x="${n(s.x(date))}" y="${bottom + 16}" text-anchor="${anchor}">${date}</text>`;
  });
  return [
    ...ticks,
    `<line class="axis" x1="${BOX.left}" y1="${bottom}" x2="${right}" y2="${bottom}"/>`,
    `<line class="axis" x1="${BOX.left}" y1="${BOX.top}" x2="${BOX.left}" y2="${bottom}"/>`,
    ...dates,
  ];
}

/** A horizontal target line across the plot, with its value at its right end. */
function targetLine(kind: 'minimum' | 'stretch', value: number, s: Scales): string {
  const y = n(s.y(value));
  return (
    `<line class="${kind}" x1="${BOX.left}" y1="${y}" x2="${BOX.width - BOX.right}" y2="${y}"/>` +
    `<text class="${kind}-label" x="${BOX.left + 6}" y="${n(s.y(value) - 4)}">${label(value, s)}</text>`
  );
}

/** The target's lines: the minimum, and the stretch (dashed) when it has one. */
function targetLines(input: ChartInput, s: Scales): string[] {
  const { plan, target } = input;
  const stretch = target.kind === 'count' || target.kind === 'share' ? target.max : undefined;
  return [
    targetLine('minimum', goalOf(plan, target), s),
    ...(stretch === undefined ? [] : [targetLine('stretch', stretch, s)]),
  ];
}

/** The reported figures: a line through them and a dot on each, titled with its date and value; or "no data". */
function observedMarks(input: ChartInput, s: Scales): string[] {
  if (input.observed.length === 0) {
    const text = escapeHtml(REPORT_TEXT[input.locale].chartNoData);
    const middle = n(BOX.top + (BOX.height - BOX.top - BOX.bottom) / 2);
    return [
      `<text class="no-data" x="${n((BOX.left + BOX.width - BOX.right) / 2)}" y="${middle}" text-anchor="middle">${text}</text>`,
    ];
  }
  const points = input.observed.map((p) => `${n(s.x(p.date))},${n(s.y(p.value))}`).join(' ');
  return [
    ...(input.observed.length > 1 ? [`<polyline class="observed" points="${points}"/>`] : []),
    ...input.observed.map(
      (p) =>
        `<circle class="observed" cx="${n(s.x(p.date))}" cy="${n(s.y(p.value))}" r="3.5"><title>${p.date}: ${label(p.value, s)}</title></circle>`,
    ),
  ];
}

/**
 * One target's chart as an inline SVG element (no namespace attribute: HTML gives it): dates
 * from the plan's start to the later of the as-of and due dates across, the target's measure up.
 */
export function targetChart(input: ChartInput): string {
  const path = expectedPath(input.plan, input.target, input.progress.due);
  const s = scales(input, path);
  const id = `chart-${input.index}`;
  const summary = REPORT_TEXT[input.locale].chartSummary({
    title: input.target.title,
    status: statusName(input.progress.status, input.locale),
    from: s.start,
    to: s.end,
  });
  const asOfX = n(s.x(input.asOf));
  // the date beside its line, on the side with room
  const asOfLabel = s.x(input.asOf) > BOX.width / 2 ? ['end', -4] : ['start', 4];
  return [
    `<svg class="chart" viewBox="0 0 ${BOX.width} ${BOX.height}" width="${BOX.width}" height="${BOX.height}" role="img" aria-labelledby="${id}-title">`,
    `<title id="${id}-title">${escapeHtml(summary)}</title>`,
    ...axes(s, input.progress.due),
    ...targetLines(input, s),
    `<polyline class="expected" points="${path.map((p) => `${n(s.x(p.date))},${n(s.y(p.value))}`).join(' ')}"/>`,
    `<line class="as-of" x1="${asOfX}" y1="${BOX.top}" x2="${asOfX}" y2="${BOX.height - BOX.bottom}"/>`,
    `<text class="as-of-label" x="${n(s.x(input.asOf) + Number(asOfLabel[1]))}" y="${BOX.top - 8}" text-anchor="${asOfLabel[0]}">${input.asOf}</text>`,
    ...observedMarks(input, s),
    '</svg>',
  ].join('\n');
}

/** A table block as an HTML table. */
function htmlTable(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const cells = (tag: 'th' | 'td', row: readonly string[]) =>
    `<tr>${columns.map((_, i) => `<${tag}>${escapeHtml(row[i] ?? '')}</${tag}>`).join('')}</tr>`;
  return `<table>\n<thead>${cells('th', columns)}</thead>\n<tbody>\n${rows.map((r) => cells('td', r)).join('\n')}\n</tbody>\n</table>`;
}

/** A report block as HTML; the first heading is the document's `h1`. */
function blockHtml(block: Block, index: number): string {
  switch (block.kind) {
    case 'heading':
      return index === 0 ? `<h1>${escapeHtml(block.text)}</h1>` : `<h2>${escapeHtml(block.text)}</h2>`;
    case 'text':
      return `<p>${block.text.split('\n').map(escapeHtml).join('<br>')}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'table':
      return block.rows.length === 0 ? '' : htmlTable(block.columns, block.rows);
  }
}

/** The charts' legend, once for all of them: a swatch of each line's style and its name. */
function legend(locale: Locale): string {
  const names = REPORT_TEXT[locale].chartLegend;
  const keys = ['observed', 'expected', 'minimum', 'stretch', 'asOf'] as const;
  const items = keys.map((key) => `<li><span class="swatch ${key}"></span>${escapeHtml(names[key])}</li>`);
  return `<ul class="legend">${items.join('')}</ul>`;
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2933;max-width:60rem}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #cbd2d9;padding:.3rem .6rem;text-align:left}
th{background:#f0f4f8}section.target{margin:1.5rem 0}h3{font-size:1rem;margin:.5rem 0}
svg.chart{display:block;max-width:100%;height:auto;background:#fff}
.axis{stroke:#52606d;stroke-width:1}.grid{stroke:#e4e7eb;stroke-width:1}
.tick,.as-of-label,.minimum-label,.stretch-label{font-size:11px;fill:#52606d}
.expected{fill:none;stroke:#9aa5b1;stroke-width:2;stroke-dasharray:2 3}
.minimum{stroke:#2f8132;stroke-width:1.5}.stretch{stroke:#2f8132;stroke-width:1.5;stroke-dasharray:6 4}
.as-of{stroke:#c63d0f;stroke-width:1.5}polyline.observed{fill:none;stroke:#1f5fbf;stroke-width:2}
circle.observed{fill:#1f5fbf}.no-data{font-size:14px;fill:#7b8794}
ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
.swatch{display:inline-block;width:1.5rem;height:0;margin-right:.4rem;vertical-align:middle;border-top:2px solid}
.swatch.observed{border-color:#1f5fbf}.swatch.expected{border-top-style:dotted;border-color:#9aa5b1}
.swatch.minimum{border-color:#2f8132}.swatch.stretch{border-top-style:dashed;border-color:#2f8132}
.swatch.asOf{border-color:#c63d0f}`;

/** The whole document around its body. */
function htmlDocument(title: string, body: readonly string[], locale: Locale): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The dates a chart needs figures on: each distinct valid observation date up to `asOf`, and `asOf`. */
function seriesDates(observations: readonly ObservationInput[], asOf: IsoDate): IsoDate[] {
  const dates = new Set<IsoDate>([asOf]);
  for (const o of observations) {
    const date: unknown = (o as { date?: unknown } | null)?.date;
    if (isIsoDate(date) && date <= asOf) dates.add(date);
  }
  return [...dates];
}

/** Each target's figures on the dates it has observations (from the plan's start to `asOf`). */
function observedSeries(plan: Plan, observations: readonly ObservationInput[], points: readonly PlanProgress[]) {
  const datesOf = new Map(plan.targets.map((t) => [t.id, new Set<string>()]));
  for (const o of observations) datesOf.get(o.target)?.add(o.date);
  return plan.targets.map((target, i) =>
    points
      .filter((p) => p.asOf >= plan.period.start && (datesOf.get(target.id)?.has(p.asOf) ?? false))
      .map((p) => ({ date: p.asOf, value: p.targets[i]?.current ?? 0 })),
  );
}

/**
 * The HTML report of a plan's progress on `asOf`: the text report's heading, score, coverage and
 * tables, then one chart per target. Throws what `progressSeries` throws for invalid input.
 */
export function progressHtml(
  planInput: PlanInput,
  observations: readonly ObservationInput[],
  asOf: IsoDate,
  locale: Locale,
): string {
  const series = progressSeries(planInput, observations, seriesDates(observations, asOf), { locale });
  const { plan } = series;
  const progress = series.points.find((p) => p.asOf === asOf) as PlanProgress;
  const observed = observedSeries(plan, observations, series.points);
  const blocks = progressBlocks(planInput, progress, locale);
  const charts = plan.targets.map((target, i) => {
    const row = progress.targets[i] as TargetRow;
    const chart = targetChart({ index: i + 1, plan, target, progress: row, asOf, observed: observed[i] ?? [], locale });
    return `<section class="target">\n<h3>${escapeHtml(`${target.id}: ${target.title}`)}</h3>\n${chart}\n</section>`;
  });
  const title = REPORT_TEXT[locale].heading({ title: plan.title, asOf });
  const body = [
    ...blocks.map(blockHtml).filter((html) => html !== ''),
    `<h2>${escapeHtml(REPORT_TEXT[locale].chartsHeading)}</h2>`,
  ];
  return htmlDocument(title, [...body, legend(locale), ...charts], locale);
}
