/**
 * Invariants as properties (issue #10):
 *
 * - rating is deterministic and independent of sheet order;
 * - plan progress is deterministic and independent of observation order;
 * - the calendar and rule-set lookups are deterministic;
 * - results are identical in every time zone: a fingerprint of fixed inputs is compared with
 *   `__snapshots__/invariants.fingerprint.json` (CI runs this file under Asia/Ho_Chi_Minh,
 *   America/Los_Angeles, UTC and Pacific/Kiritimati);
 * - no input is mutated: every property passes deep-frozen inputs, so a write throws TypeError
 *   (ES modules are strict) and the property fails;
 * - shipped data cannot be mutated: every exported object or array is deeply frozen.
 *
 * Runs: the defaults below keep the file well under 30 s on two cores; `FUZZ_RUNS=2000`
 * (`npm run fuzz`) raises every property to that many runs.
 *
 * The fingerprint file is written once with `OCOP_WRITE_FINGERPRINT=1 TZ=UTC npx vitest run
 * test/properties/invariants.property.test.ts` and reviewed like any other fixture.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, test as plainTest } from 'vitest';
import * as criteriaEntry from '../../src/criteria.js';
import { getCriteriaSet, QD26_CRITERIA_SETS } from '../../src/criteria.js';
import { deepFreeze } from '../../src/core/freeze.js';
import * as fixturesEntry from '../../src/fixtures/index.js';
import {
  createCouncil,
  generateDataset,
  THAI_BINH_2020_PLAN,
  type CreateCouncilOptions,
  type OcopDataset,
} from '../../src/fixtures/index.js';
import * as mainEntry from '../../src/index.js';
import {
  addDays,
  addWorkingDays,
  certificateStatus,
  daysBetween,
  deadlineStatus,
  evaluatePlan,
  evaluationRounds,
  expiryNoticeDue,
  fromEpochDay,
  getRuleSet,
  nextEvaluationRound,
  rateProduct,
  reEvaluationDue,
  revocationDue,
  ruleSetFor,
  RULE_SET_IDS,
  toEpochDay,
  workingDaysBetween,
  type Certificate,
  type CriteriaSet,
  type EvaluationInput,
  type ExplanationLine,
  type IsoDate,
  type ObservationInput,
  type PlanInput,
  type Rating,
  type RuleSetId,
  communePreAssessmentDue,
} from '../../src/index.js';
import { todayInVietnam } from '../../src/cli/main.js';

// ---------------------------------------------------------------------------------------------
// Run counts and helpers
// ---------------------------------------------------------------------------------------------

const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? 0);
/** numRuns of a property: `FUZZ_RUNS` when set (e.g. `npm run fuzz`), else the given default. */
const runs = (fallback: number): { numRuns: number } => ({ numRuns: FUZZ_RUNS > 0 ? FUZZ_RUNS : fallback });
/** Per-property timeout: generous, since a loaded CI machine may be several times slower. */
const TIMEOUT = FUZZ_RUNS > 0 ? 30 * 60_000 : 60_000;

/**
 * Every way a value is not deeply frozen: unfrozen objects, accessors, Maps, Sets, Dates and typed
 * arrays (whose contents freezing does not protect), each with its path. Functions are reported
 * too: shipped data should hold none.
 */
function unfrozenParts(value: unknown, path = '$', seen = new Set<object>(), out: string[] = []): string[] {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return out;
  const object = value as object;
  if (seen.has(object)) return out;
  seen.add(object);
  if (typeof value === 'function') {
    out.push(`${path}: a function`);
    return out;
  }
  if (
    value instanceof Map ||
    value instanceof Set ||
    value instanceof WeakMap ||
    value instanceof WeakSet ||
    value instanceof Date ||
    ArrayBuffer.isView(value)
  ) {
    out.push(`${path}: a ${Object.prototype.toString.call(value)}, whose contents Object.freeze does not protect`);
  }
  if (!Object.isFrozen(object)) out.push(`${path}: not frozen`);
  for (const key of Reflect.ownKeys(object)) {
    const descriptor = Object.getOwnPropertyDescriptor(object, key) as PropertyDescriptor;
    const at = `${path}.${String(key)}`;
    if (descriptor.get !== undefined || descriptor.set !== undefined) out.push(`${at}: an accessor`);
    else unfrozenParts(descriptor.value, at, seen, out);
  }
  return out;
}

