/**
 * Adding a target kind: the compiler names every place that must handle it. The source is compiled
 * (TypeScript's API, the repository's tsconfig) with a few files replaced in memory, as a developer
 * would edit them: a kind added to the schema union without being added anywhere else, a kind
 * module that lacks a member, and a kind added everywhere the compiler asked for it.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const at = (path: string) => `${root}${path}`;

/** File (from the repository root) → how its text changes. */
type Edits = Readonly<Record<string, (text: string) => string>>;

/** `text` with `from` replaced by `to`, failing loudly when `from` is not there (the source moved on). */
function replaceOnce(text: string, from: RegExp, to: string): string {
  expect(text, `pattern ${from}`).toMatch(from);
  return text.replace(from, to);
}

/** The declaration (variable, then property names, dotted) whose text contains `position`, e.g. `cli.kinds`. */
function placeOf(source: ts.SourceFile, position: number): string {
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (position < node.getStart(source) || position >= node.getEnd()) return;
    const named = ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node) || ts.isTypeAliasDeclaration(node);
    if (named && ts.isIdentifier(node.name)) names.push(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names.join('.');
}

/** Files parsed once for all the compilations (a program does not change its source files). */
const unedited = new Map<string, ts.SourceFile>();

/** Compiles the library's entries with `edits` applied; each error as `file place TScode: first line of the message`. */
function compile(edits: Edits): string[] {
  const configFile = at('tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configFile));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    const edit = edits[relative(root, fileName)];
    if (edit) return ts.createSourceFile(fileName, edit(readFileSync(fileName, 'utf8')), languageVersion, true);
    const parsed = unedited.get(fileName) ?? getSourceFile(fileName, languageVersion, ...rest);
    if (parsed) unedited.set(fileName, parsed);
    return parsed;
  };
  const rootNames = ['src/index.ts', 'src/cli/reports.ts', 'src/cli/text.ts'].map(at);
  // no declaration diagnostics: a third of the time, and the tables' types are what is checked
  const program = ts.createProgram({ rootNames, options: { ...options, noEmit: true, declaration: false }, host });
  const errors = ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0];
    const place = d.file ? `${relative(root, d.file.fileName)} ${placeOf(d.file, d.start ?? 0)}` : '(no file)';
    return `${place} TS${d.code}: ${message}`;
  });
  return errors.sort();
}

const FIXTURE = '../../test/progress/new-kind-fixture';

/** `mean` in the schema union of `model/plan.ts` (its module imported), and nowhere else. */
const addToUnion = (text: string) =>
  replaceOnce(
    replaceOnce(text, /items\.schema,?\s*\]\)/, 'items.schema, mean.schema])'),
    /import \* as share from '\.\/target-kinds\/share\.js';/,
    `import * as share from './target-kinds/share.js';\nimport * as mean from '${FIXTURE}/mean.js';`,
  );

describe('a new target kind', () => {
  it('added to the schema union only: tsc names each table of kinds without it, and nothing else', () => {
    const errors = compile({ 'src/model/plan.ts': addToUnion });
    expect(errors.map((e) => e.split(':')[0])).toEqual([
      // its name in each locale
      'src/locales/en.ts cli.kinds TS2741',
      'src/locales/vi.ts cli.kinds TS2741',
      // the kind's plan checks, and the table of kinds
      'src/model/plan.ts KIND_ISSUES TS2741',
      'src/model/target-kinds/index.ts TARGET_KINDS TS2741',
    ]);
    for (const error of errors.filter((e) => e.includes('TS2741')))
      expect(error).toContain(`Property 'mean' is missing`);
  }, 120_000);

  it('a kind module without one of its members (items without goal): tsc names the member at the table', () => {
    const errors = compile({
      'src/model/target-kinds/index.ts': (text) =>
        replaceOnce(
          text,
          /import \* as items from '\.\/items\.js';/,
          "import * as items from '../../../test/progress/new-kind-fixture/items-without-goal.js';",
        ),
    });
    expect(errors).toEqual([
      expect.stringMatching(/^src\/model\/target-kinds\/index\.ts TARGET_KINDS TS2741: Property 'goal' is missing/),
    ]);
  }, 120_000);

  it('added where tsc asked (its module, the union, the plan checks, the table, its name in each locale): it compiles', () => {
    const named = (word: string) => (text: string) => replaceOnce(text, /\bkinds: \{/, `kinds: { mean: '${word}',`);
    const errors = compile({
      'src/model/plan.ts': (text) =>
        replaceOnce(addToUnion(text), /items: items\.issues,/, 'items: items.issues,\n  mean: mean.issues,'),
      'src/model/target-kinds/index.ts': (text) =>
        replaceOnce(
          replaceOnce(text, /\{ count, share, milestone, items \}/, '{ count, share, milestone, items, mean }'),
          /import \* as share from '\.\/share\.js';/,
          "import * as share from './share.js';\nimport * as mean from '../../../test/progress/new-kind-fixture/mean.js';",
        ),
      'src/locales/vi.ts': named('trung bình'),
      'src/locales/en.ts': named('mean'),
    });
    expect(errors).toEqual([]);
  }, 120_000);
});
