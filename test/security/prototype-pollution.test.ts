/**
 * Prototype pollution (issue #10): every public function that takes data is fed inputs carrying
 * `__proto__`, `constructor` and `prototype` keys at every object of a valid input (the top,
 * nested objects, objects inside arrays, records such as a sheet's points) and as an extra array
 * element, built both as JSON text (`JSON.parse` makes an own `__proto__` key) and in code
 * (`Object.defineProperty`; an object literal's `__proto__:` sets the prototype instead, tried
 * too). After every call nothing global has changed, the result carries no such key, and the
 * input was refused with a `forbidden_key` issue — never silently accepted.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adaptRuleSet, diffRuleSets } from '../../src/adapt.js';
import { main, type CliIo } from '../../src/cli/main.js';
import { getCriteriaSet } from '../../src/criteria.js';
import {
  createCertificate,
  createCouncil,
  createObservation,
  createPlan,
  createProducer,
  createProduct,
  createSheet,
  generateDataset,
} from '../../src/fixtures/index.js';
import {
  certificateStatus,
  ENTITY_SCHEMAS,
  evaluatePlan,
  getRuleSet,
  OcopError,
  rateProduct,
  scoreSheet,
  validate,
  type EntityKind,
  type Issue,
} from '../../src/index.js';
import { VALID_EXAMPLES } from '../model/examples.js';

type Path = ReadonlyArray<string | number>;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;
type ForbiddenKey = (typeof FORBIDDEN)[number];

/** What each key carries: what a naive deep merge would copy onto `Object.prototype`. */
const PAYLOAD: Record<ForbiddenKey, () => Json> = {
  __proto__: () => ({ polluted: 'yes' }),
  constructor: () => ({ prototype: { polluted: 'yes' } }),
  prototype: () => ({ polluted: 'yes' }),
};

const MARK = '\u0000ocop-inject\u0000';

/** How an input carrying a forbidden key was built. */
type Build = 'json' | 'define' | 'literal-proto';