/** Deep-freezes a generated input and checks it really is (deepFreeze skips already-frozen objects). */
function frozen<T>(value: T): T {
  deepFreeze(value);
  expect(unfrozenParts(value)).toEqual([]);
  return value;
}

/** A permutation of 0…n−1. */
const permutation = (n: number): fc.Arbitrary<number[]> =>
  fc.shuffledSubarray(
    Array.from({ length: n }, (_, i) => i),
    { minLength: n, maxLength: n },
  );

const permute = <T>(list: readonly T[], order: readonly number[]): T[] => order.map((i) => list[i] as T);

const sha256 = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

const day = (from: IsoDate, to: IsoDate): fc.Arbitrary<IsoDate> =>
  fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map(fromEpochDay);

// ---------------------------------------------------------------------------------------------
// 1. rateProduct
// ---------------------------------------------------------------------------------------------

/** A valid sheet of a set: one option per criterion. */
function sheetOf(set: CriteriaSet): fc.Arbitrary<Record<string, number>> {
  return fc
    .tuple(...set.criteria.map((c) => fc.constantFrom(...c.options.map((o) => o.points))))
    .map((points) => Object.fromEntries(set.criteria.map((c, i) => [c.code, points[i] as number])));
}

type PointsSheet = { points: Record<string, number>; ruleSet?: RuleSetId; criteriaSet?: number };

/** A council of 1–15 sheets: random option choices, or a `createCouncil` council (sometimes split on a minimum). */
function councilOf(set: CriteriaSet): fc.Arbitrary<PointsSheet[]> {
  const random = fc
    .array(sheetOf(set), { minLength: 1, maxLength: 15 })
    .map((list) => list.map((points) => ({ points })));
  const made = fc
    .record({
      members: fc.integer({ min: 1, max: 15 }),
      stars: fc.constantFrom(1, 2, 3, 4, 5),
      minimaMet: fc.boolean(),
      meeting: fc.option(fc.nat(), { nil: undefined }),
    })
    .map(({ members, stars, minimaMet, meeting }): PointsSheet[] | undefined => {
      const options: CreateCouncilOptions =
        meeting !== undefined && stars >= 3
          ? { members, stars: stars as 3 | 4 | 5, split: { meeting: meeting % (members + 1) } }
          : { members, stars: stars as 1 | 2 | 3 | 4 | 5, minimaMet: minimaMet || stars < 3 };
      try {
        return createCouncil(set, options);
      } catch {
        return undefined; // an impossible request for this set (e.g. 1★ for set 26): draw again
      }
    })
    .filter((sheets): sheets is PointsSheet[] => sheets !== undefined);
  // sheets may carry their own (matching) ruleSet / criteriaSet
  const tagged = fc
    .tuple(fc.oneof(random, made), fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }))
    .map(([sheets, tags]) =>
      sheets.map((sheet, i) => (tags[i] ? { ...sheet, ruleSet: 'qd26-2026' as const, criteriaSet: set.setNo } : sheet)),
    );
  return tagged;
}

const pointsEvaluation = fc
  .constantFrom(...QD26_CRITERIA_SETS)
  .chain((set) =>
    fc.record({
      set: fc.constant(set),
      sheets: councilOf(set),
      level: fc.constantFrom(undefined, ...getRuleSet('qd26-2026').levels.value),
      dossier: fc.boolean(),
    }),
  )
  .map(({ set, sheets, level, dossier }) => {
    const evaluation: EvaluationInput = {
      ruleSet: 'qd26-2026',
      criteriaSet: set.setNo,
      ...(level === undefined ? {} : { level }),
      sheets,
      ...(dossier ? { disqualified: { reason: 'dossier' as const } } : {}),
    };
    return { evaluation, set };
  })
  .chain((input) => fc.tuple(fc.constant(input), permutation(input.evaluation.sheets.length)));

/** A decimal total 0–100 as apps send it: a number with up to three decimals, or decimal text. */
const total: fc.Arbitrary<number | string> = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000),
  fc.integer({ min: 0, max: 1000 }).map((n) => (n / 10).toFixed(1)),
  fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 100).toFixed(2)),
);

