/**
 * The public API: every export of src/index.ts has TSDoc with an @example, and the entry point
 * only re-exports.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const entry = new URL('../src/index.ts', import.meta.url);
const fixturesEntry = new URL('../src/fixtures/index.ts', import.meta.url);

function exportedSymbols(file: URL = entry): ts.Symbol[] {
  const program = ts.createProgram([file.pathname], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file.pathname);
  if (!source) throw new Error(`${file.pathname} not found`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error('src/index.ts has no module symbol');
  return checker.getExportsOfModule(moduleSymbol).map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol));
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

  it.each(exportedSymbols(fixturesEntry).map((s) => [s.getName(), s] as const))('ocop/fixtures: %s has TSDoc with an @example', (_name, symbol) => {
    expect(docOf(symbol)).toMatch(/\/\*\*[\s\S]*\S[\s\S]*@example/);
  });

  it('src/index.ts only re-exports', () => {
    const text = readFileSync(entry, 'utf8');
    const statements = text.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//') && !line.trim().startsWith('*') && !line.trim().startsWith('/**'));
    for (const line of statements) expect(line).toMatch(/^export (type )?\{[^}]*\} from '\.\/[^']+\.js';$/);
  });
});
