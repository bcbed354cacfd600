/**
 * Keeps docs/architecture.md and the dependency direction true.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const ORDER = ['core', 'model', 'rules', 'rating', 'calendar', 'progress', 'fixtures', 'cli'];

function filesUnder(dir: URL): URL[] {
  return readdirSync(dir).flatMap((name) => {
    const url = new URL(name, dir);
    return statSync(url).isDirectory() ? filesUnder(new URL(`${name}/`, dir)) : name.endsWith('.ts') ? [url] : [];
  });
}

const sourceFiles = filesUnder(new URL('src/', root));
const folderOf = (url: URL) => url.pathname.slice(new URL('src/', root).pathname.length).split('/')[0] ?? '';

describe('architecture', () => {
  it('docs/architecture.md names every folder of src/', () => {
    const doc = readFileSync(new URL('docs/architecture.md', root), 'utf8');
    const folders = new Set(sourceFiles.map(folderOf).filter((f) => !f.endsWith('.ts')));
    for (const folder of folders) expect(doc).toContain(`${folder}/`);
  });

  it('imports flow one way: core ← model ← rules ← rating, calendar ← progress ← fixtures, cli', () => {
    const violations: string[] = [];
    for (const file of sourceFiles) {
      const from = folderOf(file);
      if (from.endsWith('.ts')) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/^import [^;]*from '(\.[^']+)'/gm)) {
        const target = new URL(match[1] ?? '', file);
        const to = folderOf(target);
        if (to.endsWith('.ts') || to === from) continue;
        if (ORDER.indexOf(to) > ORDER.indexOf(from)) violations.push(`${file.pathname} → ${to}`);
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
});