const totalsEvaluation = fc
  .constantFrom(...RULE_SET_IDS)
  .chain((ruleSet) =>
    fc.record({
      ruleSet: fc.constant(ruleSet),
      level: fc.constantFrom(undefined, ...getRuleSet(ruleSet).levels.value),
      totals: fc.array(total, { minLength: 1, maxLength: 15 }),
      dossier: fc.boolean(),
    }),
  )
  .map(({ ruleSet, level, totals, dossier }): EvaluationInput => ({
    ruleSet,
    ...(level === undefined ? {} : { level }),
    sheets: totals.map((t) => ({ total: t })),
    ...(dossier ? { disqualified: { reason: 'dossier' as const } } : {}),
  }))
  .chain((evaluation) => fc.tuple(fc.constant(evaluation), permutation(evaluation.sheets.length)));

/**
 * What may differ between the ratings of one council's sheets in two orders: `totals` follow
 * the sheets, and so does the list of totals at the end of the 'average' line's messages.
 * Everything else must be identical.
 */
function expectSameRatingUpToOrder(a: Rating, b: Rating, order: readonly number[]): void {
  const { totals: totalsA, explanation: explanationA, ...restA } = a;
  const { totals: totalsB, explanation: explanationB, ...restB } = b;
  expect(restB).toEqual(restA);
  expect(totalsB).toEqual(permute(totalsA, order));
  expect(explanationB).toHaveLength(explanationA.length);
  const listA = `(${totalsA.map(String).join(', ')})`;
  const listB = `(${totalsB.map(String).join(', ')})`;
  expect(explanationA.filter((line) => line.kind === 'average')).toHaveLength(1);
  explanationA.forEach((lineA, i) => {
    const lineB = explanationB[i] as ExplanationLine;
    if (lineA.kind !== 'average') {
      expect(lineB).toEqual(lineA);
      return;
    }
    expect(lineA.message.vi.endsWith(listA)).toBe(true);
    expect(lineA.message.en.endsWith(listA)).toBe(true);
    const swap = (text: string) => text.slice(0, text.length - listA.length) + listB;
    expect(lineB).toEqual({ ...lineA, message: { vi: swap(lineA.message.vi), en: swap(lineA.message.en) } });
  });
}

