#!/usr/bin/env node
// Package check: packs ocop exactly as `npm publish` would and checks the tarball, not the work
// tree. Run after `npm run build` (`npm run check:package`).
//
//   1. dist/ exists; dist/index.d.ts and dist/cjs/index.d.ts exist and are non-empty (attw alone
//      has passed a package whose d.ts build had failed, so this is checked on its own).
//   2. `npm pack` into a temporary folder (removed at the end).
//   3. The tarball holds every entry point's files (REQUIRED below: ocop, ocop/fixtures,
//      ocop/criteria, ocop/adapt, a per-set module ocop/rules/qd26-2026/NN, their node10 stub
//      folders, the JSON Schemas, the docs and examples the README links to), and nothing from
//      src/, test/, node_modules/ (or other work-tree leftovers). Its layout: no empty file, no
//      hashed declaration name, each criteria set's data in exactly one file (the ESM set
//      modules are re-exports of the CommonJS ones, under 1 kB each).
//   3b. The packed and unpacked sizes stay within BUDGET (docs/performance.md has the figures).
//   4. publint --strict on the tarball (warnings count as errors).
//   5. @arethetypeswrong/cli (attw) on the tarball: every named entry point under every
//      resolution, then the per-set modules of every "./rules/<id>/*" pattern.
//
// Every check after packing runs even when an earlier one failed, so one run shows every
// problem; the exit code is 1 if any failed, and a failing tool's output is printed in full.
// Plain Node ESM: only node: built-ins and the devDependencies' CLIs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporaryFolder } from './temporary-folder.mjs';
import { criteriaEntries } from './criteria-entries.cjs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const require = createRequire(import.meta.url);

/** Files the tarball must contain (paths inside the package). */
const REQUIRED = [
  'package.json',
  'README.md',
  'dist/index.js',
  'dist/cjs/index.js',
  'dist/cjs/package.json',
  'dist/index.d.ts',
  'dist/cjs/index.d.ts',
  'schemas/producer.json',
  'schemas/rule-override.schema.json',
  'dist/fixtures/index.js',
  'dist/node/index.js',
  'dist/node/criteria.js',
  'dist/node/adapt.js',
  'dist/node/fixtures/index.js',
  'dist/cjs/fixtures/index.js',
  'fixtures/package.json',
  'dist/criteria.js',
  'dist/cjs/criteria.js',
  'criteria/package.json',
  'dist/adapt.js',
  'dist/cjs/adapt.js',
  'adapt/package.json',
  'dist/units.js',
  'dist/cjs/units.js',
  'dist/node/units.js',
  'units/package.json',
  'dist/cjs/rules/data/qd26-2026/set-06.js',
  'dist/rules/data/qd26-2026/set-06.js',
  'dist/cjs/cli/index.js',
  'docs/getting-started.md',
  'examples/quick-start.mjs',
];
/**
 * Size budget of the tarball (npm pack), bytes. 0.1.0 before #15 shipped 676,531 B packed and
 * 3,641,840 B unpacked (each criteria set twice, CommonJS bundles per entry, \uXXXX escapes);
 * the layout of #15 ships each set once: 492,378 B packed, 2,566,413 B unpacked, docs/ and
 * examples/ included. The budget leaves about 10% for docs and code; shipping a set's data twice
 * again would exceed it. Raise it on purpose, in the commit that needs it, with the new figures
 * in docs/performance.md: each criteria set added costs about 6 kB packed. Raised to 560 KiB
 * packed by #16 (555,484 B measured, 510,103 B before it): the declarations grew by about 41 kB
 * gzipped, counted file by file, half of it their CommonJS copies (typed issue params, the
 * catalogue's section types, one module per target kind), plus the locale modules and the docs.
 * Raised to 820 KiB packed and 4,900 KiB unpacked by #17 (749.7 KiB and 4,430 KiB measured): the 52
 * criteria sets of 1048/2019 and 148/2023, each shipped once (about 3.7 KiB packed each, with
 * their declarations), and their loaders.
 * Raised to 1,250 KiB packed and 6,600 KiB unpacked by #18 (1,163.7 KiB and 6,167.9 KiB measured,
 * from 749.7 and 4,430): the unit tables of `ocop/units` (every district and commune since 2019
 * and the 2025 conversion) are about 0.79 MB of row strings, about 205 KiB gzipped, shipped twice
 * (ESM and CommonJS; Node's ESM bundles import the ESM copy instead of holding a third).
 */
