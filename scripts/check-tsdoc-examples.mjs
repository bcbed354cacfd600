#!/usr/bin/env node
// TSDoc example check: every ```ts block inside an `@example` of a source file type-checks, so the
// examples cannot rot (`npm run check:tsdoc`, part of `npm run check` and CI).
//
//   node scripts/check-tsdoc-examples.mjs                 every src/**/*.ts (generated criteria
//                                                          sets excepted, see SKIP)
//   node scripts/check-tsdoc-examples.mjs a.ts b.ts       those files only (paths from the root)
//   node scripts/check-tsdoc-examples.mjs --keep …        keep the written modules (path printed)
//
// Each block is written as its own module (with `export {};`, so top-level await and names are
// module-scoped) into a temporary folder under .tmp/, beside a tsconfig.json that extends the
// repository's (strict, exactOptionalPropertyTypes, NodeNext) and maps the package's own entries
// (`ocop`, `ocop/fixtures`, `ocop/criteria`, `ocop/adapt`, `ocop/rules/<id>/NN`) to their
// sources with `paths`. The entries are read from package.json `exports` (each `import.types`
// target `./dist/<name>.d.ts` is `src/<name>.ts`), so a new entry needs no change here. All
// modules are checked in one TypeScript program, through the compiler API.
//
// As in a doctest, the documented module's own exports are in scope: an example of an internal
// module may call its functions without an import (a name the example uses and does not import
// or declare itself is imported from the source file, by an import appended at the end, so lines
// keep their numbers).
//
// Each error is printed as `<source file>:<line>:<column> TS<code> <message>`, at the line of
// the example in the source file; the exit code is 1 if any example fails, 2 on a usage error.
// Errors inside src/ itself are the typecheck's business and are not reported here.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { temporaryFolder } from './temporary-folder.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Generated criteria sets (src/rules/data/<id>/set-NN.ts): their examples come from one template per generator. */
const SKIP = /^src\/rules\/data\/[^/]+\/set-\d\d\.ts$/;

const posix = (path) => path.split(sep).join('/');

/** Every `.ts` file under `dir` (relative to the root, POSIX separators), sorted. */
function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    const path = `${dir}/${name}`;
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) out.push(path);
  }
  return out.filter((file) => !SKIP.test(file));
}

/**
 * The ```ts blocks inside `@example` sections of the file's `/** … *\/` comments: for each, its
 * code lines (comment prefix removed), how many characters each lost, and the line (1-based) of
 * its first code line in the file.
 */
