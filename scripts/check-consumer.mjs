#!/usr/bin/env node
// Consumer smoke test: installs the packed tarball into a throwaway project, as an app would get
// it from the registry, and uses it from ESM, from CommonJS and from TypeScript. Run after
// `npm run build` (`npm run check:consumer`). Needs only the npm registry (and uses npm's cache
// first: --prefer-offline), one `npm install`.
//
//   ESM    node imports { validate, getAdminUnit, isIsoDate, OcopError } and a schema JSON file,
//          ocop/fixtures, and the criteria entries: ocop/criteria, ocop/rules/qd26-2026/06,
//          loadCriteriaSet, ocop/adapt (rating with `{ criteria }` and with an adapted rule set).
//   CJS    node requires the same from a .cjs file, and ocop/schemas/*.json, ocop/package.json.
//   Types  tsc --noEmit, strict, skipLibCheck false, over a consumer .ts file that only compiles
//          if the declarations are right:
//            - module/moduleResolution NodeNext (resolves the "import" types, dist/index.d.ts)
//            - module ESNext + moduleResolution bundler (a browser app: DOM lib, no node types)
//            - a .cts file with `import ocop = require('ocop')` under NodeNext (the "require"
//              types, dist/cjs/index.d.ts)
//          each also imports ocop/criteria, ocop/adapt and ocop/rules/qd26-2026/06 and passes
//          their values to the main entry's functions (one CriteriaSet type across entries).
//          zod's declarations use URL and friends, so a consumer needs the DOM lib or
//          @types/node with skipLibCheck false; each config here has one of them.
//   jest   a CommonJS jest suite (jest's own module runtime): `toThrow(OcopValidationError)`
//          from ocop/fixtures and `toThrow(OcopRuleError)` from ocop/adapt with the classes of
//          `ocop`, `isOcopError`, and a criteria set loaded by `loadCriteriaSet`.
//   Links  every relative link in the shipped Markdown (README.md, docs/*.md, CHANGELOG.md,
//          SECURITY.md) resolves inside the installed package.
//
// Stops at the first failure, printing that step's output, and exits 1. The temporary folder is
// always removed (also on Ctrl-C).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporaryFolder } from './temporary-folder.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Versions a consumer would have; keep in step with package.json's devDependencies. jest is not
// one of ours: it is here because CommonJS test suites run ocop/fixtures under jest's own module
// runtime, which cannot require ESM (jest 30 on Node 20/22).
const CONSUMER_DEPENDENCIES = ['zod@4.6.7', 'typescript@5.9.3', '@types/node@20.19.43', 'jest@30.2.0'];

class StepFailed extends Error {
  constructor(step, output) {
    super(step);
    this.output = output;
  }
}

/** Runs a command; throws StepFailed with its output when it fails. */
function run(step, command, args, options = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // Windows needs a shell to start npm.cmd; node itself is started directly.
    shell: process.platform === 'win32' && command !== process.execPath,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    ...options,
  });
  const output = [result.error?.message, result.stdout, result.stderr].filter(Boolean).join('\n').trim();
  if (result.status !== 0) {
    throw new StepFailed(step, `$ ${[command, ...args].join(' ')}\n(in ${options.cwd ?? process.cwd()})\n${output}`);
  }
  return { output, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** Like run, without blocking: the type checks run side by side (each takes seconds). */
function runAsync(step, command, args, options = {}) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      shell: process.platform === 'win32' && command !== process.execPath,
      ...options,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new StepFailed(step, error.message)));
    child.on('close', (status) => {
      if (status === 0) resolve({ output: output.trim(), seconds: ((Date.now() - started) / 1000).toFixed(1) });
      else
        reject(
          new StepFailed(
            step,
            `$ ${[command, ...args].join(' ')}\n(in ${options.cwd ?? process.cwd()})\n${output.trim()}`,
          ),
        );
    });
  });
}

/** `npm` as the same npm that runs this script when there is one (npm run sets npm_execpath). */
function npm(step, args, options) {
  const execPath = process.env.npm_execpath;
  if (execPath && /npm-cli\.[cm]?js$/.test(basename(execPath))) {
    return run(step, process.execPath, [execPath, ...args], options);
  }
  return run(step, 'npm', args, options);
}

function write(dir, file, text) {
  writeFileSync(join(dir, file), `${text.trim()}\n`);
}

// ---------------------------------------------------------------------------------------------
// Consumer files.

