/**
 * Adding a rule set is one module (the rule set, and its criteria sets' folder) plus one line in
 * the registry (RULE_SET_IDS). A copy of the sources gets a made-up rule set `qd99-2030` that way;
 * scripts/derive-rule-registry.mjs derives the rest; the copy is bundled and run: the set loads on
 * demand, rates with bands, minima and explanations, and ocop/criteria lists it. No other source
 * file is edited.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'ocop-made-up-'));

/** The made-up rule set module: 26/2026's rules under another id, date and title, with one criteria set. */
const RULE_SET_MODULE = `import { deepFreeze } from '../../core/freeze.js';
import type { RuleSet } from '../rule-set.js';
import { QD26_2026 } from './qd26-2026.js';

export const QD99_2030: RuleSet = deepFreeze({
  ...QD26_2026,
  id: 'qd99-2030',
  title: 'Bộ tiêu chí thử nghiệm (không có thật)',
  titleEn: 'A made-up rule set for a test',
  instruments: [{ number: '99/2030/QĐ-TTg', date: '2030-01-01', role: 'base' }],
  effectiveFrom: '2030-01-01',
  effectiveTo: null,
  criteriaSets: 1,
  notes: ['Made up for a test.'],
});
`;

const SET_MODULE = `import type { CriteriaSet } from '../../criteria-set.js';
import { deepFreeze } from '../../../core/freeze.js';

export const QD99_SET_01: CriteriaSet = deepFreeze({
  ruleSet: 'qd99-2030',
  setNo: 1,
  title: 'Bộ thử nghiệm',
  reference: 'Quyết định 99/2030/QĐ-TTg (không có thật), bộ sản phẩm số 1',
  parts: [
    { part: 'A', title: 'PHẦN A', titleEn: 'Part A', max: 40, sections: [{ code: '1', title: 'MỤC 1', titleEn: 'Section 1', max: 40 }] },
    { part: 'B', title: 'PHẦN B', titleEn: 'Part B', max: 25, sections: [{ code: '2', title: 'MỤC 2', titleEn: 'Section 2', max: 25 }] },
    { part: 'C', title: 'PHẦN C', titleEn: 'Part C', max: 35, sections: [{ code: '3', title: 'MỤC 3', titleEn: 'Section 3', max: 35 }] },
  ],
  criteria: [
    { code: '1.1', part: 'A', section: '1', title: 'Tiêu chí có dấu sao', max: 20, options: [{ points: 0, label: 'Không' }, { points: 10, label: 'Một phần' }, { points: 20, label: 'Đủ', minStars: 4 }] },
    { code: '1.2', part: 'A', section: '1', title: 'Tiêu chí thứ hai', max: 20, options: [{ points: 0, label: 'Không' }, { points: 20, label: 'Có' }] },
    { code: '2.1', part: 'B', section: '2', title: 'Tiếp thị', max: 25, options: [{ points: 0, label: 'Không' }, { points: 25, label: 'Có' }] },
    { code: '3.1', part: 'C', section: '3', title: 'Chất lượng', max: 35, options: [{ points: 0, label: 'Không' }, { points: 35, label: 'Có' }] },
  ],
  disqualifiers: [],
  starLegend: true,
  provenance: { kind: 'official-text', source: 'Made up for a test' },
});
`;

const FOLDER = {
  'set-01.ts': SET_MODULE,
  'index.ts': `import type { CriteriaSet } from '../../criteria-set.js';
import { QD99_SET_01 } from './set-01.js';
export { QD99_SET_01 } from './set-01.js';
export const QD99_CRITERIA_SETS: readonly CriteriaSet[] = [QD99_SET_01];
`,
  'loaders.ts': `import type { CriteriaSet } from '../../criteria-set.js';
export const QD99_LOADERS: ReadonlyArray<() => Promise<CriteriaSet>> = [() => import('./set-01.js').then((m) => m.QD99_SET_01)];
`,
};

