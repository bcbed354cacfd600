import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueCodes } from '../issues-of.js';
import { adaptRuleSet, diffRuleSets } from '../../src/adapt.js';
import { getCriteriaSet } from '../../src/criteria.js';
import {
  certificateStatus,
  evaluationRounds,
  getRuleSet,
  isWorkingDay,
  OcopRuleError,
  rateProduct,
  starBand,
  type RuleOverrideInput,
} from '../../src/index.js';

const REF = 'Quyết định số 99/QĐ-UBND của UBND tỉnh Hưng Yên (ví dụ)';
const base = getRuleSet('qd26-2026');
const PROVENANCE = new Set(['derivedFrom', 'overrides', 'effectiveFrom']);
/** The whole criteria set of examples/overrides/148-set-from-archive.json, as an override carries it. */
const ARCHIVE_SET_1 = (
  JSON.parse(readFileSync('examples/overrides/148-set-from-archive.json', 'utf8')) as {
    changes: { criteriaSets: [NonNullable<RuleOverrideInput['changes']['criteriaSets']>[number]] };
  }
).changes.criteriaSets[0];

function override(changes: RuleOverrideInput['changes'], extra: Partial<RuleOverrideInput> = {}): RuleOverrideInput {
  return {
    formatVersion: 1,
    id: 'hy-test',
    title: 'Điều chỉnh thử',
    basedOn: 'qd26-2026',
    jurisdiction: '33',
    effectiveFrom: '2026-07-01',
    changes,
    ...extra,
  };
}

/** The paths a change touched, provenance left out. */
function changed(adapted: ReturnType<typeof adaptRuleSet>, from = base): string[] {
  return diffRuleSets(from, adapted)
    .filter((d) => !PROVENANCE.has(d.path[0] as string))
    .map((d) => d.where);
}

const codes = (fn: () => unknown) => issueCodes(fn, OcopRuleError);

const set1 = getCriteriaSet('qd26-2026', 1);
const top = Object.fromEntries(set1.criteria.map((c) => [c.code, c.max]));
const idx43 = set1.criteria.findIndex((c) => c.code === '4.3');