// Shared by the ESM and CJS tests: rateProduct scores criterion sheets on the set passed as
// `criteria`, and says which module to import when none is passed.
const RATE_WITH_CRITERIA = `
const points = Object.fromEntries(QD26_SET_06.criteria.map((c) => [c.code, c.max]));
const evaluation = { ruleSet: 'qd26-2026', criteriaSet: 6, level: 'province', sheets: [{ points }, { points }] };
assert.equal(rateProduct(evaluation, { criteria: QD26_SET_06 }).stars, 5, 'rateProduct with { criteria: QD26_SET_06 }');
assert.throws(
  () => rateProduct(evaluation),
  (error) => error instanceof OcopValidationError && error.issues.some((i) => i.code === 'criteria_not_loaded' && i.message.includes('ocop/rules/qd26-2026/06')),
  'rateProduct without criteria: criteria_not_loaded',
);
assert.throws(
  () => rateProduct(evaluation, { criteria: getCriteriaSet('qd26-2026', 7) }),
  (error) => error instanceof OcopValidationError && error.issues.some((i) => i.code === 'criteria_set_mismatch'),
  'rateProduct with another set: criteria_set_mismatch',
);
`;

// The full unit tables: a code and a date at every level, and validate checking a plan's units
// against them when given UNIT_TABLES (one OcopError class across the entries).
const UNITS = `
assert.equal(units.getAdminUnit('12688', '2023-05-10')?.parentCode, '340', 'ocop/units: a commune of Đông Hưng');
assert.equal(units.communeConversion2025('00556')?.split, true, 'ocop/units: Đặng Xá was split');
const haNoi2023 = { id: 'hn', title: 'Kế hoạch', unit: { province: '01' }, period: { start: '2023-01-01', end: '2023-12-31' }, units: [{ code: '412' }], targets: [{ id: 't', kind: 'count', title: 'Sản phẩm mới', min: 1 }] };
assert.equal(validate('plan', haNoi2023).ok, true, 'without the tables Vinh (412, Nghệ An) in a Hà Nội plan is format-checked only');
assert.equal(validate('plan', haNoi2023, { unitTables: units.UNIT_TABLES }).ok, false, 'ocop/units: UNIT_TABLES in validate');
assert.throws(() => units.getAdminUnit('1', '2023-01-01'), (error) => error instanceof OcopError, 'ocop/units throws the OcopError class of ocop');
`;

// An adapted rule set carries its criteria sets, so rating under it needs no `criteria`.
const ADAPT = `
const province = adaptRuleSet('qd26-2026', {
  formatVersion: 1,
  id: 'consumer-test',
  title: 'Consumer test',
  basedOn: 'qd26-2026',
  jurisdiction: '33',
  effectiveFrom: '2026-07-01',
  reference: 'test',
  changes: { policies: { minimaPolicy: 'reject', reference: 'test' } },
});
assert.ok(diffRuleSets(getRuleSet('qd26-2026'), province).some((d) => d.path.join('.') === 'minima.value.policy'), 'ocop/adapt: diffRuleSets');
assert.equal(rateProduct(evaluation, { ruleSet: province }).stars, 5, 'ocop/adapt: rateProduct under an adapted rule set');
`;

