/**
 * What the metric tests share: products made with the fixtures' `createProduct` (recorded on any
 * date, under the 1048/2019 classification, no product code), and the counts a metric gives.
 */
import { createProduct } from '../../src/fixtures/factories.js';
import type { IsoDate } from '../../src/core/dates.js';
import type { Product } from '../../src/model/product.js';
import type { MetricResult } from '../../src/progress/metrics.js';

/** A food product of producer `htx-<id>` made in `origin`, recorded on `recordedOn`. */
export function product(
  id: string,
  origin: Product['origin'],
  recordedOn: IsoDate,
  statusHistory?: Product['statusHistory'],
): Product {
  return createProduct({
    id,
    name: `Sản phẩm ${id}`,
    producer: `htx-${id}`,
    classification: { scheme: 'qd1048-2019', sector: 'food' },
    origin,
    recordedOn,
    code: undefined,
    statusHistory,
  });
}

/** `{ unit: value }` of the observations that are not 0. */
export function counted(result: MetricResult): Record<string, number> {
  return Object.fromEntries(result.observations.filter((o) => o.value !== 0).map((o) => [o.unit, o.value]));
}
