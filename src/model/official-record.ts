/**
 * The schema of an official whose training a `share` target follows (`officialsTrainedMetric`'s
 * people): not an entity kind of `validate`, but checked the same way (`validateWith`).
 */
import * as z from 'zod';
import { UnitCodeSchema } from './admin-units/unit-checks.js';
import { IdSchema, IsoDateSchema } from './primitives.js';

/** `{ id, unit, trainedOn? }`: an id, a 2-, 3- or 5-digit unit code, a calendar date; no other keys. */
export const OfficialRecordSchema = /* @__PURE__ */ z.strictObject({
  id: IdSchema,
  unit: UnitCodeSchema,
  trainedOn: IsoDateSchema.optional(),
});
