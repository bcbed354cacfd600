import { describe, expect, it } from 'vitest';
import { evaluatePlan, type ObservationInput, type PlanInput } from '../../src/index.js';
import { THAI_BINH_2020_PLAN } from '../../src/fixtures/index.js';
import { SAMPLE_OBSERVATIONS } from '../../src/cli/demo.js';
import { escapeHtml, progressHtml } from '../../src/cli/progress-html.js';
import { progressBlocks } from '../../src/cli/reports.js';
import { runMain } from './run-main.js';

const files = (name: string) => `test/cli/files/${name}`;

/** Every `<svg …>…</svg>` element of a document. */
const svgsOf = (html: string) => html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];

/** A plan with a count target followed against yearly interim figures (150 by 2025: 100 by 2023, 125 by 2024). */
const SCHEDULED: PlanInput = {
  id: 'ha-noi-ocop-2021-2025',
  title: 'Sản phẩm OCOP 2021–2025',
  unit: { province: '01' },
  period: { start: '2021-01-01', end: '2025-12-31' },
  targets: [
    {
      id: 'products',
      kind: 'count',
      title: 'Sản phẩm đạt 3 sao trở lên',
      min: 150,
      max: 180,
      baseline: 40,
      schedule: [
        { by: '2023-12-31', min: 100 },
        { by: '2024-12-31', min: 125 },
      ],
    },
  ],
};
const SCHEDULED_OBSERVATIONS: ObservationInput[] = [
  { target: 'products', date: '2022-12-31', value: 72 },
  { target: 'products', date: '2023-12-31', value: 104 },
  { target: 'products', date: '2024-12-31', value: 126 },
  { target: 'products', date: '2025-06-30', value: 131 }, // after the as-of date: not drawn
];

