/**
 * `ocop`: Vietnam's OCOP programme ("Chương trình Mỗi xã một sản phẩm", One Commune One
 * Product) as data and pure functions.
 *
 * @packageDocumentation
 */

// core: dates, errors, issues, messages, frozen data
export { deepFreeze } from './core/freeze.js';
export {
  addDays,
  addMonths,
  assertIsoDate,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  fromEpochDay,
  isIsoDate,
  isLeapYear,
  isoDate,
  isWithin,
  toEpochDay,
} from './core/dates.js';
export type { IsoDate } from './core/dates.js';
export { ERROR_CODES, isOcopError, OcopError, OcopRuleError, OcopValidationError } from './core/errors.js';
export type { OcopErrorCode } from './core/errors.js';
export { DEFAULT_LOCALE, ISSUE_CODES } from './core/issues.js';
export { LOCALES } from './locales/list.js';
export type {
  Issue,
  IssueCode,
  IssueOf,
  IssueParams,
  IssuePath,
  Locale,
  LocaleOptions,
  ValidationResult,
} from './core/issues.js';
export { issueMessage } from './core/messages.js';

// model: administrative units
export { adminUnitHistory, adminUnitSuccessor, getAdminUnit, listProvinces } from './model/admin-units/lookup.js';
export type { AdminUnit } from './model/admin-units/lookup.js';
export { AdminUnitRefSchema, PlanUnitSchema } from './model/admin-units/unit-checks.js';
export { LAST_DAY_OF_DISTRICTS } from './model/admin-units/district-level.js';
export type { AdminUnitRef, PlanUnit } from './model/admin-units/unit-checks.js';
export type { AdminUnitTables } from './model/admin-units/unit-tables.js';
export { PROVINCE_MERGERS_2025 } from './model/admin-units/data/province-mergers-2025.js';
export { PROVINCES_FROM_2025 } from './model/admin-units/data/provinces-from-2025.js';
export { PROVINCES_UNTIL_2025 } from './model/admin-units/data/provinces-until-2025.js';
export { THAI_BINH_DISTRICTS } from './model/admin-units/data/thai-binh-districts.js';
export type { AdminUnitRecord, ProvinceMerger } from './model/admin-units/data/types.js';

// model: classification
export { QD26_CATEGORIES, QD26_CRITERIA_SET_CLASSES, QD26_GROUPS } from './model/classification/qd26-2026.js';
export type { CriteriaSetClass, LeadMinistry } from './model/classification/qd26-2026.js';
export { QD1048_SECTORS } from './model/classification/qd1048-2019.js';
export type { Qd1048Sector } from './model/classification/qd1048-2019.js';

// model: entities and validation
export { DecimalSchema, IdSchema, IsoDateSchema, TextSchema } from './model/primitives.js';
export { LEVELS } from './model/level.js';
export type { Level } from './model/level.js';
export { RULE_SET_IDS } from './model/rule-set-id.js';
export { RuleSetIdSchema } from './model/rule-set-id-schema.js';
export type { RuleSetId } from './model/rule-set-id.js';
export { ENTERPRISE_KINDS, LEGAL_FORMS, ProducerSchema } from './model/producer.js';
export type { Producer, ProducerInput } from './model/producer.js';
export { ClassificationSchema, PRODUCT_STATUSES, ProductSchema } from './model/product.js';
export type { Product, ProductInput } from './model/product.js';
export { parseProductCode, ProductCodeSchema } from './model/product-code.js';
export type { ProductCode } from './model/product-code.js';
export { CertificateSchema, REVOCATION_GROUNDS } from './model/certificate.js';
export type { Certificate, CertificateInput, RevocationGround } from './model/certificate.js';
export { EvaluationSchema, ScoreSheetSchema } from './model/evaluation.js';
export type { Evaluation, EvaluationInput, ScoreSheet } from './model/evaluation.js';
export { ObservationSchema, PlanSchema, TargetSchema } from './model/plan.js';
export type { Observation, ObservationInput, Plan, PlanInput, Target } from './model/plan.js';
export { ENTITY_SCHEMAS, validate } from './model/validate.js';
export type { EntityKind, EntityOf, EntityTypes, ValidateOptions } from './model/validate.js';