const ESM_TEST = `
import assert from 'node:assert/strict';
import { validate, getAdminUnit, isIsoDate, OcopError } from 'ocop';
import producerSchema from 'ocop/schemas/producer.json' with { type: 'json' };

assert.equal(isIsoDate('2023-02-29'), false, "isIsoDate('2023-02-29')");
assert.equal(isIsoDate('2024-02-29'), true, "isIsoDate('2024-02-29')");
assert.equal(getAdminUnit('34', '2025-06-30')?.name, 'Thái Bình', "getAdminUnit('34', '2025-06-30').name");
assert.equal(getAdminUnit('34', '2025-07-01'), undefined, "getAdminUnit('34', '2025-07-01')");

const result = validate('observation', { target: 'conference', date: '2020-07-10', done: true });
assert.equal(result.ok, true, 'valid observation: ' + JSON.stringify(result));
assert.equal(result.value.date, '2020-07-10');

const bad = validate('observation', { target: 'conference', date: '2023-02-29', done: true });
assert.equal(bad.ok, false, 'an observation on 2023-02-29 must not validate');
assert.ok(bad.issues.length > 0);

assert.throws(() => validate('nonsense', {}), (error) => error instanceof OcopError);
assert.equal(producerSchema.title.startsWith('OCOP producer'), true, 'ocop/schemas/producer.json');

// The fixtures entry, with the library it feeds.
const { thaiBinh2020, createProducer } = await import('ocop/fixtures');
const { rateProduct } = await import('ocop');
assert.equal(rateProduct(thaiBinh2020.evaluations[0]).stars, 4, 'ocop/fixtures: Bánh cáy Thiên Đức rates 4 stars');
assert.equal(validate('producer', createProducer()).ok, true, 'ocop/fixtures: createProducer() validates');

// The criteria entries: all sets, one set alone, one set on demand; one module instance for all.
const { getCriteriaSet, QD26_CRITERIA_SETS } = await import('ocop/criteria');
const { QD26_SET_06 } = await import('ocop/rules/qd26-2026/06');
const { getRuleSet, loadCriteriaSet, OcopValidationError } = await import('ocop');
assert.equal(QD26_CRITERIA_SETS.length, 26, 'ocop/criteria: QD26_CRITERIA_SETS');
assert.equal(QD26_SET_06.setNo, 6, 'ocop/rules/qd26-2026/06: QD26_SET_06');
assert.equal(getCriteriaSet('qd26-2026', 6), QD26_SET_06, 'ocop/criteria and ocop/rules/qd26-2026/06 share one module');
assert.equal(await loadCriteriaSet('qd26-2026', 6), QD26_SET_06, 'loadCriteriaSet loads the same module');
// Node loads bundled entries with shared chunks: one OcopError class across the entries.
assert.throws(() => getCriteriaSet('qd26-2026', 99), (error) => error instanceof OcopError && error.code === 'unknown_criteria_set', 'ocop/criteria throws the OcopError class of ocop');
${RATE_WITH_CRITERIA}
const { adaptRuleSet, diffRuleSets } = await import('ocop/adapt');
${ADAPT}
const units = await import('ocop/units');
${UNITS}
console.log('esm ok');
`;

const CJS_TEST = `
'use strict';
const assert = require('node:assert/strict');
const { validate, isIsoDate, getAdminUnit, OcopError } = require('ocop');

assert.equal(isIsoDate('2023-02-29'), false, "isIsoDate('2023-02-29')");
assert.equal(isIsoDate('2024-02-29'), true, "isIsoDate('2024-02-29')");
assert.equal(getAdminUnit('34', '2025-06-30')?.name, 'Thái Bình', "getAdminUnit('34', '2025-06-30').name");

const result = validate('observation', { target: 'conference', date: '2020-07-10', done: true });
assert.equal(result.ok, true, 'valid observation: ' + JSON.stringify(result));
assert.equal(validate('observation', { target: 'conference', date: '2023-02-29' }).ok, false);
assert.throws(() => validate('nonsense', {}), (error) => error instanceof OcopError);

assert.equal(typeof require('ocop/schemas/plan.json').properties, 'object', 'ocop/schemas/plan.json');
assert.equal(require('ocop/package.json').name, 'ocop', 'ocop/package.json');

const fixtures = require('ocop/fixtures');
assert.equal(fixtures.THAI_BINH_2020_PLAN.units.length, 8, 'ocop/fixtures from CJS');
assert.equal(validate('plan', fixtures.createPlan()).ok, true, 'ocop/fixtures: createPlan() validates');

const { rateProduct, getRuleSet, OcopValidationError } = require('ocop');
const { getCriteriaSet, QD26_CRITERIA_SETS } = require('ocop/criteria');
const { QD26_SET_06 } = require('ocop/rules/qd26-2026/06');
assert.equal(QD26_CRITERIA_SETS.length, 26, 'ocop/criteria from CJS');
assert.equal(getCriteriaSet('qd26-2026', 6).title, QD26_SET_06.title, 'ocop/rules/qd26-2026/06 from CJS');
${RATE_WITH_CRITERIA}
const { adaptRuleSet, diffRuleSets } = require('ocop/adapt');
${ADAPT}
const units = require('ocop/units');
${UNITS}
console.log('cjs ok');
`;

