// Security checks of issue #10 that are not unit tests (they time things, read the built files
// or ask the npm registry). Run after `npm run build`:
//
//   node scripts/check-security.mjs
//
//   a. No code evaluation: no `eval`, `Function(…)`/`new Function(…)`, string timers or `vm` in
//      src/ or dist/ (parsed with TypeScript, so comments and strings do not count). Reports, as
//      information, whether zod (a peer dependency, not bundled) compiles code with `new Function`.
//   b. ReDoS: every regular expression literal and `new RegExp(…)` in src/ is run on adversarial
//      strings of 10^4–10^5 characters derived from its structure; all of one pattern's inputs
//      must finish within BUDGET_MS. Prints the pattern count and the slowest pattern.
//   c. Install scripts: package.json runs nothing on consumers' machines (no preinstall, install,
//      postinstall, prepare…), and neither do the runtime dependencies (decimal.js; zod as peer).
//   d. The published package's dependency tree is only zod (peer) and decimal.js, with nothing
//      below them (`npm ls --omit=dev --all --json` and package-lock.json).
//   e. `npm audit --omit=dev --json` finds no vulnerability. When the audit endpoint cannot be
//      reached the check prints `skipped: <reason>` and does not fail.
//
// Prints one `ok` / `FAIL` / `skipped` line per check; exit code 1 if any failed.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET_MS = 100;
/** Runtime dependencies the published package may have (peer or regular). */
const ALLOWED_RUNTIME = new Set(['zod', 'decimal.js']);
/** Lifecycle scripts npm runs when a package is installed (as a dependency or from a git URL). */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare', 'preprepare', 'postprepare', 'prepublish'];

let failed = false;
const line = (status, text) => {
  if (status === 'FAIL') failed = true;
  console.log(`  ${status.padEnd(7)} ${text}`);
};
const ok = (text) => line('ok', text);
const fail = (text) => line('FAIL', text);
const skipped = (text) => line('skipped', text);
const info = (text) => console.log(`          ${text}`);

function filesUnder(dir, test) {
  const out = [];
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, test));
    else if (test(name)) out.push(path);
  }
  return out.sort();
}

const parse = (file) =>
  ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    /\.(c|m)?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS,
  );