// rules: dated rule sets and criteria sets
export type {
  AdaptedMinimum,
  CriteriaPart,
  CriteriaSection,
  CriteriaSet,
  CriteriaSetAdaptations,
  CriteriaSetInconsistency,
  CriteriaSetProvenance,
  Criterion,
  CriterionNote,
  CriterionOption,
  MarkedStar,
  PartCode,
} from './rules/criteria-set.js';
export type { Instrument, Procedures, Referenced, RoundRule, RuleSet, StarBand, Stars } from './rules/rule-set.js';
export { getRuleSet, listRuleSets, resolveRuleSet, ruleSetFor } from './rules/registry.js';
export type { EvaluationKind, RuleSetForOptions } from './rules/registry.js';
export { loadCriteriaSet } from './rules/criteria-loader.js';
export { RuleOverrideSchema } from './model/rule-override.js';
export type { RuleOverride, RuleOverrideInput } from './model/rule-override.js';
export { QD1048_2019 } from './rules/data/qd1048-2019.js';
export { QD1048_781_2020 } from './rules/data/qd1048-781-2020.js';
export { QD148_2023 } from './rules/data/qd148-2023.js';
export { QD148_1489_2025 } from './rules/data/qd148-1489-2025.js';
export { QD26_2026 } from './rules/data/qd26-2026.js';

// rating
export { bandOf, starBand } from './rating/star-band.js';
export { councilAverage, roundedMean } from './rating/council-average.js';
export { scoreSheet } from './rating/score-sheet.js';
export type { SheetScore } from './rating/score-sheet.js';
export { starMinima } from './rating/minima.js';
export type { StarMinimum, UnmetMinimum } from './rating/minima.js';
export { rateProduct } from './rating/rate-product.js';
export type { RateOptions, Rating } from './rating/rate-product.js';
export type { ExplanationLine } from './rating/explanation.js';

// calendar: certificates, working days, rounds, deadlines
export { certificateStatus, certificateValidUntil } from './calendar/certificates.js';
export type { CertificateStatus, CertificateStatusOptions } from './calendar/certificates.js';
export { addWorkingDays, isWorkingDay, statutorySchedule, workingDaysBetween } from './calendar/working-days.js';
export type { CalendarOptions } from './calendar/working-days.js';
export { evaluationRounds, nextEvaluationRound } from './calendar/rounds.js';
export type { EvaluationRound } from './calendar/rounds.js';
export {
  communePreAssessmentDue,
  deadlineStatus,
  expiryNoticeDue,
  reEvaluationDue,
  revocationDue,
} from './calendar/deadlines.js';
export type { Deadline, DeadlineStatus } from './calendar/deadlines.js';
export { VIETNAM_SCHEDULES } from './calendar/data/vietnam-holidays.js';
export type { DayOffPeriod, YearSchedule } from './calendar/data/vietnam-holidays.js';
export { HUNG_KINGS_DAY, LUNAR_NEW_YEAR } from './calendar/data/lunar-dates.js';

// progress: plans, targets, observations
export { apportion } from './progress/apportion.js';
export { evaluatePlan } from './progress/evaluate-plan.js';
export type {
  EvaluatePlanOptions,
  PlanProgress,
  ProgressLine,
  TargetProgress,
  UnitProgress,
} from './progress/evaluate-plan.js';
export { progressSeries } from './progress/series.js';
export type { ProgressSeries, ProgressSeriesOptions } from './progress/series.js';
export { DEFAULT_THRESHOLDS } from './progress/target-progress.js';
export type { StatusThresholds, TargetStatus } from './progress/target-progress.js';
export {
  newProductsMetric,
  officialsTrainedMetric,
  planUnitOf,
  producersMetric,
  productsCertifiedMetric,
  productsRecognisedMetric,
  productsUpgradedMetric,
} from './progress/metrics.js';
export type { MetricOptions, MetricResult, OfficialRecord } from './progress/metrics.js';