describe('rateProduct invariants', () => {
  test.prop([pointsEvaluation], runs(100))(
    'points sheets (26 sets, 1–15 members): deterministic and independent of sheet order',
    ([{ evaluation, set }, order]) => {
      const options = frozen({ criteria: set });
      const input = frozen(evaluation);
      const first = rateProduct(input, options);
      expect(rateProduct(input, options)).toEqual(first);
      // a frozen input rates as an unfrozen copy does
      expect(rateProduct(structuredClone(evaluation), { criteria: set })).toEqual(first);
      const reordered = frozen({ ...evaluation, sheets: permute(evaluation.sheets, order) });
      expectSameRatingUpToOrder(first, rateProduct(reordered, options), order);
    },
    TIMEOUT,
  );

  test.prop([totalsEvaluation], runs(100))(
    'totals only, every rule set, decimal totals: deterministic and independent of sheet order',
    ([evaluation, order]) => {
      const input = frozen(evaluation);
      const first = rateProduct(input);
      expect(rateProduct(input)).toEqual(first);
      expect(rateProduct(structuredClone(evaluation))).toEqual(first);
      const reordered = frozen({ ...evaluation, sheets: permute(evaluation.sheets, order) });
      expectSameRatingUpToOrder(first, rateProduct(reordered), order);
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------
// 2. evaluatePlan
// ---------------------------------------------------------------------------------------------

const TB_UNITS = ['336', '338', '339', '340', '341', '342', '343', '344'];
const tbObservations = fc
  .uniqueArray(
    fc.record({
      unit: fc.constantFrom(...TB_UNITS),
      date: day('2020-01-01', '2020-12-31'),
      value: fc.integer({ min: 0, max: 12 }),
    }),
    {
      selector: (o) => `${o.unit}|${o.date}`,
      maxLength: 40,
    },
  )
  .map((list) => list.map((o): ObservationInput => ({ target: 'upgrade-key-products', ...o })));

const thaiBinhCase = fc.record({
  plan: fc.constant(THAI_BINH_2020_PLAN as PlanInput),
  observations: tbObservations,
  asOf: day('2019-12-01', '2021-03-31'),
});

/** Small generated data sets (built once): their plans and each plan's own observations. */
const DATASETS: readonly OcopDataset[] = [1, 2, 3].map((seed) => generateDataset({ seed, provinces: 2, products: 30 }));
const DATASET_PLANS = DATASETS.flatMap((data) =>
  data.plans.map((plan) => {
    const ids = new Set(plan.targets.map((t) => t.id));
    return { plan, observations: data.observations.filter((o) => ids.has(o.target)) };
  }),
);

/** A data-set plan with a random subset of its observations (kept in their original order). */
const datasetCase = fc.constantFrom(...DATASET_PLANS).chain(({ plan, observations }) =>
  fc.record({
    plan: fc.constant(plan as PlanInput),
    observations: fc.subarray(observations as ObservationInput[]),
    asOf: day(addDays(plan.period.start, -30), addDays(plan.period.end, 60)),
  }),
);

const planCase = fc.oneof(thaiBinhCase, datasetCase).chain((c) =>
  fc.tuple(
    fc.constant(c),
    permutation(c.observations.length),
    fc.option(fc.record({ onTrack: fc.constantFrom(0.9, 0.95, 1), atRisk: fc.constantFrom(0.5, 0.6, 0.75) }), {
      nil: undefined,
    }),
  ),
);

describe('evaluatePlan invariants', () => {
  test.prop([planCase], runs(100))(
    'deterministic and independent of the order of observations',
    ([{ plan, observations, asOf }, order, thresholds]) => {
      const options = frozen({ asOf, ...(thresholds === undefined ? {} : { thresholds }) });
      const input = frozen({ plan, observations: [...observations] });
      const first = evaluatePlan(input.plan, input.observations, options);
      expect(evaluatePlan(input.plan, input.observations, options)).toEqual(first);
      expect(evaluatePlan(structuredClone(plan), structuredClone(observations), structuredClone(options))).toEqual(
        first,
      );
      expect(evaluatePlan(input.plan, frozen(permute(observations, order)), options)).toEqual(first);
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------
// 3. Calendar and rule-set lookups
// ---------------------------------------------------------------------------------------------

/** Certificates that validate: issued from 2019-08-21, province or central level, optional re-evaluation and revocation. */
const certificate = fc
  .record({
    stars: fc.constantFrom(3, 4, 5),
    level: fc.constantFrom('province', 'central'),
    issuedOn: day('2019-08-21', '2032-12-31'),
    ruleSet: fc.option(fc.constantFrom(...RULE_SET_IDS), { nil: undefined }),
    validUntilAfter: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
    reEvaluation: fc.option(
      fc.tuple(fc.integer({ min: 0, max: 1400 }), fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined })),
      { nil: undefined },
    ),
    revocationAfter: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: undefined }),
  })
  .map(({ stars, level, issuedOn, ruleSet, validUntilAfter, reEvaluation, revocationAfter }): Certificate => {
    const submittedOn = reEvaluation === undefined ? undefined : addDays(issuedOn, reEvaluation[0]);
    return {
      id: 'c1',
      product: 'p1',
      stars: stars as 3 | 4 | 5,
      level: level as 'province' | 'central',
      decisionNumber: '12/QĐ-UBND',
      issuedOn,
      ...(ruleSet === undefined ? {} : { ruleSet }),
      ...(validUntilAfter === undefined ? {} : { validUntil: addDays(issuedOn, validUntilAfter) }),
      ...(submittedOn === undefined || reEvaluation === undefined
        ? {}
        : {
            reEvaluation: {
              submittedOn,
              ...(reEvaluation[1] === undefined ? {} : { decidedOn: addDays(submittedOn, reEvaluation[1]) }),
            },
          }),
      ...(revocationAfter === undefined
        ? {}
        : { revocation: { date: addDays(issuedOn, revocationAfter), ground: 'criteria-not-met' as const } }),
    };
  });

/** Dates the working-day calendar covers (lunar table 2019–2035), with room for the count. */
const calendarDay = day('2019-01-01', '2034-06-30');

describe('calendar and rule-set invariants', () => {
  test.prop([certificate, day('2019-08-21', '2037-12-31')], runs(100))(
    'certificateStatus is deterministic',
    (cert, asOf) => {
      const input = frozen(cert);
      const options = frozen({ asOf });
      const first = certificateStatus(input, options);
      expect(certificateStatus(input, options)).toEqual(first);
      expect(certificateStatus(structuredClone(cert), { asOf })).toEqual(first);
    },
    TIMEOUT,
  );

  test.prop(
    [
      day('2019-08-21', '2040-12-31'),
      fc.option(day('2019-08-21', '2040-12-31'), { nil: undefined }),
      fc.constantFrom(undefined, 'first', 'upgrade', 're-evaluation'),
    ],
    runs(100),
  )(
    'ruleSetFor is deterministic and returns the shipped (frozen) rule set',
    (on, submittedOn, kind) => {
      const options = frozen({
        ...(submittedOn === undefined ? {} : { submittedOn }),
        ...(kind === undefined ? {} : { kind: kind as 'first' | 'upgrade' | 're-evaluation' }),
      });
      const first = ruleSetFor(on, options);
      expect(ruleSetFor(on, options)).toBe(first);
      expect(first).toBe(getRuleSet(first.id));
    },
    TIMEOUT,
  );

  test.prop(
    [
      calendarDay,
      fc.integer({ min: 0, max: 120 }),
      fc.uniqueArray(calendarDay, { maxLength: 5 }),
      fc.uniqueArray(calendarDay, { maxLength: 5 }),
    ],
    runs(100),
  )(
    'addWorkingDays and workingDaysBetween are deterministic',
    (date, days, extraDaysOff, extraWorkingDays) => {
      const options = frozen({
        extraDaysOff,
        extraWorkingDays: extraWorkingDays.filter((d) => !extraDaysOff.includes(d)),
      });
      const first = addWorkingDays(date, days, options);
      expect(addWorkingDays(date, days, options)).toBe(first);
      expect(addWorkingDays(date, days, structuredClone(options))).toBe(first);
      expect(workingDaysBetween(date, first, options)).toBe(workingDaysBetween(date, first, options));
    },
    TIMEOUT,
  );

  test.prop(
    [fc.integer({ min: 1000, max: 9998 }), day('2026-05-22', '2040-12-31'), fc.constantFrom('province', 'central')],
    runs(100),
  )(
    'evaluationRounds and nextEvaluationRound are deterministic',
    (year, proposedOn, level) => {
      expect(evaluationRounds(year)).toEqual(evaluationRounds(year));
      const options = frozen({ level: level as 'province' | 'central' });
      expect(nextEvaluationRound(proposedOn, options)).toEqual(nextEvaluationRound(proposedOn, options));
    },
    TIMEOUT,
  );

  test.prop(
    [
      fc.record({
        due: day('2019-01-01', '2040-12-31'),
        completedOffset: fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }),
        startOffset: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
      }),
      day('2019-01-01', '2040-12-31'),
      calendarDay,
    ],
    runs(100),
  )(
    'deadlineStatus and the due-date functions are deterministic',
    ({ due, completedOffset, startOffset }, asOf, received) => {
      const start = startOffset === undefined ? undefined : addDays(due, -startOffset);
      const completedOn = completedOffset === undefined ? undefined : addDays(due, completedOffset);
      const deadline = frozen({
        due,
        ...(start === undefined ? {} : { start }),
        ...(completedOn === undefined || (start !== undefined && completedOn < start) ? {} : { completedOn }),
      });
      const options = frozen({ asOf });
      expect(deadlineStatus(deadline, options)).toEqual(deadlineStatus(deadline, options));
      expect(communePreAssessmentDue(received)).toBe(communePreAssessmentDue(received, frozen({})));
      expect(reEvaluationDue(received)).toBe(reEvaluationDue(received));
      expect(revocationDue(received)).toBe(revocationDue(received));
      expect(expiryNoticeDue(received)).toBe(expiryNoticeDue(received));
    },
    TIMEOUT,
  );
});

// ---------------------------------------------------------------------------------------------
// 4. Time zones: a fingerprint of fixed inputs, compared with a committed file
// ---------------------------------------------------------------------------------------------

const FINGERPRINT_FILE = fileURLToPath(new URL('./__snapshots__/invariants.fingerprint.json', import.meta.url));

/** Every `step` days from `from` to `to`. */
function datesEvery(from: IsoDate, to: IsoDate, step: number): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, step)) out.push(d);
  return out;
}

