/**
 * The `locale` option of every public function that throws issues (`OcopValidationError`,
 * `OcopRuleError`): issue messages and the error's summary are Vietnamese by default (as for
 * `validate`) and English with `{ locale: 'en' }`; a bad locale or an unknown key of a
 * locale-only options argument is `invalid_input`.
 */
import { describe, expect, it } from 'vitest';
import { adaptRuleSet, diffRuleSets } from '../src/adapt.js';
import { getCriteriaSet, listCriteriaSets, QD26_SET_01 } from '../src/criteria.js';
import {
  createCertificate,
  createCouncil,
  createObservation,
  createPlan,
  createProducer,
  createProduct,
  createSheet,
  THAI_BINH_2020_PLAN,
} from '../src/fixtures/index.js';
import {
  addWorkingDays,
  bandOf,
  certificateStatus,
  certificateValidUntil,
  communePreAssessmentDue,
  councilAverage,
  deadlineStatus,
  evaluatePlan,
  evaluationRounds,
  expiryNoticeDue,
  getRuleSet,
  isWorkingDay,
  issueMessage,
  loadCriteriaSet,
  newProductsMetric,
  nextEvaluationRound,
  OcopError,
  officialsTrainedMetric,
  planUnitOf,
  producersMetric,
  productsRecognisedMetric,
  productsUpgradedMetric,
  rateProduct,
  reEvaluationDue,
  resolveRuleSet,
  revocationDue,
  scoreSheet,
  starBand,
  starMinima,
  workingDaysBetween,
  type Issue,
  type LocaleOptions,
  type RuleSet,
} from '../src/index.js';

const RULES = getRuleSet('qd26-2026');
/** Parts adding up to 95: every check of rule data refuses it. */
const BAD_RULES = { ...RULES, parts: { ...RULES.parts, value: { A: 40, B: 25, C: 30 } } } as RuleSet;
/** The 1★ band starts at 5: the bands do not start at 0. */
const BAD_BANDS = {
  ...RULES,
  bands: { ...RULES.bands, value: RULES.bands.value.map((band, i) => (i === 0 ? { ...band, from: 5 } : band)) },
} as RuleSet;
const BAD_SET = { ...QD26_SET_01, colour: 1 } as unknown as typeof QD26_SET_01;
const UNKNOWN = { vi: 'Trường không được phép: "colour"', en: 'Unknown key: "colour"' };
const PARTS_95 = { vi: 'Giá trị không hợp lệ: 95, cần 100', en: 'Invalid value: 95, expected 100' };

const METRIC = {
  target: 'new-products',
  units: ['340'],
  period: { start: '2020-01-01', end: '2020-12-31' },
  asOf: '2020-12-31',
} as const;
const PRODUCT = createProduct();

type Call = (options?: LocaleOptions) => unknown;
interface Row {
  readonly name: string;
  readonly call: Call;
  /** The first issue's path and message in each locale. */
  readonly path: string;
  readonly message: { readonly vi: string; readonly en: string };
}

