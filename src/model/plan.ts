/**
 * Plans, targets and observations: a provincial (or district, commune) OCOP plan with numeric
 * targets and deadlines, and the facts reported against it. The progress rules that read these
 * are in `src/progress/`; here the shapes are checked.
 */
import * as z from 'zod';
import type { IsoDate } from '../core/dates.js';
import { PlanUnitSchema, UnitCodeSchema, unitCodeIssues, unitRefIssues } from './admin-units/unit-checks.js';
import { DecimalSchema, IdSchema, IsoDateSchema, LongTextSchema, TextSchema } from './primitives.js';
import {
  ALWAYS_REFINE,
  dateOrder,
  isRecordValue,
  readableIn,
  report,
  type IssueDraft,
  type Readable,
} from './report.js';
import * as count from './target-kinds/count.js';
import { duplicates } from './target-kinds/duplicates.js';
import * as items from './target-kinds/items.js';
import type { TargetKind, TargetKindModule } from './target-kinds/kind.js';
import * as milestone from './target-kinds/milestone.js';
import * as share from './target-kinds/share.js';

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
export const TargetSchema = z.discriminatedUnion('kind', [count.schema, share.schema, milestone.schema, items.schema]);

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

/** The elements of `list` at readable indexes, with their indexes; none when `list` is not an array. */
function readableItems<T>(
  list: readonly T[] | undefined,
  path: string,
  ok: Readable,
): Array<{ value: T; index: number }> {
  if (!Array.isArray(list)) return [];
  return list.flatMap((value, index) => (ok([path, index]) ? [{ value, index }] : []));
}

/** Each kind's plan checks, one line per kind (its other parts are in `TARGET_KINDS`, target-kinds/index.ts). */
const KIND_ISSUES: { readonly [K in TargetKind]: TargetKindModule<K>['issues'] } = {
  count: count.issues,
  share: share.issues,
  milestone: milestone.issues,
  items: items.issues,
};

/** The checks of the kind `kind` (typed for its targets). */
function kindIssues<K extends TargetKind>(kind: K): TargetKindModule<K>['issues'] {
  return KIND_ISSUES[kind];
}

/** A target's rules within its plan: its due date, then its kind's own. */
function targetIssues(target: Target, index: number, hasUnits: boolean, start: string | undefined): IssueDraft[] {
  const at = (...rest: Array<string | number>) => ['targets', index, ...rest];
  return [
    ...dateOrder(target.due, start, at('due'), 'period.start'),
    ...('schedule' in target ? (target.schedule ?? []) : []).flatMap((point, i) =>
      dateOrder(point.by, start, at('schedule', i, 'by'), 'period.start'),
    ),
    ...kindIssues(target.kind)(target, { at, hasUnits }),
  ];
}

const PlanFieldsSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  unit: PlanUnitSchema,
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
 * A plan: who made it (`unit`: a province, or `{ country: 'VN' }` for a national plan), its
 * period, the units its targets are split over (a national plan's provinces, a province's
 * districts before 2025-07-01 or communes after), and its targets. Unit codes must be valid during the whole period (checked on its
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
  const province = unit && 'province' in unit ? unit : undefined; // a national plan has none
  if (province) issues.push(...atStartAndEnd((on) => unitRefIssues(province, on, ['unit'])));
  const units = readableItems(plan.units, 'units', ok);
  for (const { value, index } of units)
    issues.push(...atStartAndEnd((on) => unitCodeIssues(value.code, on, ['units', index, 'code'], province?.province)));
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