const BUDGET = { packed: 1250 * 1024, unpacked: 6600 * 1024 };
/** Folders that must never ship: sources, tests, dependencies and work-tree leftovers. */
const FORBIDDEN_DIRS = ['src/', 'test/', 'node_modules/', '.tmp/', 'coverage/', '.git/'];

const failures = [];
const lines = [];
const ok = (message) => lines.push(`  ok    ${message}`);
const fail = (message, output = '') => {
  lines.push(`  FAIL  ${message}`);
  failures.push({ message, output: output.trim() });
};

function kB(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

/** Runs a command; never throws. Output is captured so it can be shown on failure. */
function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // Windows needs a shell to start npm.cmd; elsewhere arguments are passed as they are.
    shell: process.platform === 'win32' && !command.endsWith('.js') && command !== process.execPath,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    ...options,
  });
  const output = [result.stdout, result.stderr].filter(Boolean).join('\n');
  const error = result.error ? `${result.error.message}\n` : '';
  return { status: result.status ?? 1, output: error + output };
}

/** `npm` as the same npm that runs this script when there is one (npm run sets npm_execpath). */
function npm(args, options) {
  const execPath = process.env.npm_execpath;
  if (execPath && /npm-cli\.[cm]?js$/.test(basename(execPath))) {
    return run(process.execPath, [execPath, ...args], options);
  }
  return run('npm', args, options);
}

/** The JS file of an installed package's bin, looked up like Node resolves packages. */
function binOf(packageName, binName) {
  for (let dir = root; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', packageName, 'package.json');
    if (existsSync(manifest)) {
      const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
      const relative = typeof bin === 'string' ? bin : bin?.[binName];
      if (relative) return join(dirname(manifest), relative);
    }
    if (dirname(dir) === dir) break;
  }
  throw new Error(`${packageName} is not installed: run \`npm ci\` (it is a devDependency).`);
}

/** Entries of a .tgz (path inside the package, size), read with node:zlib; no `tar` needed. */
function listTarball(file) {
  const data = gunzipSync(readFileSync(file));
  const entries = [];
  let nextPath;
  for (let offset = 0; offset + 512 <= data.length;) {
    const header = data.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const text = (start, end) => header.toString('utf8', start, end).replace(/\0.*$/s, '');
    const size = Number.parseInt(text(124, 136).trim() || '0', 8);
    const type = text(156, 157) || '0';
    const body = data.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      // PAX extended header: "<len> path=<value>\n" records apply to the next entry.
      const match = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      if (match) nextPath = match[1];
      continue;
    }
    if (type === 'L') {
      nextPath = body.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    if (type === 'g') continue;
    const prefix = text(345, 500);
    const path = nextPath ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100));
    nextPath = undefined;
    if (type === '0' || type === '\0' || type === '') {
      // npm puts every file under "package/".
      entries.push({ path: path.replace(/^package\//, ''), size });
    }
  }
  return entries;
}

// 1. The build output is there -----------------------------------------------------------------
const dist = join(root, 'dist');
if (!existsSync(dist) || !statSync(dist).isDirectory()) {
  console.error('check-package: dist/ does not exist. Run `npm run build` first.');
  process.exit(1);
}
const declarationProblems = [];
for (const file of ['dist/index.d.ts', 'dist/cjs/index.d.ts']) {
  const path = join(root, file);
  if (!existsSync(path)) declarationProblems.push(`${file} is missing`);
  else if (statSync(path).size === 0 || readFileSync(path, 'utf8').trim() === '')
    declarationProblems.push(`${file} is empty`);
}
if (declarationProblems.length > 0) {
  console.error(
    `check-package: ${declarationProblems.join('; ')}. The declaration build (tsup dts) failed or ` +
      'was skipped: run `npm run build` and read its errors.',
  );
  process.exit(1);
}

console.log(`check-package: ${pkg.name}@${pkg.version}`);
ok(
  `dist/index.d.ts (${kB(statSync(join(root, 'dist/index.d.ts')).size)}), dist/cjs/index.d.ts (${kB(statSync(join(root, 'dist/cjs/index.d.ts')).size)})`,
);

// A dist/ older than the sources is checked as it is, but said so: the tarball is what ships.
const newestSource = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs), 0);
if (existsSync(join(root, 'src')) && existsSync(join(root, 'dist/index.js'))) {
  if (newestSource(join(root, 'src')) > statSync(join(root, 'dist/index.js')).mtimeMs) {
    lines.push('  note  src/ has changed since dist/ was built: run `npm run build` to check the current sources');
  }
}