/** Runs of equal values over consecutive dates: `first date: value` at each change. */
function changes(dates: readonly IsoDate[], valueOf: (d: IsoDate) => string): string[] {
  const out: string[] = [];
  let last: string | undefined;
  for (const d of dates) {
    const value = valueOf(d);
    if (value !== last) out.push(`${d}: ${value}`);
    last = value;
  }
  return out;
}

function fingerprint() {
  // rateProduct: a council of every criteria set (4★, a split on the 4★ minimum, 5 members), and
  // the totals-only evaluations of a generated data set, under every rule set they use
  const councils = QD26_CRITERIA_SETS.map((set) => {
    const members = 1 + (set.setNo % 7);
    const stars = (3 + (set.setNo % 3)) as 3 | 4 | 5;
    const tries: CreateCouncilOptions[] = [
      { members, stars, split: { meeting: set.setNo % (members + 1) } },
      { members, stars },
      { members, stars: 4 },
    ];
    let sheets: PointsSheet[] | undefined;
    for (const options of tries) {
      try {
        sheets = createCouncil(set, options);
        break;
      } catch {
        // this set cannot split (or reach) that star: the next request
      }
    }
    const level = set.setNo % 2 === 0 ? 'province' : 'central';
    return rateProduct(frozen({ ruleSet: 'qd26-2026', criteriaSet: set.setNo, level, sheets: sheets ?? [] }), {
      criteria: set,
    });
  });
  const data = generateDataset({ seed: 2026, provinces: 2, products: 40 });
  const totalsRatings = data.evaluations.map((e) => rateProduct(e));
  const extraTotals = RULE_SET_IDS.map((ruleSet) =>
    rateProduct(
      frozen({
        ruleSet,
        level: getRuleSet(ruleSet).levels.value[0],
        sheets: [{ total: '49.995' }, { total: 81.2 }, { total: 90.005 }, { total: '74.99' }],
      }),
    ),
  );
  const ratings = [...councils, ...totalsRatings, ...extraTotals];
  const ratingLine = (r: Rating) =>
    `${r.ruleSet}${r.criteriaSet === undefined ? '' : ` set ${r.criteriaSet}`}: ${r.average} → band ${r.band}★, ${r.stars}★${r.recognised ? ` recognised by ${r.authority}` : ''}${r.forwardTo ? `, to ${r.forwardTo}` : ''}${r.unmetMinima.length > 0 ? `, unmet ${r.unmetMinima.map((m) => `${m.criterion}@${m.stars}★`).join(' ')}` : ''}`;

  // evaluatePlan: the data set's plans and Thái Bình 2020 on a few days
  const planDays: IsoDate[] = ['2026-01-01', '2026-03-31', '2026-06-30', '2026-11-29', '2026-12-31', '2027-01-15'];
  const progress = data.plans.flatMap((plan) => {
    const ids = new Set(plan.targets.map((t) => t.id));
    const observations = data.observations.filter((o) => ids.has(o.target));
    return planDays.map((asOf) => evaluatePlan(plan, observations, { asOf }));
  });
  const thaiBinh = ['2020-03-31', '2020-07-15', '2020-12-31'].map((asOf) =>
    evaluatePlan(THAI_BINH_2020_PLAN, [], { asOf: asOf as IsoDate }),
  );
  const plans = [...progress, ...thaiBinh];

  // certificateStatus: the data set's certificates on a few days
  const statusDays: IsoDate[] = ['2025-07-01', '2026-11-29', '2027-06-30', '2028-12-31', '2030-01-01'];
  const statuses = data.certificates.flatMap((c) => statusDays.map((asOf) => certificateStatus(c, { asOf })));

  // working days: every 11th day of the covered years, 1, 15 and 45 working days on
  const workingFrom = datesEvery('2019-01-01', '2034-12-31', 11);
  const working = workingFrom.map((d) => [1, 15, 45].map((n) => daysBetween(d, addWorkingDays(d, n))).join('/'));

  // rule sets in force, by kind and submission (day by day around each transition)
  const ruleDays = datesEvery('2019-08-21', '2027-12-31', 1);
  const kinds = ['first', 'upgrade', 're-evaluation'] as const;
  const ruleSets = Object.fromEntries(
    kinds.map((kind) => [kind, changes(ruleDays, (on) => ruleSetFor(on, { kind, submittedOn: addDays(on, -45) }).id)]),
  );

  // deadlines: one due date, judged on every day around it
  const deadlines = changes(datesEvery('2026-06-20', '2026-07-10', 1), (asOf) => {
    const s = deadlineStatus({ due: '2026-07-01', start: '2026-06-01', completedOn: '2026-07-04' }, { asOf });
    return `${s.status}${s.daysLeft === undefined ? '' : `, ${s.daysLeft} days left`}${s.daysLate === undefined ? '' : `, ${s.daysLate} days late`}`;
  });

  // the CLI's "today in Việt Nam" from fixed instants on both sides of local midnight
  const instants = [
    '2026-05-21T16:59:59.999Z',
    '2026-05-21T17:00:00.000Z',
    '2025-12-31T23:30:00Z',
    '2026-01-01T00:30:00Z',
  ];
  const today = instants.map((iso) => `${iso} → ${todayInVietnam(new Date(iso))}`);

  return {
    rateProduct: { count: ratings.length, digest: sha256(ratings), lines: ratings.map(ratingLine) },
    evaluatePlan: {
      count: plans.length,
      digest: sha256(plans),
      lines: plans.map(
        (p) =>
          `${p.plan} on ${p.asOf}: ${p.score} [${p.targets.map((t) => `${t.id} ${t.progress} ${t.status}`).join('; ')}]`,
      ),
    },
    certificateStatus: {
      count: statuses.length,
      digest: sha256(statuses),
      lines: data.certificates.map(
        (c, i) =>
          `${c.id}: ${statuses
            .slice(i * statusDays.length, (i + 1) * statusDays.length)
            .map((s) => `${s.status} ${s.daysLeft}`)
            .join(', ')}`,
      ),
    },
    addWorkingDays: {
      count: working.length,
      digest: sha256(working),
      first: workingFrom.slice(0, 20).map((d, i) => `${d} +1/+15/+45 → ${working[i]} days`),
    },
    ruleSetFor: ruleSets,
    deadlineStatus: deadlines,
    evaluationRounds: evaluationRounds(2027).map((r) => `${r.level} ${r.round}: ${r.proposalsBy} → ${r.heldBy}`),
    todayInVietnam: today,
  };
}

