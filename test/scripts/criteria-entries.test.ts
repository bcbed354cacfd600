import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain CommonJS build script without declarations
import { criteriaEntries, setEntryOf } from '../../scripts/criteria-entries.cjs';

type Entry = { id: string; prefix: string };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; exports: Record<string, unknown> };
const entries = (criteriaEntries as (p: unknown) => Entry[])(pkg);
const entryOf = setEntryOf as (file: string, name: string, list: Entry[]) => string | undefined;

describe('per-set entries, derived from package.json', () => {
  it('one ./rules/<id>/* export per rule set with criteria sets, with the export names’ prefix', () => {
    expect(entries).toEqual([
      { id: 'qd1048-2019', prefix: 'QD1048' },
      { id: 'qd148-2023', prefix: 'QD148' },
      { id: 'qd26-2026', prefix: 'QD26' },
    ]);
  });

  it('a set module maps to the entry of its own folder: 148’s set 6 is ocop/rules/qd148-2023/06, not 26/2026’s', () => {
    // The Node ESM build used to match any set-NN.js imported from src/rules or its 26/2026 folder
    // and send it to ocop/rules/qd26-2026/NN: 148's and 1048's sets would have become 26/2026's.
    expect(entryOf('/repo/src/rules/data/qd148-2023/set-06.js', 'ocop', entries)).toBe('ocop/rules/qd148-2023/06');
    expect(entryOf('/repo/src/rules/data/qd1048-2019/set-06.ts', 'ocop', entries)).toBe('ocop/rules/qd1048-2019/06');
    expect(entryOf('/repo/src/rules/data/qd26-2026/set-26.js', 'ocop', entries)).toBe('ocop/rules/qd26-2026/26');
    expect(entryOf('C:\\repo\\src\\rules\\data\\qd148-2023\\set-01.js', 'ocop', entries)).toBe(
      'ocop/rules/qd148-2023/01',
    );
  });

  it('no entry for a set module outside a rule set’s folder, or of a folder without per-set entries', () => {
    expect(entryOf('/repo/src/rules/set-06.js', 'ocop', entries)).toBeUndefined();
    expect(entryOf('/repo/src/rules/data/set-06.js', 'ocop', entries)).toBeUndefined();
    expect(entryOf('/repo/src/rules/data/qd99-2030/set-06.js', 'ocop', entries)).toBeUndefined();
    expect(entryOf('/repo/src/rules/data/qd148-2023/set-6.js', 'ocop', entries)).toBeUndefined();
  });
});
