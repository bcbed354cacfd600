#!/usr/bin/env node
// Consumer smoke test: installs the packed tarball into a throwaway project, as an app would get
// it from the registry, and uses it from ESM, from CommonJS and from TypeScript. Run after
// `npm run build` (`npm run check:consumer`). Needs only the npm registry (and uses npm's cache
// first: --prefer-offline), one `npm install`.
//
//   ESM    node imports { validate, getAdminUnit, isIsoDate, OcopError } and a schema JSON file.
//   CJS    node requires the same from a .cjs file, and ocop/schemas/*.json, ocop/package.json.
//   Types  tsc --noEmit, strict, skipLibCheck false, over a consumer .ts file that only compiles
//          if the declarations are right:
//            - module/moduleResolution NodeNext (resolves the "import" types, dist/index.d.ts)
//            - module ESNext + moduleResolution bundler (a browser app: DOM lib, no node types)
//            - a .cts file with `import ocop = require('ocop')` under NodeNext (the "require"
//              types, dist/index.d.cts)
//          zod's declarations use URL and friends, so a consumer needs the DOM lib or
//          @types/node with skipLibCheck false; each config here has one of them.
//
// Stops at the first failure, printing that step's output, and exits 1. The temporary folder is
// always removed (also on Ctrl-C).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporaryFolder } from './temporary-folder.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Versions a consumer would have; keep in step with package.json's devDependencies.
const CONSUMER_DEPENDENCIES = ['zod@4.6.7', 'typescript@5.9.3', '@types/node@20.19.43'];

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
      else reject(new StepFailed(step, `$ ${[command, ...args].join(' ')}\n(in ${options.cwd ?? process.cwd()})\n${output.trim()}`));
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
console.log('cjs ok');
`;

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

const ESM_TYPES = `
import {
  validate,
  isIsoDate,
  getAdminUnit,
  type EntityKind,
  type EntityOf,
  type IsoDate,
  type Issue,
  type Observation,
  type Plan,
  type ValidationResult,
} from 'ocop';
${TYPES_BODY}
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
    compilerOptions: { ...STRICT_OPTIONS, module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], types: ['node'] },
    files: ['consumer.ts'],
  },
  'tsconfig.bundler.json': {
    // A browser app: DOM lib, no node types.
    compilerOptions: { ...STRICT_OPTIONS, module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], types: [] },
    files: ['consumer.ts'],
  },
  'tsconfig.cjs.json': {
    compilerOptions: { ...STRICT_OPTIONS, module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], types: ['node'] },
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
  if (tarballs.length !== 1) throw new StepFailed('npm pack', `expected one .tgz in ${temp}, found ${tarballs.length}\n${packed.output}`);
  const tarball = join(temp, tarballs[0]);
  pass(`npm pack (${packed.seconds}s)`);

  const app = join(temp, 'app');
  mkdirSync(app);
  write(app, 'package.json', JSON.stringify({ name: 'ocop-consumer', version: '0.0.0', private: true, type: 'module' }, null, 2));
  // --prefix pins the install to the consumer even when this runs under `npm run` in the repo.
  const installArgs = ['install', '--prefix', app, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  const installed = npm('npm install', [...installArgs, tarball, ...CONSUMER_DEPENDENCIES], { cwd: app });
  pass(`npm install ${tarballs[0]} ${CONSUMER_DEPENDENCIES.join(' ')} (${installed.seconds}s)`);

  write(app, 'esm.mjs', ESM_TEST);
  const esm = run('ESM import', process.execPath, ['esm.mjs'], { cwd: app });
  pass(`ESM: import { validate, getAdminUnit, isIsoDate } from 'ocop', ocop/schemas/*.json (${esm.seconds}s)`);

  write(app, 'cjs.cjs', CJS_TEST);
  const cjs = run('CJS require', process.execPath, ['cjs.cjs'], { cwd: app });
  pass(`CJS: require('ocop'), ocop/schemas/*.json, ocop/package.json (${cjs.seconds}s)`);

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
    return runAsync(`tsc --noEmit -p ${file} (${labels[file]})`, process.execPath, [tsc, '--noEmit', '-p', file], { cwd: app });
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
    console.error(`  FAIL  unexpected error\n\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  console.error('check-consumer: failed.');
} finally {
  cleanUp();
}

if (exitCode === 0) console.log('check-consumer: all checks passed.');
process.exit(exitCode);
