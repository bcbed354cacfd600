/**
 * A target kind the library does not have, complete in every member of `TargetKindModule`: `mean`,
 * the mean of the units' latest values must reach `min`. test/progress/new-kind.test.ts adds it
 * to the schema union and reads what the compiler says.
 */
import * as z from 'zod';
import type { IssueDraft } from '../../../src/model/report.js';
import { exact, share, sumOf, ZERO } from '../../../src/model/target-kinds/arithmetic.js';
import { targetBase } from '../../../src/model/target-kinds/fields.js';
import type {
  FiguresInput,
  GoalInput,
  KindFigures,
  ObservationForm,
  TargetCheckContext,
} from '../../../src/model/target-kinds/kind.js';

export const schema = z.strictObject({ ...targetBase, kind: z.literal('mean'), min: z.number().gt(0) });

type MeanTarget = z.output<typeof schema>;

export function issues(target: MeanTarget, context: TargetCheckContext): IssueDraft[] {
  return target.min > 1000
    ? [{ code: 'too_big', path: context.at('min'), params: { maximum: 1000, inclusive: true } }]
    : [];
}

export const observation: ObservationForm = { test: (o) => o.value !== undefined, expected: 'value' };

export const oneScope = true;

export function itemIds(): readonly string[] {
  return [];
}

export function keysToMeet(): number {
  return 1;
}

export const measure = 'count';

export function figures({ target, latest }: FiguresInput<MeanTarget>): KindFigures {
  const current = latest.size === 0 ? ZERO : sumOf(latest.values(), (o) => o.value).dividedBy(latest.size);
  return {
    current,
    progress: share(current, exact(target.min)),
    attainment: current.dividedBy(target.min),
    surplus: current.minus(target.min),
    stretch: undefined,
    byUnit: [],
    belowGuidance: [],
    late: [],
    planLate: false,
  };
}

export function goal({ target, text }: GoalInput<MeanTarget>): string {
  return text.minimum({ min: String(target.min), max: undefined, from: undefined });
}