interface Variant {
  readonly label: string;
  readonly input: unknown;
  /** The path of the forbidden key, or undefined when it is no own key (a literal's `__proto__:`). */
  readonly issuePath: Path | undefined;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

/** The paths of every object (not array) and every array in a JSON value. */
function containers(
  value: unknown,
  path: Path = [],
  out: { objects: Path[]; arrays: Path[] } = { objects: [], arrays: [] },
) {
  if (Array.isArray(value)) {
    out.arrays.push(path);
    value.forEach((item, i) => containers(item, [...path, i], out));
  } else if (value !== null && typeof value === 'object') {
    out.objects.push(path);
    for (const [key, child] of Object.entries(value)) containers(child, [...path, key], out);
  }
  return out;
}

/** An object whose own key `key` holds `payload`, whatever the key (defineProperty never runs a setter). */
function ownKey(target: object, key: string, payload: unknown): void {
  Object.defineProperty(target, key, { value: payload, enumerable: true, writable: true, configurable: true });
}

/** Every poisoned variant of a valid input: each key, at each object and as an array element, each way of building it. */
function variants(base: unknown, options: { skipRoot?: boolean; builds?: readonly Build[] } = {}): Variant[] {
  const builds = options.builds ?? (['json', 'define', 'literal-proto'] as const);
  const { objects, arrays } = containers(base);
  const out: Variant[] = [];
  for (const key of FORBIDDEN) {
    for (const build of builds) {
      if (build === 'literal-proto' && key !== '__proto__') continue;
      for (const path of objects) {
        if (options.skipRoot && path.length === 0) continue;
        const label = `${build} ${key} at ${path.length === 0 ? '(root)' : path.join('.')}`;
        if (build === 'json') {
          const copy = clone(base);
          ownKey(at(copy, path) as object, MARK, PAYLOAD[key]());
          out.push({
            label,
            input: JSON.parse(JSON.stringify(copy).replace(JSON.stringify(MARK), JSON.stringify(key))),
            issuePath: [...path, key],
          });
        } else if (build === 'define') {
          const copy = clone(base);
          ownKey(at(copy, path) as object, key, PAYLOAD[key]());
          out.push({ label, input: copy, issuePath: [...path, key] });
        } else {
          // `{ ...fields, __proto__: { polluted: 'yes' } }`: the prototype, not an own key
          const copy = clone(base);
          Object.setPrototypeOf(at(copy, path) as object, PAYLOAD.__proto__() as object);
          out.push({ label, input: copy, issuePath: undefined });
        }
      }
      if (build === 'literal-proto') continue;
      for (const path of arrays) {
        const label = `${build} ${key} in a new element of ${path.join('.') || '(root)'}`;
        const copy = clone(base);
        const array = at(copy, path) as unknown[];
        const element = {};
        ownKey(element, build === 'json' ? MARK : key, PAYLOAD[key]());
        array.push(element);
        const input =
          build === 'json' ? JSON.parse(JSON.stringify(copy).replace(JSON.stringify(MARK), JSON.stringify(key))) : copy;
        out.push({ label, input, issuePath: [...path, array.length - 1, key] });
      }
    }
  }
  return out;
}

// --- what must hold after every call -----------------------------------------------------------

const SNAPSHOT = {
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  function: Object.getOwnPropertyNames(Function.prototype).sort(),
  string: Object.getOwnPropertyNames(String.prototype).sort(),
};

/** Nothing global changed. */
function expectNoPollution(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(SNAPSHOT.object);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(SNAPSHOT.array);
  expect(Object.getOwnPropertyNames(Function.prototype).sort()).toEqual(SNAPSHOT.function);
  expect(Object.getOwnPropertyNames(String.prototype).sort()).toEqual(SNAPSHOT.string);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

/** The paths of forbidden own keys, and of objects that read `polluted`, anywhere in a value. */
function taintIn(value: unknown, path: Path = [], seen = new Set<object>(), out: string[] = []): string[] {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return out;
  seen.add(value);
  if ((value as Record<string, unknown>)['polluted'] !== undefined) out.push(`${path.join('.')} reads polluted`);
  if (typeof value === 'function') return out;
  const proto: unknown = Object.getPrototypeOf(value);
  if (
    proto !== null &&
    proto !== Object.prototype &&
    proto !== Array.prototype &&
    !(value instanceof Error) &&
    !(value instanceof Map) &&
    !(value instanceof Set)
  ) {
    out.push(
      `${path.join('.')} has prototype ${String((proto as { constructor?: { name?: string } }).constructor?.name)}`,
    );
  }
  for (const key of Object.getOwnPropertyNames(value)) {
    if ((FORBIDDEN as readonly string[]).includes(key)) out.push(`${[...path, key].join('.')} is own`);
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) taintIn(descriptor.value, [...path, key], seen, out);
  }
  return out;
}

interface Outcome {
  readonly returned?: unknown;
  readonly thrown?: unknown;
}

function attempt(run: () => unknown): Outcome {
  try {
    return { returned: run() };
  } catch (thrown) {
    return { thrown };
  }
}

function issuesOf(outcome: Outcome): readonly Issue[] | undefined {
  if (outcome.thrown !== undefined)
    return outcome.thrown instanceof OcopError && 'issues' in outcome.thrown
      ? (outcome.thrown.issues as Issue[])
      : undefined;
  const value = outcome.returned as { ok?: unknown; issues?: unknown };
  return value !== null && typeof value === 'object' && value.ok === false && Array.isArray(value.issues)
    ? (value.issues as Issue[])
    : undefined;
}

/**
 * The call refused the input: a `ValidationResult` with `ok: false` or a thrown `OcopError`, with
 * a `forbidden_key` issue at `path`; nothing global changed and nothing returned is tainted.
 */
function expectRefused(label: string, run: () => unknown, path: Path): void {
  const outcome = attempt(run);
  expectNoPollution();
  expect(taintIn(outcome.returned), label).toEqual([]);
  if (outcome.thrown !== undefined && !(outcome.thrown instanceof OcopError)) throw outcome.thrown;
  const issues = issuesOf(outcome);
  expect(
    issues,
    `${label}: accepted (${outcome.thrown === undefined ? 'returned' : 'threw'} without issues)`,
  ).toBeDefined();
  expect(
    issues?.filter((issue) => issue.code === 'forbidden_key').map((issue) => issue.path.join('.')),
    label,
  ).toContain(path.join('.'));
}

/**
 * A literal's `__proto__:` adds no own key, and the library's own data passed back is not
 * validated: the call may accept or refuse (an unexpected shape may even throw a TypeError when
 * `anyError`), but nothing global changes and no returned object inherits `polluted`.
 */
function expectHarmless(label: string, run: () => unknown, anyError = false): void {
  const outcome = attempt(run);
  expectNoPollution();
  if (!anyError && outcome.thrown !== undefined && !(outcome.thrown instanceof OcopError)) throw outcome.thrown;
  expect(inheritedObjects(outcome.returned), label).toEqual([]);
}

/** Paths of objects that read `polluted` without owning it, or whose prototype is not a plain one. */
function inheritedObjects(value: unknown, path: Path = [], seen = new Set<object>(), out: string[] = []): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if ('polluted' in value && !Object.prototype.hasOwnProperty.call(value, 'polluted'))
    out.push(`${path.join('.')} inherits polluted`);
  const proto: unknown = Object.getPrototypeOf(value);
  if (
    proto !== null &&
    proto !== Object.prototype &&
    proto !== Array.prototype &&
    !(value instanceof Error) &&
    !(value instanceof Map) &&
    !(value instanceof Set)
  )
    out.push(`${path.join('.')} has a foreign prototype`);
  for (const key of Object.getOwnPropertyNames(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) inheritedObjects(descriptor.value, [...path, key], seen, out);
  }
  return out;
}

