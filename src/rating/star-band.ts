/**
 * Star bands: which star an average score falls in, under a rule set. Imports no criteria and
 * no schema, so it is cheap to import.
 */
import { Decimal } from 'decimal.js';
import { OcopError } from '../core/errors.js';
import type { RuleSetId } from '../model/rule-set-id.js';
import { resolveRuleSet } from '../rules/registry.js';
import type { RuleSet, StarBand, Stars } from '../rules/rule-set.js';

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** Reads a score given as a number or decimal text, exactly; throws on anything else. */
export function toScore(score: number | string, name = 'score'): Decimal {
  const ok = typeof score === 'number' ? Number.isFinite(score) : typeof score === 'string' && DECIMAL_TEXT.test(score);
  if (!ok) throw new OcopError('score_out_of_range', `${name} must be a finite number or decimal text such as "81.2", got ${JSON.stringify(score)}`, { [name]: score });
  return new Decimal(score);
}

/**
 * The band a score falls in, with its edges. Throws `OcopError` `score_out_of_range` for a
 * score outside 0–100 or one that is not a number or decimal text.
 *
 * @example
 * ```ts
 * import { bandOf } from 'ocop';
 * bandOf(81.2, 'qd26-2026'); // { stars: 4, from: 70, below: 90 }
 * ```
 */
export function bandOf(score: number | string, ruleSet: RuleSet | RuleSetId): StarBand {
  const value = toScore(score);
  if (value.lt(0) || value.gt(100)) {
    throw new OcopError('score_out_of_range', `Score ${value.toString()} is outside 0–100`, { score: value.toNumber(), min: 0, max: 100 });
  }
  const bands = resolveRuleSet(ruleSet).bands.value;
  const band = bands.find((b) => value.gte(b.from) && (b.below === null || value.lt(b.below)));
  if (!band) throw new OcopError('score_out_of_range', `Score ${value.toString()} falls in no band of the rule set`, { score: value.toNumber() });
  return band;
}

/**
 * The star band (1–5) of a score under a rule set: half-open bands [0,30) [30,50) [50,70)
 * [70,90) [90,100]. The score is taken as given (councils' averages are rounded to two
 * decimals first by `rateProduct`); `"89.99"` is 4★, `90` is 5★. Throws `OcopError`
 * `score_out_of_range` outside 0–100.
 *
 * @example
 * ```ts
 * import { starBand } from 'ocop';
 * starBand(81.2, 'qd26-2026'); // 4
 * starBand('69.99', 'qd148-2023'); // 3
 * ```
 */
export function starBand(score: number | string, ruleSet: RuleSet | RuleSetId): Stars {
  return bandOf(score, ruleSet).stars;
}