describe('allowed changes change what they should and nothing else', () => {
  it('a stricter 4★ requirement (set 1, 4.3 promotion ≥ 2 points) caps a product that met the national rules', () => {
    const adapted = adaptRuleSet(
      base,
      override({ minima: [{ setNo: 1, criterion: '4.3', points: 2, stars: 4, reference: REF }] }),
    );
    const option2 = set1.criteria[idx43]?.options.findIndex((o) => o.points === 2);
    expect(changed(adapted)).toEqual([`criteria[set 1].criteria[criterion 4.3].options[${option2}].minStars`]);
    const evaluation = { ruleSet: 'qd26-2026' as const, criteriaSet: 1, sheets: [{ points: { ...top, '4.3': 1 } }] };
    expect(rateProduct(evaluation, { criteria: set1 }).stars).toBe(5);
    expect(rateProduct(evaluation, { ruleSet: adapted })).toMatchObject({
      stars: 3,
      unmetMinima: [expect.objectContaining({ criterion: '4.3', stars: 4, points: 2 })],
    });
    expect(adapted).toMatchObject({
      id: 'qd26-2026',
      derivedFrom: 'qd26-2026',
      overrides: [{ id: 'hy-test', jurisdiction: '33', effectiveFrom: '2026-07-01' }],
      effectiveFrom: '2026-07-01',
    });
    expect(Object.isFrozen(adapted.criteria?.[0]?.criteria[idx43]?.options[0])).toBe(true);
    expect(getCriteriaSet('qd26-2026', 1).criteria[idx43]?.options.some((o) => o.minStars === 4)).toBe(false); // the base is untouched
  });

  it('an extra disqualifier for set 1', () => {
    const adapted = adaptRuleSet(
      base,
      override({ disqualifiers: [{ setNo: 1, text: 'Sản phẩm chưa có mã truy xuất nguồn gốc', reference: REF }] }),
    );
    expect(changed(adapted)).toEqual([`criteria[set 1].disqualifiers[${set1.disqualifiers.length}]`]);
  });

  it('an extra provincial round', () => {
    const adapted = adaptRuleSet(
      base,
      override({
        rounds: [
          {
            level: 'province',
            round: 3,
            proposalsBefore: { month: 8, day: 15 },
            heldBefore: { month: 9, day: 30 },
            reference: REF,
          },
        ],
      }),
    );
    expect(changed(adapted)).toEqual(['rounds.reference', 'rounds.value[4]']);
    expect(evaluationRounds(2026, adapted).map((r) => `${r.level} ${r.round} ${r.heldBy}`)).toContain(
      'province 3 2026-09-29',
    );
  });

  it('a provincial day off changes working days through the rule set', () => {
    const adapted = adaptRuleSet(
      base,
      override({ daysOff: [{ date: '2026-10-21', name: 'Ngày truyền thống của tỉnh (ví dụ)', reference: REF }] }),
    );
    expect(changed(adapted)).toEqual(['daysOff[day 2026-10-21]']);
    expect(isWorkingDay('2026-10-21')).toBe(true);
    expect(isWorkingDay('2026-10-21', { ruleSet: adapted })).toBe(false);
  });

  it('policies: averaging precision, all sheets for minima, reject', () => {
    const adapted = adaptRuleSet(
      base,
      override({ policies: { averagingDecimals: 0, minimaCouncil: 'all', minimaPolicy: 'reject', reference: REF } }),
    );
    expect(changed(adapted)).toEqual([
      'averaging.reference',
      'averaging.value.decimals',
      'minima.reference',
      'minima.value.council',
      'minima.value.policy',
    ]);
    expect(
      rateProduct({ ruleSet: 'qd26-2026', sheets: [{ total: 89 }, { total: 90 }] }, { ruleSet: adapted }),
    ).toMatchObject({ average: 90, stars: 5 });
    const split = {
      ruleSet: 'qd26-2026' as const,
      criteriaSet: 1,
      sheets: [{ points: top }, { points: top }, { points: { ...top, '2.1': 1 } }],
    };
    expect(rateProduct(split, { criteria: set1 }).recognised).toBe(true);
    expect(rateProduct(split, { ruleSet: adapted })).toMatchObject({
      recognised: false,
      unmetMinima: [expect.objectContaining({ criterion: '2.1', sheetsMeeting: 2, sheets: 3 })],
    });
  });

  it('labels', () => {
    expect(
      changed(adaptRuleSet(base, override({ labels: { title: 'Bộ tiêu chí OCOP áp dụng tại tỉnh Hưng Yên' } }))),
    ).toEqual(['title']);
  });

  it('national numbers change only under "replaces": "national", and the result says so', () => {
    const adapted = adaptRuleSet(
      base,
      override({
        national: { replaces: 'national', reference: REF, bandEdges: [30, 50, 70, 85], certificateValidityMonths: 24 },
      }),
    );
    expect(changed(adapted)).toEqual([
      'bands.reference',
      'bands.value[3].below',
      'bands.value[4].from',
      'certificateValidityMonths.reference',
      'certificateValidityMonths.value',
      'replacesNational',
    ]);
    expect(adapted.replacesNational).toBe(true);
    expect(starBand(86, adapted)).toBe(5);
    expect(starBand(86, base)).toBe(4);
    const cert = {
      id: 'c',
      product: 'p',
      stars: 4 as const,
      level: 'province' as const,
      decisionNumber: '1/QĐ-UBND',
      issuedOn: '2026-08-01' as const,
    };
    expect(certificateStatus(cert, { asOf: '2028-08-02', ruleSet: adapted }).status).toBe('expired');
    expect(certificateStatus(cert, { asOf: '2028-08-02' }).status).not.toBe('expired');
  });
});