describe('results are the same in every time zone', () => {
  plainTest('the time zone asked for is the one in force', () => {
    // (compared by wall-clock time, not by name: ICU may name Asia/Ho_Chi_Minh "Asia/Saigon")
    const tz = process.env['TZ'];
    if (tz === undefined || tz === '') return;
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    };
    for (const iso of ['2026-01-15T12:00:00Z', '2026-07-15T12:00:00Z', '2026-05-21T23:30:00Z']) {
      const instant = new Date(iso);
      expect(new Intl.DateTimeFormat('en-CA', options).format(instant), iso).toBe(
        new Intl.DateTimeFormat('en-CA', { ...options, timeZone: tz }).format(instant),
      );
    }
  });

  plainTest(
    `the fingerprint of fixed inputs equals ${'__snapshots__/invariants.fingerprint.json'} (TZ=${process.env['TZ'] ?? 'unset'})`,
    () => {
      const actual = JSON.parse(JSON.stringify(fingerprint())) as unknown;
      if (process.env['OCOP_WRITE_FINGERPRINT'] === '1')
        writeFileSync(FINGERPRINT_FILE, `${JSON.stringify(actual, null, 2)}\n`);
      expect(
        existsSync(FINGERPRINT_FILE),
        `missing ${FINGERPRINT_FILE}: write it with OCOP_WRITE_FINGERPRINT=1 TZ=UTC`,
      ).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')));
    },
  );
});

