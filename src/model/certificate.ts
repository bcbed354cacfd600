/**
 * Certificate ("Giấy chứng nhận kết quả phân hạng sản phẩm OCOP") of a 3★–5★ product, and its
 * revocation.
 */
import { deepFreeze } from '../core/freeze.js';
import * as z from 'zod';
import type { IsoDate } from '../core/dates.js';
import { districtIssues, districtLevelIssues, provinceIssues } from './admin-units/unit-checks.js';
import {
  DistrictCodeSchema,
  IdSchema,
  IsoDateSchema,
  LongTextSchema,
  ProvinceCodeSchema,
  TextSchema,
} from './primitives.js';
import { ALWAYS_REFINE, dateOrder, isRecordValue, readableIn, report, type IssueDraft } from './report.js';
import { LEVELS, type Level } from './level.js';
import { RuleSetIdSchema } from './rule-set-id-schema.js';

/**
 * The six grounds for revoking a certificate, 26/2026 Điều 8.1 (points a–e, with "đ"). Labels
 * are short summaries, not the legal text.
 *
 * @example
 * ```ts
 * import { REVOCATION_GROUNDS } from 'ocop';
 * REVOCATION_GROUNDS['production-stopped'].point; // 'đ'
 * ```
 */
export const REVOCATION_GROUNDS = /* @__PURE__ */ deepFreeze({
  'false-dossier': {
    point: 'a',
    vi: 'Cung cấp thông tin không trung thực hoặc giả mạo hồ sơ',
    en: 'False information or forged dossier',
  },
  'criteria-not-met': {
    point: 'b',
    vi: 'Không còn đáp ứng Bộ tiêu chí theo kết luận kiểm tra, giám sát',
    en: 'No longer meets the criteria (inspection finding)',
  },
  'legal-violation': {
    point: 'c',
    vi: 'Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, ghi nhãn…',
    en: 'Violation of quality, food safety, environment, IP or labelling law',
  },
  'mark-misuse': {
    point: 'd',
    vi: 'Sử dụng nhãn hiệu OCOP không đúng quy định, gây nhầm lẫn',
    en: 'Misuse of the OCOP mark causing confusion',
  },
  'production-stopped': {
    point: 'đ',
    vi: 'Chủ thể không còn hoạt động sản xuất sản phẩm OCOP',
    en: 'Producer no longer makes the product',
  },
  other: {
    point: 'e',
    vi: 'Trường hợp khác theo kết luận của cơ quan có thẩm quyền',
    en: 'Other conclusion of a competent authority',
  },
} as const);

/**
 * A revocation ground slug; see {@link REVOCATION_GROUNDS}.
 *
 * @example
 * ```ts
 * import type { RevocationGround } from 'ocop';
 * const ground: RevocationGround = 'criteria-not-met';
 * ```
 */
export type RevocationGround = keyof typeof REVOCATION_GROUNDS;

/**
 * A certificate. `issuedOn` is the date of the recognition decision, from which the 36 months
 * of validity run. `issuer` is the unit of the issuing authority: a district code (148 era,
 * until 2025-06-30) or a province code; none for central (ministry) certificates.
 * `validUntil`, when given, is what the certificate prints; `certificateValidUntil` computes it.
 *
 * @example
 * ```ts
 * import { CertificateSchema } from 'ocop';
 * CertificateSchema.parse({
 *   id: 'tb-2021-017',
 *   product: 'banh-cay-thien-duc',
 *   stars: 4,
 *   level: 'province',
 *   issuer: '34',
 *   decisionNumber: '1234/QĐ-UBND',
 *   issuedOn: '2021-03-15',
 * });
 * ```
 */
export const CertificateSchema = z
  .strictObject({
    id: IdSchema,
    product: IdSchema,
    stars: z.union([z.literal(3), z.literal(4), z.literal(5)]),
    level: z.enum(LEVELS),
    issuer: z.union([ProvinceCodeSchema, DistrictCodeSchema]).optional(),
    decisionNumber: TextSchema,
    issuedOn: IsoDateSchema,
    ruleSet: RuleSetIdSchema.optional(),
    validUntil: IsoDateSchema.optional(),
    /** A re-evaluation ("đánh giá, phân hạng lại") of this certificate's product, if one was filed. */
    reEvaluation: z
      .strictObject({
        submittedOn: IsoDateSchema,
        /** When the competent authority decided on it. */
        decidedOn: IsoDateSchema.optional(),
      })
      .optional(),
    revocation: z
      .strictObject({
        date: IsoDateSchema,
        ground: z.enum(Object.keys(REVOCATION_GROUNDS) as [RevocationGround, ...RevocationGround[]]),
        decisionNumber: TextSchema.optional(),
        note: LongTextSchema.optional(),
      })
      .optional(),
  })
  .superRefine((certificate, ctx) => {
    if (!isRecordValue(certificate)) return;
    const ok = readableIn(ctx);
    const reEvaluation = ok(['reEvaluation']) ? certificate.reEvaluation : undefined;
    if (ok(['issuedOn'])) {
      if (ok(['level'])) {
        report(ctx, districtLevelIssues(certificate.level, certificate.issuedOn, ['level']));
        if (ok(['issuer'])) report(ctx, issuerIssues(certificate.level, certificate.issuer, certificate.issuedOn));
      }
      if (ok(['validUntil']))
        report(ctx, dateOrder(certificate.validUntil, certificate.issuedOn, ['validUntil'], 'issuedOn'));
      if (ok(['revocation', 'date']))
        report(ctx, dateOrder(certificate.revocation?.date, certificate.issuedOn, ['revocation', 'date'], 'issuedOn'));
      report(
        ctx,
        dateOrder(reEvaluation?.submittedOn, certificate.issuedOn, ['reEvaluation', 'submittedOn'], 'issuedOn'),
      );
    }
    report(
      ctx,
      dateOrder(
        reEvaluation?.decidedOn,
        reEvaluation?.submittedOn,
        ['reEvaluation', 'decidedOn'],
        'reEvaluation.submittedOn',
      ),
    );
  }, ALWAYS_REFINE);

function issuerIssues(level: Level, issuer: string | undefined, on: IsoDate): IssueDraft[] {
  const path = ['issuer'];
  if (level === 'central') {
    return issuer === undefined ? [] : [{ code: 'unknown_key', path, params: { key: 'issuer', level } }];
  }
  if (issuer === undefined) return [];
  const expected = level === 'district' ? 3 : 2;
  if (issuer.length !== expected) {
    return [
      {
        code: 'invalid_format',
        path,
        params: { format: `${level}-code`, example: level === 'district' ? '340' : '34', value: issuer },
      },
    ];
  }
  return level === 'district' ? districtIssues(issuer, undefined, on, path) : provinceIssues(issuer, on, path);
}

/**
 * A validated certificate (output of {@link CertificateSchema}).
 *
 * @example
 * ```ts
 * import type { Certificate } from 'ocop';
 * const isRevoked = (c: Certificate) => c.revocation !== undefined;
 * ```
 */
export type Certificate = z.output<typeof CertificateSchema>;

/**
 * A certificate as apps may send it (before validation), e.g. a database row: dates are plain
 * strings, checked by {@link CertificateSchema}. What `certificateStatus` takes.
 *
 * @example
 * ```ts
 * import type { CertificateInput } from 'ocop';
 * const row: CertificateInput = { id: 'c1', product: 'p1', stars: 4, level: 'province', decisionNumber: '12/QĐ-UBND', issuedOn: '2024-03-04' };
 * ```
 */
export type CertificateInput = z.input<typeof CertificateSchema>;