describe('forbidden changes are errors with codes and paths', () => {
  it.each([
    [
      'part maxima outside national',
      () => adaptRuleSet(base, override({ parts: { A: 30, B: 30, C: 40 } } as never)),
      [['override_forbidden_key', 'changes.parts']],
    ],
    [
      'a whole criteria set beyond the ones the rule set ships (26/2026 has 26)',
      () => adaptRuleSet(base, override({ criteriaSets: [{ ...ARCHIVE_SET_1, setNo: 27 }] })),
      [['unknown_criteria_set', 'changes.criteriaSets.0.setNo']],
    ],
    [
      'a minimum that is not stricter',
      () =>
        adaptRuleSet(base, override({ minima: [{ setNo: 1, criterion: '2.2', points: 2, stars: 3, reference: REF }] })),
      [['override_not_stricter', 'changes.minima.0']],
    ],
    [
      'a 4★ minimum below the 3★ one already required',
      () =>
        adaptRuleSet(base, override({ minima: [{ setNo: 1, criterion: '2.2', points: 1, stars: 4, reference: REF }] })),
      [['override_not_stricter', 'changes.minima.0']],
    ],
    [
      'two changes to one minimum',
      () =>
        adaptRuleSet(
          base,
          override({
            minima: [
              { setNo: 1, criterion: '4.3', points: 2, stars: 4, reference: REF },
              { setNo: 1, criterion: '4.3', points: 3, stars: 4, reference: REF },
            ],
          }),
        ),
      [['override_conflict', 'changes.minima.1']],
    ],
    [
      'a round the rule set has',
      () =>
        adaptRuleSet(
          base,
          override({
            rounds: [
              {
                level: 'province',
                round: 1,
                proposalsBefore: { month: 3, day: 1 },
                heldBefore: { month: 5, day: 1 },
                reference: REF,
              },
            ],
          }),
        ),
      [['override_conflict', 'changes.rounds.0']],
    ],
    [
      'points that are no option',
      () =>
        adaptRuleSet(base, override({ minima: [{ setNo: 1, criterion: '4.3', points: 4, stars: 4, reference: REF }] })),
      [['points_not_an_option', 'changes.minima.0.points']],
    ],
    [
      'an unknown criterion',
      () =>
        adaptRuleSet(base, override({ minima: [{ setNo: 1, criterion: '9.9', points: 1, stars: 4, reference: REF }] })),
      [['unknown_criterion', 'changes.minima.0.criterion']],
    ],
    [
      'another rule set',
      () => adaptRuleSet(base, override({}, { basedOn: 'qd148-2023' })),
      [['rule_set_mismatch', 'basedOn']],
    ],
    [
      'Thái Bình after the merger',
      () => adaptRuleSet(base, override({}, { jurisdiction: '34' })),
      [['unit_not_in_force', 'jurisdiction']],
    ],
    [
      'an unknown key',
      () => adaptRuleSet(base, override({ colour: 'red' } as never)),
      [['unknown_key', 'changes.colour']],
    ],
    [
      'a __proto__ key',
      () =>
        adaptRuleSet(
          base,
          JSON.parse(
            '{"formatVersion":1,"id":"x","title":"x","basedOn":"qd26-2026","jurisdiction":"33","effectiveFrom":"2026-07-01","changes":{"__proto__":{"x":1}}}',
          ),
        ),
      [['forbidden_key', 'changes.__proto__']],
    ],
  ] as const)('%s', (_name, fn, expected) => {
    expect(codes(fn)).toEqual(expected);
  });

  describe('a bad jurisdiction hides none of the problems in the minima (#15, point 4)', () => {
    const minima: Array<{ setNo: number; criterion: string; points: number; stars: 3 | 4 | 5; reference: string }> = [
      { setNo: 99, criterion: '1.1', points: 1, stars: 4, reference: REF },
      { setNo: 1, criterion: '9.9', points: 1, stars: 4, reference: REF },
      { setNo: 1, criterion: '4.3', points: 4, stars: 4, reference: REF },
      { setNo: 1, criterion: '2.2', points: 2, stars: 3, reference: REF },
    ];
    const inMinima = [
      ['unknown_criteria_set', 'changes.minima.0.setNo'],
      ['unknown_criterion', 'changes.minima.1.criterion'],
      ['points_not_an_option', 'changes.minima.2.points'],
      ['override_not_stricter', 'changes.minima.3'],
    ];

    it('a province not in force on the effective date (Thái Bình after the merger): five issues in one error', () => {
      expect(codes(() => adaptRuleSet(base, override({ minima }, { jurisdiction: '34' })))).toEqual([
        ['unit_not_in_force', 'jurisdiction'],
        ...inMinima,
      ]);
    });

    it('a province code of one digit (a shape issue): five issues in one error', () => {
      expect(codes(() => adaptRuleSet(base, override({ minima }, { jurisdiction: '3' })))).toEqual([
        ['invalid_format', 'jurisdiction'],
        ...inMinima,
      ]);
    });

    it('a malformed minimum is reported by its shape, and the other minima are still checked', () => {
      const withBadStars = [{ ...minima[0], stars: 6 }, ...minima.slice(1)];
      expect(codes(() => adaptRuleSet(base, override({ minima: withBadStars } as never)))).toEqual([
        ['invalid_enum', 'changes.minima.0.stars'],
        ...inMinima.slice(1),
      ]);
    });
  });

  it('an override is applied once: applying it again is rejected (documented)', () => {
    const o = override({ labels: { title: 'x' } });
    const once = adaptRuleSet(base, o);
    expect(codes(() => adaptRuleSet(once, o))).toEqual([['override_already_applied', 'id']]);
    // a second, different override stacks, in order
    expect(
      adaptRuleSet(once, { ...o, id: 'hy-test-2', changes: { labels: { titleEn: 'y' } } }).overrides?.map((x) => x.id),
    ).toEqual(['hy-test', 'hy-test-2']);
  });
});

