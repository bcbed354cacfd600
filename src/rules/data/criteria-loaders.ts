/**
 * The loaders of every shipped criteria set, one dynamic `import()` per set, keyed by the
 * `ruleSet` the sets carry (the folder `src/rules/data/<id>/` and the entries `ocop/rules/<id>/NN`
 * they ship in). Imported by `loadCriteriaSet` only, so a bundler splits each set into a chunk of
 * its own and no criteria data reaches the main entry.
 */
import type { CriteriaSet } from '../criteria-set.js';
import { QD1048_LOADERS } from './qd1048-2019/loaders.js';
import { QD148_LOADERS } from './qd148-2023/loaders.js';
import { QD26_LOADERS } from './qd26-2026/loaders.js';

/** Loaders by the sets' `ruleSet`, each list by set number − 1. */
export const CRITERIA_LOADERS: Readonly<Record<string, ReadonlyArray<() => Promise<CriteriaSet>>>> = {
  'qd1048-2019': QD1048_LOADERS,
  'qd148-2023': QD148_LOADERS,
  'qd26-2026': QD26_LOADERS,
};