// A CommonJS jest suite, as an app's tests would be: errors thrown by ocop/fixtures and ocop/adapt
// are instances of the classes exported by ocop (one copy of every class across the entries), the
// criteria sets load under jest's module runtime, and isOcopError narrows by code.
const JEST_TEST = `
'use strict';
const { OcopError, OcopRuleError, OcopValidationError, isOcopError, loadCriteriaSet } = require('ocop');
const { createPlan, createSheet } = require('ocop/fixtures');
const { adaptRuleSet } = require('ocop/adapt');
const { QD26_SET_06 } = require('ocop/rules/qd26-2026/06');

const badOverride = { formatVersion: 1, id: 'x', title: 'x', basedOn: 'qd148-2023', jurisdiction: '33', effectiveFrom: '2026-07-01', changes: {} };

test('ocop/fixtures throws the OcopValidationError of ocop', () => {
  expect(() => createPlan({ nonsense: 1 })).toThrow(OcopValidationError);
  expect(() => createPlan({ nonsense: 1 })).toThrow(OcopError);
});

test('ocop/adapt throws the OcopRuleError of ocop', () => {
  expect(() => adaptRuleSet('qd26-2026', badOverride)).toThrow(OcopRuleError);
});

test('isOcopError narrows by code', () => {
  let caught;
  try {
    adaptRuleSet('qd26-2026', badOverride);
  } catch (error) {
    caught = error;
  }
  expect(isOcopError(caught, 'invalid_override')).toBe(true);
  expect(isOcopError(caught, 'invalid_input')).toBe(false);
  expect(isOcopError(new Error('x'))).toBe(false);
});

test('criteria sets load under jest: one object per set', async () => {
  expect(await loadCriteriaSet('qd26-2026', 6)).toBe(QD26_SET_06);
  expect(createSheet(6, { total: 80 })).toBeDefined();
});
`;

