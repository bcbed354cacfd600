/**
 * docs/rules.md's generated tables (scripts/criteria-summary.mjs) are rendered here from the src
 * modules and compared with the file: the test fails when the data changed and the doc was not
 * regenerated (`node scripts/criteria-summary.mjs`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffCriteriaSets } from '../../src/adapt.js';
import { QD1048_CRITERIA_SETS } from '../../src/rules/data/qd1048-2019/index.js';
import { QD148_CRITERIA_SETS } from '../../src/rules/data/qd148-2023/index.js';
import { QD148_KNOWN_DEFECTS } from '../../src/rules/data/qd148-2023/known-defects.js';
import { QD26_CRITERIA_SETS } from '../../src/rules/data/qd26-2026/index.js';

interface Script {
  renderRules: (doc: string, data: unknown) => string;
  replaceRegion: (doc: string, region: readonly [string, string], content: string) => string;
  REGIONS: Record<'summary' | 'defects', readonly [string, string]>;
}
const SCRIPT = '../../scripts/criteria-summary.mjs';
const script = (await import(SCRIPT)) as Script;

const data = {
  qd1048: QD1048_CRITERIA_SETS,
  qd148: QD148_CRITERIA_SETS,
  qd26: QD26_CRITERIA_SETS,
  defects: QD148_KNOWN_DEFECTS,
  diff: diffCriteriaSets,
};

describe('scripts/criteria-summary.mjs', () => {
  const doc = readFileSync('docs/rules.md', 'utf8');
  const rendered = script.renderRules(doc, data);

  it('docs/rules.md is up to date (run node scripts/criteria-summary.mjs when this fails)', () => {
    expect(rendered).toBe(doc);
  });

  it('the summary row of set 1: 31 / 32 / 32 criteria; 148 → 26/2026 adds 3, removes 3, re-points 10, re-marks 11', () => {
    expect(rendered).toContain('| 1 | Rau, củ, quả, hạt tươi | 〃 | 〃 | 31 / 32 / 32 | 3 / 3 / 10 / 11 |');
    expect(rendered).toContain('| 9 | Tương, nước mắm, gia vị dạng lỏng khác | 〃 | Chế biến từ thủy, hải sản |');
  });

  it('every known defect of the 148 transcription is listed, with its evidence', () => {
    expect(rendered).toContain(`${QD148_KNOWN_DEFECTS.length} known defects (`);
    for (const d of QD148_KNOWN_DEFECTS) expect(rendered).toContain(d.evidence.replace(/\|/g, '\\|'));
  });

  it('refuses a document without its markers', () => {
    expect(() => script.replaceRegion('# no markers', script.REGIONS.summary, 'x')).toThrow(/markers not found/);
  });
});
