/**
 * Named regression tests for every bug the fuzzing of test/fuzz found: each call below threw a
 * TypeError, RangeError or stack overflow before the fix, and now throws an `OcopError`. The
 * metrics functions' record bugs are in test/progress/metrics.test.ts, "records are validated
 * (fuzz regressions)", beside the metrics they test.
 */
import { describe, expect, it } from 'vitest';
import { adaptRuleSet, diffRuleSets } from '../../src/adapt.js';
import { getCriteriaSet, listCriteriaSets } from '../../src/criteria.js';
import {
  createCouncil,
  createPlan,
  createSheet,
  createProduct,
  generateDataset,
  thaiBinh2020,
} from '../../src/fixtures/index.js';
import * as ocop from '../../src/index.js';
import { deepArray } from './harness.js';

const { OcopError } = ocop;
const nullProto = () => Object.create(null) as Record<string, unknown>;
/** Calls `f` and returns what it threw. */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
const expectOcop = (f: () => unknown, code: string) => {
  const error = thrown(f);
  expect(error).toBeInstanceOf(OcopError);
  expect((error as InstanceType<typeof OcopError>).code).toBe(code);
};

const base = { target: 'm', units: ['340'], period: { start: '2020-06-16', end: '2020-12-31' }, asOf: '2020-12-31' };
const never = <T>(v: unknown) => v as T;

