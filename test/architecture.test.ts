/**
 * Keeps docs/architecture.md and the dependency direction true.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const ORDER = ['core', 'model', 'units', 'rules', 'rating', 'calendar', 'progress', 'fixtures', 'cli'];
/**
 * `locales/` is in the core's layer: the core's messages read the catalogue. Its type-only imports
 * (the shapes its sentences are built from: issue params, levels, stars) may name any layer.
 */
const layerOf = (folder: string) => (folder === 'locales' ? 'core' : folder);

function filesUnder(dir: URL): URL[] {
  return readdirSync(dir).flatMap((name) => {
    const url = new URL(name, dir);
    return statSync(url).isDirectory() ? filesUnder(new URL(`${name}/`, dir)) : name.endsWith('.ts') ? [url] : [];
  });
}

const sourceFiles = filesUnder(new URL('src/', root));
const folderOf = (url: URL) => url.pathname.slice(new URL('src/', root).pathname.length).split('/')[0] ?? '';
const fromRoot = (url: URL) => url.pathname.slice(root.pathname.length);

/**
 * The relative modules a file loads when it is loaded: `import … from`, `import '…'` and
 * `export … from` statements, parsed with TypeScript (comments and strings cannot fool it).
 * Statements that are wholly type-only (`import type`, `export type`) are erased at build time
 * and not followed; dynamic `import()` calls are not statements, so they are not followed.
 */
function staticImports(file: URL): URL[] {
  const source = ts.createSourceFile(
    file.pathname,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.ES2022,
    false,
    ts.ScriptKind.TS,
  );
  const targets: URL[] = [];
  for (const statement of source.statements) {
    let specifier: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) specifier = statement.moduleSpecifier;
    if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const asTs = new URL(specifier.text.replace(/\.js$/, '.ts'), file);
    const target = existsSync(asTs) ? asTs : new URL(`${specifier.text.replace(/\/$/, '')}/index.ts`, file);
    if (!existsSync(target)) throw new Error(`${fromRoot(file)}: cannot resolve '${specifier.text}'`);
    targets.push(target);
  }
  return targets;
}

/** Every source file loaded when `entry` is loaded (the entry included), by path from the repository root. */
function reachableFrom(entry: URL): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as URL;
    const key = fromRoot(file);
    if (seen.has(key)) continue;
    seen.add(key);
    queue.push(...staticImports(file));
  }
  return seen;
}

