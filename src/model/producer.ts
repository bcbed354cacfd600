/**
 * Producer ("chủ thể OCOP"): who registers a product for evaluation (26/2026 Điều 2.3).
 */
import { deepFreeze } from '../core/freeze.js';
import * as z from 'zod';
import { AdminUnitRefSchema, unitRefIssues } from './admin-units/unit-checks.js';
import { DecimalSchema, IdSchema, IsoDateSchema, TextSchema } from './primitives.js';
import { ALWAYS_REFINE, dateOrder, isRecordValue, readableIn, report } from './report.js';

/**
 * Legal forms of a producer, with the Vietnamese names of 26/2026 Điều 2.3. The last three
 * may register only products of the tourism group (nhóm VI).
 *
 * @example
 * ```ts
 * import { LEGAL_FORMS } from 'ocop';
 * LEGAL_FORMS.cooperative.vi; // 'Hợp tác xã'
 * ```
 */
export const LEGAL_FORMS = /* @__PURE__ */ deepFreeze({
  cooperative: { vi: 'Hợp tác xã', en: 'Cooperative', tourismOnly: false },
  'cooperative-group': { vi: 'Tổ hợp tác', en: 'Cooperative group', tourismOnly: false },
  enterprise: { vi: 'Doanh nghiệp nhỏ và vừa', en: 'Small or medium enterprise', tourismOnly: false },
  farm: { vi: 'Trang trại', en: 'Farm', tourismOnly: false },
  household: {
    vi: 'Hộ sản xuất, hộ gia đình có đăng ký kinh doanh',
    en: 'Registered household business',
    tourismOnly: false,
  },
  society: { vi: 'Hội', en: 'Society', tourismOnly: true },
  association: { vi: 'Hiệp hội', en: 'Association', tourismOnly: true },
  'operating-centre': {
    vi: 'Trung tâm điều hành hoặc tổ chức tương đương',
    en: 'Operating centre or equivalent body',
    tourismOnly: true,
  },
} as const);

/**
 * Kinds of enterprise that criterion 3.1 of the 26/2026 sets distinguishes ("Công ty TNHH;
 * hoặc doanh nghiệp tư nhân; hoặc công ty cổ phần").
 *
 * @example
 * ```ts
 * import { ENTERPRISE_KINDS } from 'ocop';
 * ENTERPRISE_KINDS['joint-stock'].vi; // 'Công ty cổ phần'
 * ```
 */
export const ENTERPRISE_KINDS = /* @__PURE__ */ deepFreeze({
  'limited-liability': { vi: 'Công ty trách nhiệm hữu hạn', en: 'Limited liability company' },
  private: { vi: 'Doanh nghiệp tư nhân', en: 'Private enterprise' },
  'joint-stock': { vi: 'Công ty cổ phần', en: 'Joint-stock company' },
} as const);

const LegalFormSchema = z.enum(Object.keys(LEGAL_FORMS) as [keyof typeof LEGAL_FORMS, ...(keyof typeof LEGAL_FORMS)[]]);
const EnterpriseKindSchema = z.enum(
  Object.keys(ENTERPRISE_KINDS) as [keyof typeof ENTERPRISE_KINDS, ...(keyof typeof ENTERPRISE_KINDS)[]],
);

/**
 * A producer. `recordedOn` is the date the record describes: its units are checked against the
 * tables in force that day, so a 2020 record keeps Thái Bình (`"34"`) after the 2025 merger.
 * The legal representative's attributes and the local capital share are scored by criteria
 * 3.1 and 3.2 of the 26/2026 sets.
 *
 * @example
 * ```ts
 * import { ProducerSchema } from 'ocop';
 * const thienDuc = ProducerSchema.parse({
 *   id: 'thien-duc',
 *   name: 'Cơ sở sản xuất bánh cáy Thiên Đức',
 *   legalForm: 'household',
 *   recordedOn: '2020-12-24',
 *   address: { unit: { province: '34', district: '340' } },
 * });
 * ```
 */
export const ProducerSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema,
    legalForm: LegalFormSchema,
    /** Required when `legalForm` is `enterprise`, not allowed otherwise. */
    enterpriseKind: EnterpriseKindSchema.optional(),
    recordedOn: IsoDateSchema,
    registration: z
      .strictObject({
        number: TextSchema,
        date: IsoDateSchema,
      })
      .optional(),
    address: z.strictObject({
      unit: AdminUnitRefSchema,
      detail: TextSchema.optional(),
    }),
    legalRepresentative: z
      .strictObject({
        name: TextSchema,
        female: z.boolean().optional(),
        ethnicMinority: z.boolean().optional(),
        withDisability: z.boolean().optional(),
      })
      .optional(),
    /** Share of the capital contributed by local people, in percent (0–100). */
    localCapitalPercent: DecimalSchema.pipe(z.number().min(0).max(100)).optional(),
    /** Whether local people take part in governing the producer (a priority in provincial plans). */
    localGovernance: z.boolean().optional(),
  })
  .superRefine((producer, ctx) => {
    if (!isRecordValue(producer)) return;
    const ok = readableIn(ctx);
    if (ok(['legalForm'])) {
      if (producer.legalForm === 'enterprise' && producer.enterpriseKind === undefined) {
        report(ctx, [{ code: 'required', path: ['enterpriseKind'], params: {} }]);
      }
      if (producer.legalForm !== 'enterprise' && producer.enterpriseKind !== undefined) {
        report(ctx, [
          {
            code: 'unknown_key',
            path: ['enterpriseKind'],
            params: { key: 'enterpriseKind', legalForm: producer.legalForm },
          },
        ]);
      }
    }
    if (!ok(['recordedOn'])) return;
    if (ok(['address'])) report(ctx, unitRefIssues(producer.address.unit, producer.recordedOn, ['address', 'unit']));
    if (ok(['registration']))
      report(ctx, dateOrder(producer.recordedOn, producer.registration?.date, ['recordedOn'], 'registration.date'));
  }, ALWAYS_REFINE);

/**
 * A validated producer (output of {@link ProducerSchema}).
 *
 * @example
 * ```ts
 * import type { Producer } from 'ocop';
 * const name = (p: Producer) => p.name;
 * ```
 */
export type Producer = z.output<typeof ProducerSchema>;

/**
 * A producer as apps may send it (before validation), e.g. a database row; checked by
 * {@link ProducerSchema}.
 *
 * @example
 * ```ts
 * import type { ProducerInput } from 'ocop';
 * const row: ProducerInput = { id: 'p1', name: 'Hợp tác xã Thiện Đức', legalForm: 'cooperative', recordedOn: '2020-06-01', address: { unit: { province: '34' } } };
 * ```
 */
export type ProducerInput = z.input<typeof ProducerSchema>;
