import { describe, expect, it } from 'vitest';
import { getCriteriaSet, getRuleSet, OcopValidationError, QD26_CRITERIA_SETS, rateProduct, ruleSetFor, scoreSheet, type CriteriaSet, type EvaluationInput } from '../../src/index.js';

/** Every criterion at its top option. */
function topSheet(set: CriteriaSet): Record<string, number> {
  return Object.fromEntries(set.criteria.map((c) => [c.code, c.max]));
}

/** Every criterion at its lowest option, except marked ones at their mark for stars ≤ `stars`. */
function marksSheet(set: CriteriaSet, stars: 3 | 4 | 5): Record<string, number> {
  return Object.fromEntries(
    set.criteria.map((c) => {
      const marked = c.options.filter((o) => o.minStars !== undefined && o.minStars <= stars).map((o) => o.points);
      return [c.code, Math.max(Math.min(...c.options.map((o) => o.points)), ...marked)];
    }),
  );
}

function rateSheets(setNo: number, sheets: Array<Record<string, number>>, extra: Partial<EvaluationInput> = {}) {
  return rateProduct({ ruleSet: 'qd26-2026', criteriaSet: setNo, level: 'province', sheets: sheets.map((points) => ({ points })), ...extra });
}

describe('real published results reproduce', () => {
  it('Bánh cáy Thiên Đức, Đông Hưng district council, December 2020: 81.2 → 4★ recognised by the province', () => {
    const ruleSet = ruleSetFor('2020-12-24').id;
    expect(ruleSet).toBe('qd1048-781-2020');
    const rating = rateProduct({ ruleSet, level: 'district', evaluatedOn: '2020-12-24', sheets: [{ total: 81.2 }] });
    expect(rating).toMatchObject({ average: 81.2, band: 4, stars: 4, recognised: true, authority: 'province', forwardTo: 'province', disqualified: false, minimaChecked: false });
  });

  it('Cây phát lộc HTX Minh Tân, same council: 79.4 → 4★', () => {
    const rating = rateProduct({ ruleSet: 'qd1048-781-2020', level: 'district', sheets: [{ total: '79.4' }] });
    expect(rating).toMatchObject({ average: 79.4, stars: 4, recognised: true, authority: 'province' });
  });

  it('a council of three whose totals average exactly 70 gives 4★', () => {
    expect(rateProduct({ ruleSet: 'qd26-2026', sheets: [{ total: 70 }, { total: 69.9 }, { total: 70.1 }] })).toMatchObject({ average: 70, band: 4, stars: 4 });
  });
});

describe.each(QD26_CRITERIA_SETS.map((set) => [set.setNo, set] as const))('criteria set %i', (_setNo, set) => {
  it('the top option everywhere scores 100 → 5★, recognised by the ministry', () => {
    const rating = rateSheets(set.setNo, [topSheet(set)]);
    expect(rating).toMatchObject({ average: 100, band: 5, stars: 5, recognised: true, authority: 'central', unmetMinima: [], minimaChecked: true });
    expect(scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: set.setNo, points: topSheet(set) }).parts).toEqual({ A: 40, B: 25, C: 35 });
  });

  it('lowering one 4★-marked criterion below its mark caps a 4★-band product at 3★ and names the criterion', () => {
    const marked = set.criteria.find((c) => c.options.some((o) => o.minStars === 4 && c.options.some((p) => p.points < o.points)));
    if (!marked) throw new Error(`set ${set.setNo} has no 4★ mark`);
    const mark = marked.options.find((o) => o.minStars === 4)?.points as number;
    const points = topSheet(set);
    points[marked.code] = Math.max(...marked.options.filter((o) => o.points < mark).map((o) => o.points));
    // bring the total into the 4★ band by lowering unmarked criteria
    const total = () => Object.values(points).reduce((a, b) => a + b, 0);
    for (const c of set.criteria) {
      if (total() < 90) break;
      if (c.code === marked.code || c.options.some((o) => o.minStars !== undefined)) continue;
      points[c.code] = Math.min(...c.options.map((o) => o.points));
    }
    const rating = rateSheets(set.setNo, [points]);
    expect(rating.band).toBe(4);
    expect(rating.stars).toBe(3);
    expect(rating.recognised).toBe(true);
    expect(rating.unmetMinima.map((m) => [m.criterion, m.stars])).toEqual([[marked.code, 4]]);
    expect(rating.explanation.find((l) => l.kind === 'minimum')?.code).toBe(marked.code);
  });
});

