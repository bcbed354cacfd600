/**
 * The `milestone` kind: done by `due`, by the plan (`scope: 'plan'`, the default) or by each unit
 * (`'each-unit'`): "each district holds its conference by 15/7". Observations say `done`; a unit
 * (or the plan) done after the due date is listed as late and not counted.
 */
import * as z from 'zod';
import { IsoDateSchema } from '../primitives.js';
import type { Observation } from '../plan.js';
import type { IssueDraft } from '../report.js';
import { exact, oneIf, ZERO } from './arithmetic.js';
import { targetBase } from './fields.js';
import type { FiguresInput, GoalInput, KindFigures, ObservationForm, TargetCheckContext } from './kind.js';

/** A `milestone` target: its due date is required. */
export const schema = z.strictObject({
  ...targetBase,
  kind: z.literal('milestone'),
  due: IsoDateSchema,
  scope: z.enum(['plan', 'each-unit']).optional(),
});

type MilestoneTarget = z.output<typeof schema>;

/** A milestone of each unit needs the plan's units. */
export function issues(target: MilestoneTarget, context: TargetCheckContext): IssueDraft[] {
  if (target.scope !== 'each-unit' || context.hasUnits) return [];
  return [{ code: 'required', path: ['units'], params: { because: context.at('scope').join('.') } }];
}

/** A completion. */
export const observation: ObservationForm = { test: (o) => o.done !== undefined, expected: 'done' };

/** Per-unit and whole-plan observations are not mixed. */
export const oneScope = true;

/** No named items. */
export function itemIds(): readonly string[] {
  return [];
}

/** How many units are done on time (1 or 0 for the whole plan). */
/** Every unit done, for an each-unit milestone; the plan's completion otherwise. */
export function keysToMeet(target: MilestoneTarget, units: readonly string[]): number {
  return target.scope === 'each-unit' ? units.length : 1;
}

export const measure = 'count';

const doneBy = (o: Observation | undefined, due: string) => o?.done === true && o.date <= due;
const doneAfter = (o: Observation | undefined, due: string) => o?.done === true && o.date > due;

/** Units done on time / units; the units done late. */
function eachUnit({ latest, units, due }: FiguresInput<MilestoneTarget>): KindFigures {
  const states = units.map((unit) => ({ unit, onTime: doneBy(latest.get(`${unit}|`), due) }));
  const onTime = states.filter((s) => s.onTime).length;
  return {
    current: exact(onTime),
    progress: units.length === 0 ? ZERO : exact(onTime).dividedBy(units.length),
    attainment: units.length === 0 ? ZERO : exact(onTime).dividedBy(units.length),
    surplus: exact(onTime - units.length),
    stretch: undefined,
    byUnit: states.map((s) => ({ unit: s.unit, current: oneIf(s.onTime), progress: oneIf(s.onTime) })),
    belowGuidance: [],
    late: units.filter((unit) => doneAfter(latest.get(`${unit}|`), due)),
    planLate: false,
  };
}

/** 1 when the plan was done on time; whether it was done late. */
function wholePlan({ latest, due }: FiguresInput<MilestoneTarget>): KindFigures {
  const o = latest.get('|');
  const current = oneIf(doneBy(o, due));
  return {
    current,
    progress: current,
    attainment: current,
    surplus: current.minus(1),
    stretch: undefined,
    byUnit: [],
    belowGuidance: [],
    late: [],
    planLate: doneAfter(o, due),
  };
}

/** Each unit's completion by the due date, or the plan's. */
export function figures(input: FiguresInput<MilestoneTarget>): KindFigures {
  return input.target.scope === 'each-unit' ? eachUnit(input) : wholePlan(input);
}

/** `8 đơn vị, hạn 2020-07-15` or `cả kế hoạch, hạn …`. */
export function goal({ target, text, units, due }: GoalInput<MilestoneTarget>): string {
  return text.milestone({ units: target.scope === 'each-unit' ? units : undefined, due });
}
