/**
 * The schema fields every target kind has, and those of the numeric kinds (`count`, `share`).
 */
import * as z from 'zod';
import { IdSchema, IsoDateSchema, LongTextSchema, TextSchema } from '../primitives.js';

/** Fields of every target, first in each kind's schema. */
export const targetBase = {
  id: IdSchema,
  title: TextSchema,
  /** Relative weight in the plan score; default 1. */
  weight: z.number().gt(0).max(1000).optional(),
  /** Deadline; default the plan's end. */
  due: IsoDateSchema.optional(),
  note: LongTextSchema.optional(),
};

/**
 * Guidance on how a target is spread over the plan's units, e.g. "2–3 products per district on
 * average" (`basis: 'average'`) or "1–2 in each district" (`basis: 'each'`).
 */
const PerUnitSchema = z.strictObject({
  min: z.number().min(0),
  max: z.number().min(0).optional(),
  basis: z.enum(['average', 'each']),
});

/** Fields of the numeric kinds, after {@link targetBase}. */
export const numericTarget = {
  baseline: z.number().min(0).optional(),
  direction: z.enum(['increase', 'decrease']).optional(),
  perUnit: PerUnitSchema.optional(),
};
