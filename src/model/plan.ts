/**
 * Plans, targets and observations: a provincial (or district, commune) OCOP plan with numeric
 * targets and deadlines, and the facts reported against it. The progress rules that read these
 * are in `src/progress/`; here the shapes are checked.
 */
import * as z from 'zod';
import type { IsoDate } from '../core/dates.js';
import { AdminUnitRefSchema, UnitCodeSchema, unitCodeIssues, unitRefIssues } from './admin-units/unit-checks.js';
import { DecimalSchema, IdSchema, IsoDateSchema, LongTextSchema, TextSchema, wholeNumber } from './primitives.js';
import {
  ALWAYS_REFINE,
  dateOrder,
  isRecordValue,
  readableIn,
  report,
  type IssueDraft,
  type Readable,
} from './report.js';

/**
 * Guidance on how a target is spread over the plan's units, e.g. "2–3 products per district on
 * average" (`basis: 'average'`) or "1–2 in each district" (`basis: 'each'`).
 */
const PerUnitSchema = z.strictObject({
  min: z.number().min(0),
  max: z.number().min(0).optional(),
  basis: z.enum(['average', 'each']),
});

const targetBase = {
  id: IdSchema,
  title: TextSchema,
  /** Relative weight in the plan score; default 1. */
  weight: z.number().gt(0).max(1000).optional(),
  /** Deadline; default the plan's end. */
  due: IsoDateSchema.optional(),
  note: LongTextSchema.optional(),
};

const numericTarget = {
  baseline: z.number().min(0).optional(),
  direction: z.enum(['increase', 'decrease']).optional(),
  perUnit: PerUnitSchema.optional(),
};

/**
 * A plan target, one of four kinds:
 * - `count`: at least `min` (whole number), optional stretch `max`: "upgrade 15 to 20 products";
 * - `share`: Σnumerator / Σdenominator must reach the ratio `min` (0–1): "100% of officials trained";
 * - `milestone`: done by `due`, by the plan (`scope: 'plan'`) or by each unit (`'each-unit'`):
 *   "each district holds its conference by 15/7";
 * - `items`: named items must meet a condition: "the two pilot products reach 3★".
 *
 * @example
 * ```ts
 * import { TargetSchema } from 'ocop';
 * TargetSchema.parse({
 *   id: 'upgrade', kind: 'count', title: 'Nâng cấp sản phẩm chủ lực',
 *   min: 15, max: 20, perUnit: { min: 2, max: 3, basis: 'average' },
 * });
 * ```
 */
export const TargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...targetBase,
    ...numericTarget,
    kind: z.literal('count'),
    min: wholeNumber().min(0),
    max: wholeNumber().min(0).optional(),
  }),
  z.strictObject({
    ...targetBase,
    ...numericTarget,
    kind: z.literal('share'),
    min: z.number().min(0).max(1),
    max: z.number().min(0).max(1).optional(),
  }),
  z.strictObject({
    ...targetBase,
    kind: z.literal('milestone'),
    due: IsoDateSchema,
    scope: z.enum(['plan', 'each-unit']).optional(),
  }),
  z.strictObject({
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
  }),
]);

/**
 * A validated target (output of {@link TargetSchema}).
 *
 * @example
 * ```ts
 * import type { Target } from 'ocop';
 * const isCount = (t: Target) => t.kind === 'count';
 * ```
 */
export type Target = z.output<typeof TargetSchema>;

/** Duplicate keys among `values`; `key` gives undefined for a value whose key cannot be read. */
function duplicates<T>(
  values: readonly T[],
  key: (value: T, index: number) => string | undefined,
  path: (index: number) => ReadonlyArray<string | number>,
): IssueDraft[] {
  const seen = new Set<string>();
  const issues: IssueDraft[] = [];
  values.forEach((value, index) => {
    const k = key(value, index);
    if (k === undefined) return;
    if (seen.has(k)) issues.push({ code: 'duplicate', path: path(index), params: { value: k } });
    seen.add(k);
  });
  return issues;
}

/** The elements of `list` at readable indexes, with their indexes; none when `list` is not an array. */
function readableItems<T>(
  list: readonly T[] | undefined,
  path: string,
  ok: Readable,
): Array<{ value: T; index: number }> {
  if (!Array.isArray(list)) return [];
  return list.flatMap((value, index) => (ok([path, index]) ? [{ value, index }] : []));
}

