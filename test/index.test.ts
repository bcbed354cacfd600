/**
 * The public API: every export of src/index.ts (and of the subpath entries src/fixtures/index.ts,
 * src/criteria.ts, src/adapt.ts) has TSDoc with an @example, and the entry points only re-export.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as adaptApi from '../src/adapt.js';
import * as criteriaApi from '../src/criteria.js';
import * as api from '../src/index.js';

const entry = new URL('../src/index.ts', import.meta.url);
const fixturesEntry = new URL('../src/fixtures/index.ts', import.meta.url);
const criteriaEntry = new URL('../src/criteria.ts', import.meta.url);
const adaptEntry = new URL('../src/adapt.ts', import.meta.url);

function exportedSymbols(file: URL = entry): ts.Symbol[] {
  const program = ts.createProgram([file.pathname], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file.pathname);
  if (!source) throw new Error(`${file.pathname} not found`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error('src/index.ts has no module symbol');
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol));
}

function docOf(symbol: ts.Symbol): string {
  return (symbol.declarations ?? [])
    .flatMap((declaration) => {
      const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
      return ts.getJSDocCommentsAndTags(node).map((doc) => doc.getText());
    })
    .join('\n');
}

describe('public API', () => {
  const symbols = exportedSymbols();

  it('exports what the runtime module exports, and more types', () => {
    const runtime = Object.keys(api).sort();
    expect(runtime.length).toBeGreaterThan(40);
    for (const name of runtime) expect(symbols.map((s) => s.getName())).toContain(name);
  });

  it.each(symbols.map((s) => [s.getName(), s] as const))('%s has TSDoc with an @example', (_name, symbol) => {
    const doc = docOf(symbol);
    expect(doc).toMatch(/\/\*\*[\s\S]*\S[\s\S]*@example/);
  });

  it.each(exportedSymbols(fixturesEntry).map((s) => [s.getName(), s] as const))(
    'ocop/fixtures: %s has TSDoc with an @example',
    (_name, symbol) => {
      expect(docOf(symbol)).toMatch(/\/\*\*[\s\S]*\S[\s\S]*@example/);
    },
  );

  it.each(exportedSymbols(criteriaEntry).map((s) => [s.getName(), s] as const))(
    'ocop/criteria: %s has TSDoc with an @example',
    (_name, symbol) => {
      expect(docOf(symbol)).toMatch(/\/\*\*[\s\S]*\S[\s\S]*@example/);
    },
  );

  it.each(exportedSymbols(adaptEntry).map((s) => [s.getName(), s] as const))(
    'ocop/adapt: %s has TSDoc with an @example',
    (_name, symbol) => {
      expect(docOf(symbol)).toMatch(/\/\*\*[\s\S]*\S[\s\S]*@example/);
    },
  );

  it('ocop/criteria exports the lookups, the lists of 1048, 148 and 26/2026 with 148’s known defects and 1048’s classes, and QD26_SET_01 … QD26_SET_26; ocop/adapt exports adaptRuleSet, diffRuleSets and diffCriteriaSets', () => {
    const sets = Array.from({ length: 26 }, (_, i) => `QD26_SET_${String(i + 1).padStart(2, '0')}`);
    expect(Object.keys(criteriaApi).sort()).toEqual(
      [
        'getCriteriaSet',
        'listCriteriaSets',
        'QD1048_CRITERIA_SETS',
        'QD1048_CRITERIA_SET_CLASSES',
        'QD148_CRITERIA_SETS',
        'QD148_KNOWN_DEFECTS',
        'QD26_CRITERIA_SETS',
        ...sets,
      ].sort(),
    );
    expect(Object.keys(adaptApi).sort()).toEqual(['adaptRuleSet', 'diffCriteriaSets', 'diffRuleSets']);
    expect(exportedSymbols(adaptEntry).map((s) => s.getName())).toContain('RuleDiff');
    expect(criteriaApi.QD26_CRITERIA_SETS.map((set) => set.setNo)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });

  it('the main entry no longer exports the criteria data or adaptation, and exports loadCriteriaSet', () => {
    const names = symbols.map((s) => s.getName());
    for (const moved of [
      'getCriteriaSet',
      'listCriteriaSets',
      'QD26_CRITERIA_SETS',
      'QD26_SET_01',
      'QD26_SET_26',
      'adaptRuleSet',
      'diffRuleSets',
      'RuleDiff',
    ]) {
      expect(names).not.toContain(moved);
      expect(Object.keys(api)).not.toContain(moved);
    }
    expect(typeof api.loadCriteriaSet).toBe('function');
  });

  it.each([
    ['src/index.ts', entry],
    ['src/criteria.ts', criteriaEntry],
    ['src/adapt.ts', adaptEntry],
  ])('%s only re-exports', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    // Comments out, then one statement per `;` (the formatter wraps long export lists over several lines).
    const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const statements = code
      .split(';')
      .map((statement) => statement.replace(/\s+/g, ' ').trim())
      .filter((statement) => statement !== '')
      .map((statement) => `${statement};`);
    for (const statement of statements) expect(statement).toMatch(/^export (type )?\{[^}]*\} from '\.\/[^']+\.js';$/);
  });
});
