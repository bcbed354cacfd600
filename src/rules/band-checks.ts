/**
 * The rule star bands follow, written once for the two places that check bands: the rule-data
 * check (`resolveRuleSet` and everything that takes a rule set) and `starBand`/`bandOf`, which
 * read a rule set object's bands without that check's message catalogue so that they stay small.
 */

/** One problem of a list of bands: its path within the list, the value found and what was expected. */
export interface BandProblem {
  readonly path: ReadonlyArray<string | number>;
  readonly value: unknown;
  readonly expected: unknown;
}

/**
 * The problems of a list of star bands: five bands, 1★ to 5★, the first from 0, each from where
 * the one below ends, each ending above its start and at most at 100, the top one open
 * (`below: null`, it includes 100). Empty when the bands are right.
 *
 * @example
 * ```ts
 * bandProblems([{ stars: 1, from: 0, below: 30 }]); // [{ path: [], value: 1, expected: 'five bands, 1★ to 5★' }]
 * ```
 */
export function bandProblems(bands: readonly unknown[]): BandProblem[] {
  if (bands.length !== 5) return [{ path: [], value: bands.length, expected: 'five bands, 1★ to 5★' }];
  const problems: BandProblem[] = [];
  let from = 0;
  bands.forEach((band, i) => {
    const b = (band !== null && typeof band === 'object' ? band : {}) as Partial<
      Record<'stars' | 'from' | 'below', unknown>
    >;
    if (b.stars !== i + 1) problems.push({ path: [i, 'stars'], value: b.stars, expected: i + 1 });
    if (b.from !== from) problems.push({ path: [i, 'from'], value: b.from, expected: from });
    if (i === bands.length - 1) {
      if (b.below !== null) problems.push({ path: [i, 'below'], value: b.below, expected: null });
    } else if (typeof b.below !== 'number' || !(b.below > from && b.below <= 100)) {
      problems.push({ path: [i, 'below'], value: b.below, expected: `a number above ${from}, at most 100` });
    } else {
      from = b.below;
    }
  });
  return problems;
}