describe('star minima, worked by hand on set 1 (Rau, củ, quả, hạt tươi)', () => {
  const set = getCriteriaSet('qd26-2026', 1);

  it('a sheet at the 4★ marks, lowest options elsewhere, totals 44: minima are necessary, not sufficient', () => {
    const rating = rateSheets(1, [marksSheet(set, 4)]);
    expect(rating).toMatchObject({ totals: [44], band: 2, stars: 2, recognised: false, authority: null, unmetMinima: [] });
  });

  it('a sheet at the 3★ marks, lowest options elsewhere, totals 19 (A 11, B 3, C 5) → 1★', () => {
    const rating = rateSheets(1, [marksSheet(set, 3)]);
    expect(rating).toMatchObject({ totals: [19], band: 1, stars: 1, recognised: false });
    expect(rating.explanation.filter((l) => l.kind === 'part').map((l) => l.value)).toEqual([11, 3, 5]);
  });

  it('a minimum counts as met when more than half of the sheets meet it', () => {
    const top = topSheet(set);
    const low = { ...top, '2.1': 1 }; // 2.1 is marked 4★ at 3 points
    expect(rateSheets(1, [top, top, low]).unmetMinima).toEqual([]);
    const split = rateSheets(1, [top, low]);
    expect(split.unmetMinima).toEqual([
      expect.objectContaining({ criterion: '2.1', stars: 4, points: 3, sheetsMeeting: 1, sheets: 2 }),
    ]);
    expect(split.stars).toBe(3);
  });

  it('policy cap (the 26/2026 default): an unmet 4★ minimum in the 5★ band gives a recognised 3★', () => {
    const rating = rateSheets(1, [{ ...topSheet(set), '2.1': 1 }]);
    expect(rating).toMatchObject({ band: 5, stars: 3, recognised: true, authority: 'province' });
  });

  it('policy reject (a rule set passed in options): the same sheet is not recognised, and the stars line says so', () => {
    const base = getRuleSet('qd26-2026');
    const reject = { ...base, minima: { ...base.minima, value: { ...base.minima.value, policy: 'reject' as const } } };
    const rating = rateProduct({ ruleSet: 'qd26-2026', criteriaSet: 1, sheets: [{ points: { ...topSheet(set), '2.1': 1 } }] }, { ruleSet: reject });
    expect(rating).toMatchObject({ band: 5, stars: 3, recognised: false, authority: null });
    expect(rating.explanation.find((l) => l.kind === 'stars')?.message.en).toBe('Result: 5★ rejected by unmet minima');
    expect(() => rateProduct({ ruleSet: 'qd148-2023', sheets: [{ total: 80 }] }, { ruleSet: reject })).toThrow(/rule set "qd148-2023", the evaluation for "qd26-2026"/);
  });

  it('5.2 (only when the product has a story) may be 0', () => {
    expect(rateSheets(1, [{ ...topSheet(set), '5.1': 0, '5.2': 0 }]).totals).toEqual([93]);
  });
});

describe('errors with stable codes', () => {
  const set = getCriteriaSet('qd26-2026', 1);
  const codes = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof OcopValidationError) return error.issues.map((i) => [i.code, i.path.join('.')]);
      throw error;
    }
    throw new Error('expected a validation error');
  };

  it('unknown and missing criteria, points that are not an option', () => {
    const points = topSheet(set);
    delete points['1.2'];
    points['1.1'] = 2.5;
    points['9.9'] = 1;
    expect(codes(() => rateSheets(1, [points]))).toEqual([
      ['unknown_criterion', 'sheets.0.points.9.9'],
      ['points_not_an_option', 'sheets.0.points.1.1'],
      ['missing_criterion', 'sheets.0.points.1.2'],
    ]);
  });

  it('an empty council, a level the rule set does not have, criteria that are not shipped', () => {
    expect(codes(() => rateProduct({ ruleSet: 'qd26-2026', sheets: [] }))).toEqual([['empty_council', 'sheets']]);
    expect(codes(() => rateProduct({ ruleSet: 'qd26-2026', level: 'district', sheets: [{ total: 80 }] }))).toEqual([['level_not_in_rule_set', 'level']]);
    expect(codes(() => rateProduct({ ruleSet: 'qd148-2023', criteriaSet: 1, sheets: [{ points: topSheet(set) }] }))).toEqual([['criteria_not_available', 'sheets']]);
  });

  it('a score outside 0–100', () => {
    expect(codes(() => rateProduct({ ruleSet: 'qd26-2026', sheets: [{ total: 100.5 }] }))).toEqual([['too_big', 'sheets.0.total']]);
  });

  it('a sheet for another rule set', () => {
    expect(codes(() => rateProduct({ ruleSet: 'qd26-2026', criteriaSet: 1, sheets: [{ points: topSheet(set), ruleSet: 'qd148-2023' }] }))).toEqual([
      ['rule_set_mismatch', 'sheets.0.ruleSet'],
    ]);
  });

  it('scoreSheet names every problem too', () => {
    expect(codes(() => scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: 1, points: { ...topSheet(set), '2.2': 4 } }))).toEqual([['points_not_an_option', 'points.2.2']]);
  });
});