describe('fuzz regressions', () => {
  it('regression: rateProduct with options null threw TypeError; now OcopError invalid_input', () =>
    expectOcop(
      () => ocop.rateProduct(thaiBinh2020.evaluations[0] as ocop.EvaluationInput, never(null)),
      'invalid_input',
    ));
  it('regression: rateProduct with options.ruleSet = 5 threw TypeError; now OcopError unknown_rule_set', () =>
    expectOcop(
      () => ocop.rateProduct(thaiBinh2020.evaluations[0] as ocop.EvaluationInput, never({ ruleSet: 5 })),
      'unknown_rule_set',
    ));
  it('regression: evaluatePlan with options undefined threw TypeError; now OcopError invalid_input', () =>
    expectOcop(() => ocop.evaluatePlan(thaiBinh2020.plan, [], never(undefined)), 'invalid_input'));
  it('regression: evaluatePlan with observations not an array threw TypeError; now OcopError invalid_input', () =>
    expectOcop(() => ocop.evaluatePlan(thaiBinh2020.plan, never({}), { asOf: '2020-12-31' }), 'invalid_input'));
  it('regression: evaluatePlan with thresholds.onTrack a Date threw DecimalError; now OcopError invalid_input', () =>
    expectOcop(
      () =>
        ocop.evaluatePlan(thaiBinh2020.plan, [], { asOf: '2020-12-31', thresholds: never({ onTrack: new Date(0) }) }),
      'invalid_input',
    ));
  it('regression: evaluatePlan with thresholds { onTrack: undefined } threw DecimalError; now uses the default', () => {
    expect(
      ocop.evaluatePlan(thaiBinh2020.plan, [], {
        asOf: '2020-12-31',
        thresholds: { onTrack: undefined as unknown as number },
      }).targets.length,
    ).toBeGreaterThan(0);
  });
  it('regression: validate with options null threw TypeError; now OcopError invalid_input', () =>
    expectOcop(() => ocop.validate('producer', {}, never(null)), 'invalid_input'));
  it('regression: validate with a null-prototype object as kind threw TypeError; now OcopError unknown_entity_kind', () =>
    expectOcop(() => ocop.validate(never<'plan'>(nullProto()), {}), 'unknown_entity_kind'));
  it('regression: assertIsoDate with a BigInt threw TypeError (JSON.stringify); now OcopError invalid_date', () =>
    expectOcop(() => ocop.assertIsoDate(10n, 'asOf'), 'invalid_date'));
  it('regression: assertIsoDate with a null-prototype object threw TypeError; now OcopError invalid_date', () =>
    expectOcop(() => ocop.assertIsoDate(nullProto(), 'asOf'), 'invalid_date'));
  it('regression: listProvinces / certificateValidUntil / ruleSetFor with a BigInt date threw TypeError; now OcopError invalid_date', () => {
    expectOcop(() => ocop.listProvinces(never(1n)), 'invalid_date');
    expectOcop(() => ocop.certificateValidUntil(never(1n)), 'invalid_date');
    expectOcop(() => ocop.ruleSetFor(never(1n)), 'invalid_date');
  });
  it('regression: daysInMonth with month 13 threw RangeError; now OcopError invalid_date', () =>
    expectOcop(() => ocop.daysInMonth(2025, 13), 'invalid_date'));
  it('regression: addMonths with months NaN threw RangeError; now OcopError invalid_input', () =>
    expectOcop(() => ocop.addMonths('2026-01-31', Number.NaN), 'invalid_input'));
  it('regression: toEpochDay / dayOfWeek / daysBetween with undefined threw TypeError; now OcopError invalid_date', () => {
    expectOcop(() => ocop.toEpochDay(never(undefined)), 'invalid_date');
    expectOcop(() => ocop.dayOfWeek(never(undefined)), 'invalid_date');
    expectOcop(() => ocop.daysBetween('2026-01-01', never(undefined)), 'invalid_date');
  });
  it('regression: isLeapYear / fromEpochDay with a BigInt threw TypeError; now OcopError', () => {
    expectOcop(() => ocop.isLeapYear(never(2024n)), 'invalid_input');
    expectOcop(() => ocop.fromEpochDay(never(1n)), 'invalid_date');
  });
  it('regression: isWithin / compareIsoDates with a null-prototype object threw TypeError; now OcopError invalid_date', () => {
    expectOcop(() => ocop.isWithin(never(nullProto()), null, null), 'invalid_date');
    expectOcop(() => ocop.compareIsoDates(never(nullProto()), '2026-01-01'), 'invalid_date');
  });
  it('regression: issueMessage with an unknown code threw TypeError; now OcopError invalid_input', () =>
    expectOcop(() => ocop.issueMessage(never('nope'), {}, 'vi'), 'invalid_input'));
  it('regression: issueMessage with a 10,000-deep array in its params overflowed the stack; now nested lists are summarised', () => {
    const message = ocop.issueMessage('invalid_enum', { options: deepArray(10_000), value: 'x' }, 'en');
    expect(message).toContain('an array of 1');
  });
  it('regression: issueMessage with a null-prototype param threw TypeError; now returns a message', () =>
    expect(typeof ocop.issueMessage('invalid_date', { value: nullProto() }, 'en')).toBe('string'));
  it('regression: adminUnitSuccessor with a BigInt date threw TypeError; now OcopError invalid_date', () =>
    expectOcop(() => ocop.adminUnitSuccessor('34', never(1n)), 'invalid_date'));
  it('regression: parseProductCode with a null-prototype object threw TypeError; now OcopError invalid_input', () =>
    expectOcop(() => ocop.parseProductCode(never(nullProto())), 'invalid_input'));
  it('regression: getCriteriaSet / listCriteriaSets / loadCriteriaSet with undefined rule set threw TypeError; now OcopError unknown_rule_set', async () => {
    expectOcop(() => getCriteriaSet(never(undefined), 6), 'unknown_rule_set');
    expectOcop(() => listCriteriaSets(never(undefined)), 'unknown_rule_set');
    await expect(ocop.loadCriteriaSet(never(undefined), 6)).rejects.toBeInstanceOf(OcopError);
  });
  it('regression: adaptRuleSet with base undefined threw TypeError; now OcopError unknown_rule_set', () =>
    expectOcop(() => adaptRuleSet(never(undefined), never({})), 'unknown_rule_set'));
  it('regression: starBand / councilAverage with ruleSet undefined threw TypeError; now OcopError unknown_rule_set', () => {
    expectOcop(() => ocop.starBand(80, never({})), 'unknown_rule_set');
    expectOcop(() => ocop.councilAverage([80], never(undefined)), 'unknown_rule_set');
  });
  it('regression: bandOf / starBand with a BigInt score threw TypeError (JSON.stringify); now OcopError score_out_of_range', () =>
    expectOcop(() => ocop.bandOf(never(80n), 'qd26-2026'), 'score_out_of_range'));
  it('regression: roundedMean with a null-prototype value threw TypeError; now OcopError invalid_input', () =>
    expectOcop(() => ocop.roundedMean(never([nullProto()]), 2), 'invalid_input'));
  it('regression: apportion with weights not an array threw TypeError; now OcopError invalid_input', () =>
    expectOcop(() => ocop.apportion(10, never({ length: 1 })), 'invalid_input'));
  it('regression: certificateStatus / deadlineStatus with options null threw TypeError; now OcopError invalid_input', () => {
    expectOcop(() => ocop.certificateStatus(never({}), never(null)), 'invalid_input');
    expectOcop(() => ocop.deadlineStatus({ due: '2026-01-01' }, never(null)), 'invalid_input');
  });
  it('regression: reEvaluationDue / revocationDue / expiryNoticeDue with a rule set object without id threw TypeError; now OcopError unknown_rule_set', () => {
    expectOcop(() => ocop.reEvaluationDue('2026-01-01', never({})), 'unknown_rule_set');
    expectOcop(() => ocop.revocationDue('2026-01-01', never({})), 'unknown_rule_set');
    expectOcop(() => ocop.expiryNoticeDue('2026-01-01', never({})), 'unknown_rule_set');
  });
  it('regression: communePreAssessmentDue / nextEvaluationRound / isWorkingDay with options null threw TypeError; now OcopError invalid_input', () => {
    expectOcop(() => ocop.communePreAssessmentDue('2026-08-03', never(null)), 'invalid_input');
    expectOcop(() => ocop.nextEvaluationRound('2026-08-03', never(null)), 'invalid_input');
    expectOcop(() => ocop.isWorkingDay('2026-08-03', never(null)), 'invalid_input');
  });
  it('regression: workingDaysBetween with a sparse options.schedules threw TypeError; now OcopError invalid_input', () => {
    expectOcop(
      // eslint-disable-next-line no-sparse-arrays
      () => ocop.workingDaysBetween('2026-01-01', '2026-02-01', never({ schedules: [, ocop.statutorySchedule(2026)] })),
      'invalid_input',
    );
  });
  it('regression: nextEvaluationRound with a null-prototype options.level threw TypeError; now OcopError invalid_input', () =>
    expectOcop(() => ocop.nextEvaluationRound('2026-05-01', never({ level: nullProto() })), 'invalid_input'));
  it('regression: evaluationRounds with a BigInt year threw TypeError (JSON.stringify); now OcopError invalid_date', () =>
    expectOcop(() => ocop.evaluationRounds(never(2026n)), 'invalid_date'));
  it('regression: statutorySchedule with a null-prototype year threw TypeError; now OcopError calendar_not_available', () =>
    expectOcop(() => ocop.statutorySchedule(never(nullProto())), 'calendar_not_available'));
  it('regression: metrics with period undefined / records not an array threw TypeError; now OcopError invalid_input', () => {
    expectOcop(() => ocop.newProductsMetric(never({ ...base, period: undefined, products: [] })), 'invalid_input');
    expectOcop(() => ocop.newProductsMetric(never({ ...base, products: {} })), 'invalid_input');
    expectOcop(
      // eslint-disable-next-line no-sparse-arrays
      () => ocop.officialsTrainedMetric(never({ ...base, people: [, { id: 'a', unit: '340' }] })),
      'invalid_input',
    );
    expectOcop(() => ocop.planUnitOf(never(null), ['340']), 'invalid_input');
    expectOcop(
      () => ocop.producersMetric(never({ ...base, producers: [], products: {}, mode: 'consolidated' })),
      'invalid_input',
    );
    expectOcop(() => ocop.productsUpgradedMetric(never({ ...base, products: [], certificates: 5 })), 'invalid_input');
    expectOcop(
      () => ocop.productsRecognisedMetric(never({ ...base, products: [], certificates: [null], minStars: 3 })),
      'invalid_input',
    );
  });
  it('regression: deepFreeze with a typed array threw TypeError; now OcopError invalid_input', () =>
    expectOcop(() => ocop.deepFreeze({ bytes: new Uint8Array(2) }), 'invalid_input'));
  it('regression: deepFreeze recursed once per level (stack overflow risk at depth); now freezes 100,000 levels', () => {
    const deep = deepArray(100_000);
    expect(Object.isFrozen(ocop.deepFreeze(deep))).toBe(true);
  });
  it('regression: createSheet / createCouncil / generateDataset with options null threw TypeError; now OcopError invalid_input', () => {
    expectOcop(() => createSheet(6, never(null)), 'invalid_input');
    expectOcop(() => createCouncil(6, never(undefined)), 'invalid_input');
    expectOcop(() => generateDataset(never(undefined)), 'invalid_input');
  });
  it('regression: createPlan / createProduct with a null-prototype n threw TypeError; now OcopError invalid_input', () => {
    expectOcop(() => createPlan({}, never(nullProto())), 'invalid_input');
    expectOcop(() => createProduct(never(null)), 'invalid_input');
  });
});