/** What the bundled copy prints: the facts the tests check. */
const RUN = `import { getRuleSet, listRuleSets, loadCriteriaSet, rateProduct, validate } from './src/index.js';
import { getCriteriaSet, listCriteriaSets } from './src/criteria.js';
const criteria = await loadCriteriaSet('qd99-2030', 1);
const top = { '1.1': 20, '1.2': 20, '2.1': 25, '3.1': 35 };
const best = rateProduct({ ruleSet: 'qd99-2030', criteriaSet: 1, sheets: [{ points: top }, { points: top }] }, { criteria });
const capped = rateProduct({ ruleSet: 'qd99-2030', criteriaSet: 1, sheets: [{ points: { ...top, '1.1': 10 } }] }, { criteria, locale: 'en' });
const missing = (() => { try { rateProduct({ ruleSet: 'qd99-2030', criteriaSet: 1, sheets: [{ points: top }] }); } catch (e) { return e.issues.map((i) => [i.code, i.params]); } })();
console.log(JSON.stringify({
  ids: listRuleSets().map((r) => r.id),
  title: getRuleSet('qd99-2030').titleEn,
  loaded: criteria.title,
  sameObject: getCriteriaSet('qd99-2030', 1) === criteria,
  listed: listCriteriaSets('qd99-2030').length,
  valid: validate('evaluation', { ruleSet: 'qd99-2030', criteriaSet: 1, sheets: [{ total: 50 }] }).ok,
  best: { average: best.average, band: best.band, stars: best.stars, minimaChecked: best.minimaChecked, kinds: [...new Set(best.explanation.map((l) => l.kind))] },
  capped: { average: capped.average, band: capped.band, stars: capped.stars, unmet: capped.unmetMinima.map((m) => [m.criterion, m.title, m.stars]), lines: capped.explanation.filter((l) => l.kind === 'criterion').map((l) => l.title) },
  missing,
}));
`;

let facts: Record<string, unknown> = {};

beforeAll(async () => {
  for (const path of ['src', 'scripts', 'package.json'])
    cpSync(join(root, path), join(copy, path), { recursive: true });
  writeFileSync(join(copy, 'src/rules/data/qd99-2030.ts'), RULE_SET_MODULE);
  mkdirSync(join(copy, 'src/rules/data/qd99-2030'));
  for (const [file, text] of Object.entries(FOLDER)) writeFileSync(join(copy, 'src/rules/data/qd99-2030', file), text);
  // the one registry line
  const ids = join(copy, 'src/model/rule-set-id.ts');
  const before = readFileSync(ids, 'utf8');
  const after = before.replace("  'qd26-2026',\n] as const);", "  'qd26-2026',\n  'qd99-2030',\n] as const);");
  expect(after).not.toBe(before);
  writeFileSync(ids, after);
  execFileSync(process.execPath, ['scripts/derive-rule-registry.mjs'], {
    cwd: copy,
    env: { ...process.env, OCOP_ROOT: copy },
  });
  writeFileSync(join(copy, 'run.ts'), RUN);
  await build({
    entryPoints: [join(copy, 'run.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: join(copy, 'run.mjs'),
    logLevel: 'silent',
    nodePaths: [join(root, 'node_modules')],
  });
  const out = execFileSync(process.execPath, [join(copy, 'run.mjs')], { encoding: 'utf8' });
  facts = JSON.parse(out) as Record<string, unknown>;
}, 60_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a made-up rule set added as one module plus one registry line', () => {
  it('the derived registry lists it last, and its set loads on demand as the same object ocop/criteria lists', () => {
    expect(facts['ids']).toEqual([
      'qd1048-2019',
      'qd1048-781-2020',
      'qd148-2023',
      'qd148-1489-2025',
      'qd26-2026',
      'qd99-2030',
    ]);
    expect(facts['title']).toBe('A made-up rule set for a test');
    expect(facts['loaded']).toBe('Bộ thử nghiệm');
    expect(facts['sameObject']).toBe(true);
    expect(facts['listed']).toBe(1);
    expect(facts['valid']).toBe(true);
  });

  it('rates with its bands, minima and explanations; a sheet without its set names its module', () => {
    expect(facts['best']).toEqual({
      average: 100,
      band: 5,
      stars: 5,
      minimaChecked: true,
      kinds: ['criterion', 'part', 'average', 'band', 'stars', 'recognition'],
    });
    expect(facts['capped']).toEqual({
      average: 90,
      band: 5,
      stars: 3,
      unmet: [['1.1', 'Tiêu chí có dấu sao', 4]],
      lines: ['Tiêu chí có dấu sao', 'Tiêu chí thứ hai', 'Tiếp thị', 'Chất lượng'],
    });
    expect(facts['missing']).toEqual([
      [
        'criteria_not_loaded',
        { ruleSet: 'qd99-2030', setNo: 1, module: 'ocop/rules/qd99-2030/01', name: 'QD99_SET_01' },
      ],
    ]);
  });
});