interface Target {
  readonly name: string;
  readonly base: unknown;
  readonly call: (input: unknown) => unknown;
  /** The root is a wrapper of several arguments (e.g. `{ plan, observations }`), not an input. */
  readonly skipRoot?: boolean;
}

let tried = 0;
/** Poisoned calls by function (printed with OCOP_SECURITY_VERBOSE=1). */
const triedBy = new Map<string, number>();
const count = (name: string, n: number) => {
  tried += n;
  triedBy.set(name, (triedBy.get(name) ?? 0) + n);
};
/** Runs every variant of a target; returns how many. */
function attack(target: Target): void {
  const base = target.call(clone(target.base));
  expect(issuesOf({ returned: base }), `${target.name}: the base input must be valid`).toBeUndefined();
  const all = variants(target.base, { ...(target.skipRoot ? { skipRoot: true } : {}) });
  for (const variant of all) {
    const label = `${target.name}: ${variant.label}`;
    if (variant.issuePath === undefined) expectHarmless(label, () => target.call(variant.input));
    else expectRefused(label, () => target.call(variant.input), variant.issuePath);
  }
  count(target.name, all.length);
}

// --- inputs ------------------------------------------------------------------------------------

const SET_06 = getCriteriaSet('qd26-2026', 6);
const BEST_06 = Object.fromEntries(SET_06.criteria.map((c) => [c.code, c.max]));
const KNOCK_OUT = SET_06.criteria.find((c) => c.notes?.some((n) => n.kind === 'knock-out'));
const POINTS_EVALUATION = {
  ruleSet: 'qd26-2026',
  criteriaSet: 6,
  level: 'province',
  product: 'banh-cay-thien-duc',
  evaluatedOn: '2026-08-01',
  sheets: [{ points: BEST_06 }, { points: { ...BEST_06 } }],
};
const SHEET_06 = { ruleSet: 'qd26-2026', criteriaSet: 6, points: BEST_06 };
const OVERRIDE_148 = JSON.parse(readFileSync('examples/overrides/148-set-from-archive.json', 'utf8')) as unknown;
const PLAN = createPlan();
const OBSERVATIONS = [
  { target: 'new-products', unit: '12688', date: '2026-06-30', value: 1 },
  { target: 'training', date: '2026-06-30', numerator: 3, denominator: 4, note: 'Tập huấn đợt 1' },
];