// ---------------------------------------------------------------------------------------------
// 6. Shipped data cannot be mutated
// ---------------------------------------------------------------------------------------------

const isZodSchema = (value: object): boolean => '_zod' in value;

/** Every runtime export of the three entries that is data: objects and arrays, not functions, classes or zod schemas. */
const SHIPPED: ReadonlyArray<readonly [string, object]> = Object.entries({
  ocop: mainEntry,
  'ocop/criteria': criteriaEntry,
  'ocop/fixtures': fixturesEntry,
}).flatMap(([entry, module]) =>
  Object.entries(module)
    .filter(
      (pair): pair is [string, object] => typeof pair[1] === 'object' && pair[1] !== null && !isZodSchema(pair[1]),
    )
    .map(([name, value]) => [`${entry}: ${name}`, value] as const),
);

/**
 * Exports that are tables of zod schemas: the table itself is data (a caller replacing an entry
 * would change `validate` for every other caller), the schemas are not walked.
 */
const SCHEMA_TABLES = new Set(['ocop: ENTITY_SCHEMAS']);

/** Values the library hands out from its own tables, which must be as frozen as the exports. */
const HANDED_OUT: ReadonlyArray<readonly [string, unknown]> = [
  ...RULE_SET_IDS.map((id) => [`getRuleSet('${id}')`, getRuleSet(id)] as const),
  ['listRuleSets()', mainEntry.listRuleSets()],
  ['ruleSetFor(2026-08-01)', ruleSetFor('2026-08-01')],
  ['listCriteriaSets(qd26-2026)', criteriaEntry.listCriteriaSets('qd26-2026')],
  ...QD26_CRITERIA_SETS.map(
    (set) => [`getCriteriaSet(qd26-2026, ${set.setNo})`, getCriteriaSet('qd26-2026', set.setNo)] as const,
  ),
  [
    'generateDataset({ seed: 1, provinces: 1, products: 10 })',
    generateDataset({ seed: 1, provinces: 1, products: 10 }),
  ],
  ['createCertificate()', fixturesEntry.createCertificate()],
  ['createPlan()', fixturesEntry.createPlan()],
  ['createProduct()', fixturesEntry.createProduct()],
  ['createProducer()', fixturesEntry.createProducer()],
  ['createObservation()', fixturesEntry.createObservation()],
];