function targetIssues(target: Target, index: number, hasUnits: boolean, start: string | undefined): IssueDraft[] {
  const at = (...rest: Array<string | number>) => ['targets', index, ...rest];
  const issues: IssueDraft[] = [...dateOrder(target.due, start, at('due'), 'period.start')];
  if (target.kind === 'count' || target.kind === 'share') {
    if (target.max !== undefined && target.max < target.min) {
      issues.push({
        code: 'range_order',
        path: at('max'),
        params: { value: target.max, relation: 'gte', field: 'min', other: target.min },
      });
    }
    const baseline = target.baseline ?? 0;
    // progress = (current − baseline) / (min − baseline): min must differ from the baseline, on the side of the direction.
    if (target.direction === 'decrease' ? target.min >= baseline : target.min <= baseline) {
      issues.push({
        code: 'range_order',
        path: at('min'),
        params: {
          value: target.min,
          relation: target.direction === 'decrease' ? 'lt' : 'gt',
          field: 'baseline',
          other: baseline,
        },
      });
    }
    if (target.direction === 'decrease' && target.baseline === undefined)
      issues.push({ code: 'required', path: at('baseline'), params: {} });
    if (target.perUnit?.max !== undefined && target.perUnit.max < target.perUnit.min) {
      issues.push({
        code: 'range_order',
        path: at('perUnit', 'max'),
        params: { value: target.perUnit.max, relation: 'gte', field: 'perUnit.min', other: target.perUnit.min },
      });
    }
    if (target.perUnit && !hasUnits)
      issues.push({ code: 'required', path: ['units'], params: { because: at('perUnit').join('.') } });
  }
  if (target.kind === 'milestone' && target.scope === 'each-unit' && !hasUnits) {
    issues.push({ code: 'required', path: ['units'], params: { because: at('scope').join('.') } });
  }
  if (target.kind === 'items') {
    issues.push(
      ...duplicates(
        target.items,
        (item) => item.id,
        (i) => at('items', i, 'id'),
      ),
    );
  }
  return issues;
}

const PlanFieldsSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  unit: AdminUnitRefSchema,
  period: z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }),
  units: z
    .array(z.strictObject({ code: UnitCodeSchema, name: TextSchema.optional() }))
    .min(1)
    .max(100_000)
    .optional(),
  targets: z.array(TargetSchema).min(1).max(1000),
  source: z.strictObject({ title: TextSchema, date: IsoDateSchema.optional(), url: TextSchema.optional() }).optional(),
});

/**
 * A plan: who made it (`unit`), its period, the units its targets are split over (districts,
 * communes), and its targets. Unit codes must be valid during the whole period (checked on its
 * first and last day): a 2020 Thái Bình plan keeps its districts, a plan for 2025 cannot name
 * districts (they end on 2025-06-30), and a plan after 2025-07-01 uses the new provinces.
 *
 * @example
 * ```ts
 * import { PlanSchema } from 'ocop';
 * PlanSchema.parse({
 *   id: 'tb-2020',
 *   title: 'Chương trình OCOP tỉnh Thái Bình năm 2020',
 *   unit: { province: '34' },
 *   period: { start: '2020-06-16', end: '2020-12-31' },
 *   units: [{ code: '340', name: 'Đông Hưng' }, { code: '338', name: 'Quỳnh Phụ' }],
 *   targets: [{ id: 'conference', kind: 'milestone', title: 'Hội nghị cấp huyện', due: '2020-07-15', scope: 'each-unit' }],
 * });
 * ```
 */
export const PlanSchema = PlanFieldsSchema.superRefine(
  (plan, ctx) => report(ctx, planIssues(plan, readableIn(ctx))),
  ALWAYS_REFINE,
);

/** The plan's cross-field rules, on the parts of it that parsed (`ok`). */
function planIssues(plan: z.output<typeof PlanFieldsSchema>, ok: Readable): IssueDraft[] {
  if (!isRecordValue(plan)) return [];
  const issues: IssueDraft[] = [];
  const period = ok(['period']) ? plan.period : undefined;
  const start = period?.start;
  if (period) issues.push(...dateOrder(period.end, period.start, ['period', 'end'], 'period.start'));
  // Units must be valid during the whole period: on its first and on its last day.
  const atStartAndEnd = (issuesOn: (on: IsoDate) => IssueDraft[]) => {
    if (!period) return [];
    const first = issuesOn(period.start);
    return first.length > 0 || period.end < period.start ? first : issuesOn(period.end);
  };
  const unit = ok(['unit']) ? plan.unit : undefined;
  if (unit) issues.push(...atStartAndEnd((on) => unitRefIssues(unit, on, ['unit'])));
  const units = readableItems(plan.units, 'units', ok);
  for (const { value, index } of units)
    issues.push(...atStartAndEnd((on) => unitCodeIssues(value.code, on, ['units', index, 'code'], unit?.province)));
  issues.push(
    ...duplicates(
      units,
      ({ value }) => value.code,
      (i) => ['units', units[i]?.index ?? i, 'code'],
    ),
  );
  const targets = Array.isArray(plan.targets) ? plan.targets : [];
  issues.push(
    ...duplicates(
      targets,
      (target, i) => (ok(['targets', i, 'id']) && typeof target?.id === 'string' ? target.id : undefined),
      (i) => ['targets', i, 'id'],
    ),
  );
  for (const { value, index } of readableItems(plan.targets, 'targets', ok))
    issues.push(...targetIssues(value, index, plan.units !== undefined, start));
  return issues;
}