const where = (source, node) =>
  `${relative(root, source.fileName)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;

// --- a. code evaluation ------------------------------------------------------------------------

const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate']);
const isStringy = (node) =>
  node !== undefined &&
  (ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateExpression(node) ||
    (ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
      (isStringy(node.left) || isStringy(node.right))));
const calleeName = (expression) =>
  ts.isIdentifier(expression)
    ? expression.text
    : ts.isPropertyAccessExpression(expression)
      ? expression.name.text
      : undefined;

/** Every use of code evaluation in one file: where and what. */
function evaluationUses(file) {
  const source = parse(file);
  const found = [];
  const visit = (node) => {
    // any reference to eval (direct, indirect `(0, eval)(…)`, `globalThis.eval`)
    if (ts.isIdentifier(node) && node.text === 'eval') found.push(`${where(source, node)} eval`);
    if (ts.isNewExpression(node) && calleeName(node.expression) === 'Function')
      found.push(`${where(source, node)} new Function(…)`);
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      if (name === 'Function' && (ts.isIdentifier(node.expression) || ts.isPropertyAccessExpression(node.expression)))
        found.push(`${where(source, node)} Function(…)`);
      if (name !== undefined && TIMERS.has(name) && isStringy(node.arguments[0]))
        found.push(`${where(source, node)} ${name}("…")`);
      if (
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'require' &&
        /^(node:)?vm$/.test(node.arguments[0]?.text ?? '')
      )
        found.push(`${where(source, node)} require('vm')`);
    }
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      /^(node:)?vm$/.test(node.moduleSpecifier.text)
    )
      found.push(`${where(source, node)} import 'vm'`);
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      /^(node:)?vm$/.test(node.arguments[0]?.text ?? '')
    )
      found.push(`${where(source, node)} import('vm')`);
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'vm')
      found.push(`${where(source, node)} vm.${node.name.text}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function checkEvaluation() {
  console.log('a. code evaluation (eval, Function, string timers, vm)');
  const groups = [
    ['src/', filesUnder(join(root, 'src'), (n) => n.endsWith('.ts'))],
    ['dist/', filesUnder(join(root, 'dist'), (n) => /\.(c|m)?js$/.test(n))],
  ];
  for (const [name, files] of groups) {
    if (files.length === 0) {
      fail(`${name}: no files (run \`npm run build\` first)`);
      continue;
    }
    const uses = files.flatMap(evaluationUses);
    if (uses.length === 0) ok(`${name}: ${files.length} files, no code evaluation`);
    else fail(`${name}: ${uses.length} use(s) of code evaluation:\n${uses.map((u) => `            ${u}`).join('\n')}`);
  }
  // zod: a peer dependency the package never bundles (checked above: dist/ has no `new Function`).
  const zodCore = join(root, 'node_modules/zod/v4/core');
  const zodFiles = filesUnder(zodCore, (n) => n.endsWith('.js')).filter((f) =>
    /new Function|new F\(/.test(readFileSync(f, 'utf8')),
  );
  const zodVersion = existsSync(join(root, 'node_modules/zod/package.json'))
    ? JSON.parse(readFileSync(join(root, 'node_modules/zod/package.json'), 'utf8')).version
    : 'not installed';
  info(
    `note: zod ${zodVersion} (peer, not bundled) compiles object parsers with \`new Function\` in ${zodFiles.map((f) => relative(zodCore, f)).join(', ') || 'no file'};`,
  );
  info(
    '      it probes first and falls back without it (strict CSP), and `z.config({ jitless: true })` turns it off; the generated code holds only schema keys.',
  );
}

// --- b. ReDoS ----------------------------------------------------------------------------------

/** Every regular expression in src/: literals and `new RegExp(…)`/`RegExp(…)` with literal arguments. */
function regularExpressions() {
  const out = [];
  for (const file of filesUnder(join(root, 'src'), (n) => n.endsWith('.ts'))) {
    const source = parse(file);
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.text;
        const end = text.lastIndexOf('/');
        out.push({ at: where(source, node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? [];
        const literal = (n) => n !== undefined && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n));
        if (literal(pattern) && (flags === undefined || literal(flags)))
          out.push({ at: where(source, node), source: pattern.text, flags: flags?.text ?? '' });
        else out.push({ at: where(source, node), source: undefined, text: node.getText(source) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** Characters a pattern mentions: literal characters, a member of each class, samples of escapes. */
function sampleCharacters(pattern) {
  const chars = new Set();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const e = pattern[++i];
      const samples = { d: '1', D: 'a', w: 'a', W: '-', s: ' ', S: 'a', b: '', B: '', n: '\n', t: '\t', r: '\r' };
      if (e === 'u' && pattern[i + 1] === '{') {
        const close = pattern.indexOf('}', i);
        chars.add(String.fromCodePoint(parseInt(pattern.slice(i + 2, close), 16)));
        i = close;
      } else if (e === 'u') {
        chars.add(String.fromCharCode(parseInt(pattern.slice(i + 1, i + 5), 16)));
        i += 4;
      } else if (e === 'x') {
        chars.add(String.fromCharCode(parseInt(pattern.slice(i + 1, i + 3), 16)));
        i += 2;
      } else if (e === 'p' || e === 'P') {
        // \p{…}: a letter stands for the property (a bare \p, without braces, is just "p")
        const close = pattern[i + 1] === '{' ? pattern.indexOf('}', i) : -1;
        chars.add(e === 'p' ? 'á' : '1');
        if (close > i) i = close;
      } else if (e in samples) {
        if (samples[e]) chars.add(samples[e]);
      } else chars.add(e);
    } else if (c === '[') {
      // a class: its first member, the first after a range, and a character outside it
      let j = i + 1;
      const negated = pattern[j] === '^';
      if (negated) j++;
      const members = [];
      for (; j < pattern.length && (pattern[j] !== ']' || j === i + 1); j++) {
        if (pattern[j] === '\\') {
          // an escape, with its braces for \p{…} and \u{…}
          const braced = pattern[j + 2] === '{' ? pattern.indexOf('}', j) : -1;
          const end = braced > j ? braced + 1 : j + 2;
          members.push(...sampleCharacters(pattern.slice(j, end)));
          j = end - 1;
        } else if (pattern[j + 1] === '-' && pattern[j + 2] !== ']' && pattern[j + 2] !== undefined) {
          members.push(pattern[j], pattern[j + 2]);
          j += 2;
        } else members.push(pattern[j]);
      }
      if (!negated) for (const m of members) chars.add(m);
      else chars.add('a');
      i = j;
    } else if (c === '.') chars.add('a');
    else if (!'()|*+?{}^$'.includes(c)) chars.add(c);
    else if (c === '{') i = pattern.indexOf('}', i);
  }
  return [...chars].filter((c) => c !== '');
}

/** Builds a flat string (a repeated, sliced string is a rope; flattening it is not the regex's time). */
const flat = (text) => Buffer.from(text, 'utf16le').toString('utf16le');

/**
 * Adversarial inputs for a pattern: runs of its characters (and of pairs and triples of them, and
 * of generic pumps such as `1.` and `a-`), each followed by a mismatch, and the same runs after a
 * character that starts a match. Full battery at 10^4 characters; the single-character and
 * generic pumps again at 10^5.
 */
function adversarialInputs(pattern) {
  const chars = sampleCharacters(pattern).slice(0, 12);
  const generic = ['0', '1', 'a', 'a-', '1.', '1.1', ' ', 'aa ', '\t', '-', '.', '/', 'á', '\u00a0', 'a\n'];
  const pumps = new Set([...generic, ...chars]);
  for (const a of chars.slice(0, 8)) for (const b of chars.slice(0, 8)) pumps.add(a + b);
  for (let i = 0; i + 2 < chars.length; i++) pumps.add(chars[i] + chars[i + 1] + chars[i + 2]);
  const run = (pump, length) => pump.repeat(Math.ceil(length / pump.length)).slice(0, length);
  const inputs = [];
  for (const pump of pumps) {
    const body = run(pump, 10_000);
    inputs.push(body + '!', body, (chars[0] ?? '') + body + '\u0000');
  }
  for (const pump of new Set([...generic, ...chars])) {
    const body = run(pump, 100_000);
    inputs.push(body + '!', (chars[0] ?? '') + body + '\u0000');
  }
  return [...new Set(inputs)].map(flat);
}

/** Runs a pattern as the code would: one exec, or every match for a global or sticky one. */
function run(regex, input) {
  const copy = new RegExp(regex.source, regex.flags);
  if (!copy.global && !copy.sticky) return copy.exec(input);
  let count = 0;
  for (let m = copy.exec(input); m !== null; m = copy.exec(input)) {
    count++;
    if (m[0] === '') copy.lastIndex++;
  }
  return count;
}

/**
 * Patterns that the code applies only to text another pattern has accepted first: they are timed
 * on the adversarial inputs that pass that guard, and their unguarded time is printed as a latent
 * risk (a change that drops the guard must fix the pattern).
 */
const DECIMAL_SCORE_GUARD = {
  guard: /^-?\d+(\.\d+)?$/,
  // what passes the guard and stresses the pattern: long runs of zeros and digits around the point
  extra: [10_000, 100_000].flatMap((n) => [
    '0'.repeat(n),
    `-${'0'.repeat(n)}`,
    `${'0'.repeat(n)}.${'0'.repeat(n)}`,
    `-${'0'.repeat(n)}.${'0'.repeat(n)}1`,
    `1${'0'.repeat(n)}.${'0'.repeat(n)}1`,
    `${'9'.repeat(n)}.${'9'.repeat(n)}`,
    `0.${'0'.repeat(n)}`,
  ]),
  where:
    'src/rating/star-band.ts: digitsOf runs only on scores that VALID_TEXT accepted in bandOf, and on String(edge) of rule data',
};
const GUARDED = new Map([
  // the pattern as it is (quadratic on fractions such as "0.000…01", which pass the guard)
  [String.raw`^(-?)0*(\d*?)(?:\.(\d*?)0*)?$`, DECIMAL_SCORE_GUARD],
  // the suggested fix (trailing zeros of the fraction stripped by a loop, not by the pattern)
  [String.raw`^(-?)0*(\d*)(?:\.(\d*))?$`, DECIMAL_SCORE_GUARD],
]);

/** Milliseconds to run a pattern over inputs, stopping early past `cap`; and the slowest input. */
function timeAll(regex, inputs, cap) {
  run(regex, 'warm-up 0.1 a-b');
  let total = 0;
  let worst = { ms: -1, input: '' };
  // shortest first, so a catastrophic pattern is stopped before its 10^5-character inputs
  for (const input of [...inputs].sort((a, b) => a.length - b.length)) {
    const start = performance.now();
    run(regex, input);
    const ms = performance.now() - start;
    total += ms;
    if (ms > worst.ms) worst = { ms, input };
    if (total > cap) break;
  }
  return { total, worst };
}

function checkRedos() {
  console.log('b. regular expressions (catastrophic backtracking)');
  const found = regularExpressions();
  const dynamic = found.filter((r) => r.source === undefined);
  for (const r of dynamic) fail(`${r.at}: ${r.text}: a RegExp built at run time cannot be checked here`);
  const patterns = found.filter((r) => r.source !== undefined);
  let slowest = { total: -1 };
  let over = 0;
  let inputCount = 0;
  const timings = [];
  for (const r of patterns) {
    const regex = new RegExp(r.source, r.flags);
    const label = `/${r.source}/${r.flags} (${r.at})`;
    const guarded = GUARDED.get(r.source);
    const all = adversarialInputs(r.source);
    const inputs = guarded ? [...all.filter((input) => guarded.guard.test(input)), ...guarded.extra.map(flat)] : all;
    inputCount += inputs.length;
    const { total, worst } = timeAll(regex, inputs, BUDGET_MS);
    if (total > slowest.total) slowest = { total, label, count: inputs.length };
    timings.push(`${total.toFixed(1).padStart(6)} ms  ${label}`);
    if (total > BUDGET_MS) {
      over++;
      fail(
        `${label}: ${total.toFixed(1)} ms over its inputs (budget ${BUDGET_MS} ms); slowest ${JSON.stringify(worst.input.slice(0, 12))}… (${worst.input.length} chars, ${worst.ms.toFixed(1)} ms)`,
      );
    }
    if (guarded) {
      const short = all.filter((input) => input.length <= 10_010 && !guarded.guard.test(input));
      const latent = timeAll(regex, short, 2_000);
      info(`guarded: ${label}`);
      info(`  ${guarded.where}; ${inputs.length} inputs that pass the guard: ${total.toFixed(1)} ms.`);
      info(
        `  latent: unguarded, ${short.length} 10^4-character inputs take ${latent.total > 2_000 ? 'over ' : ''}${latent.total.toFixed(0)} ms (slowest ${JSON.stringify(latent.worst.input.slice(0, 8))}…: ${latent.worst.ms.toFixed(0)} ms)`,
      );
    }
  }
  if (patterns.length === 0) fail('no regular expression found in src/ (is the parser broken?)');
  else if (over === 0)
    ok(
      `${patterns.length} patterns in src/ (${inputCount} adversarial inputs of 10^4 and 10^5 characters): each within ${BUDGET_MS} ms`,
    );
  for (const timing of timings) info(timing);
  info(`slowest: ${slowest.label}: ${slowest.total.toFixed(1)} ms over its ${slowest.count} inputs`);
}

// --- c. install scripts ------------------------------------------------------------------------

function checkInstallScripts() {
  console.log('c. install scripts');
  const packages = [
    ['ocop (package.json)', join(root, 'package.json')],
    ['decimal.js', join(root, 'node_modules/decimal.js/package.json')],
    ['zod (peer)', join(root, 'node_modules/zod/package.json')],
  ];
  for (const [name, file] of packages) {
    if (!existsSync(file)) {
      fail(`${name}: ${relative(root, file)} not found (run npm ci)`);
      continue;
    }
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    const scripts = INSTALL_SCRIPTS.filter((s) => pkg.scripts?.[s] !== undefined);
    // npm runs `node-gyp rebuild` for a package with a binding.gyp and no install script
    if (existsSync(join(file, '../binding.gyp')) && !pkg.scripts?.install)
      scripts.push('install (implicit: binding.gyp)');
    if (pkg.gypfile) scripts.push('gypfile');
    if (scripts.length === 0) ok(`${name}: no install scripts`);
    else fail(`${name}: runs ${scripts.join(', ')} on install`);
  }
}

// --- d. dependency tree ------------------------------------------------------------------------

function npm(args) {
  const result = spawnSync('npm', args, {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', error: result.error };
}

function checkTree() {
  console.log('d. dependency tree of the published package');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const declared = [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    ...Object.keys(pkg.optionalDependencies ?? {}),
    ...(pkg.bundleDependencies ?? pkg.bundledDependencies ?? []),
  ];
  const extra = declared.filter((name) => !ALLOWED_RUNTIME.has(name));
  if (extra.length === 0) ok(`package.json: runtime dependencies ${declared.join(', ')}`);
  else fail(`package.json: runtime dependencies beyond ${[...ALLOWED_RUNTIME].join(', ')}: ${extra.join(', ')}`);

  // npm ls: the installed tree without devDependencies, every level
  const ls = npm(['ls', '--omit=dev', '--all', '--json']);
  let tree;
  try {
    tree = JSON.parse(ls.stdout);
  } catch {
    fail(`npm ls --omit=dev --all --json: no JSON output (${(ls.stderr || String(ls.error)).trim().split('\n')[0]})`);
  }
  if (tree) {
    const names = [];
    const walk = (deps, path) => {
      for (const [name, node] of Object.entries(deps ?? {})) {
        names.push([...path, name].join(' > '));
        walk(node.dependencies, [...path, name]);
      }
    };
    walk(tree.dependencies, []);
    const unexpected = names.filter((n) => n.includes(' > ') || !ALLOWED_RUNTIME.has(n));
    if (unexpected.length === 0 && !tree.problems) ok(`npm ls --omit=dev --all: ${names.join(', ')}`);
    else
      fail(
        `npm ls --omit=dev --all: ${unexpected.length > 0 ? `unexpected ${unexpected.join(', ')}` : ''}${tree.problems ? ` problems: ${tree.problems.join('; ')}` : ''}`,
      );
  }

  // package-lock.json: the packages a consumer's install would pull in (not dev, and not peer-only dev copies)
  const lockFile = join(root, 'package-lock.json');
  if (!existsSync(lockFile)) {
    fail('package-lock.json not found');
    return;
  }
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  const runtime = Object.entries(lock.packages ?? {})
    .filter(([path, entry]) => path !== '' && !entry.dev && !entry.devOptional)
    .map(([path, entry]) => ({ name: path.replace(/^.*node_modules\//, ''), path, entry }));
  const notAllowed = runtime.filter((p) => !ALLOWED_RUNTIME.has(p.name) || p.path.split('node_modules/').length > 2);
  const below = runtime.filter(
    (p) =>
      Object.keys(p.entry.dependencies ?? {}).length > 0 || Object.keys(p.entry.optionalDependencies ?? {}).length > 0,
  );
  if (notAllowed.length === 0 && below.length === 0)
    ok(
      `package-lock.json: runtime packages ${runtime.map((p) => `${p.name}@${p.entry.version}`).join(', ') || 'none'}, with no dependencies of their own`,
    );
  else
    fail(
      `package-lock.json: ${[...notAllowed.map((p) => `${p.path} is not allowed`), ...below.map((p) => `${p.path} depends on ${Object.keys({ ...p.entry.dependencies, ...p.entry.optionalDependencies }).join(', ')}`)].join('; ')}`,
    );
  // zod is a devDependency here too (for the tests), so the lock marks it dev; it must still have no dependencies
  const zod = lock.packages?.['node_modules/zod'];
  if (zod && Object.keys({ ...zod.dependencies, ...zod.optionalDependencies, ...zod.peerDependencies }).length > 0)
    fail(
      `zod ${zod.version} has dependencies: ${Object.keys({ ...zod.dependencies, ...zod.optionalDependencies, ...zod.peerDependencies }).join(', ')}`,
    );
  else if (zod) ok(`zod ${zod.version} (peer; a devDependency here for the tests): no dependencies of its own`);
}

// --- e. npm audit ------------------------------------------------------------------------------

function checkAudit() {
  console.log('e. npm audit --omit=dev');
  const audit = npm(['audit', '--omit=dev', '--json']);
  let report;
  try {
    report = JSON.parse(audit.stdout);
  } catch {
    skipped(
      `npm audit gave no JSON (${(audit.stderr || String(audit.error ?? `exit ${audit.status}`)).trim().split('\n')[0]})`,
    );
    return;
  }
  if (report.error) {
    skipped(
      `audit endpoint unreachable or refused: ${report.message || report.error.summary || report.error.code || JSON.stringify(report.error)}`.split(
        '\n',
      )[0],
    );
    return;
  }
  const counts = report.metadata?.vulnerabilities;
  const total = counts?.total ?? Object.keys(report.vulnerabilities ?? {}).length;
  if (total === 0)
    ok(`no vulnerabilities (${report.metadata?.dependencies?.prod ?? '?'} production dependencies audited)`);
  else
    fail(
      `${total} vulnerabilit${total === 1 ? 'y' : 'ies'}: ${Object.entries(report.vulnerabilities ?? {})
        .map(([name, v]) => `${name} (${v.severity})`)
        .join(', ')}`,
    );
}

checkEvaluation();
checkRedos();
checkInstallScripts();
checkTree();
checkAudit();
if (failed) {
  console.error('check-security: FAILED (see above).');
  process.exit(1);
}
console.log('check-security: all checks passed.');