/** The first nested writable-looking place of a value: a path of keys to an object inside it, and a key of that object. */
function nestedTarget(value: object): { holder: object; key: string | symbol; path: string } | undefined {
  const queue: Array<{ node: object; path: string; depth: number }> = [{ node: value, path: '$', depth: 0 }];
  let fallback: { holder: object; key: string | symbol; path: string } | undefined;
  while (queue.length > 0) {
    const { node, path, depth } = queue.shift() as { node: object; path: string; depth: number };
    for (const key of Reflect.ownKeys(node)) {
      const child = (node as Record<string | symbol, unknown>)[key];
      const target = { holder: node, key, path: `${path}.${String(key)}` };
      if (depth >= 1) return target; // a property of a nested object
      fallback ??= target;
      if (child !== null && typeof child === 'object') queue.push({ node: child, path: target.path, depth: depth + 1 });
    }
  }
  return fallback;
}

describe('shipped data cannot be mutated', () => {
  plainTest('the data exports are enumerated', () => {
    const names = SHIPPED.map(([name]) => name);
    for (const expected of [
      'ocop: QD26_2026',
      'ocop: LEVELS',
      'ocop: RULE_SET_IDS',
      'ocop: VIETNAM_SCHEDULES',
      'ocop: DEFAULT_THRESHOLDS',
      'ocop: ISSUE_CODES',
      'ocop: ERROR_CODES',
      'ocop/criteria: QD26_CRITERIA_SETS',
      'ocop/fixtures: DATASET_SHARES',
      'ocop/fixtures: thaiBinh2020',
      'ocop/fixtures: NATIONAL_STATISTICS',
    ]) {
      expect(names).toContain(expected);
    }
    expect(names.length).toBeGreaterThan(50);
  });

  plainTest.each(SHIPPED.filter(([name]) => !SCHEMA_TABLES.has(name)))(
    '%s is deeply frozen, and writing into it throws TypeError',
    (_name, value) => {
      expect(unfrozenParts(value)).toEqual([]);
      const target = nestedTarget(value);
      if (!target) return; // an empty object or array: frozen is all there is to check
      const before = (target.holder as Record<string | symbol, unknown>)[target.key];
      expect(() => {
        (target.holder as Record<string | symbol, unknown>)[target.key] = 'changed';
      }, target.path).toThrow(TypeError);
      expect(() => {
        (target.holder as Record<string, unknown>)['__added'] = 1;
      }).toThrow(TypeError);
      expect(Reflect.deleteProperty(target.holder, target.key)).toBe(false);
      if (Array.isArray(value)) expect(() => (value as unknown[]).push(1)).toThrow(TypeError);
      expect((target.holder as Record<string | symbol, unknown>)[target.key]).toBe(before);
    },
  );

  // Regression: ENTITY_SCHEMAS was a plain object, so `ENTITY_SCHEMAS.certificate = z.any()`
  // changed what `validate`, `certificateStatus`, `evaluatePlan`… accept for every caller.
  plainTest.each(SHIPPED.filter(([name]) => SCHEMA_TABLES.has(name)))(
    'regression: %s, a table of schemas, is frozen (its entries cannot be replaced)',
    (_name, value) => {
      expect(Object.isFrozen(value)).toBe(true);
      expect(() => {
        (value as Record<string, unknown>)['certificate'] = undefined;
      }).toThrow(TypeError);
    },
  );

  plainTest.each(HANDED_OUT)('%s is deeply frozen', (_name, value) => {
    expect(unfrozenParts(value)).toEqual([]);
  });
});