/**
 * A validated plan (output of {@link PlanSchema}).
 *
 * @example
 * ```ts
 * import type { Plan } from 'ocop';
 * const targetIds = (plan: Plan) => plan.targets.map((t) => t.id);
 * ```
 */
export type Plan = z.output<typeof PlanSchema>;

/**
 * A plan as apps may send it, before validation.
 *
 * @example
 * ```ts
 * import type { PlanInput } from 'ocop';
 * const draft: PlanInput = { id: 'p', title: 'Kế hoạch', unit: { province: '33' }, period: { start: '2026-01-01', end: '2026-12-31' }, targets: [{ id: 't', kind: 'count', title: 'Sản phẩm mới', min: 5 }] };
 * ```
 */
export type PlanInput = z.input<typeof PlanSchema>;

const OBSERVATION_FORMS = ['value', 'done', 'numerator'] as const;

/**
 * A fact reported against a target: a number (`value`, for `count` targets), a completion
 * (`done`, for milestones and items), or a fraction (`numerator`/`denominator`, for `share`
 * targets); exactly one form. `unit` is the unit it concerns; `item` the item of an `items`
 * target.
 *
 * @example
 * ```ts
 * import { ObservationSchema } from 'ocop';
 * ObservationSchema.parse({ target: 'conference', unit: '340', date: '2020-07-10', done: true });
 * ObservationSchema.parse({ target: 'training', date: '2020-11-30', numerator: 42, denominator: 45 });
 * ```
 */
export const ObservationSchema = z
  .strictObject({
    target: IdSchema,
    unit: UnitCodeSchema.optional(),
    item: IdSchema.optional(),
    date: IsoDateSchema,
    /** A count or a star rating: 0 or more. */
    value: DecimalSchema.pipe(z.number().min(0)).optional(),
    done: z.boolean().optional(),
    numerator: DecimalSchema.pipe(z.number().min(0)).optional(),
    denominator: DecimalSchema.pipe(z.number().gt(0)).optional(),
    note: LongTextSchema.optional(),
  })
  .superRefine((observation, ctx) => {
    if (!isRecordValue(observation)) return;
    const ok = readableIn(ctx);
    // which form was given is read from the keys present, whatever their values
    const present = OBSERVATION_FORMS.filter((field) => observation[field] !== undefined);
    if (present.length !== 1) {
      report(ctx, [
        { code: 'one_of_fields', path: [], params: { fields: ['value', 'done', 'numerator + denominator'] } },
      ]);
    }
    if (observation.numerator !== undefined && observation.denominator === undefined)
      report(ctx, [{ code: 'required', path: ['denominator'], params: {} }]);
    if (observation.denominator !== undefined && observation.numerator === undefined)
      report(ctx, [{ code: 'required', path: ['numerator'], params: {} }]);
    if (
      ok(['numerator']) &&
      ok(['denominator']) &&
      observation.numerator !== undefined &&
      observation.denominator !== undefined &&
      observation.numerator > observation.denominator
    ) {
      report(ctx, [
        {
          code: 'range_order',
          path: ['denominator'],
          params: { value: observation.denominator, relation: 'gte', field: 'numerator', other: observation.numerator },
        },
      ]);
    }
    if (observation.unit !== undefined && ok(['unit']) && ok(['date']))
      report(ctx, unitCodeIssues(observation.unit, observation.date, ['unit']));
  }, ALWAYS_REFINE);

/**
 * A validated observation (output of {@link ObservationSchema}).
 *
 * @example
 * ```ts
 * import type { Observation } from 'ocop';
 * const isDone = (o: Observation) => o.done === true;
 * ```
 */
export type Observation = z.output<typeof ObservationSchema>;

/**
 * An observation as apps may send it (values may be decimal text).
 *
 * @example
 * ```ts
 * import type { ObservationInput } from 'ocop';
 * const o: ObservationInput = { target: 'training', date: '2020-11-30', numerator: '42', denominator: 45 };
 * ```
 */
export type ObservationInput = z.input<typeof ObservationSchema>;