const ROWS: Row[] = [
  { name: 'resolveRuleSet', call: (o) => resolveRuleSet(BAD_RULES, o), path: 'ruleSet.parts.value', message: PARTS_95 },
  {
    name: 'starBand',
    call: (o) => starBand(50, BAD_BANDS, o),
    path: 'ruleSet.bands.value.0.from',
    message: { vi: 'Giá trị không hợp lệ: 5, cần 0', en: 'Invalid value: 5, expected 0' },
  },
  {
    name: 'bandOf',
    call: (o) => bandOf(50, BAD_BANDS, o),
    path: 'ruleSet.bands.value.0.from',
    message: { vi: 'Giá trị không hợp lệ: 5, cần 0', en: 'Invalid value: 5, expected 0' },
  },
  {
    name: 'councilAverage',
    call: (o) => councilAverage([70, 71], BAD_RULES, o),
    path: 'ruleSet.parts.value',
    message: PARTS_95,
  },
  { name: 'starMinima', call: (o) => starMinima(BAD_SET, o), path: 'set.colour', message: UNKNOWN },
  {
    name: 'scoreSheet',
    call: (o) => scoreSheet({ ruleSet: 'qd26-2026', criteriaSet: 1, points: {}, colour: 1 } as never, QD26_SET_01, o),
    path: 'colour',
    message: UNKNOWN,
  },
  {
    name: 'rateProduct',
    call: (o) => rateProduct({ ruleSet: 'qd148-2023', sheets: [{ total: 80 }], colour: 1 } as never, o),
    path: 'colour',
    message: UNKNOWN,
  },
  {
    name: 'rateProduct (options.criteria)',
    call: (o) =>
      rateProduct({ ruleSet: 'qd26-2026', criteriaSet: 1, sheets: [{ points: {} }] }, { criteria: BAD_SET, ...o }),
    path: 'options.criteria.colour',
    message: UNKNOWN,
  },
  {
    name: 'getCriteriaSet',
    call: (o) => getCriteriaSet(BAD_RULES, 1, o),
    path: 'ruleSet.parts.value',
    message: PARTS_95,
  },
  {
    name: 'listCriteriaSets',
    call: (o) => listCriteriaSets(BAD_RULES, o),
    path: 'ruleSet.parts.value',
    message: PARTS_95,
  },
  {
    name: 'adaptRuleSet',
    call: (o) =>
      adaptRuleSet(
        'qd26-2026',
        {
          formatVersion: 1,
          id: 'x',
          title: 'x',
          basedOn: 'qd26-2026',
          jurisdiction: '33',
          effectiveFrom: '2026-07-01',
          changes: {},
          colour: 1,
        } as never,
        o,
      ),
    path: 'colour',
    message: UNKNOWN,
  },
  {
    name: 'adaptRuleSet (override against its base)',
    call: (o) =>
      adaptRuleSet(
        'qd26-2026',
        {
          formatVersion: 1,
          id: 'x',
          title: 'x',
          basedOn: 'qd148-2023',
          jurisdiction: '33',
          effectiveFrom: '2026-07-01',
          changes: {},
        },
        o,
      ),
    path: 'basedOn',
    message: {
      vi: 'Ghi bộ quy định "qd148-2023" trong khi cần "qd26-2026"',
      en: 'Names rule set "qd148-2023" where "qd26-2026" is expected',
    },
  },
  { name: 'diffRuleSets', call: (o) => diffRuleSets(BAD_RULES, RULES, o), path: 'a.parts.value', message: PARTS_95 },
  {
    name: 'certificateValidUntil',
    call: (o) => certificateValidUntil('2026-06-01', BAD_RULES, o),
    path: 'ruleSet.parts.value',
    message: PARTS_95,
  },
  {
    name: 'certificateStatus',
    call: (o) => certificateStatus({ ...createCertificate(), colour: 1 } as never, { asOf: '2026-06-01', ...o }),
    path: 'colour',
    message: UNKNOWN,
  },
  {
    name: 'evaluationRounds',
    call: (o) => evaluationRounds(2026, BAD_RULES, o),
    path: 'ruleSet.parts.value',
    message: PARTS_95,
  },
  {
    name: 'nextEvaluationRound',
    call: (o) => nextEvaluationRound('2026-06-01', { level: 'province', ruleSet: BAD_RULES, ...o }),
    path: 'options.ruleSet.parts.value',
    message: PARTS_95,
  },
  {
    name: 'isWorkingDay',
    call: (o) => isWorkingDay('2026-06-01', { ruleSet: BAD_RULES, ...o }),
    path: 'options.ruleSet.parts.value',
    message: PARTS_95,
  },
  {
    name: 'addWorkingDays',
    call: (o) => addWorkingDays('2026-06-01', 3, { ruleSet: BAD_RULES, ...o }),
    path: 'options.ruleSet.parts.value',
    message: PARTS_95,
  },
  {
    name: 'workingDaysBetween',
    call: (o) => workingDaysBetween('2026-06-01', '2026-06-10', { schedules: [{ year: 2026 }] as never, ...o }),
    path: 'options.schedules.0.daysOff',
    message: { vi: 'Thiếu trường bắt buộc', en: 'Required field is missing' },
  },
  {
    name: 'communePreAssessmentDue',
    call: (o) => communePreAssessmentDue('2026-06-01', { ruleSet: BAD_RULES, ...o }),
    path: 'options.ruleSet.parts.value',
    message: PARTS_95,
  },
  {
    name: 'reEvaluationDue',
    call: (o) => reEvaluationDue('2026-06-01', BAD_RULES, o),
    path: 'ruleSet.parts.value',
    message: PARTS_95,
  },
  {
    name: 'revocationDue',
    call: (o) => revocationDue('2026-06-01', BAD_RULES, o),
    path: 'ruleSet.parts.value',
    message: PARTS_95,
  },
  {
    name: 'expiryNoticeDue',
    call: (o) => expiryNoticeDue('2026-06-01', BAD_RULES, o),
    path: 'ruleSet.parts.value',
    message: PARTS_95,
  },
  {
    name: 'deadlineStatus',
    call: (o) => deadlineStatus({ due: '2020-07-15', start: '2020-07-20' }, { asOf: '2020-07-01', ...o }),
    path: 'due',
    message: {
      vi: 'Ngày "2020-07-15" không được trước "start" ("2020-07-20")',
      en: 'Date "2020-07-15" must not be before "start" ("2020-07-20")',
    },
  },
  {
    name: 'evaluatePlan',
    call: (o) => evaluatePlan({ ...THAI_BINH_2020_PLAN, colour: 1 } as never, [], { asOf: '2020-07-01', ...o }),
    path: 'plan.colour',
    message: UNKNOWN,
  },
  {
    name: 'evaluatePlan (observations against the plan)',
    call: (o) =>
      evaluatePlan(THAI_BINH_2020_PLAN, [{ target: 'nope', date: '2020-07-01', done: true }], {
        asOf: '2020-07-01',
        ...o,
      }),
    path: 'observations.0.target',
    message: { vi: 'Kế hoạch không có mục tiêu "nope"', en: 'The plan has no target "nope"' },
  },
  {
    name: 'newProductsMetric',
    call: (o) => newProductsMetric({ ...METRIC, products: [{ ...PRODUCT, colour: 1 }] as never, ...o }),
    path: 'products.0.colour',
    message: UNKNOWN,
  },
  {
    name: 'productsRecognisedMetric',
    call: (o) => productsRecognisedMetric({ ...METRIC, products: [], certificates: [], minStars: 2 as never, ...o }),
    path: 'minStars',
    message: { vi: 'Giá trị không hợp lệ; chỉ chấp nhận: 3, 4, 5', en: 'Invalid value; expected one of: 3, 4, 5' },
  },
  {
    name: 'productsUpgradedMetric',
    call: (o) => productsUpgradedMetric({ ...METRIC, units: [], products: [], certificates: [], ...o }),
    path: 'units',
    message: { vi: 'Phải lớn hơn hoặc bằng 1 phần tử', en: 'Must be at least 1 items' },
  },
  {
    name: 'producersMetric',
    call: (o) => producersMetric({ ...METRIC, mode: 'old' as never, producers: [], products: [], ...o }),
    path: 'mode',
    message: {
      vi: 'Giá trị không hợp lệ; chỉ chấp nhận: "new", "consolidated"',
      en: 'Invalid value; expected one of: "new", "consolidated"',
    },
  },
  {
    name: 'officialsTrainedMetric',
    call: (o) => officialsTrainedMetric({ ...METRIC, people: [{ id: 'x', unit: '340', colour: 1 }] as never, ...o }),
    path: 'people.0.colour',
    message: UNKNOWN,
  },
  {
    name: 'planUnitOf',
    call: (o) => planUnitOf({ province: '34' }, ['34', '340'], o),
    path: 'units.1',
    message: { vi: 'Sai định dạng "province-code" (ví dụ "34")', en: 'Invalid "province-code" format (e.g. "34")' },
  },
  {
    name: 'createProducer',
    call: (o) => createProducer({ colour: 1 } as never, 1, o),
    path: 'colour',
    message: UNKNOWN,
  },
  { name: 'createProduct', call: (o) => createProduct({ colour: 1 } as never, 1, o), path: 'colour', message: UNKNOWN },
  {
    name: 'createCertificate',
    call: (o) => createCertificate({ colour: 1 } as never, 1, o),
    path: 'colour',
    message: UNKNOWN,
  },
  { name: 'createPlan', call: (o) => createPlan({ colour: 1 } as never, 1, o), path: 'colour', message: UNKNOWN },
  {
    name: 'createObservation',
    call: (o) => createObservation({ colour: 1 } as never, o),
    path: 'colour',
    message: UNKNOWN,
  },
  { name: 'createSheet', call: (o) => createSheet(BAD_SET, { ...o }), path: 'set.colour', message: UNKNOWN },
  {
    name: 'createCouncil',
    call: (o) => createCouncil(BAD_SET, { members: 3, ...o }),
    path: 'set.colour',
    message: UNKNOWN,
  },
];