describe('architecture', () => {
  it('docs/architecture.md names every folder of src/', () => {
    const doc = readFileSync(new URL('docs/architecture.md', root), 'utf8');
    const folders = new Set(sourceFiles.map(folderOf).filter((f) => !f.endsWith('.ts')));
    for (const folder of folders) expect(doc).toContain(`${folder}/`);
  });

  it('imports flow one way: core ← model ← units ← rules ← rating, calendar ← progress ← fixtures, cli', () => {
    const violations: string[] = [];
    for (const file of sourceFiles) {
      const from = folderOf(file);
      if (from.endsWith('.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/^import [^;]*from '(\.[^']+)'/gm)) {
        const target = new URL(match[1] ?? '', file);
        const to = folderOf(target);
        if (to.endsWith('.ts') || layerOf(to) === layerOf(from)) continue;
        if (from === 'locales' && match[0].startsWith('import type ')) continue;
        if (ORDER.indexOf(layerOf(to)) > ORDER.indexOf(layerOf(from))) violations.push(`${file.pathname} → ${to}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the core imports no package (not even zod): cheap to import', () => {
    const core = sourceFiles.filter((f) => folderOf(f) === 'core');
    expect(core.length).toBeGreaterThan(3);
    for (const file of core) expect(readFileSync(file, 'utf8')).not.toMatch(/^import [^;]*from '[^.]/m);
  });

  it('tests mirror src/: every src file with logic has a test folder', () => {
    for (const folder of new Set(sourceFiles.map(folderOf).filter((f) => !f.endsWith('.ts')))) {
      expect(statSync(new URL(`test/${folder}/`, root)).isDirectory()).toBe(true);
    }
  });

  describe('the main entry does not load the criteria data (ocop/criteria, ocop/adapt and loadCriteriaSet do)', () => {
    const main = reachableFrom(new URL('src/index.ts', root));
    const FOLDERS = ['qd1048-2019', 'qd148-2023', 'qd26-2026'];
    const nns = Array.from({ length: 26 }, (_, i) => String(i + 1).padStart(2, '0'));
    const setModules = FOLDERS.flatMap((id) => nns.map((nn) => `src/rules/data/${id}/set-${nn}.ts`));
    /** A criteria folder's module that holds data: a set, or the list of them (index.ts). */
    const holdsData = (path: string) => /^src\/rules\/data\/[^/]+\/(set-\d\d|index)\.ts$/.test(path);

    it('no criteria set, and no list of them, of any rule set is reachable from src/index.ts by static imports', () => {
      expect(main.size).toBeGreaterThan(40);
      expect([...main].filter(holdsData)).toEqual([]);
    });

    it('neither src/rules/criteria-registry.ts nor src/rules/adapt.ts is reachable from src/index.ts', () => {
      expect(main.has('src/rules/criteria-registry.ts')).toBe(false);
      expect(main.has('src/rules/adapt.ts')).toBe(false);
      expect(main.has('src/criteria.ts')).toBe(false);
      expect(main.has('src/adapt.ts')).toBe(false);
    });

    it('the loaders are reachable and reach each set only through dynamic import()', () => {
      expect(main.has('src/rules/criteria-loader.ts')).toBe(true);
      expect(main.has('src/rating/rate-product.ts')).toBe(true);
      for (const id of FOLDERS) {
        expect(main.has(`src/rules/data/${id}/loaders.ts`), id).toBe(true);
        const loaders = readFileSync(new URL(`src/rules/data/${id}/loaders.ts`, root), 'utf8');
        for (const nn of nns) expect(loaders).toContain(`import('./set-${nn}.js')`);
      }
    });

    it('the walk does find the data where it is imported: ocop/criteria reaches all 78 sets, ocop/adapt the registry and the sets', () => {
      const criteria = reachableFrom(new URL('src/criteria.ts', root));
      for (const set of setModules) expect(criteria.has(set), set).toBe(true);
      expect(criteria.has('src/rules/criteria-registry.ts')).toBe(true);
      const adapt = reachableFrom(new URL('src/adapt.ts', root));
      expect(adapt.has('src/rules/adapt.ts')).toBe(true);
      expect(adapt.has('src/rules/criteria-registry.ts')).toBe(true);
      for (const id of FOLDERS) expect(adapt.has(`src/rules/data/${id}/index.ts`), id).toBe(true);
    });

    it('each set module loads no other set', () => {
      for (const set of setModules) {
        const reached = reachableFrom(new URL(set, root));
        expect([...reached].filter(holdsData)).toEqual([set]);
      }
    });
  });

  describe('the main entry does not load the unit tables (ocop/units does; apps hand them over as unitTables)', () => {
    const main = reachableFrom(new URL('src/index.ts', root));
    const units = reachableFrom(new URL('src/units.ts', root));

    it('nothing under src/units/ is reachable from src/index.ts by static imports', () => {
      expect([...main].filter((path) => path.startsWith('src/units'))).toEqual([]);
    });

    it('ocop/units reaches every generated table, and the province tables it shares with the main entry', () => {
      for (const table of ['districts', 'communes-until-2025', 'communes-from-2025', 'conversion-2025', 'sources'])
        expect(units.has(`src/units/data/${table}.ts`), table).toBe(true);
      expect(units.has('src/model/admin-units/data/provinces-from-2025.ts')).toBe(true);
      expect(main.has('src/model/admin-units/data/provinces-from-2025.ts')).toBe(true);
    });
  });
});
