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

/**
 * Interim figures of a long target ("100 by 2023, 125 by 2024"): the value expected by each date,
 * in date order. Expected progress follows them, linearly between points, instead of a straight
 * line from the period's start.
 */
const ScheduleSchema = z
  .array(z.strictObject({ by: IsoDateSchema, min: z.number().min(0) }))
  .min(1)
  .max(100);

/** Fields of the numeric kinds, after {@link targetBase}. */
export const numericTarget = {
  baseline: z.number().min(0).optional(),
  direction: z.enum(['increase', 'decrease']).optional(),
  perUnit: PerUnitSchema.optional(),
  schedule: ScheduleSchema.optional(),
};
