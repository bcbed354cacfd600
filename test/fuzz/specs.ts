/**
 * Every public function of the four entries (`ocop`, `ocop/criteria`, `ocop/adapt`,
 * `ocop/fixtures`) with one valid argument list each; the fuzz tests derive hostile and
 * near-valid calls from it.
 */
import { adaptRuleSet, diffRuleSets } from '../../src/adapt.js';
import { getCriteriaSet, listCriteriaSets, QD26_SET_06 } from '../../src/criteria.js';
import {
  createCertificate,
  createCouncil,
  createObservation,
  createPlan,
  createProducer,
  createProduct,
  createSheet,
  generateDataset,
  thaiBinh2020,
} from '../../src/fixtures/index.js';
import * as ocop from '../../src/index.js';
import { VALID_EXAMPLES } from '../model/examples.js';

export interface FunctionSpec {
  /** Entry and name, e.g. `ocop.validate(plan)`. */
  readonly name: string;
  readonly fn: (...args: never[]) => unknown;
  /** A valid argument list (a fresh or frozen value: the harness copies it). */
  readonly valid: () => readonly unknown[];
  /** Share of the run count (expensive functions run fewer cases). */
  readonly weight?: number;
  /** The function writes to its argument by contract (deepFreeze). */
  readonly mutates?: boolean;
  readonly async?: boolean;
}

const UNITS = ['336', '338', '339', '340', '341', '342', '343', '344'];
const base = { target: 'metric', units: UNITS, period: { start: '2020-06-16', end: '2020-12-31' }, asOf: '2020-12-31' };
const products = thaiBinh2020.products;
const certificates = [
  createCertificate({
    product: products[0]?.id,
    issuer: '34',
    issuedOn: '2020-12-30',
    ruleSet: 'qd1048-781-2020',
    stars: 4,
  }),
];
const council = createCouncil(6, { members: 3, total: 80 });
const adapted = adaptRuleSet('qd26-2026', VALID_EXAMPLES.ruleOverride as ocop.RuleOverrideInput);

const fn = <A extends unknown[], R>(f: (...args: A) => R) => f as unknown as (...args: never[]) => unknown;