describe('a province replacing a shipped criteria set with its own copy (148/2023)', () => {
  it('replaces set 1 only, rates with it, keeps the other 25 shipped sets, and checks the set adds up', async () => {
    const { default: file } = await import('../../examples/overrides/148-set-from-archive.json', {
      with: { type: 'json' },
    });
    const national = getRuleSet('qd148-2023');
    const adapted = adaptRuleSet('qd148-2023', file as RuleOverrideInput);
    expect(adapted.criteriaSets).toBe(26);
    // the province's set 1 is another transcription: only set 1 differs, criterion by criterion
    const changes = changed(adapted, national);
    expect(changes.length).toBeGreaterThan(30);
    expect(changes.every((where) => where.startsWith('criteria[set 1]'))).toBe(true);
    const set = getCriteriaSet(adapted, 1);
    expect(set.reference).toBe(file.changes.criteriaSets[0]?.reference);
    expect(getCriteriaSet(adapted, 2)).toEqual(getCriteriaSet('qd148-2023', 2));
    const best = Object.fromEntries(set.criteria.map((c) => [c.code, c.max]));
    expect(
      rateProduct(
        { ruleSet: 'qd148-2023', criteriaSet: 1, level: 'district', sheets: [{ points: best }] },
        { ruleSet: adapted },
      ),
    ).toMatchObject({ average: 100, stars: 5, authority: 'central', minimaChecked: true });
    const broken = JSON.parse(JSON.stringify(file)) as {
      changes: { criteriaSets: Array<{ parts: Array<{ max: number }> }> };
    };
    (broken.changes.criteriaSets[0]?.parts[0] as { max: number }).max = 35;
    expect(codes(() => adaptRuleSet('qd148-2023', broken as never)).map((c) => c[0])).toContain('invalid_criteria_set');
  });
});