export function extractExamples(text) {
  const lines = text.split(/\r?\n/);
  const examples = [];
  let inComment = false;
  let inExample = false;
  let block;
  lines.forEach((raw, index) => {
    if (!inComment) {
      if (!/^\s*\/\*\*/.test(raw)) return;
      inComment = true;
      inExample = false;
    }
    const closes = /\*\/\s*$/.test(raw);
    const line = raw
      .replace(/^\s*\/\*\*\s?/, '')
      .replace(/\s*\*\/\s*$/, '')
      .replace(/^\s*\* ?/, '');
    if (block) {
      if (/^\s*```\s*$/.test(line)) {
        examples.push(block);
        block = undefined;
      } else {
        block.code.push(line);
        block.offsets.push(raw.length - line.length);
      }
    } else if (/^@example\b/.test(line.trim())) inExample = true;
    else if (/^@\w/.test(line.trim())) inExample = false;
    else if (inExample && /^\s*```(ts|typescript)\s*$/.test(line)) block = { line: index + 2, code: [], offsets: [] };
    if (closes) {
      inComment = false;
      block = undefined;
    }
  });
  return examples;
}

/** `paths` for the package's own entries, from package.json `exports` (`import.types`). */
function entryPaths() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const paths = {};
  for (const [key, value] of Object.entries(pkg.exports)) {
    const types = value?.import?.types;
    const source = typeof types === 'string' ? /^\.\/dist\/(.+)\.d\.ts$/.exec(types)?.[1] : undefined;
    if (source === undefined) continue;
    paths[key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`] = [`src/${source}.ts`];
  }
  return paths;
}

/**
 * Writes `folder/tsconfig.json`: the repository's tsconfig.json, the written modules only, and
 * the entries mapped to their sources (`npx tsc -p <folder>` repeats the check with --keep).
 * Returns the options and files it parses to.
 */
function writeConfig(folder) {
  const configPath = join(folder, 'tsconfig.json');
  const fromFolder = posix(relative(folder, root));
  const config = {
    extends: `${fromFolder}/tsconfig.json`,
    compilerOptions: { noEmit: true, baseUrl: fromFolder, paths: entryPaths() },
    include: ['*.ts'],
  };
  writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, folder, undefined, configPath);
}

/** The names a source file exports, split into values and types (declarations and `export { … }` lists). */
export function exportedNames(text) {
  const values = new Set();
  const types = new Set();
  for (const m of text.matchAll(
    /^export\s+(?:declare\s+)?(?:async\s+)?(function\*?|const|let|class|enum|type|interface)\s+([A-Za-z_$][\w$]*)/gm,
  )) {
    (m[1] === 'type' || m[1] === 'interface' ? types : values).add(m[2]);
  }
  for (const m of text.matchAll(/^export\s+(type\s+)?\{([^}]*)\}(?!\s*from)/gm)) {
    for (const part of m[2].split(',')) {
      const item = /^\s*(type\s+)?(?:[\w$]+\s+as\s+)?([\w$]+)\s*$/.exec(part);
      if (item) (m[1] || item[1] ? types : values).add(item[2]);
    }
  }
  return { values, types };
}

/** Imports, appended at the end of an example, of the source file's exports it uses but does not bind itself. */
function ownImports(code, own, specifier) {
  const text = code.join('\n');
  const bound = (name) =>
    new RegExp(
      `(?:import[^;]*[{,\\s]${name}[\\s,}][^;]*from|(?:const|let|var|function|class|type|interface)\\s+${name}\\b|(?:const|let|var)\\s*[{[][^=]*\\b${name}\\b[^=]*=)`,
    ).test(text);
  const used = (name) => new RegExp(`(?<![\\w$.'"])${name}(?![\\w$'"])`).test(text) && !bound(name);
  const values = [...own.values].filter(used);
  const types = [...own.types].filter((name) => !own.values.has(name)).filter(used);
  const lines = [];
  if (values.length > 0) lines.push(`import { ${values.join(', ')} } from '${specifier}';`);
  if (types.length > 0) lines.push(`import type { ${types.join(', ')} } from '${specifier}';`);
  return lines.join('\n');
}

/** Writes each example of `files` as a module under `folder`; returns where each came from. */
function writeModules(files, folder) {
  const modules = new Map();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const own = exportedNames(text);
    const specifier = posix(relative(folder, join(root, file))).replace(/\.ts$/, '.js');
    extractExamples(text).forEach((example, i) => {
      const name = `${file.replace(/[/\\.]/g, '_')}_${i + 1}_L${example.line}.ts`;
      const path = join(folder, name);
      const imports = ownImports(example.code, own, specifier);
      writeFileSync(path, `${example.code.join('\n')}\nexport {};\n${imports}\n`);
      modules.set(path, { file, ...example });
    });
  }
  return modules;
}

/** The diagnostics of the written modules, each placed at its example's line in the source file. */
function check(modules, folder) {
  const config = writeConfig(folder);
  const program = ts.createProgram(config.fileNames, config.options);
  const found = [];
  // Only the examples are checked (src/ is the typecheck's): far quicker than the whole program.
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...program
      .getSourceFiles()
      .filter((file) => modules.has(resolve(file.fileName)))
      .flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ];
  for (const diagnostic of diagnostics) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    const module = diagnostic.file && modules.get(resolve(diagnostic.file.fileName));
    if (!module) {
      // an options or global error: the check itself is broken, which fails it too
      found.push({ file: 'tsconfig.json', line: 0, column: 0, code: diagnostic.code, message });
      continue;
    }
    const at = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    const inCode = at.line < module.code.length;
    found.push({
      file: module.file,
      line: module.line + (inCode ? at.line : module.code.length - 1),
      column: at.character + 1 + (inCode ? (module.offsets[at.line] ?? 0) : 0),
      code: diagnostic.code,
      message,
    });
  }
  return found;
}

function main(argv) {
  const keep = argv.includes('--keep');
  const named = argv.filter((arg) => arg !== '--keep');
  const unknown = named.filter((arg) => arg.startsWith('-'));
  if (unknown.length > 0) {
    console.error(`check-tsdoc-examples: unknown option ${unknown.join(', ')}`);
    return 2;
  }
  const files = named.length > 0 ? named.map((file) => posix(relative(root, resolve(file)))) : sourceFiles('src');
  const missing = files.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) {
    console.error(`check-tsdoc-examples: no such file ${missing.join(', ')}`);
    return 2;
  }
  const started = performance.now();
  // under the repository, not the system's temporary folder: the modules' tsconfig extends ours
  const { path: folder, cleanUp } = temporaryFolder('tsdoc-examples-', join(root, '.tmp'));
  try {
    const modules = writeModules(files, folder);
    const errors = check(modules, folder);
    for (const e of errors) console.error(`${e.file}:${e.line}:${e.column} TS${e.code} ${e.message}`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const failing = new Set(errors.map((e) => `${e.file}:${e.line}`)).size;
    const summary = `${modules.size} examples in ${new Set([...modules.values()].map((m) => m.file)).size} files`;
    if (errors.length > 0)
      console.error(`TSDoc examples: ${errors.length} errors in ${failing} places; ${summary}, ${seconds} s`);
    else console.log(`TSDoc examples type-check: ${summary}, ${seconds} s`);
    if (keep) console.log(`modules kept in ${posix(relative(root, folder))}`);
    return errors.length > 0 ? 1 : 0;
  } finally {
    if (!keep) cleanUp();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