const PREFIX = {
  vi: ['Dữ liệu không hợp lệ', 'Điều chỉnh quy định không hợp lệ', 'Dữ liệu quy định không hợp lệ'],
  en: ['Invalid input', 'Invalid rule override', 'Invalid rule data'],
};

function thrown(call: () => unknown): OcopError & { issues: readonly Issue[] } {
  try {
    call();
  } catch (error) {
    if (error instanceof OcopError && 'issues' in error) return error as OcopError & { issues: readonly Issue[] };
    throw error;
  }
  throw new Error('expected an error with issues');
}

describe.each(ROWS)('$name', ({ call, path, message }) => {
  it('throws issues in Vietnamese by default', () => {
    const error = thrown(() => call());
    const first = error.issues[0];
    expect([first?.path.join('.'), first?.message]).toEqual([path, message.vi]);
    expect(error.message).toContain(`: ${path}: ${message.vi}`);
    expect(PREFIX.vi.some((prefix) => error.message.startsWith(`${prefix}: `))).toBe(true);
  });

  it('throws issues in English with locale en', () => {
    const error = thrown(() => call({ locale: 'en' }));
    const first = error.issues[0];
    expect([first?.path.join('.'), first?.message]).toEqual([path, message.en]);
    expect(error.message).toContain(`: ${path}: ${message.en}`);
    expect(PREFIX.en.some((prefix) => error.message.startsWith(`${prefix}: `))).toBe(true);
  });

  it('refuses a locale that is not vi or en', () => {
    expect(() => call({ locale: 'fr' as never })).toThrow(
      expect.objectContaining({ code: 'invalid_input', params: { option: 'locale' } }),
    );
  });
});

