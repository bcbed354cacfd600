/**
 * OCOP product codes ("Mã số sản phẩm").
 *
 * - `commune` format, printed on every 26/2026 score sheet: `(T)-(X)-(STT)-(Năm)`: province
 *   code, commune code (QĐ 19/2025/QĐ-TTg), the product's sequence number kept by the commune,
 *   and the evaluation year, e.g. `33-12688-3-2026`.
 * - `district` format, used before the two-tier reform: province, district, commune, sequence,
 *   year, e.g. `83-829-28780-3-2022`, as printed by a 148-era open-source scoring app
 *   (github.com/tranquangduc24011999/ommani_ocop, resources/views/file/hoanthanh.blade.php); the
 *   148 form itself was not available.
 */
import { OcopError } from '../core/errors.js';
import { describeValue } from '../core/guards.js';
import { districtIssues, provinceIssues } from './admin-units/unit-checks.js';
import { formattedString } from './primitives.js';
import { report, type IssueDraft } from './report.js';

/**
 * A parsed product code.
 *
 * @example
 * ```ts
 * import { parseProductCode, type ProductCode } from 'ocop';
 * const code: ProductCode | undefined = parseProductCode('83-829-28780-3-2022');
 * code?.district; // '829'
 * ```
 */
export interface ProductCode {
  readonly format: 'commune' | 'district';
  readonly province: string;
  /** District code: `district` format only. */
  readonly district?: string;
  readonly commune: string;
  readonly sequence: number;
  readonly year: number;
}

const COMMUNE_FORMAT = /^(\d{2})-(\d{5})-([1-9]\d{0,5})-(\d{4})$/;
const DISTRICT_FORMAT = /^(\d{2})-(\d{3})-(\d{5})-([1-9]\d{0,5})-(\d{4})$/;

/**
 * Parses a product code in either format; `undefined` when it matches neither.
 * Only the shape is checked here; {@link ProductCodeSchema} also checks the units.
 *
 * @example
 * ```ts
 * import { parseProductCode } from 'ocop';
 * parseProductCode('33-12688-3-2026');
 * // { format: 'commune', province: '33', commune: '12688', sequence: 3, year: 2026 }
 * parseProductCode('33-3-2026'); // undefined
 * ```
 */
export function parseProductCode(code: string): ProductCode | undefined {
  if (typeof code !== 'string')
    throw new OcopError('invalid_input', `code must be a string, got ${describeValue(code)}`, { argument: 'code' });
  const current = COMMUNE_FORMAT.exec(code);
  if (current) {
    const [, province = '', commune = '', sequence = '', year = ''] = current;
    return { format: 'commune', province, commune, sequence: Number(sequence), year: Number(year) };
  }
  const legacy = DISTRICT_FORMAT.exec(code);
  if (legacy) {
    const [, province = '', district = '', commune = '', sequence = '', year = ''] = legacy;
    return { format: 'district', province, district, commune, sequence: Number(sequence), year: Number(year) };
  }
  return undefined;
}

/** Issues for a parsed code: its units against the table of its format's period. */
function productCodeIssues(code: ProductCode): IssueDraft[] {
  if (code.format === 'commune') return provinceIssues(code.province, '2025-07-01', []);
  const lastDay = '2025-06-30';
  if (code.year > 2025)
    return [
      {
        code: 'invalid_format',
        path: [],
        params: { format: 'product-code', example: '33-12688-3-2026', value: `${code.year}` },
      },
    ];
  return [
    ...provinceIssues(code.province, lastDay, []),
    ...districtIssues(code.district ?? '', code.province, lastDay, []),
  ];
}

/**
 * A product code in either format; the province (and Thái Bình's districts) must exist in the
 * unit table of the format's period: the 34 provinces for the `commune` format, the 63 for the
 * `district` format (whose year must be 2025 or earlier).
 *
 * @example
 * ```ts
 * import { ProductCodeSchema } from 'ocop';
 * ProductCodeSchema.safeParse('33-12688-3-2026').success; // true
 * ProductCodeSchema.safeParse('34-12688-3-2026').success; // false: no province 34 after 2025-07-01
 * ```
 */
export const ProductCodeSchema = formattedString(
  /^\d{2}(-\d{3})?-\d{5}-[1-9]\d{0,5}-\d{4}$/,
  'product-code',
  '33-12688-3-2026',
)
  .superRefine((value, ctx) => {
    const parsed = parseProductCode(value);
    if (parsed) report(ctx, productCodeIssues(parsed));
  })
  .meta({
    description: 'OCOP product code: T-X-STT-YYYY (26/2026) or T-H-X-STT-YYYY (before 2025)',
    examples: ['33-12688-3-2026', '83-829-28780-3-2022'],
  });
