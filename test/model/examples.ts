/**
 * Valid examples of every entity kind, drawn from the Thái Bình 2020 seed plan
 * (../shared/sources/seed-thai-binh-ocop-2020.txt) and ocop-brief §10. Tests deep-freeze them.
 */
import type { EntityKind } from '../../src/index.js';

const THAI_BINH_DISTRICTS = [
  { code: '336', name: 'Thái Bình' },
  { code: '338', name: 'Quỳnh Phụ' },
  { code: '339', name: 'Hưng Hà' },
  { code: '340', name: 'Đông Hưng' },
  { code: '341', name: 'Thái Thụy' },
  { code: '342', name: 'Tiền Hải' },
  { code: '343', name: 'Kiến Xương' },
  { code: '344', name: 'Vũ Thư' },
];

/** Thái Bình's 2020 OCOP plan as announced on 16/06/2020. */
export const THAI_BINH_2020_PLAN = {
  id: 'tb-2020',
  title: 'Chương trình OCOP tỉnh Thái Bình năm 2020',
  unit: { province: '34' },
  period: { start: '2020-06-16', end: '2020-12-31' },
  units: THAI_BINH_DISTRICTS,
  targets: [
    { id: 'upgrade', kind: 'count', title: 'Nâng cấp sản phẩm chủ lực có thương hiệu và thị trường tiêu thụ', min: 15, max: 20, perUnit: { min: 2, max: 3, basis: 'average' } },
    { id: 'new-products', kind: 'count', title: 'Phát triển mới sản phẩm', min: 8, perUnit: { min: 1, max: 2, basis: 'each' } },
    { id: 'consolidate-orgs', kind: 'count', title: 'Củng cố tổ chức kinh tế sản xuất, kinh doanh', min: 15 },
    { id: 'new-orgs', kind: 'count', title: 'Phát triển mới tổ chức kinh tế tham gia OCOP', min: 1 },
    { id: 'training', kind: 'share', title: 'Cán bộ quản lý, lãnh đạo chủ thể được đào tạo, tập huấn', min: 1 },
    { id: 'marketing-skills', kind: 'share', title: 'Chủ thể được nâng cao kỹ năng phân phối, tiếp thị', min: 1 },
    {
      id: 'pilots',
      kind: 'items',
      title: 'Chuẩn hóa, nâng hạng 2 sản phẩm chỉ đạo điểm',
      items: [
        { id: 'banh-cay-lang-nguyen', title: 'Bánh cáy làng Nguyễn', unit: '340' },
        { id: 'banh-da-soi', title: 'Bánh đa sợi', unit: '338' },
      ],
      condition: { kind: 'stars', min: 3 },
    },
    { id: 'conference', kind: 'milestone', title: 'Tổ chức xong hội nghị cấp huyện', due: '2020-07-15', scope: 'each-unit' },
  ],
  source: { title: 'BNEWS: Thái Bình sẽ nâng cấp từ 15 đến 20 sản phẩm chủ lực có thương hiệu', date: '2020-06-16' },
};

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
