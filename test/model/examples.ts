/**
 * Valid examples of every entity kind, drawn from the Thái Bình 2020 plan (BNEWS, 16/06/2020,
 * bnews.vn) and the Đông Hưng ratings of 24/12/2020 (thaibinhtv.vn). Tests copy, then
 * deep-freeze them.
 */
import type { EntityKind } from '../../src/index.js';
import { THAI_BINH_2020_PLAN } from '../../src/fixtures/index.js';

/** Thái Bình's 2020 OCOP plan (the shipped fixture). */
export { THAI_BINH_2020_PLAN };

/** One valid example of each entity kind. */
export const VALID_EXAMPLES: Record<EntityKind, unknown> = {
  producer: {
    id: 'thien-duc',
    name: 'Cơ sở sản xuất bánh cáy Thiên Đức',
    legalForm: 'household',
    recordedOn: '2020-12-24',
    registration: { number: '08A8000123', date: '2015-03-02' },
    address: { unit: { province: '34', district: '340' }, detail: 'Nguyên Xá' },
    legalRepresentative: { name: 'Nguyễn Văn A', female: false },
    localGovernance: true,
  },
  product: {
    id: 'banh-cay-thien-duc',
    name: 'Bánh cáy Thiên Đức',
    producer: 'thien-duc',
    classification: { scheme: 'qd1048-2019', sector: 'food' },
    origin: { province: '34', district: '340' },
    recordedOn: '2020-12-24',
    statusHistory: [
      { date: '2020-06-16', status: 'registered' },
      { date: '2020-12-24', status: 'evaluated', stars: 4, note: 'Hội đồng huyện Đông Hưng: 81,2 điểm' },
    ],
  },
  certificate: {
    id: 'ly-2026-009',
    product: 'banh-cay-thien-duc',
    stars: 4,
    level: 'province',
    issuer: '33',
    decisionNumber: '3981/QĐ-UBND',
    issuedOn: '2026-08-05',
    ruleSet: 'qd26-2026',
    validUntil: '2029-08-05',
  },
  evaluation: {
    ruleSet: 'qd1048-781-2020',
    level: 'district',
    product: 'banh-cay-thien-duc',
    evaluatedOn: '2020-12-24',
    sheets: [{ total: 81 }, { total: '81.4' }, { total: 81.2 }],
  },
  scoreSheet: { ruleSet: 'qd26-2026', criteriaSet: 6, points: { '1.1': 3, '1.2': 1, '2.3': 2 } },
  plan: THAI_BINH_2020_PLAN,
  observation: { target: 'conference', unit: '340', date: '2020-07-10', done: true },
  ruleOverride: {
    formatVersion: 1,
    id: 'hy-2026-4sao',
    title: 'Yêu cầu bổ sung đối với sản phẩm 4 sao tỉnh Hưng Yên',
    basedOn: 'qd26-2026',
    jurisdiction: '33',
    effectiveFrom: '2026-07-01',
    changes: {
      minima: [{ setNo: 1, criterion: '4.3', points: 2, stars: 4, reference: 'Quyết định tỉnh (ví dụ)' }],
      daysOff: [{ date: '2026-10-21', name: 'Ngày truyền thống (ví dụ)', reference: 'Quyết định tỉnh (ví dụ)' }],
      policies: { minimaPolicy: 'reject', reference: 'Quyết định tỉnh (ví dụ)' },
    },
  },
};

/** Deep-freezes a value (for "inputs are never mutated" tests). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/** A deep copy through JSON. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
