/**
 * Product: what is rated, with its classification, origin and status history.
 */
import { deepFreeze } from '../core/freeze.js';
import * as z from 'zod';
import { AdminUnitRefSchema, unitRefIssues } from './admin-units/unit-checks.js';
import { QD1048_SECTORS, type Qd1048Sector } from './classification/qd1048-2019.js';
import { criteriaSetNumber, IdSchema, IsoDateSchema, LongTextSchema, TextSchema, wholeNumber } from './primitives.js';
import { ProductCodeSchema } from './product-code.js';
import { ALWAYS_REFINE, isRecordValue, readableIn, report, type IssueDraft, type Readable } from './report.js';

/**
 * Where a product sits in a classification: a criteria set of 26/2026 Phụ lục I/II (1–26, see
 * `QD26_CRITERIA_SET_CLASSES`), or a sector of 1048 for older records.
 *
 * @example
 * ```ts
 * import { ClassificationSchema } from 'ocop';
 * ClassificationSchema.parse({ scheme: 'qd26-2026', criteriaSet: 6 }); // Chế biến từ gạo, ngũ cốc
 * ClassificationSchema.parse({ scheme: 'qd1048-2019', sector: 'food' });
 * ```
 */
export const ClassificationSchema = z.discriminatedUnion('scheme', [
  z.strictObject({ scheme: z.literal('qd26-2026'), criteriaSet: criteriaSetNumber() }),
  z.strictObject({
    scheme: z.literal('qd1048-2019'),
    sector: z.enum(Object.keys(QD1048_SECTORS) as [Qd1048Sector, ...Qd1048Sector[]]),
  }),
]);

/**
 * Statuses a product passes through. `evaluated` carries the council's star (1–5) even when it
 * is not recognised; `recognised` carries the certified star (3–5).
 *
 * @example
 * ```ts
 * import { PRODUCT_STATUSES } from 'ocop';
 * PRODUCT_STATUSES.includes('revoked'); // true
 * ```
 */
export const PRODUCT_STATUSES = /* @__PURE__ */ deepFreeze([
  'registered',
  'evaluated',
  'recognised',
  'not-recognised',
  'expired',
  'revoked',
  'withdrawn',
] as const);

const StatusEntrySchema = z.strictObject({
  date: IsoDateSchema,
  status: z.enum(PRODUCT_STATUSES),
  stars: wholeNumber().min(1).max(5).optional(),
  note: LongTextSchema.optional(),
});

/** The status history's rules, on the entries that parsed (`ok`): each compared with the one before it. */
function statusIssues(history: ReadonlyArray<z.output<typeof StatusEntrySchema>>, ok: Readable): IssueDraft[] {
  const issues: IssueDraft[] = [];
  if (!Array.isArray(history)) return issues;
  history.forEach((entry, index) => {
    if (!ok(['statusHistory', index])) return;
    const previous = ok(['statusHistory', index - 1]) ? history[index - 1] : undefined;
    if (previous && entry.date < previous.date) {
      issues.push({
        code: 'not_chronological',
        path: ['statusHistory', index, 'date'],
        params: { value: entry.date, previous: previous.date },
      });
    }
    const needsStars = entry.status === 'evaluated' || entry.status === 'recognised';
    if (needsStars && entry.stars === undefined)
      issues.push({ code: 'required', path: ['statusHistory', index, 'stars'], params: {} });
    if (!needsStars && entry.stars !== undefined) {
      issues.push({
        code: 'unknown_key',
        path: ['statusHistory', index, 'stars'],
        params: { key: 'stars', status: entry.status },
      });
    }
    if (entry.status === 'recognised' && entry.stars !== undefined && entry.stars < 3) {
      issues.push({
        code: 'too_small',
        path: ['statusHistory', index, 'stars'],
        params: { minimum: 3, inclusive: true },
      });
    }
  });
  return issues;
}

/**
 * A product. `origin` is the unit where it is made, read on `recordedOn`; `code` is its OCOP
 * product code in either format; `statusHistory` is in date order.
 *
 * @example
 * ```ts
 * import { ProductSchema } from 'ocop';
 * const banhCay = ProductSchema.parse({
 *   id: 'banh-cay-thien-duc',
 *   name: 'Bánh cáy Thiên Đức',
 *   producer: 'thien-duc',
 *   classification: { scheme: 'qd1048-2019', sector: 'food' },
 *   origin: { province: '34', district: '340' },
 *   recordedOn: '2020-12-24',
 *   statusHistory: [{ date: '2020-12-24', status: 'evaluated', stars: 4 }],
 * });
 * ```
 */
export const ProductSchema = z
  .strictObject({
    id: IdSchema,
    name: TextSchema,
    producer: IdSchema,
    classification: ClassificationSchema,
    origin: AdminUnitRefSchema,
    recordedOn: IsoDateSchema,
    code: ProductCodeSchema.optional(),
    description: LongTextSchema.optional(),
    statusHistory: z.array(StatusEntrySchema).max(1000).optional(),
  })
  .superRefine((product, ctx) => {
    if (!isRecordValue(product)) return;
    const ok = readableIn(ctx);
    if (ok(['origin']) && ok(['recordedOn']))
      report(ctx, unitRefIssues(product.origin, product.recordedOn, ['origin']));
    if (product.statusHistory) report(ctx, statusIssues(product.statusHistory, ok));
  }, ALWAYS_REFINE);

/**
 * A validated product (output of {@link ProductSchema}).
 *
 * @example
 * ```ts
 * import type { Product } from 'ocop';
 * const isFood = (p: Product) => p.classification.scheme === 'qd26-2026' && p.classification.criteriaSet <= 13;
 * ```
 */
export type Product = z.output<typeof ProductSchema>;

/**
 * A product as apps may send it (before validation), e.g. a database row; checked by
 * {@link ProductSchema}.
 *
 * @example
 * ```ts
 * import type { ProductInput } from 'ocop';
 * const row: ProductInput = { id: 'x1', name: 'Bánh cáy', producer: 'p1', classification: { scheme: 'qd26-2026', criteriaSet: 6 }, origin: { province: '33' }, recordedOn: '2026-06-01' };
 * ```
 */
export type ProductInput = z.input<typeof ProductSchema>;