const RULE_SETS_BEFORE = JSON.stringify(getRuleSet('qd26-2026'));
const CRITERIA_BEFORE = JSON.stringify(SET_06);

describe('prototype pollution through data inputs', () => {
  it('every kind of validate refuses forbidden keys anywhere', () => {
    expect(Object.keys(VALID_EXAMPLES).sort()).toEqual(Object.keys(ENTITY_SCHEMAS).sort());
    for (const kind of Object.keys(ENTITY_SCHEMAS) as EntityKind[]) {
      attack({ name: `validate('${kind}')`, base: VALID_EXAMPLES[kind], call: (input) => validate(kind, input) });
    }
    // a criteria set supplied whole: the deepest override there is
    attack({
      name: "validate('ruleOverride', 148 criteria set)",
      base: OVERRIDE_148,
      call: (input) => validate('ruleOverride', input),
    });
  });

  it('rateProduct refuses them in the evaluation (totals, points records, disqualification)', () => {
    attack({
      name: 'rateProduct(totals)',
      base: VALID_EXAMPLES.evaluation,
      call: (input) => rateProduct(input as never),
    });
    attack({
      name: 'rateProduct(points)',
      base: POINTS_EVALUATION,
      call: (input) => rateProduct(input as never, { criteria: SET_06 }),
    });
    if (KNOCK_OUT) {
      const disqualified = {
        ruleSet: 'qd26-2026',
        criteriaSet: 6,
        sheets: [{ points: BEST_06 }],
        disqualified: { reason: 'knock-out', criterion: KNOCK_OUT.code },
      };
      attack({
        name: 'rateProduct(knock-out)',
        base: disqualified,
        call: (input) => rateProduct(input as never, { criteria: SET_06 }),
      });
    }
  });

  it('scoreSheet refuses them in the sheet', () => {
    attack({ name: 'scoreSheet', base: SHEET_06, call: (input) => scoreSheet(input as never, SET_06) });
  });

  it('evaluatePlan refuses them in the plan and in the observations', () => {
    attack({
      name: 'evaluatePlan',
      base: { plan: PLAN, observations: OBSERVATIONS },
      skipRoot: true,
      call: (input) =>
        evaluatePlan((input as { plan: never }).plan, (input as { observations: never[] }).observations, {
          asOf: '2026-07-01',
        }),
    });
  });

  it('certificateStatus refuses them in the certificate', () => {
    const certificate = { ...(VALID_EXAMPLES.certificate as object), reEvaluation: { submittedOn: '2029-06-01' } };
    attack({
      name: 'certificateStatus',
      base: certificate,
      call: (input) => certificateStatus(input as never, { asOf: '2026-11-29' }),
    });
  });

  it('adaptRuleSet refuses them anywhere in an override (minima, days off, policies, whole criteria sets)', () => {
    attack({
      name: 'adaptRuleSet(qd26-2026)',
      base: VALID_EXAMPLES.ruleOverride,
      call: (input) => adaptRuleSet('qd26-2026', input as never),
    });
    attack({
      name: 'adaptRuleSet(qd148-2023, criteria set)',
      base: OVERRIDE_148,
      call: (input) => adaptRuleSet('qd148-2023', input as never),
    });
    // The adapted rule set of a clean override carries no such key, and the shipped data is unchanged.
    expect(taintIn(adaptRuleSet('qd148-2023', clone(OVERRIDE_148) as never))).toEqual([]);
    expect(
      taintIn(diffRuleSets(getRuleSet('qd148-2023'), adaptRuleSet('qd148-2023', clone(OVERRIDE_148) as never))),
    ).toEqual([]);
  });

  it('the fixture factories refuse them in their overrides', () => {
    const factories: Target[] = [
      {
        name: 'createProducer',
        base: {
          registration: { number: '0123456789', date: '2020-03-15' },
          address: { unit: { province: '33', commune: '12688' }, detail: 'Thôn 1' },
        },
        call: (o) => createProducer(o as never),
      },
      {
        name: 'createProduct',
        base: {
          classification: { scheme: 'qd26-2026', criteriaSet: 6 },
          statusHistory: [{ date: '2026-06-01', status: 'registered' }],
        },
        call: (o) => createProduct(o as never),
      },
      {
        name: 'createCertificate',
        base: { reEvaluation: { submittedOn: '2029-06-01' } },
        call: (o) => createCertificate(o as never),
      },
      {
        name: 'createPlan',
        base: {
          period: { start: '2026-01-01', end: '2026-12-31' },
          units: [
            { code: '12688', name: 'Xã mẫu A' },
            { code: '12691', name: 'Xã mẫu B' },
          ],
        },
        call: (o) => createPlan(o as never),
      },
      { name: 'createObservation', base: { unit: '12691', value: 2 }, call: (o) => createObservation(o as never) },
    ];
    for (const target of factories) attack(target);
  });

  it('the shipped rule sets and criteria are unchanged', () => {
    expect(JSON.stringify(getRuleSet('qd26-2026'))).toBe(RULE_SETS_BEFORE);
    expect(JSON.stringify(getCriteriaSet('qd26-2026', 6))).toBe(CRITERIA_BEFORE);
    expectNoPollution();
  });
});