// 2. Pack --------------------------------------------------------------------------------------
const { path: temp, cleanUp } = temporaryFolder('ocop-check-package-');

try {
  const packed = npm(['pack', '--pack-destination', temp]);
  const tarballs = readdirSync(temp).filter((name) => name.endsWith('.tgz'));
  if (packed.status !== 0 || tarballs.length !== 1) {
    fail('npm pack', packed.output);
  } else {
    const tarball = join(temp, tarballs[0]);
    const entries = listTarball(tarball);
    const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
    ok(
      `npm pack: ${tarballs[0]}, ${kB(statSync(tarball).size)} packed, ${kB(unpacked)} unpacked, ${entries.length} files`,
    );

    // 3. Contents --------------------------------------------------------------------------------
    const paths = new Set(entries.map((entry) => entry.path));
    const missing = REQUIRED.filter((file) => !paths.has(file));
    const emptyRequired = entries
      .filter((entry) => REQUIRED.includes(entry.path) && entry.size === 0)
      .map((entry) => entry.path);
    const forbidden = [...paths].filter((path) => FORBIDDEN_DIRS.some((dir) => path.startsWith(dir)));
    const listing = `Tarball contents:\n${entries.map((entry) => `  ${entry.path} (${entry.size} B)`).join('\n')}`;
    const problems = [
      missing.length > 0 && `missing ${missing.join(', ')}`,
      emptyRequired.length > 0 && `empty ${emptyRequired.join(', ')}`,
      forbidden.length > 0 && `must not ship ${forbidden.slice(0, 5).join(', ')}${forbidden.length > 5 ? ', …' : ''}`,
    ].filter(Boolean);
    if (problems.length > 0) fail(`tarball contents: ${problems.join('; ')}`, listing);
    else ok(`contents: ${REQUIRED.slice(1).join(', ')}; nothing under ${FORBIDDEN_DIRS.join(' ')}`);

    const emptyFiles = entries.filter((entry) => entry.size === 0).map((entry) => entry.path);
    // Declarations are read by people (editors jump to them): plain names, no bundler hashes.
    const hashed = [...paths].filter((path) => /-(?=[A-Za-z0-9_]*[A-Z])[A-Za-z0-9_]{8}\.d\.[cm]?ts$/.test(path));
    // Each set's data (its criteria's references) is in exactly one shipped JavaScript file.
    const shippedJs = entries
      .filter((entry) => entry.path.endsWith('.js'))
      .map((entry) => ({ path: entry.path, text: readFileSync(join(root, entry.path), 'utf8') }));
    const setCopies = criteriaEntries(pkg).flatMap(({ id, prefix }) =>
      entries
        .filter((entry) => new RegExp(`^dist/cjs/rules/data/${id}/set-\\d\\d\\.js$`).test(entry.path))
        .map((entry) => {
          const nn = entry.path.slice(-5, -3);
          // The set's own reference, a quoted string that only the set's data holds.
          const reference = require(join(root, entry.path))[`${prefix}_SET_${nn}`]?.reference ?? `${id} ${nn}`;
          // quoted whole, so that set 1's "… số 1" does not match set 10's "… số 10"
          const escaped = JSON.stringify(reference)
            .slice(1, -1)
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          const marker = new RegExp(`["']${escaped}["']`);
          const files = shippedJs.filter((file) => marker.test(file.text)).map((file) => file.path);
          return { setNo: `${id} ${nn}`, files };
        }),
    );
    const notOnce = setCopies.filter((set) => set.files.length !== 1);
    const setCount = setCopies.length;
    const esmSets = entries.filter((entry) => /^dist\/rules\/data\/[^/]+\/set-\d\d\.js$/.test(entry.path));
    const layoutProblems = [
      emptyFiles.length > 0 && `empty files: ${emptyFiles.join(', ')}`,
      hashed.length > 0 && `hashed declaration names: ${hashed.join(', ')}`,
      notOnce.length > 0 &&
        `criteria data not shipped exactly once: ${notOnce.map((set) => `set ${set.setNo} in ${set.files.length} files (${set.files.join(', ')})`).join('; ')}`,
      (setCount === 0 || esmSets.length !== setCount || esmSets.some((entry) => entry.size > 1024)) &&
        `expected ${setCount} ESM criteria-set modules, each a re-export under 1 kB: ${esmSets.map((entry) => `${entry.path} ${entry.size} B`).join(', ')}`,
    ].filter(Boolean);
    if (layoutProblems.length > 0) fail(`tarball layout: ${layoutProblems.join('; ')}`, listing);
    else
      ok(
        `layout: no empty file, no hashed declaration name, each of the ${setCount} criteria sets' data in exactly one file, the ESM set modules re-exports`,
      );

    // 3b. Size budget ------------------------------------------------------------------------------
    const packedSize = statSync(tarball).size;
    if (packedSize > BUDGET.packed || unpacked > BUDGET.unpacked) {
      fail(
        `size budget: ${kB(packedSize)} packed (budget ${kB(BUDGET.packed)}), ${kB(unpacked)} unpacked (budget ${kB(BUDGET.unpacked)})`,
      );
    } else {
      ok(
        `size budget: ${kB(packedSize)} packed ≤ ${kB(BUDGET.packed)}, ${kB(unpacked)} unpacked ≤ ${kB(BUDGET.unpacked)}`,
      );
    }

    // 4. publint ---------------------------------------------------------------------------------
    const publint = run(process.execPath, [binOf('publint', 'publint'), 'run', tarball, '--strict'], { cwd: temp });
    if (publint.status !== 0) {
      fail('publint --strict', publint.output);
    } else {
      ok('publint --strict: no errors or warnings');
      // Suggestions do not fail the check, but are worth seeing.
      if (!/All good!/.test(publint.output)) lines.push(publint.output.trim().replace(/^/gm, '        '));
    }

    // 5. attw ------------------------------------------------------------------------------------
    // The default ("strict") profile checks node10, node16 (from CJS and from ESM) and bundler
    // resolution of every entry point it finds in "exports". node10 (TypeScript's deprecated
    // moduleResolution "node"/"node10") ignores "exports": it finds "." through "main"/"types",
    // and "./fixtures", "./criteria", "./adapt" through the stub folders fixtures/, criteria/,
    // adapt/ whose package.json points into dist/.
    const attwBin = binOf('@arethetypeswrong/cli', 'attw');
    const attw = run(process.execPath, [attwBin, tarball, '--format', 'ascii', '--no-color'], { cwd: temp });
    if (attw.status !== 0) fail('attw (@arethetypeswrong/cli)', attw.output);
    else ok('attw: no problems (node10, node16 CJS, node16 ESM, bundler)');

    // attw lists a pattern export ("./rules/qd26-2026/*") as "(wildcard)" and checks nothing
    // behind it, so the 26 set modules are named here (--entrypoints). They are checked with
    // --profile node16 (node16 from CJS and from ESM, and bundler; not node10): node10 ignores
    // "exports", and there is no stub folder per set (that would be 26 rules/qd26-2026/NN/
    // package.json files), so `ocop/rules/qd26-2026/06` does not resolve there. A node10
    // project imports the sets from `ocop/criteria`, which has a stub and is checked above.
    const setModules = entries
      .map((entry) => /^dist\/cjs\/rules\/data\/([^/]+)\/set-(\d\d)\.js$/.exec(entry.path))
      .filter((match) => match !== null)
      .map((match) => `./rules/${match[1]}/${match[2]}`)
      .sort();
    if (setModules.length !== setCount || setCount === 0) {
      fail(
        `per-set modules: expected ${setCount} dist/cjs/rules/data/<id>/set-NN.js in the tarball, found ${setModules.length}`,
        listing,
      );
    } else {
      const attwSets = run(
        process.execPath,
        [attwBin, tarball, '--format', 'ascii', '--no-color', '--profile', 'node16', '--entrypoints', ...setModules],
        { cwd: temp },
      );
      const named = criteriaEntries(pkg)
        .map((e) => `ocop/rules/${e.id}/NN`)
        .join(', ');
      if (attwSets.status !== 0) fail(`attw --profile node16 on ${named}`, attwSets.output);
      else
        ok(
          `attw --profile node16: the ${setModules.length} set modules (${named}), no problems (node16 CJS, node16 ESM, bundler; node10 not applicable)`,
        );
    }
  }
} catch (error) {
  fail('unexpected error', error instanceof Error ? (error.stack ?? error.message) : String(error));
} finally {
  cleanUp();
}

console.log(lines.join('\n'));
if (failures.length > 0) {
  for (const { message, output } of failures) {
    if (!output) continue;
    console.error(`\n--- ${message} ---\n${output}`);
  }
  console.error(`\ncheck-package: ${failures.length} check(s) failed.`);
  process.exit(1);
}
console.log('check-package: all checks passed.');