describe('loadCriteriaSet', () => {
  it('rejects with issues in Vietnamese by default and English with locale en', async () => {
    await expect(loadCriteriaSet(BAD_RULES, 1)).rejects.toMatchObject({
      issues: [{ path: ['ruleSet', 'parts', 'value'], message: PARTS_95.vi }],
    });
    await expect(loadCriteriaSet(BAD_RULES, 1, { locale: 'en' })).rejects.toMatchObject({
      message: `Invalid rule data: ruleSet.parts.value: ${PARTS_95.en}`,
    });
  });
});

describe('locale-only options arguments', () => {
  it('refuse an unknown key, naming it', () => {
    expect(() => resolveRuleSet('qd26-2026', { lang: 'en' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_input', params: { option: 'lang' } }),
    );
    expect(() => reEvaluationDue('2026-06-01', 'qd26-2026', { locale: 'en', colour: 1 } as never)).toThrow(
      'options has an unknown key "colour"; it takes only locale',
    );
  });

  it('refuse a value that is not an object', () => {
    expect(() => starBand(50, 'qd26-2026', 'en' as never)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });

  it('leave the result unchanged', () => {
    expect(reEvaluationDue('2026-09-01', 'qd26-2026', { locale: 'en' })).toBe('2026-10-16');
    expect(starBand(81.2, 'qd26-2026', { locale: 'en' })).toBe(4);
  });
});

describe('issueMessage', () => {
  it('writes any thrown issue again in the other language from its code and params', () => {
    const [issue] = thrown(() => resolveRuleSet(BAD_RULES)).issues;
    expect(issue && issueMessage(issue.code, issue.params ?? {}, 'en')).toBe(PARTS_95.en);
  });
});

describe('the example of docs/errors.md', () => {
  it('gives the whole summary in each language', () => {
    expect(thrown(() => rateProduct({ ruleSet: 'qd148-2023', sheets: [] })).message).toBe(
      'Dữ liệu không hợp lệ: sheets: Hội đồng phải có ít nhất một phiếu đánh giá',
    );
    expect(thrown(() => rateProduct({ ruleSet: 'qd148-2023', sheets: [] }, { locale: 'en' })).message).toBe(
      'Invalid input: sheets: A council evaluation needs at least one score sheet',
    );
  });
});