describe('fuzz regressions: rule data passed to functions', () => {
  const QD26 = ocop.getRuleSet('qd26-2026');
  const set6 = getCriteriaSet('qd26-2026', 6);
  /** A deep, unfrozen copy to corrupt. */
  const copy = <T>(value: T): Record<string, unknown> => structuredClone(value) as unknown as Record<string, unknown>;
  const points = Object.fromEntries(set6.criteria.map((c) => [c.code, c.max]));
  const evaluation: ocop.EvaluationInput = { ruleSet: 'qd26-2026', criteriaSet: 6, sheets: [{ points }] };
  const withoutOptions = () => {
    const bad = copy(set6);
    delete ((bad['criteria'] as Array<Record<string, unknown>>)[0] as Record<string, unknown>)['options'];
    return never<ocop.CriteriaSet>(bad);
  };
  /** An array whose own `constructor` is not a constructor: `map` on it threw TypeError. */
  const tampered = <T extends unknown[]>(list: T): T =>
    Object.defineProperty(list, 'constructor', { value: 0, enumerable: true });

  it('regression: rateProduct with options.criteria whose criterion lacks options threw TypeError; now OcopRuleError invalid_rule_data', () => {
    expectOcop(() => ocop.rateProduct(evaluation, { criteria: withoutOptions() }), 'invalid_rule_data');
  });
  it('regression: scoreSheet / starMinima / createSheet / createCouncil with a corrupted criteria set threw TypeError; now invalid_rule_data', () => {
    expectOcop(
      () => ocop.scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: 6, points }, withoutOptions()),
      'invalid_rule_data',
    );
    expectOcop(() => ocop.starMinima(withoutOptions()), 'invalid_rule_data');
    expectOcop(() => createSheet(withoutOptions(), { total: 80 }), 'invalid_rule_data');
    expectOcop(() => createCouncil(withoutOptions(), { members: 3 }), 'invalid_rule_data');
    expectOcop(() => ocop.starMinima(never(null)), 'invalid_rule_data');
  });
  it('regression: a rule set object with a corrupted nested field threw TypeError in councilAverage, rateProduct, diffRuleSets, working days; now invalid_rule_data', () => {
    const bad = copy(QD26);
    bad['averaging'] = { value: null, reference: 'x' };
    const rules = never<ocop.RuleSet>(bad);
    expectOcop(() => ocop.resolveRuleSet(rules), 'invalid_rule_data');
    expectOcop(() => ocop.councilAverage([80, 81], rules), 'invalid_rule_data');
    expectOcop(
      () => ocop.rateProduct({ ruleSet: 'qd26-2026', sheets: [{ total: 80 }] }, { ruleSet: rules }),
      'invalid_rule_data',
    );
    expectOcop(() => diffRuleSets(QD26, rules), 'invalid_rule_data');
    expectOcop(() => ocop.workingDaysBetween('2026-01-01', '2026-02-01', { ruleSet: rules }), 'invalid_rule_data');
  });
  it('regression: an adapted rule set whose carried criteria set lost a field threw TypeError in rateProduct; now invalid_rule_data naming options.ruleSet.criteria', () => {
    const adapted = copy(
      adaptRuleSet('qd26-2026', {
        formatVersion: 1,
        id: 'x',
        title: 'x',
        basedOn: 'qd26-2026',
        jurisdiction: '33',
        effectiveFrom: '2026-07-01',
        changes: {},
      }),
    );
    const carried = adapted['criteria'] as Array<Record<string, unknown>>;
    delete (carried[5] as Record<string, unknown>)['parts'];
    const error = thrown(() => ocop.rateProduct(evaluation, { ruleSet: never(adapted) }));
    expect(error).toBeInstanceOf(ocop.OcopRuleError);
    expect((error as InstanceType<typeof ocop.OcopRuleError>).issues[0]?.path).toEqual([
      'options',
      'ruleSet',
      'criteria',
      5,
      'parts',
    ]);
  });
  it('regression: starBand / bandOf with a rule set whose bands are corrupted threw TypeError or banded quietly; now invalid_rule_data', () => {
    const bad = copy(QD26);
    (bad['bands'] as { value: unknown[] }).value[2] = null;
    expectOcop(() => ocop.starBand(81.2, never(bad)), 'invalid_rule_data');
    const gap = copy(QD26);
    ((gap['bands'] as { value: Array<Record<string, unknown>> }).value[3] as Record<string, unknown>)['from'] = 75;
    expectOcop(() => ocop.bandOf(72, never(gap)), 'invalid_rule_data');
  });
  it('regression: resolveRuleSet with a second argument threw TypeError (path is not iterable); the public function takes one argument', () => {
    expect((ocop.resolveRuleSet as (...args: unknown[]) => ocop.RuleSet)(QD26, {})).toBe(QD26);
  });
  it('regression: workingDaysBetween with a schedule whose daysOff is not a list threw TypeError; now OcopValidationError naming options.schedules', () => {
    const schedule = copy(ocop.statutorySchedule(2026));
    schedule['daysOff'] = 5;
    expectOcop(
      () => ocop.workingDaysBetween('2026-01-01', '2026-03-01', { schedules: [never(schedule)] }),
      'invalid_input',
    );
    const long = {
      ...ocop.statutorySchedule(2026),
      daysOff: [{ from: '2026-01-01', to: '2126-01-01', name: 'x', nameEn: 'x' }],
    };
    expectOcop(
      () => ocop.workingDaysBetween('2026-01-01', '2026-03-01', { schedules: [never(long)] }),
      'invalid_input',
    );
  });
  it('regression: arrays with an own constructor key threw "object.constructor[Symbol.species] is not a constructor"; now OcopError, or handled', () => {
    expectOcop(() => ocop.apportion(10, tampered([1, 2, 3])), 'invalid_input');
    expectOcop(() => ocop.roundedMean(tampered([1.5, 2]), 2), 'invalid_input');
    expectOcop(() => ocop.councilAverage(tampered([81, 81.4]), QD26), 'invalid_input');
    const council = structuredClone(thaiBinh2020.evaluations[0]) as ocop.EvaluationInput & { sheets: unknown[] };
    tampered(council.sheets);
    expect(ocop.rateProduct(council).stars).toBe(
      ocop.rateProduct(thaiBinh2020.evaluations[0] as ocop.EvaluationInput).stars,
    );
    expect(ocop.issueMessage('invalid_enum', { options: tampered(['a', 'b']), value: 'x' }, 'en')).toBe(
      'Invalid value; expected one of: "a", "b"',
    );
    const set = copy(set6);
    tampered(set['parts'] as unknown[]);
    expectOcop(() => createSheet(never(set), { total: 80 }), 'invalid_rule_data');
    const rules = copy(QD26);
    tampered((rules['rounds'] as { value: unknown[] }).value);
    expectOcop(() => ocop.evaluationRounds(2026, never(rules)), 'invalid_rule_data');
  });
});