describe('ocop progress --format html', () => {
  const thaiBinh = progressHtml(THAI_BINH_2020_PLAN, SAMPLE_OBSERVATIONS, '2020-12-31', 'vi');

  it('draws the Thái Bình 2020 plan: one chart per target (snapshot of the SVG)', async () => {
    const svgs = svgsOf(thaiBinh);
    expect(svgs).toHaveLength(THAI_BINH_2020_PLAN.targets.length);
    await expect(svgs.join('\n\n') + '\n').toMatchFileSnapshot('./__snapshots__/progress-html.thai-binh-2020.svg');
  });

  it('the upgrades chart: a dot per reported date (5 on 2020-06-30, 16 on 2020-12-15), the lines at 15 and 20 (dashed)', () => {
    const upgrades = svgsOf(thaiBinh)[0] ?? '';
    expect(upgrades.match(/<circle[^>]*><title>[^<]*<\/title>/g)).toEqual([
      '<circle class="observed" cx="337.7" cy="172" r="3.5"><title>2020-06-30: 5</title>',
      '<circle class="observed" cx="591.8" cy="66.4" r="3.5"><title>2020-12-15: 16</title>',
    ]);
    expect(upgrades).toContain('<line class="minimum" x1="64" y1="76" x2="616" y2="76"/>');
    expect(upgrades).toContain('<line class="stretch" x1="64" y1="28" x2="616" y2="28"/>');
    expect(upgrades).toContain('<polyline class="expected" points="64,220 616,76"/>');
    // the as-of marker on the last day, its date on the left of it
    expect(upgrades).toContain('<line class="as-of" x1="616" y1="28" x2="616" y2="220"/>');
    expect(upgrades).toContain('<text class="as-of-label" x="612" y="20" text-anchor="end">2020-12-31</text>');
  });

  it('a target without data still gets its axes, lines and as-of marker, and says so', () => {
    const training = svgsOf(thaiBinh)[4] ?? '';
    expect(training).toContain('>Chưa có số liệu</text>');
    expect(training).toContain('class="axis"');
    expect(training).toContain('class="minimum"');
    expect(training).toContain('class="as-of"');
    expect(training).not.toContain('<circle');
    expect(training).toContain('>100%</text>'); // a share's axis in percentages
  });

  it('a count target with a schedule: the expected path goes through its interim figures (snapshot)', async () => {
    const html = progressHtml(SCHEDULED, SCHEDULED_OBSERVATIONS, '2024-12-31', 'en');
    const [svg = ''] = svgsOf(html);
    await expect(svg + '\n').toMatchFileSnapshot('./__snapshots__/progress-html.schedule.svg');
    // baseline 40 on 2021-01-01, 100 on 2023-12-31, 125 on 2024-12-31, 150 on 2025-12-31 (axis 0–200)
    expect(svg).toContain('<polyline class="expected" points="64,181.6 394.9,124 505.6,100 616,76"/>');
    expect(svg.match(/<title>[^<]*<\/title>/g)).toEqual([
      '<title>2022-12-31: 72</title>',
      '<title>2023-12-31: 104</title>',
      '<title>2024-12-31: 126</title>',
    ]);
    expect(svg).toContain(
      '<title id="chart-1-title">Sản phẩm đạt 3 sao trở lên: on track; from 2021-01-01 to 2025-12-31</title>',
    );
  });

  it('is one self-contained document: its language, a title, the score with its coverage, the tables; nothing fetched, no script', () => {
    expect(thaiBinh.startsWith('<!DOCTYPE html>\n<html lang="vi">\n')).toBe(true);
    expect(thaiBinh).toContain('<title>Chương trình OCOP tỉnh Thái Bình năm 2020 — ngày 2020-12-31</title>');
    expect(thaiBinh).toContain('<p>Điểm kế hoạch: 81.3% (4/8 chỉ tiêu có số liệu, 50% trọng số).</p>');
    expect(thaiBinh).toContain(
      '<tr><td>upgrade-key-products</td><td>số lượng</td><td>16</td><td>100%</td><td>106.7%</td><td>+1</td><td>100%</td><td>2020-12-31</td><td>đạt</td></tr>',
    );
    expect(thaiBinh).not.toMatch(/https?:|src=|href=|<script|url\(|@import/i);
    expect(thaiBinh).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    const en = progressHtml(THAI_BINH_2020_PLAN, SAMPLE_OBSERVATIONS, '2020-12-31', 'en');
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">\n')).toBe(true);
    expect(en).toContain('Plan score: 81.3% (4 of 8 targets with data, 50% of the weight).');
    expect(en).toContain('>No data reported</text>');
  });

  it('escapes every text from the user’s files', () => {
    const plan = {
      ...THAI_BINH_2020_PLAN,
      title: 'Kế hoạch <script>alert("x")</script> & "Co"',
      targets: THAI_BINH_2020_PLAN.targets.map((t) =>
        t.id === 'training' ? { ...t, title: "<img src=x onerror='y'>" } : t,
      ),
    } as PlanInput;
    const html = progressHtml(plan, SAMPLE_OBSERVATIONS, '2020-12-31', 'vi');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<h1>Kế hoạch &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Co&quot; — ngày 2020-12-31</h1>',
    );
    expect(html).toContain('<h3>training: &lt;img src=x onerror=&#39;y&#39;&gt;</h3>');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('the same input gives the same bytes', () => {
    expect(progressHtml(THAI_BINH_2020_PLAN, [...SAMPLE_OBSERVATIONS].reverse(), '2020-12-31', 'vi')).toBe(thaiBinh);
  });

  it('the command writes the page for progress only; invalid input exits 1 as in the other formats', () => {
    const argv = [
      'progress',
      files('plan.json'),
      '--observations',
      files('observations.json'),
      '--as-of',
      '2020-07-15',
    ];
    const r = runMain([...argv, '--format', 'html', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(svgsOf(r.stdout)).toHaveLength(2);
    expect(r.stdout.endsWith('</html>\n')).toBe(true);
    const other = runMain(['rules', 'list', '--format', 'html', '--locale', 'en']);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--format html applies to progress only, not to rules');
    const bad = runMain([
      'progress',
      files('plan.json'),
      '--observations',
      files('bad-observations.json'),
      '--as-of',
      '2020-07-15',
      '--format',
      'html',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('observations.1.target: [unknown_target]');
  });
});

describe('the progress tables: attainment and surplus as reports write them', () => {
  const plan: PlanInput = {
    id: 'p',
    title: 'Kế hoạch',
    unit: { province: '34' },
    period: { start: '2020-01-01', end: '2020-12-31' },
    targets: [
      { id: 'new', kind: 'count', title: 'Sản phẩm mới', min: 30 },
      { id: 'short', kind: 'count', title: 'Nâng hạng', min: 10 },
      { id: 'trained', kind: 'share', title: 'Tập huấn', min: 0.8 },
      { id: 'silent', kind: 'count', title: 'Chủ thể mới', min: 5, weight: 2 },
    ],
  };
  const observations: ObservationInput[] = [
    { target: 'new', date: '2020-12-20', value: 45 },
    { target: 'short', date: '2020-12-20', value: 7 },
    { target: 'trained', date: '2020-12-20', numerator: 17, denominator: 20 },
  ];
  const table = (locale: 'vi' | 'en') => {
    const blocks = progressBlocks(plan, evaluatePlan(plan, observations, { asOf: '2021-01-15' }), locale);
    return blocks.find((b) => b.kind === 'table');
  };

  it('150% of plan and +15; 70% and −3; a share 5 percentage points above; a dash without data', () => {
    const rows = table('vi')?.kind === 'table' ? table('vi')?.rows : [];
    expect(rows?.map((r) => [r[0], r[4], r[5], r[8]])).toEqual([
      ['new', '150%', '+15', 'đạt'],
      ['short', '70%', '\u22123', 'không đạt (quá hạn)'],
      ['trained', '106.3%', '+5 điểm %', 'đạt'],
      ['silent', '—', '—', 'chưa có số liệu'],
    ]);
    // nothing reported is not 0: the silent target's current value and progress are dashes too
    expect(rows?.find((r) => r[0] === 'silent')?.slice(2, 4)).toEqual(['—', '—']);
    expect(rows?.find((r) => r[0] === 'short')?.slice(2, 4)).toEqual(['7', '70%']);
    const en = table('en');
    expect(en?.kind === 'table' ? en.rows[2]?.[5] : undefined).toBe('+5 pp');
    expect(en?.kind === 'table' ? en.columns : []).toEqual([
      'Target',
      'Kind',
      'Current',
      'Progress',
      'Of plan',
      'Surplus',
      'Expected',
      'Due',
      'Status',
    ]);
    expect(JSON.stringify(table('vi'))).not.toContain('vượt 150%');
  });

  it('the score says what it covers: 3 of 4 targets, 60% of the weight ((1 + 0.7 + 1) / 3)', () => {
    const blocks = progressBlocks(plan, evaluatePlan(plan, observations, { asOf: '2021-01-15' }), 'vi');
    expect(blocks[1]).toEqual({ kind: 'text', text: 'Điểm kế hoạch: 90% (3/4 chỉ tiêu có số liệu, 60% trọng số).' });
  });
});
