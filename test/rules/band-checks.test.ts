import { describe, expect, it } from 'vitest';
import { bandProblems } from '../../src/rules/band-checks.js';
import { HALF_OPEN_BANDS } from '../../src/rules/data/shared-numbers.js';

describe('bandProblems', () => {
  it('finds none in the national bands', () => expect(bandProblems(HALF_OPEN_BANDS)).toEqual([]));

  it('names a gap, a wrong star, an end below the start and a closed top band', () => {
    const bands = structuredClone(HALF_OPEN_BANDS) as Array<{ stars: number; from: number; below: number | null }>;
    (bands[1] as { stars: number }).stars = 3;
    (bands[3] as { from: number }).from = 71;
    (bands[2] as { below: number | null }).below = 40;
    (bands[4] as { below: number | null }).below = 100;
    expect(bandProblems(bands)).toEqual([
      { path: [1, 'stars'], value: 3, expected: 2 },
      { path: [2, 'below'], value: 40, expected: 'a number above 50, at most 100' },
      { path: [3, 'from'], value: 71, expected: 50 },
      { path: [4, 'below'], value: 100, expected: null },
    ]);
  });

  it('asks for five bands, and reads a non-object band as empty', () => {
    expect(bandProblems([])).toEqual([{ path: [], value: 0, expected: 'five bands, 1★ to 5★' }]);
    expect(bandProblems([null, ...HALF_OPEN_BANDS.slice(1)]).map((p) => p.path)).toEqual([
      [0, 'stars'],
      [0, 'from'],
      [0, 'below'],
      [1, 'from'],
    ]);
  });
});