describe('prototype pollution through the CLI (JSON text from files and stdin)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ocop-security-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  let fileNo = 0;
  const writeJson = (value: unknown): string => {
    const file = join(folder, `input-${++fileNo}.json`);
    writeFileSync(file, JSON.stringify(value));
    return file;
  };

  /** Runs `ocop … --format json` in-process; the exit code and the parsed JSON: the result on stdout, or the issues document on stderr (exit 1). */
  function run(argv: string[], stdin = ''): { code: number; json: unknown } {
    let stdout = '';
    let stderr = '';
    const io: CliIo = {
      stdin: () => stdin,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      isTTY: false,
      env: {},
      today: () => '2026-07-01',
    };
    const code = main([...argv, '--format', 'json'], io);
    const text = code === 1 ? stderr : stdout;
    return { code, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
  }

  /** Only JSON text reaches the command, so only the JSON-built variants apply. */
  function attackCli(
    name: string,
    base: unknown,
    argv: (input: unknown) => { argv: string[]; stdin?: string },
    skipRoot = false,
  ): void {
    expect(run(argv(clone(base)).argv, argv(clone(base)).stdin).code, `${name}: the base input must be valid`).toBe(0);
    const all = variants(base, { builds: ['json'], skipRoot });
    for (const variant of all) {
      const label = `${name}: ${variant.label}`;
      const call = argv(variant.input);
      expectRefused(
        label,
        () => {
          const result = run(call.argv, call.stdin);
          expect(result.code, label).toBe(1);
          return result.json;
        },
        variant.issuePath as Path,
      );
    }
    count(name, all.length);
  }

  it('ocop validate <kind> -', () => {
    for (const kind of Object.keys(ENTITY_SCHEMAS) as EntityKind[]) {
      attackCli(`ocop validate ${kind}`, VALID_EXAMPLES[kind], (input) => ({
        argv: ['validate', kind, '-'],
        stdin: JSON.stringify(input),
      }));
    }
  });

  it('ocop rate <file>', () => {
    attackCli('ocop rate', POINTS_EVALUATION, (input) => ({ argv: ['rate', writeJson(input)] }));
  });

  it('ocop rules check -', () => {
    attackCli('ocop rules check', VALID_EXAMPLES.ruleOverride, (input) => ({
      argv: ['rules', 'check', '-'],
      stdin: JSON.stringify(input),
    }));
    attackCli('ocop rules check (148 criteria set)', OVERRIDE_148, (input) => ({
      argv: ['rules', 'check', '-'],
      stdin: JSON.stringify(input),
    }));
  });

  it('ocop progress <plan> --observations <file>', () => {
    // The issues of both files come together: paths start with plan or observations.
    attackCli(
      'ocop progress',
      { plan: PLAN, observations: OBSERVATIONS },
      (input) => {
        const { plan, observations } = input as { plan: unknown; observations: unknown };
        return {
          argv: ['progress', '-', '--observations', writeJson(observations), '--as-of', '2026-07-01'],
          stdin: JSON.stringify(plan),
        };
      },
      true,
    );
  });
});