describe('disqualification and forwarding', () => {
  const set = getCriteriaSet('qd26-2026', 1);

  it('a rejected dossier is not recognised and not forwarded, whatever the score', () => {
    const rating = rateSheets(1, [topSheet(set)], { disqualified: { reason: 'dossier' } });
    expect(rating).toMatchObject({ band: 5, disqualified: true, recognised: false, authority: null, forwardTo: null });
    expect(rating.explanation.find((l) => l.kind === 'disqualified')?.message.vi).toMatch(/^Hồ sơ bị loại: /);
  });

  it('a knock-out must name a criterion that has a knock-out note (6.1 in set 1)', () => {
    expect(rateSheets(1, [topSheet(set)], { disqualified: { reason: 'knock-out', criterion: '6.1' } }).disqualified).toBe(true);
    expect(() => rateSheets(1, [topSheet(set)], { disqualified: { reason: 'knock-out', criterion: '1.1' } })).toThrow(/no knock-out note/);
  });

  it('"Bị loại nếu…" and "… sẽ bị loại bỏ" notes are knock-outs too (set 7, 1.1: wholly imported raw materials; set 21, 6.2: IP violation)', () => {
    for (const [setNo, criterion] of [[7, '1.1'], [21, '6.2']] as const) {
      const top = Object.fromEntries(getCriteriaSet('qd26-2026', setNo).criteria.map((c) => [c.code, c.max]));
      const rating = rateSheets(setNo, [top], { disqualified: { reason: 'knock-out', criterion } });
      expect(rating).toMatchObject({ disqualified: true, recognised: false });
      expect(rating.explanation.find((l) => l.kind === 'disqualified')?.message.vi).toMatch(/bị loại/i);
    }
  });

  it('26/2026: a province council forwards ≥ 90 to the ministry', () => {
    expect(rateProduct({ ruleSet: 'qd26-2026', level: 'province', sheets: [{ total: 90 }] }).forwardTo).toBe('central');
    expect(rateProduct({ ruleSet: 'qd26-2026', level: 'province', sheets: [{ total: 89.99 }] }).forwardTo).toBeNull();
  });

  it('148: the district recognises 3★ itself and forwards ≥ 70 to the province', () => {
    expect(rateProduct({ ruleSet: 'qd148-2023', level: 'district', sheets: [{ total: 65 }] })).toMatchObject({ stars: 3, authority: 'district', forwardTo: null });
    expect(rateProduct({ ruleSet: 'qd148-2023', level: 'district', sheets: [{ total: 75 }] })).toMatchObject({ stars: 4, authority: 'province', forwardTo: 'province' });
  });

  it('1★ and 2★ are never recognised', () => {
    expect(rateProduct({ ruleSet: 'qd26-2026', sheets: [{ total: 49.99 }] })).toMatchObject({ stars: 2, recognised: false, authority: null });
  });
});

describe('explanation', () => {
  const set = getCriteriaSet('qd26-2026', 1);

  it('lists criteria, parts, average, band, stars, recognition and forwarding, in order, in vi and en', () => {
    const rating = rateSheets(1, [topSheet(set), { ...topSheet(set), '2.1': 1 }]);
    const kinds = rating.explanation.map((l) => l.kind);
    expect(kinds.slice(0, set.criteria.length).every((k) => k === 'criterion')).toBe(true);
    expect(kinds.slice(set.criteria.length)).toEqual(['part', 'part', 'part', 'average', 'band', 'minimum', 'stars', 'recognition', 'forwarding']);
    const line21 = rating.explanation.find((l) => l.code === '2.1');
    expect(line21).toMatchObject({ value: 2, max: 3, marks: [{ stars: 4, required: 3, met: false }] });
    expect(line21?.message.en).toMatch(/^2\.1 .*: 2\/3 points \(4★ ≥ 3: not met\)$/);
    expect(line21?.reference).toBe('Quyết định 26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm số 1, tiêu chí 2.1');
    expect(rating.explanation.find((l) => l.kind === 'average')?.message).toEqual({
      vi: 'Tổng điểm trung bình của 2 thành viên: 99 (100, 98)',
      en: "Average of 2 members' totals: 99 (100, 98)",
    });
    expect(rating.explanation.find((l) => l.kind === 'stars')?.message.en).toBe('Result: 3★ (capped from 5★ by unmet minima)');
  });

  it('says when minima could not be checked (totals-only sheets)', () => {
    const rating = rateProduct({ ruleSet: 'qd26-2026', sheets: [{ total: 80 }] });
    expect(rating.explanation.at(-1)?.message.en).toBe('Star minima not checked: the sheets carry totals only');
  });
});

describe('docs/concepts.md: why a 91-point product got 4★', () => {
  it('set 1: top options but 1.3 at 2 points (its 3-point option is the 5★ minimum), 4.3 at 0, 6.3 at 0 → 91, band 5★, capped to 4★', () => {
    const set = getCriteriaSet('qd26-2026', 1);
    const points = { ...Object.fromEntries(set.criteria.map((c) => [c.code, c.max])), '1.3': 2, '4.3': 0, '6.3': 0 };
    const rating = rateProduct({ ruleSet: 'qd26-2026', criteriaSet: 1, level: 'province', sheets: [{ points }] });
    expect(rating).toMatchObject({ average: 91, band: 5, stars: 4, recognised: true, authority: 'province', forwardTo: 'central' });
    expect(rating.unmetMinima.map((m) => [m.criterion, m.stars, m.points])).toEqual([['1.3', 5, 3]]);
  });
});
