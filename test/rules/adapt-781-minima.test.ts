/**
 * docs/adapting-rules.md, "Adding 781's star minima to 1048's sets": the override built there is
 * accepted by adaptRuleSet and its marks reach the criteria sets and the rating. The row below is
 * a test fixture that exercises the format, NOT a minimum printed in 781/QĐ-TTg (the library does
 * not know those).
 */
import { describe, expect, it } from 'vitest';
import { adaptRuleSet, diffRuleSets } from '../../src/adapt.js';
import { getCriteriaSet } from '../../src/criteria.js';
import { getRuleSet, rateProduct } from '../../src/index.js';

interface Row {
  readonly setNo: number;
  readonly criterion: string;
  readonly stars: 3 | 4 | 5;
  readonly points: number;
  readonly where: string;
}

/** The docs' override, built from the rows a province typed from its copy of 781/QĐ-TTg. */
function minimaOverride(rows781: readonly Row[]) {
  return {
    formatVersion: 1 as const,
    id: 'minima-781',
    title: 'Yêu cầu tối thiểu theo hạng sao của Quyết định 781/QĐ-TTg',
    basedOn: 'qd1048-781-2020' as const,
    jurisdiction: '01',
    effectiveFrom: '2020-06-08',
    changes: {
      minima: rows781.map(({ setNo, criterion, stars, points, where }) => ({
        setNo,
        criterion,
        stars,
        points,
        reference: `Quyết định 781/QĐ-TTg (08/06/2020), ${where}`,
      })),
    },
  };
}

// test fixture only: 1048's set 1, criterion 1.1 "Nguồn nguyên liệu" has options 1, 2, 3
const FIXTURE: Row = { setNo: 1, criterion: '1.1', stars: 3, points: 2, where: 'test fixture, not 781’s text' };

describe("adding 781's star minima to 1048's sets (docs/adapting-rules.md)", () => {
  it('the shipped 781 sets carry no marks, so a rating cannot check minima', () => {
    const set = getCriteriaSet('qd1048-781-2020', 1);
    expect(set.criteria.some((c) => c.options.some((o) => o.minStars !== undefined))).toBe(false);
    const points = Object.fromEntries(set.criteria.map((c) => [c.code, c.max]));
    const rating = rateProduct({ ruleSet: 'qd1048-781-2020', criteriaSet: 1, sheets: [{ points }] }, { criteria: set });
    expect(rating.minimaChecked).toBe(false);
  });

  it('adaptRuleSet accepts the override; the mark is on the option with those points, with its reference', () => {
    const adapted = adaptRuleSet('qd1048-781-2020', minimaOverride([FIXTURE]));
    const set = getCriteriaSet(adapted, 1);
    const c11 = set.criteria.find((c) => c.code === '1.1');
    expect(c11?.options.map((o) => [o.points, o.minStars])).toEqual([
      [1, undefined],
      [2, 3],
      [3, undefined],
    ]);
    expect(set.adaptations?.minima).toEqual([
      {
        criterion: '1.1',
        stars: 3,
        points: 2,
        reference: 'Quyết định 781/QĐ-TTg (08/06/2020), test fixture, not 781’s text',
      },
    ]);
    const diff = diffRuleSets(getRuleSet('qd1048-781-2020'), adapted).filter((d) => d.path[0] === 'criteria');
    expect(diff.map((d) => d.where)).toEqual(['criteria[set 1].criteria[criterion 1.1].options[1].minStars']);
  });

  it('a rating under the adapted rule set checks the mark', () => {
    const adapted = adaptRuleSet('qd1048-781-2020', minimaOverride([FIXTURE]));
    const set = getCriteriaSet(adapted, 1);
    const points = Object.fromEntries(set.criteria.map((c) => [c.code, c.code === '1.1' ? 1 : c.max]));
    const rating = rateProduct(
      { ruleSet: 'qd1048-781-2020', criteriaSet: 1, sheets: [{ points }] },
      { ruleSet: adapted },
    );
    expect(rating.minimaChecked).toBe(true);
    expect(rating.unmetMinima.map((u) => [u.criterion, u.stars, u.reference])).toEqual([
      ['1.1', 3, 'Quyết định 781/QĐ-TTg (08/06/2020), test fixture, not 781’s text'],
    ]);
  });
});