export const SPECS: readonly FunctionSpec[] = [
  // core
  { name: 'ocop.deepFreeze', fn: fn(ocop.deepFreeze), valid: () => [{ a: [1, { b: 2 }] }], mutates: true },
  { name: 'ocop.addDays', fn: fn(ocop.addDays), valid: () => ['2026-01-01', 5] },
  { name: 'ocop.addMonths', fn: fn(ocop.addMonths), valid: () => ['2026-01-31', 1] },
  { name: 'ocop.assertIsoDate', fn: fn(ocop.assertIsoDate), valid: () => ['2026-01-01', 'asOf'] },
  { name: 'ocop.compareIsoDates', fn: fn(ocop.compareIsoDates), valid: () => ['2026-01-01', '2026-02-01'] },
  { name: 'ocop.dayOfWeek', fn: fn(ocop.dayOfWeek), valid: () => ['2026-01-01'] },
  { name: 'ocop.daysBetween', fn: fn(ocop.daysBetween), valid: () => ['2026-01-01', '2026-03-01'] },
  { name: 'ocop.daysInMonth', fn: fn(ocop.daysInMonth), valid: () => [2024, 2] },
  { name: 'ocop.fromEpochDay', fn: fn(ocop.fromEpochDay), valid: () => [20_000] },
  { name: 'ocop.isIsoDate', fn: fn(ocop.isIsoDate), valid: () => ['2026-01-01'] },
  { name: 'ocop.isLeapYear', fn: fn(ocop.isLeapYear), valid: () => [2024] },
  { name: 'ocop.isoDate', fn: fn(ocop.isoDate), valid: () => [2026, 1, 31] },
  { name: 'ocop.isWithin', fn: fn(ocop.isWithin), valid: () => ['2026-01-01', '2025-01-01', null] },
  { name: 'ocop.toEpochDay', fn: fn(ocop.toEpochDay), valid: () => ['2026-01-01'] },
  {
    name: 'ocop.issueMessage',
    fn: fn(ocop.issueMessage),
    valid: () => ['invalid_date', { value: '2023-02-29' }, 'vi'],
  },
  // admin units
  { name: 'ocop.adminUnitHistory', fn: fn(ocop.adminUnitHistory), valid: () => ['34'] },
  { name: 'ocop.adminUnitSuccessor', fn: fn(ocop.adminUnitSuccessor), valid: () => ['34', '2025-07-01'] },
  { name: 'ocop.getAdminUnit', fn: fn(ocop.getAdminUnit), valid: () => ['340', '2020-01-01'] },
  { name: 'ocop.listProvinces', fn: fn(ocop.listProvinces), valid: () => ['2020-01-01'] },
  // model
  { name: 'ocop.parseProductCode', fn: fn(ocop.parseProductCode), valid: () => ['33-12688-3-2026'] },
  ...Object.entries(VALID_EXAMPLES).map(([kind, example]): FunctionSpec => ({
    name: `ocop.validate(${kind})`,
    fn: fn(ocop.validate),
    valid: () => [kind, example, { locale: 'vi' }],
  })),
  // rules
  { name: 'ocop.getRuleSet', fn: fn(ocop.getRuleSet), valid: () => ['qd26-2026'] },
  { name: 'ocop.listRuleSets', fn: fn(ocop.listRuleSets), valid: () => [] },
  { name: 'ocop.resolveRuleSet(id)', fn: fn(ocop.resolveRuleSet), valid: () => ['qd148-2023', { locale: 'en' }] },
  {
    name: 'ocop.resolveRuleSet(object)',
    fn: fn(ocop.resolveRuleSet),
    valid: () => [ocop.QD148_2023, { locale: 'en' }],
    weight: 0.5,
  },
  {
    name: 'ocop.ruleSetFor',
    fn: fn(ocop.ruleSetFor),
    valid: () => ['2026-08-01', { submittedOn: '2026-06-01', kind: 'first' }],
  },
  {
    name: 'ocop.loadCriteriaSet',
    fn: fn(ocop.loadCriteriaSet),
    valid: () => ['qd26-2026', 6, { locale: 'en' }],
    async: true,
  },
  { name: 'criteria.getCriteriaSet', fn: fn(getCriteriaSet), valid: () => ['qd26-2026', 6, { locale: 'en' }] },
  { name: 'criteria.listCriteriaSets', fn: fn(listCriteriaSets), valid: () => ['qd26-2026', { locale: 'en' }] },
  {
    name: 'adapt.adaptRuleSet',
    fn: fn(adaptRuleSet),
    valid: () => ['qd26-2026', VALID_EXAMPLES.ruleOverride, { locale: 'en' }],
    weight: 0.5,
  },
  {
    name: 'adapt.diffRuleSets',
    fn: fn(diffRuleSets),
    valid: () => [ocop.QD26_2026, adapted, { locale: 'en' }],
    weight: 0.3,
  },
  // rating
  { name: 'ocop.bandOf', fn: fn(ocop.bandOf), valid: () => [81.2, 'qd26-2026', { locale: 'en' }] },
  { name: 'ocop.starBand', fn: fn(ocop.starBand), valid: () => ['81.2', ocop.QD1048_781_2020, { locale: 'en' }] },
  {
    name: 'ocop.councilAverage',
    fn: fn(ocop.councilAverage),
    valid: () => [[81, 81.4, 81.2], ocop.QD1048_781_2020, { locale: 'en' }],
  },
  { name: 'ocop.roundedMean', fn: fn(ocop.roundedMean), valid: () => [[1, 2, 4], 2] },
  {
    name: 'ocop.scoreSheet',
    fn: fn(ocop.scoreSheet),
    valid: () => [createSheet(6, { total: 80 }), QD26_SET_06, { locale: 'en' }],
    weight: 0.5,
  },
  { name: 'ocop.starMinima', fn: fn(ocop.starMinima), valid: () => [QD26_SET_06, { locale: 'en' }], weight: 0.5 },
  {
    name: 'ocop.rateProduct(totals)',
    fn: fn(ocop.rateProduct),
    valid: () => [thaiBinh2020.evaluations[0], { locale: 'en' }],
  },
  {
    name: 'ocop.rateProduct(points)',
    fn: fn(ocop.rateProduct),
    valid: () => [
      { ruleSet: 'qd26-2026', criteriaSet: 6, level: 'province', sheets: council },
      { criteria: QD26_SET_06 },
    ],
    weight: 0.5,
  },
  {
    name: 'ocop.rateProduct(adapted)',
    fn: fn(ocop.rateProduct),
    valid: () => [{ ruleSet: 'qd26-2026', criteriaSet: 6, level: 'province', sheets: council }, { ruleSet: adapted }],
    weight: 0.2,
  },
  // calendar
  {
    name: 'ocop.certificateStatus',
    fn: fn(ocop.certificateStatus),
    valid: () => [VALID_EXAMPLES.certificate, { asOf: '2027-01-01', locale: 'en' }],
  },
  {
    name: 'ocop.certificateValidUntil',
    fn: fn(ocop.certificateValidUntil),
    valid: () => ['2026-08-05', 'qd26-2026', { locale: 'en' }],
  },
  {
    name: 'ocop.addWorkingDays',
    fn: fn(ocop.addWorkingDays),
    valid: () => ['2026-01-02', 10, { extraDaysOff: ['2026-01-05'], extraWorkingDays: ['2026-01-10'] }],
  },
  {
    name: 'ocop.isWorkingDay',
    fn: fn(ocop.isWorkingDay),
    valid: () => ['2026-01-02', { extraDaysOff: ['2026-01-02'], locale: 'en' }],
  },
  { name: 'ocop.statutorySchedule', fn: fn(ocop.statutorySchedule), valid: () => [2026] },
  {
    name: 'ocop.workingDaysBetween',
    fn: fn(ocop.workingDaysBetween),
    valid: () => ['2026-01-01', '2026-03-01', { schedules: [ocop.statutorySchedule(2026)] }],
  },
  { name: 'ocop.evaluationRounds', fn: fn(ocop.evaluationRounds), valid: () => [2026, 'qd26-2026', { locale: 'en' }] },
  {
    name: 'ocop.nextEvaluationRound',
    fn: fn(ocop.nextEvaluationRound),
    valid: () => ['2026-05-01', { level: 'province', ruleSet: 'qd26-2026', locale: 'en' }],
  },
  {
    name: 'ocop.communePreAssessmentDue',
    fn: fn(ocop.communePreAssessmentDue),
    valid: () => ['2026-08-03', { ruleSet: 'qd26-2026', extraDaysOff: ['2026-08-04'] }],
  },
  {
    name: 'ocop.deadlineStatus',
    fn: fn(ocop.deadlineStatus),
    valid: () => [
      { due: '2026-09-01', start: '2026-08-01', completedOn: '2026-08-20' },
      { asOf: '2026-08-15', locale: 'en' },
    ],
  },
  {
    name: 'ocop.expiryNoticeDue',
    fn: fn(ocop.expiryNoticeDue),
    valid: () => ['2029-08-05', 'qd148-2023', { locale: 'en' }],
  },
  {
    name: 'ocop.reEvaluationDue',
    fn: fn(ocop.reEvaluationDue),
    valid: () => ['2026-08-05', 'qd26-2026', { locale: 'en' }],
  },
  {
    name: 'ocop.revocationDue',
    fn: fn(ocop.revocationDue),
    valid: () => ['2026-08-05', 'qd26-2026', { locale: 'en' }],
  },
  // progress
  { name: 'ocop.apportion', fn: fn(ocop.apportion), valid: () => [10, [1, 2, 3]] },
  {
    name: 'ocop.evaluatePlan',
    fn: fn(ocop.evaluatePlan),
    valid: () => [
      thaiBinh2020.plan,
      [{ target: 'new-organisations', unit: '340', date: '2020-07-10', value: 1 }],
      { asOf: '2020-12-31', thresholds: { onTrack: 0.9 }, locale: 'en' },
    ],
  },
  {
    name: 'ocop.planUnitOf',
    fn: fn(ocop.planUnitOf),
    valid: () => [{ province: '34', district: '340' }, UNITS, { locale: 'en' }],
  },
  {
    name: 'ocop.newProductsMetric',
    fn: fn(ocop.newProductsMetric),
    valid: () => [{ ...base, products, locale: 'en' }],
  },
  {
    name: 'ocop.productsRecognisedMetric',
    fn: fn(ocop.productsRecognisedMetric),
    valid: () => [{ ...base, products, certificates, minStars: 3 }],
  },
  {
    name: 'ocop.productsUpgradedMetric',
    fn: fn(ocop.productsUpgradedMetric),
    valid: () => [{ ...base, products, certificates }],
  },
  {
    name: 'ocop.producersMetric',
    fn: fn(ocop.producersMetric),
    valid: () => [
      { ...base, producers: thaiBinh2020.producers, products, mode: 'consolidated', localGovernanceOnly: true },
    ],
  },
  {
    name: 'ocop.officialsTrainedMetric',
    fn: fn(ocop.officialsTrainedMetric),
    valid: () => [{ ...base, people: [{ id: 'dh-01', unit: '340', trainedOn: '2020-08-20' }] }],
  },
  // fixtures
  {
    name: 'fixtures.createProducer',
    fn: fn(createProducer),
    valid: () => [{ name: 'HTX Đông Hưng' }, 2, { locale: 'en' }],
  },
  { name: 'fixtures.createProduct', fn: fn(createProduct), valid: () => [{ name: 'Bánh cáy' }, 2, { locale: 'en' }] },
  { name: 'fixtures.createCertificate', fn: fn(createCertificate), valid: () => [{ stars: 4 }, 2, { locale: 'en' }] },
  { name: 'fixtures.createPlan', fn: fn(createPlan), valid: () => [{ title: 'Kế hoạch' }, 2, { locale: 'en' }] },
  { name: 'fixtures.createObservation', fn: fn(createObservation), valid: () => [{ unit: '33' }, { locale: 'en' }] },
  {
    name: 'fixtures.createSheet',
    fn: fn(createSheet),
    valid: () => [6, { total: 80, stars: 4, minimaMet: true, locale: 'en' }],
    weight: 0.5,
  },
  {
    name: 'fixtures.createCouncil',
    fn: fn(createCouncil),
    valid: () => [6, { members: 3, total: 80, split: { meeting: 1 }, locale: 'en' }],
    weight: 0.5,
  },
  {
    name: 'fixtures.generateDataset',
    fn: fn(generateDataset),
    valid: () => [{ seed: 1, provinces: 2, products: 20, communesPerProvince: 2, asOf: '2026-11-29' }],
    weight: 0.2,
  },
];