describe("prototype pollution through the library's own data passed back in (rule sets, criteria sets, options)", () => {
  // These parameters take the library's own frozen data or a caller's options, not records:
  // they are not validated, but nothing they carry may reach a prototype.
  const rule = (): unknown => clone(getRuleSet('qd26-2026'));
  const harmless = (name: string, base: unknown, call: (input: unknown) => unknown) => {
    const all = variants(base);
    // large rule data: every 7th variant (each key and build still comes up at many depths)
    for (const variant of all.length > 100 ? all.filter((_, i) => i % 7 === 0) : all) {
      expectHarmless(`${name}: ${variant.label}`, () => call(variant.input), true);
      count(name, 1);
    }
  };

  it('rateProduct options.criteria and options.ruleSet, scoreSheet criteria', () => {
    harmless('rateProduct options.criteria', SET_06, (criteria) =>
      rateProduct(clone(POINTS_EVALUATION) as never, { criteria: criteria as never }),
    );
    harmless('rateProduct options.ruleSet', rule(), (ruleSet) =>
      rateProduct(clone(VALID_EXAMPLES.evaluation) as never, {
        ruleSet: {
          ...(ruleSet as object),
          id: 'qd1048-781-2020',
          levels: getRuleSet('qd1048-781-2020').levels,
        } as never,
      }),
    );
    harmless('scoreSheet criteria', SET_06, (criteria) => scoreSheet(clone(SHEET_06) as never, criteria as never));
  });

  it('adaptRuleSet base and diffRuleSets', () => {
    harmless('adaptRuleSet base', rule(), (base) =>
      adaptRuleSet(base as never, clone(VALID_EXAMPLES.ruleOverride) as never),
    );
    harmless('diffRuleSets', rule(), (b) => diffRuleSets(getRuleSet('qd26-2026'), b as never));
  });

  it('evaluatePlan thresholds, createSheet, createCouncil and generateDataset options', () => {
    harmless('evaluatePlan thresholds', { onTrack: 0.9, atRisk: 0.6 }, (thresholds) =>
      evaluatePlan(PLAN, OBSERVATIONS as never, { asOf: '2026-07-01', thresholds: thresholds as never }),
    );
    harmless('createSheet options', { stars: 4, minimaMet: true }, (options) => createSheet(6, options as never));
    harmless('createCouncil options', { members: 3, stars: 4, split: { meeting: 1 } }, (options) =>
      createCouncil(6, options as never),
    );
    harmless('generateDataset options', { seed: 1, provinces: 1, products: 5, communesPerProvince: 1 }, (options) =>
      generateDataset(options as never),
    );
  });

  afterAll(() => {
    expectNoPollution();
    console.info(`prototype pollution: ${tried} poisoned calls over ${triedBy.size} functions and commands`);
    if (process.env['OCOP_SECURITY_VERBOSE'])
      for (const [name, n] of triedBy) console.info(`  ${String(n).padStart(5)}  ${name}`);
  });
});
