import { describe, expect, it } from 'vitest';
import { adaptRuleSet } from '../../src/adapt.js';
import { getCriteriaSet, QD26_CRITERIA_SETS } from '../../src/criteria.js';
import {
  getRuleSet,
  issueMessage,
  loadCriteriaSet,
  OcopError,
  rateProduct,
  type RuleOverrideInput,
  type RuleSetId,
} from '../../src/index.js';
import { QD26_SET_06 } from '../../src/rules/data/qd26-2026/set-06.js';

/** The OcopError a promise rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<OcopError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OcopError);
    return error as OcopError;
  }
  throw new Error('expected a rejection');
}

const override = (changes: RuleOverrideInput['changes']): RuleOverrideInput => ({
  formatVersion: 1,
  id: 'hy-loader',
  title: 'Điều chỉnh thử',
  basedOn: 'qd26-2026',
  jurisdiction: '33',
  effectiveFrom: '2026-07-01',
  changes,
});

describe('loadCriteriaSet', () => {
  it.each(QD26_CRITERIA_SETS.map((set) => [set.setNo] as const))(
    'set %i of qd26-2026 is the very object QD26_CRITERIA_SETS holds',
    async (setNo) => {
      const loaded = await loadCriteriaSet('qd26-2026', setNo);
      expect(loaded).toBe(QD26_CRITERIA_SETS[setNo - 1]);
      expect(loaded).toMatchObject({ ruleSet: 'qd26-2026', setNo });
      expect(Object.isFrozen(loaded)).toBe(true);
    },
  );

  it('accepts the rule set as an object too, and gives the module export itself', async () => {
    expect(await loadCriteriaSet(getRuleSet('qd26-2026'), 6)).toBe(QD26_SET_06);
    expect(await loadCriteriaSet('qd26-2026', 6)).toBe(QD26_SET_06);
  });

  it('returns a promise (loads lazily) that rateProduct can use as options.criteria', async () => {
    const pending = loadCriteriaSet('qd26-2026', 6);
    expect(pending).toBeInstanceOf(Promise);
    const criteria = await pending;
    expect(criteria.title).toBe('Chế biến từ gạo, ngũ cốc');
    const points = Object.fromEntries(criteria.criteria.map((c) => [c.code, c.max]));
    expect(rateProduct({ ruleSet: 'qd26-2026', criteriaSet: 6, sheets: [{ points }] }, { criteria }).stars).toBe(5);
  });

  it.each([0, 27, 1.5, -1, Number.NaN])('rejects set %s of qd26-2026 with unknown_criteria_set', async (setNo) => {
    const error = await rejection(loadCriteriaSet('qd26-2026', setNo));
    expect(error.code).toBe('unknown_criteria_set');
    expect(error.params).toMatchObject({ ruleSet: 'qd26-2026' });
    expect(error.message).toContain('it has 1 to 26');
  });

  it('gives the number of sets in params.count, which the issue catalogue reads (getCriteriaSet and loadCriteriaSet)', async () => {
    const loaded = await rejection(loadCriteriaSet('qd26-2026', 27));
    let got: unknown;
    try {
      getCriteriaSet('qd26-2026', 27);
    } catch (error) {
      got = error;
    }
    expect(loaded.params).toEqual({ ruleSet: 'qd26-2026', setNo: 27, count: 26 });
    expect((got as OcopError).params).toEqual({ ruleSet: 'qd26-2026', setNo: 27, count: 26 });
    expect(issueMessage('unknown_criteria_set', loaded.params, 'en')).toBe(
      'Rule set "qd26-2026" has no criteria set 27 (it has 26)',
    );
  });

  it.each([
    ['qd1048-2019', 'qd1048-2019', 'Rau, củ, quả, hạt tươi'],
    ['qd1048-781-2020', 'qd1048-2019', 'Rau, củ, quả, hạt tươi'],
    ['qd148-2023', 'qd148-2023', 'Rau, củ, quả, hạt tươi'],
    ['qd148-1489-2025', 'qd148-2023', 'Rau, củ, quả, hạt tươi'],
  ] as const)(
    '%s loads its own sets or, as an amendment that kept them, its base’s (%s), the same objects as ocop/criteria',
    async (ruleSet: RuleSetId, from, title) => {
      const one = await loadCriteriaSet(ruleSet, 1);
      expect(one.ruleSet).toBe(from);
      expect(one.title).toBe(title);
      expect(one).toBe(getCriteriaSet(from, 1));
      expect(await loadCriteriaSet(ruleSet, 26)).toBe(getCriteriaSet(ruleSet, 26));
      const error = await rejection(loadCriteriaSet(ruleSet, 27));
      expect(error.code).toBe('unknown_criteria_set');
      expect(error.params).toEqual({ ruleSet, setNo: 27, count: 26 });
    },
  );

  it('a rule set object that carries no criteria sets (criteria: []) is criteria_not_available', async () => {
    const none = { ...getRuleSet('qd26-2026'), criteria: [] };
    const error = await rejection(loadCriteriaSet(none, 1));
    expect(error.code).toBe('criteria_not_available');
    expect(error.params).toEqual({ ruleSet: 'qd26-2026' });
  });

  it('rejects an unknown rule set id with unknown_rule_set', async () => {
    expect((await rejection(loadCriteriaSet('qd490-2018' as RuleSetId, 1))).code).toBe('unknown_rule_set');
  });

  it('for an adapted rule set, returns the copy it carries, with the province’s changes', async () => {
    const adapted = adaptRuleSet(
      'qd26-2026',
      override({
        disqualifiers: [
          { setNo: 6, text: 'Sản phẩm chưa có mã truy xuất nguồn gốc', reference: 'Quyết định của UBND tỉnh (ví dụ)' },
        ],
      }),
    );
    const carried = await loadCriteriaSet(adapted, 6);
    expect(carried).toBe(adapted.criteria?.[5]);
    expect(carried).not.toBe(QD26_SET_06);
    expect(carried.disqualifiers).toEqual([...QD26_SET_06.disqualifiers, 'Sản phẩm chưa có mã truy xuất nguồn gốc']);
    for (let setNo = 1; setNo <= 26; setNo++)
      expect(await loadCriteriaSet(adapted, setNo)).toBe(adapted.criteria?.[setNo - 1]);
    expect((await rejection(loadCriteriaSet(adapted, 27))).code).toBe('unknown_criteria_set');
  });

  it('for an adapted 148/2023 rule set whose set 1 a province replaced, returns the replacement and the shipped others', async () => {
    const { default: file } = await import('../../examples/overrides/148-set-from-archive.json', {
      with: { type: 'json' },
    });
    const adapted = adaptRuleSet('qd148-2023', file as RuleOverrideInput);
    const one = await loadCriteriaSet(adapted, 1);
    expect(one).toBe(adapted.criteria?.[0]);
    expect(one.ruleSet).toBe('qd148-2023');
    expect(one.reference).toBe(file.changes.criteriaSets[0]?.reference);
    expect(one).not.toEqual(getCriteriaSet('qd148-2023', 1));
    expect(await loadCriteriaSet(adapted, 2)).toEqual(getCriteriaSet('qd148-2023', 2));
    const error = await rejection(loadCriteriaSet(adapted, 27));
    expect(error.code).toBe('unknown_criteria_set');
    expect(error.params).toEqual({ ruleSet: 'qd148-2023', setNo: 27, count: 26 });
  });
});
