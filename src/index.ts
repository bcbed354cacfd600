/**
 * `ocop`: Vietnam's OCOP programme ("Chương trình Mỗi xã một sản phẩm", One Commune One
 * Product) as data and pure functions.
 *
 * @packageDocumentation
 */

// core: dates, errors, issues, messages, frozen data
export { deepFreeze } from './core/freeze.js';
export { compareIsoDates, daysInMonth, isIsoDate, isLeapYear, isWithin } from './core/dates.js';
export type { IsoDate } from './core/dates.js';
export { ERROR_CODES, OcopError, OcopValidationError } from './core/errors.js';
export type { OcopErrorCode } from './core/errors.js';
export { ISSUE_CODES } from './core/issues.js';
export type { Issue, IssueCode, IssuePath, Locale, ValidationResult } from './core/issues.js';
export { issueMessage } from './core/messages.js';

// model: administrative units
export { adminUnitHistory, adminUnitSuccessor, getAdminUnit, listProvinces } from './model/admin-units/lookup.js';
export type { AdminUnit } from './model/admin-units/lookup.js';
export { AdminUnitRefSchema, LAST_DAY_OF_DISTRICTS } from './model/admin-units/unit-checks.js';
export type { AdminUnitRef } from './model/admin-units/unit-checks.js';
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
export { RULE_SET_IDS, RuleSetIdSchema } from './model/rule-set-id.js';
export type { RuleSetId } from './model/rule-set-id.js';
export { ENTERPRISE_KINDS, LEGAL_FORMS, ProducerSchema } from './model/producer.js';
export type { Producer } from './model/producer.js';
export { ClassificationSchema, PRODUCT_STATUSES, ProductSchema } from './model/product.js';
export type { Product } from './model/product.js';
export { parseProductCode, ProductCodeSchema } from './model/product-code.js';
export type { ProductCode } from './model/product-code.js';
export { CertificateSchema, REVOCATION_GROUNDS } from './model/certificate.js';
export type { Certificate, RevocationGround } from './model/certificate.js';
export { EvaluationSchema, ScoreSheetSchema } from './model/evaluation.js';
export type { Evaluation, ScoreSheet } from './model/evaluation.js';
export { ObservationSchema, PlanSchema, TargetSchema } from './model/plan.js';
export type { Observation, Plan, Target } from './model/plan.js';
export { ENTITY_SCHEMAS, validate } from './model/validate.js';
export type { EntityKind, EntityOf, EntityTypes, ValidateOptions } from './model/validate.js';
