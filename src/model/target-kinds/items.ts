/**
 * The `items` kind: named items must meet a condition (a star level, or done): "the two pilot
 * products reach 3★". Observations name their `item` and give its stars (`value`) or `done`.
 */
import * as z from 'zod';
import { UnitCodeSchema } from '../admin-units/unit-checks.js';
import { IdSchema, TextSchema } from '../primitives.js';
import type { Observation } from '../plan.js';
import type { IssueDraft } from '../report.js';
import { duplicates } from './duplicates.js';
import { exact } from './arithmetic.js';
import { targetBase } from './fields.js';
import type { FiguresInput, GoalInput, KindFigures, ObservationForm, TargetCheckContext, UnitFigures } from './kind.js';

/** An `items` target. */
export const schema = z.strictObject({
  ...targetBase,
  kind: z.literal('items'),
  items: z
    .array(z.strictObject({ id: IdSchema, title: TextSchema, unit: UnitCodeSchema.optional() }))
    .min(1)
    .max(100_000),
  condition: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('stars'), min: z.union([z.literal(3), z.literal(4), z.literal(5)]) }),
    z.strictObject({ kind: z.literal('done') }),
  ]),
});

type ItemsTarget = z.output<typeof schema>;

/** Item ids are unique within the target. */
export function issues(target: ItemsTarget, context: TargetCheckContext): IssueDraft[] {
  return duplicates(
    target.items,
    (item) => item.id,
    (i) => context.at('items', i, 'id'),
  );
}

/** An item with its stars or its completion. */
export const observation: ObservationForm = {
  test: (o) => o.item !== undefined && (o.value !== undefined || o.done !== undefined),
  expected: 'item + value (stars) or done',
};

/** Items may be observed per unit or not: they name their own unit. */
export const oneScope = false;

/** The ids of its items. */
export function itemIds(target: ItemsTarget): readonly string[] {
  return target.items.map((item) => item.id);
}

/** How many items meet the condition. */
/** Every item met. */
export function keysToMeet(target: ItemsTarget): number {
  return target.items.length;
}

export const measure = 'count';

/** Whether an item's latest observation meets the target's condition. */
function meets(condition: ItemsTarget['condition'], o: Observation | undefined): boolean {
  return condition.kind === 'done' ? o?.done === true : (o?.value ?? 0) >= condition.min;
}

/** Items met / items of each unit that has items, in plan order. */
function byUnit(
  units: readonly string[],
  states: ReadonlyArray<{ unit?: string | undefined; met: boolean }>,
): UnitFigures[] {
  const tallies = new Map<string, { items: number; met: number }>();
  for (const state of states) {
    if (state.unit === undefined) continue;
    const tally = tallies.get(state.unit) ?? { items: 0, met: 0 };
    tally.items += 1;
    if (state.met) tally.met += 1;
    tallies.set(state.unit, tally);
  }
  return units.flatMap((unit) => {
    const tally = tallies.get(unit);
    return tally ? [{ unit, current: exact(tally.met), progress: exact(tally.met).dividedBy(tally.items) }] : [];
  });
}

/** Items meeting the condition / items; each unit by its own items. */
export function figures({ target, latest, units }: FiguresInput<ItemsTarget>): KindFigures {
  const byItem = new Map<string, Observation>();
  for (const o of latest.values()) if (o.item !== undefined) byItem.set(o.item, o);
  const states = target.items.map((item) => ({ unit: item.unit, met: meets(target.condition, byItem.get(item.id)) }));
  const current = exact(states.filter((s) => s.met).length);
  return {
    current,
    progress: current.dividedBy(target.items.length),
    attainment: current.dividedBy(target.items.length),
    surplus: current.minus(target.items.length),
    stretch: undefined,
    byUnit: byUnit(units, states),
    belowGuidance: [],
    late: [],
    planLate: false,
  };
}

/** `2 hạng mục`. */
export function goal({ target, text }: GoalInput<ItemsTarget>): string {
  return text.items(target.items.length);
}