// Every relative link in the Markdown files the package ships (README.md, docs/*.md, CHANGELOG.md,
// SECURITY.md) must resolve inside the installed package: npm's page and an editor show them there.
function brokenLinks(packageRoot) {
  const pages = [
    'README.md',
    'CHANGELOG.md',
    'SECURITY.md',
    ...readdirSync(join(packageRoot, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const broken = [];
  let count = 0;
  for (const page of pages) {
    const text = readFileSync(join(packageRoot, page), 'utf8').replace(/```[\s\S]*?```/g, '');
    for (const match of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = match[1].split('#')[0];
      if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // an anchor or an absolute address
      count += 1;
      const file = join(packageRoot, dirname(page), target);
      if (!existsSync(file)) broken.push(`${page}: ${match[1]}`);
    }
  }
  return { broken, count, pages: pages.length };
}

// Compiles only if the declarations are right: the kinds are a closed set, validate's result is
// a discriminated union carrying the kind's type, and dates are the IsoDate template type.
const TYPES_BODY = `
declare const input: unknown;

const r: ValidationResult<Plan> = validate('plan', input);
if (r.ok) {
  const p: Plan = r.value;
  const d: IsoDate = p.period.start;
  const ids: string[] = p.targets.map((t) => t.id);
  void d;
  void ids;
} else {
  const codes: string[] = r.issues.map((issue: Issue) => issue.code);
  void codes;
}

const o = validate('observation', input, { locale: 'en' });
if (o.ok) {
  const done: boolean | undefined = o.value.done;
  const date: IsoDate = o.value.date;
  void done;
  void date;
}

const kinds: readonly EntityKind[] = ['producer', 'plan', 'observation'];
const producer: ValidationResult<EntityOf<'producer'>> = validate('producer', input);
void kinds;

const value: unknown = '2024-02-29';
if (isIsoDate(value)) {
  const day: IsoDate = value;
  const name: string | undefined = getAdminUnit('34', day)?.name;
  void name;
}

// @ts-expect-error: 'nonsense' is not an entity kind.
validate('nonsense', {});
// @ts-expect-error: value exists only once ok is narrowed to true.
void r.value;
// @ts-expect-error: an IsoDate is YYYY-MM-DD, not any string.
getAdminUnit('34', 'yesterday');
// @ts-expect-error: a plan is not an observation.
const wrong: ValidationResult<Observation> = validate('plan', input);
void wrong;
`;

// The criteria entries' values go into the main entry's functions: compiles only if every entry
// declares the same CriteriaSet and RuleSet, and the per-set pattern export has types.
const CRITERIA_TYPES_BODY = `
const six: CriteriaSet = QD26_SET_06;
const sets: readonly CriteriaSet[] = QD26_CRITERIA_SETS;
const seven: CriteriaSet = getCriteriaSet('qd26-2026', 7);
const loading: Promise<CriteriaSet> = loadCriteriaSet('qd26-2026', 6);
const rated: Rating = rateProduct({ ruleSet: 'qd26-2026', criteriaSet: 6, sheets: [{ points: { '1.1': 3 } }] }, { criteria: six });
declare const override: Parameters<typeof adaptRuleSet>[1];
const province: RuleSet = adaptRuleSet(getRuleSet('qd26-2026'), override);
const diffs: readonly RuleDiff[] = diffRuleSets(getRuleSet('qd26-2026'), province);
void sets;
void seven;
void loading;
void rated;
void diffs;
// @ts-expect-error: criteria is a criteria set, not its number.
rateProduct({ ruleSet: 'qd26-2026', criteriaSet: 6, sheets: [{ total: 90 }] }, { criteria: 6 });
`;

const ESM_TYPES = `
import {
  validate,
  isIsoDate,
  getAdminUnit,
  getRuleSet,
  loadCriteriaSet,
  rateProduct,
  type CriteriaSet,
  type EntityKind,
  type EntityOf,
  type IsoDate,
  type Issue,
  type Observation,
  type Plan,
  type Rating,
  type RuleSet,
  type ValidationResult,
} from 'ocop';
import { getCriteriaSet, QD26_CRITERIA_SETS } from 'ocop/criteria';
import { adaptRuleSet, diffRuleSets, type RuleDiff } from 'ocop/adapt';
import { QD26_SET_06 } from 'ocop/rules/qd26-2026/06';
import { getAdminUnit as getAnyUnit, UNIT_TABLES, type AdminUnitRecord } from 'ocop/units';
const anyUnit: AdminUnitRecord | undefined = getAnyUnit('12688', '2023-05-10');
export const unitChecked = validate('plan', {}, { unitTables: UNIT_TABLES }).ok && anyUnit?.level === 'commune';
${TYPES_BODY}
${CRITERIA_TYPES_BODY}
export {};
`;

const CJS_TYPES = `
import ocop = require('ocop');
const { validate, isIsoDate, getAdminUnit } = ocop;
type EntityKind = ocop.EntityKind;
type EntityOf<K extends EntityKind> = ocop.EntityOf<K>;
type IsoDate = ocop.IsoDate;
type Issue = ocop.Issue;
type Observation = ocop.Observation;
type Plan = ocop.Plan;
type ValidationResult<T> = ocop.ValidationResult<T>;
${TYPES_BODY}
import criteria = require('ocop/criteria');
import adapt = require('ocop/adapt');
import set06 = require('ocop/rules/qd26-2026/06');
import unitsEntry = require('ocop/units');
const anyUnit: unitsEntry.AdminUnitRecord | undefined = unitsEntry.getAdminUnit('12688', '2023-05-10');
const unitChecked: boolean = validate('plan', {}, { unitTables: unitsEntry.UNIT_TABLES }).ok && anyUnit?.level === 'commune';
void unitChecked;
const { getRuleSet, loadCriteriaSet, rateProduct } = ocop;
const { getCriteriaSet, QD26_CRITERIA_SETS } = criteria;
const { adaptRuleSet, diffRuleSets } = adapt;
const { QD26_SET_06 } = set06;
type CriteriaSet = ocop.CriteriaSet;
type Rating = ocop.Rating;
type RuleSet = ocop.RuleSet;
type RuleDiff = adapt.RuleDiff;
${CRITERIA_TYPES_BODY}
export = producer;
`;

const STRICT_OPTIONS = {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'ES2022',
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  forceConsistentCasingInFileNames: true,
};

const TSCONFIGS = {
  'tsconfig.nodenext.json': {
    compilerOptions: {
      ...STRICT_OPTIONS,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM'],
      types: ['node'],
    },
    files: ['consumer.ts'],
  },
  'tsconfig.bundler.json': {
    // A browser app: DOM lib, no node types.
    compilerOptions: {
      ...STRICT_OPTIONS,
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2022', 'DOM'],
      types: [],
    },
    files: ['consumer.ts'],
  },
  'tsconfig.cjs.json': {
    compilerOptions: {
      ...STRICT_OPTIONS,
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM'],
      types: ['node'],
    },
    files: ['consumer.cts'],
  },
};

// ---------------------------------------------------------------------------------------------

if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('check-consumer: dist/ is not built. Run `npm run build` first.');
  process.exit(1);
}

const { path: temp, cleanUp } = temporaryFolder('ocop-check-consumer-');

const pass = (line) => console.log(`  ok    ${line}`);
let exitCode = 0;
try {
  console.log(`check-consumer: ${pkg.name}@${pkg.version}`);

  const packed = npm('npm pack', ['pack', '--pack-destination', temp], { cwd: root });
  const tarballs = readdirSync(temp).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1)
    throw new StepFailed('npm pack', `expected one .tgz in ${temp}, found ${tarballs.length}\n${packed.output}`);
  const tarball = join(temp, tarballs[0]);
  pass(`npm pack (${packed.seconds}s)`);

  const app = join(temp, 'app');
  mkdirSync(app);
  write(
    app,
    'package.json',
    JSON.stringify({ name: 'ocop-consumer', version: '0.0.0', private: true, type: 'module' }, null, 2),
  );
  // --prefix pins the install to the consumer even when this runs under `npm run` in the repo.
  const installArgs = ['install', '--prefix', app, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  const installed = npm('npm install', [...installArgs, tarball, ...CONSUMER_DEPENDENCIES], { cwd: app });
  pass(`npm install ${tarballs[0]} ${CONSUMER_DEPENDENCIES.join(' ')} (${installed.seconds}s)`);

  write(app, 'esm.mjs', ESM_TEST);
  const esm = run('ESM import', process.execPath, ['esm.mjs'], { cwd: app });
  pass(
    `ESM: import { validate, getAdminUnit, isIsoDate } from 'ocop', ocop/schemas/*.json, ocop/fixtures, ocop/criteria, ocop/rules/qd26-2026/06, loadCriteriaSet, ocop/adapt, ocop/units (${esm.seconds}s)`,
  );

  write(app, 'cjs.cjs', CJS_TEST);
  const cjs = run('CJS require', process.execPath, ['cjs.cjs'], { cwd: app });
  pass(
    `CJS: require('ocop'), ocop/schemas/*.json, ocop/package.json, ocop/fixtures, ocop/criteria, ocop/rules/qd26-2026/06, ocop/adapt, ocop/units (${cjs.seconds}s)`,
  );

  write(app, 'ocop.test.cjs', JEST_TEST);
  write(
    app,
    'jest.config.cjs',
    "module.exports = { testEnvironment: 'node', testMatch: ['**/ocop.test.cjs'], transform: {} };",
  );
  const jest = run(
    'jest (CommonJS)',
    process.execPath,
    [join(app, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', '--config', 'jest.config.cjs'],
    { cwd: app },
  );
  const jestSummary = /Tests:\s+(.+)/.exec(jest.output)?.[1] ?? '';
  pass(
    `jest (CommonJS): toThrow(OcopValidationError) from ocop/fixtures, toThrow(OcopRuleError) from ocop/adapt, isOcopError, criteria sets: ${jestSummary} (${jest.seconds}s)`,
  );

  const links = brokenLinks(join(app, 'node_modules', 'ocop'));
  if (links.broken.length > 0)
    throw new StepFailed(
      'links in the installed package',
      `${links.broken.length} relative links do not resolve:\n${links.broken.join('\n')}`,
    );
  pass(
    `links: ${links.count} relative links in ${links.pages} shipped Markdown files resolve inside the installed package`,
  );

  write(app, 'consumer.ts', ESM_TYPES);
  write(app, 'consumer.cts', CJS_TYPES);
  const tsc = join(app, 'node_modules', 'typescript', 'bin', 'tsc');
  const labels = {
    'tsconfig.nodenext.json': 'types, ESM, module/moduleResolution NodeNext',
    'tsconfig.bundler.json': 'types, ESM, module ESNext + moduleResolution bundler, DOM only',
    'tsconfig.cjs.json': "types, CJS (.cts, import ocop = require('ocop')), NodeNext",
  };
  const compiles = Object.entries(TSCONFIGS).map(([file, config]) => {
    write(app, file, JSON.stringify(config, null, 2));
    return runAsync(`tsc --noEmit -p ${file} (${labels[file]})`, process.execPath, [tsc, '--noEmit', '-p', file], {
      cwd: app,
    });
  });
  const compiled = await Promise.allSettled(compiles);
  // Reported in order, so the first failing configuration is the one shown.
  Object.keys(TSCONFIGS).forEach((file, index) => {
    const result = compiled[index];
    if (result.status === 'rejected') throw result.reason;
    pass(`${labels[file]} (${result.value.seconds}s)`);
  });
} catch (error) {
  exitCode = 1;
  if (error instanceof StepFailed) {
    console.error(`  FAIL  ${error.message}\n\n${error.output}\n`);
  } else {
    console.error(
      `  FAIL  unexpected error\n\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  console.error('check-consumer: failed.');
} finally {
  cleanUp();
}

if (exitCode === 0) console.log('check-consumer: all checks passed.');
process.exit(exitCode);