describe('adapted values carry their own reference (#15, point 2)', () => {
  const PROVINCE = 'QĐ 1999/QĐ-UBND, Điều 2.2';
  const NATIONAL_11_22 = 'Quyết định 26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm số 11, tiêu chí 2.2';
  const set11 = getCriteriaSet('qd26-2026', 11);
  const top11 = Object.fromEntries(set11.criteria.map((c) => [c.code, c.max]));
  const rate11 = (ruleSet: ReturnType<typeof adaptRuleSet>, points: Record<string, number>) =>
    rateProduct({ ruleSet: 'qd26-2026', criteriaSet: 11, sheets: [{ points: { ...top11, ...points } }] }, { ruleSet });

  it('a new 4★ mark (set 11, 4.3 ≥ 2) is cited by the province reference in unmetMinima and the explanation, replacing nothing', () => {
    const adapted = adaptRuleSet(
      base,
      override({ minima: [{ setNo: 11, criterion: '4.3', points: 2, stars: 4, reference: PROVINCE }] }),
    );
    const rating = rate11(adapted, { '4.3': 1 });
    expect(rating.unmetMinima).toEqual([
      {
        criterion: '4.3',
        title: 'Quảng bá sản phẩm',
        stars: 4,
        points: 2,
        label: expect.any(String),
        sheetsMeeting: 0,
        sheets: 1,
        reference: PROVINCE,
      },
    ]);
    const line = rating.explanation.find((l) => l.kind === 'minimum');
    expect(line?.reference).toBe(PROVINCE);
    expect(line?.replaces).toBeUndefined(); // set 11 marks nothing at 4.3 nationally
  });

  it('raising a national requirement (set 11, 2.2: 3★ ≥ 2, so 4★ ≥ 2) to 4★ ≥ 3 names the national reference it replaces', () => {
    const adapted = adaptRuleSet(
      base,
      override({ minima: [{ setNo: 11, criterion: '2.2', points: 3, stars: 4, reference: PROVINCE }] }),
    );
    const rating = rate11(adapted, { '2.2': 2 });
    expect(rating.unmetMinima).toEqual([
      expect.objectContaining({ criterion: '2.2', stars: 4, points: 3, reference: PROVINCE, replaces: NATIONAL_11_22 }),
    ]);
    expect(rating.explanation.find((l) => l.kind === 'minimum')).toMatchObject({
      code: '2.2',
      reference: PROVINCE,
      replaces: NATIONAL_11_22,
    });
    // the national 3★ mark of the same criterion keeps its national reference
    expect(rate11(adapted, { '2.2': 1 }).unmetMinima.find((m) => m.stars === 3)).toMatchObject({
      reference: NATIONAL_11_22,
    });
    expect(rate11(adapted, { '2.2': 1 }).unmetMinima.find((m) => m.stars === 3)).not.toHaveProperty('replaces');
  });

  it("the criterion line's mark set by the province cites it; national marks carry no reference of their own", () => {
    const adapted = adaptRuleSet(
      base,
      override({ minima: [{ setNo: 11, criterion: '2.2', points: 3, stars: 4, reference: PROVINCE }] }),
    );
    const line = rate11(adapted, { '2.2': 2 }).explanation.find((l) => l.kind === 'criterion' && l.code === '2.2');
    expect(line?.reference).toBe(NATIONAL_11_22);
    expect(line?.marks).toEqual([
      { stars: 3, required: 2, met: true, applies: true },
      { stars: 4, required: 3, met: false, applies: true, reference: PROVINCE, replaces: NATIONAL_11_22 },
    ]);
  });

  it('a second override raising the same mark replaces the first province reference', () => {
    const first = adaptRuleSet(
      base,
      override({ minima: [{ setNo: 11, criterion: '4.3', points: 2, stars: 4, reference: 'QĐ 1/QĐ-UBND' }] }),
    );
    const second = adaptRuleSet(
      first,
      override(
        { minima: [{ setNo: 11, criterion: '4.3', points: 3, stars: 4, reference: PROVINCE }] },
        { id: 'hy-test-2' },
      ),
    );
    expect(rate11(second, { '4.3': 2 }).unmetMinima).toEqual([
      expect.objectContaining({ criterion: '4.3', points: 3, reference: PROVINCE, replaces: 'QĐ 1/QĐ-UBND' }),
    ]);
  });

  it('an added disqualifier is cited by its own reference when it rejects the dossier', () => {
    const text = 'Sản phẩm chưa có mã truy xuất nguồn gốc';
    const adapted = adaptRuleSet(base, override({ disqualifiers: [{ setNo: 11, text, reference: PROVINCE }] }));
    const rating = rateProduct(
      {
        ruleSet: 'qd26-2026',
        criteriaSet: 11,
        sheets: [{ points: top11 }],
        disqualified: { reason: 'dossier', note: text },
      },
      { ruleSet: adapted },
    );
    expect(rating.explanation.find((l) => l.kind === 'disqualified')).toMatchObject({ reference: PROVINCE });
  });

  it('diffRuleSets gives the province reference (and the national one replaced) for minima, disqualifiers, rounds and days off', () => {
    const adapted = adaptRuleSet(
      base,
      override(
        {
          minima: [{ setNo: 11, criterion: '2.2', points: 3, stars: 4, reference: PROVINCE }],
          disqualifiers: [
            { setNo: 11, text: 'Sản phẩm chưa có mã truy xuất nguồn gốc', reference: 'QĐ 1999/QĐ-UBND, Điều 3' },
          ],
          rounds: [
            {
              level: 'province',
              round: 3,
              proposalsBefore: { month: 8, day: 15 },
              heldBefore: { month: 9, day: 30 },
              reference: 'QĐ 1999/QĐ-UBND, Điều 5',
            },
          ],
          daysOff: [{ date: '2026-10-21', name: 'Ngày truyền thống của tỉnh', reference: 'QĐ 1999/QĐ-UBND, Điều 4' }],
        },
        { reference: 'QĐ 1999/QĐ-UBND' },
      ),
    );
    const diff = diffRuleSets(base, adapted).filter((d) => !PROVENANCE.has(d.path[0] as string));
    expect(diff).toEqual([
      {
        path: ['criteria', { set: 11 }, 'criteria', { criterion: '2.2' }, 'options', 3, 'minStars'],
        where: 'criteria[set 11].criteria[criterion 2.2].options[3].minStars',
        before: undefined,
        after: 4,
        reference: PROVINCE,
        replaces: NATIONAL_11_22,
      },
      {
        path: ['criteria', { set: 11 }, 'disqualifiers', set11.disqualifiers.length],
        where: `criteria[set 11].disqualifiers[${set11.disqualifiers.length}]`,
        before: undefined,
        after: 'Sản phẩm chưa có mã truy xuất nguồn gốc',
        reference: 'QĐ 1999/QĐ-UBND, Điều 3',
      },
      {
        path: ['daysOff', { day: '2026-10-21' }],
        where: 'daysOff[day 2026-10-21]',
        before: undefined,
        after: { date: '2026-10-21', name: 'Ngày truyền thống của tỉnh', reference: 'QĐ 1999/QĐ-UBND, Điều 4' },
        reference: 'QĐ 1999/QĐ-UBND, Điều 4',
      },
      expect.objectContaining({
        where: 'rounds.reference',
        reference: expect.stringContaining('QĐ 1999/QĐ-UBND, Điều 5'),
      }),
      expect.objectContaining({
        where: 'rounds.value[4]',
        reference: expect.stringContaining('QĐ 1999/QĐ-UBND, Điều 5'),
      }),
    ]);
  });

  it('diff paths name set numbers and criterion codes, also when a set is removed or added (#15, point 9)', () => {
    const set = getCriteriaSet('qd26-2026', 26);
    const i = set.criteria.findIndex((c) => c.code === '2.2');
    const edited = {
      ...base,
      criteria: [{ ...set, criteria: set.criteria.map((c, k) => (k === i ? { ...c, title: 'Bao bì' } : c)) }],
    };
    const diff = diffRuleSets(base, edited);
    expect(diff.find((d) => d.where === 'criteria[set 26].criteria[criterion 2.2].title')).toMatchObject({
      path: ['criteria', { set: 26 }, 'criteria', { criterion: '2.2' }, 'title'],
      after: 'Bao bì',
    });
    expect(diff.filter((d) => d.after === undefined).map((d) => d.where)).toEqual(
      Array.from({ length: 25 }, (_, k) => `criteria[set ${k + 1}]`),
    );
  });
});
