/**
 * Golden explanation files (issue #10): for each of the 26 criteria sets of 26/2026, the rating
 * and explanation of one deterministic 7-member council (./golden-scenarios.ts) must equal the
 * reviewed file test/fidelity/golden/explanation-set-NN.json. Any difference fails. After a
 * change that was reviewed by hand (and recorded in test/fidelity/README.md), regenerate with
 *
 *     UPDATE_GOLDEN=1 npx vitest run test/fidelity
 *
 * The default run never writes.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QD26_CRITERIA_SETS } from '../../src/criteria.js';
import { goldenOf, MEMBERS, rate, REGENERATE, SCENARIOS, serialize } from './golden-scenarios.js';

const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const fileName = (setNo: number) => `explanation-set-${String(setNo).padStart(2, '0')}.json`;

describe('golden explanations, one per criteria set of 26/2026', () => {
  it('has one scenario per criteria set, 1 to 26, each a council of 7', () => {
    expect(SCENARIOS.map((s) => s.setNo)).toEqual(QD26_CRITERIA_SETS.map((s) => s.setNo));
    expect(QD26_CRITERIA_SETS).toHaveLength(26);
    for (const scenario of SCENARIOS)
      expect(
        scenario.groups.reduce((n, g) => n + g.members, 0),
        `set ${scenario.setNo}`,
      ).toBe(MEMBERS);
  });

  it.each(SCENARIOS)('set $setNo: the scenario rates as designed ($story)', (scenario) => {
    const set = QD26_CRITERIA_SETS[scenario.setNo - 1];
    if (!set) throw new Error(`no criteria set ${scenario.setNo}`);
    const { sheets, rating } = rate(set, scenario);
    const { unmet, ...fields } = scenario.expected;
    expect(rating).toMatchObject(fields);
    expect(rating.unmetMinima.map((m) => `${m.criterion}@${m.stars}:${m.sheetsMeeting}`)).toEqual(unmet);
    // the totals the engine reports are the sums of the sheets it was given
    expect(rating.totals).toEqual(sheets.map(({ points }) => Object.values(points).reduce((a, b) => a + b, 0)));
  });

  it.each(SCENARIOS)('set $setNo: the explanation equals the reviewed golden file', (scenario) => {
    const set = QD26_CRITERIA_SETS[scenario.setNo - 1];
    if (!set) throw new Error(`no criteria set ${scenario.setNo}`);
    const file = join(GOLDEN_DIR, fileName(scenario.setNo));
    const actual = goldenOf(set, scenario);
    if (UPDATE) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(file, serialize(actual));
      return;
    }
    if (!existsSync(file))
      throw new Error(`Golden file ${file} is missing. Generate it, review it by hand, then commit it: ${REGENERATE}`);
    const expected: unknown = JSON.parse(readFileSync(file, 'utf8'));
    expect(
      actual,
      `The rating or explanation of criteria set ${scenario.setNo} differs from test/fidelity/golden/${fileName(scenario.setNo)}. ` +
        `If the change is intended, review the new output by hand, record the review in test/fidelity/README.md and regenerate the files with: ${REGENERATE}`,
    ).toEqual(expected);
  });

  // An oracle independent of the engine for the arithmetic a reviewer checks by hand in each file.
  it.each(SCENARIOS)(
    'set $setNo: criterion means, marks, part sums and the average add up against the criteria set data',
    (scenario) => {
      const set = QD26_CRITERIA_SETS[scenario.setNo - 1];
      if (!set) throw new Error(`no criteria set ${scenario.setNo}`);
      const { sheets, rating } = rate(set, scenario);
      const round2 = (sum: number, n: number) => Math.round((sum * 100) / n) / 100;
      const lines = rating.explanation;
      const criterionLines = lines.filter((l) => l.kind === 'criterion');
      expect(criterionLines.map((l) => l.code)).toEqual(set.criteria.map((c) => c.code));
      set.criteria.forEach((criterion, i) => {
        const line = criterionLines[i];
        const points = sheets.map((s) => s.points[criterion.code] ?? NaN);
        expect(line?.value, `set ${set.setNo} ${criterion.code}`).toBe(
          round2(
            points.reduce((a, b) => a + b, 0),
            points.length,
          ),
        );
        expect(line?.max).toBe(criterion.max);
        expect(line?.reference).toBe(
          `Quyết định 26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm số ${set.setNo}, tiêu chí ${criterion.code}`,
        );
        const marks = criterion.options.flatMap((o) =>
          o.minStars === undefined
            ? []
            : [
                {
                  stars: o.minStars,
                  required: o.points,
                  met: points.filter((p) => p >= o.points).length * 2 > points.length,
                  applies: o.minStars <= rating.band,
                },
              ],
        );
        expect(line?.marks ?? [], `marks of ${criterion.code}`).toEqual(marks.sort((a, b) => a.stars - b.stars));
      });
      const parts = lines.filter((l) => l.kind === 'part');
      expect(parts.map((l) => [l.code, l.max])).toEqual([
        ['A', 40],
        ['B', 25],
        ['C', 35],
      ]);
      // English lines name the part in English (the data's titleEn), Vietnamese ones as printed
      parts.forEach((l, i) => {
        expect(l.message.en).toContain(`(${set.parts[i]?.titleEn}):`);
        expect(l.message.vi).toContain(`(${set.parts[i]?.title}):`);
      });
      const totals = sheets.map((s) => Object.values(s.points).reduce((a, b) => a + b, 0));
      const average = round2(
        totals.reduce((a, b) => a + b, 0),
        totals.length,
      );
      expect(rating.average).toBe(average);
      expect(Math.abs(parts.reduce((a, l) => a + (l.value ?? 0), 0) - average)).toBeLessThanOrEqual(
        0.015 * parts.length,
      );
      expect(lines.find((l) => l.kind === 'average')?.value).toBe(average);
    },
  );

  it('holds no golden file without a scenario', () => {
    if (UPDATE || !existsSync(GOLDEN_DIR)) return;
    const expected = SCENARIOS.map((s) => fileName(s.setNo)).sort();
    expect(
      readdirSync(GOLDEN_DIR)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual(expected);
  });
});
