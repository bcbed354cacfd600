/**
 * Star bands: which star an average score falls in, under a rule set. Imports no criteria, no
 * schema, no registry and no decimal library (scores given as decimal text are compared exactly
 * digit by digit), so `import { starBand }` costs well under 2 kB.
 */
import { describeValue, localeOnlyOptions } from '../core/guards.js';
import type { Locale, LocaleOptions } from '../core/issues.js';
import { OcopError, OcopRuleError } from '../core/errors.js';
import { BAND_TEXT } from '../locales/index.js';
import { RULE_SET_IDS, type RuleSetId } from '../model/rule-set-id.js';
import { bandProblems } from '../rules/band-checks.js';
import { HALF_OPEN_BANDS } from '../rules/data/shared-numbers.js';
import type { RuleSet, StarBand, Stars } from '../rules/rule-set.js';

// No lazy quantifiers or trailing `0*`: with them the match took quadratic time on a fraction of
// many zeros ending in another digit ('0.' + '0'.repeat(30000) + '1' took 14 s). Trailing zeros
// are stripped by a loop instead.
const DECIMAL_TEXT = /^(-?)0*(\d*)(?:\.(\d*))?$/;

/** A score as sign, integer digits without leading zeros and fraction digits without trailing zeros. */
interface Digits {
  readonly negative: boolean;
  readonly whole: string;
  readonly fraction: string;
}

function digitsOf(text: string): Digits {
  const match = DECIMAL_TEXT.exec(text) as RegExpExecArray;
  const whole = match[2] ?? '';
  const digits = match[3] ?? '';
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end -= 1;
  const fraction = digits.slice(0, end);
  return { negative: match[1] === '-' && (whole !== '' || fraction !== ''), whole, fraction };
}

/** Compares two non-negative digit strings as decimals: -1, 0 or 1. */
function compareMagnitude(a: Digits, b: Digits): number {
  if (a.whole.length !== b.whole.length) return a.whole.length < b.whole.length ? -1 : 1;
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1;
  const length = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(length, '0');
  const fb = b.fraction.padEnd(length, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

/**
 * Compares a score (number or decimal text) with a band edge exactly: -1, 0 or 1. A number is
 * compared as a number; decimal text digit by digit against the edge's shortest decimal form,
 * so `"89.99999999999999999"` is below 90 although it would round to 90 as a number.
 */
function compareScore(score: number | string, edge: number): number {
  if (typeof score === 'number') return score === edge ? 0 : score < edge ? -1 : 1;
  const edgeText = String(edge);
  if (edgeText.includes('e')) {
    // An edge this close to 0 (or beyond 1e21) has no plain decimal form; compare as numbers.
    const value = Number(score);
    return value === edge ? 0 : value < edge ? -1 : 1;
  }
  const a = digitsOf(score);
  const b = digitsOf(edgeText);
  if (a.negative !== b.negative) return a.negative ? -1 : 1;
  const magnitude = compareMagnitude(a, b);
  return a.negative ? -magnitude : magnitude;
}

const VALID_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * The bands of a rule set object, checked by the rule `resolveRuleSet` applies to them
 * ({@link bandProblems}) but without its message catalogue: `starBand` stays small. The message
 * is the catalogue's `invalid_value` in each locale.
 */
function checkedBands(bands: readonly unknown[], locale: Locale): readonly StarBand[] {
  const problems = bandProblems(bands);
  if (problems.length > 0) {
    const issues = problems.map(({ path, value, expected }) => ({
      code: 'invalid_value' as const,
      path: ['ruleSet', 'bands', 'value', ...path],
      params: { value, expected },
      message: BAND_TEXT[locale].invalidValue({
        value: describeValue(value),
        expected: typeof expected === 'string' ? JSON.stringify(expected) : String(expected),
      }),
    }));
    throw new OcopRuleError(issues, 'rule-data', locale);
  }
  return bands as readonly StarBand[];
}

function bandsOf(ruleSet: RuleSet | RuleSetId, locale: Locale): readonly StarBand[] {
  if (typeof ruleSet !== 'string') {
    // a rule set object: checked here without the registry, which would cost 3 kB more
    const candidate = ruleSet as Partial<RuleSet> | null;
    const bands =
      candidate !== null && typeof candidate === 'object' && (RULE_SET_IDS as readonly unknown[]).includes(candidate.id)
        ? candidate.bands?.value
        : undefined;
    if (!Array.isArray(bands)) {
      throw new OcopError(
        'unknown_rule_set',
        `ruleSet must be a rule set id (${RULE_SET_IDS.join(', ')}) or a rule set object with its bands, got ${describeValue(ruleSet)}`,
        { ruleSet: describeValue(ruleSet) },
      );
    }
    return checkedBands(bands, locale);
  }
  // Every shipped rule set prints the same half-open bands (tested), so an id needs no registry.
  if ((RULE_SET_IDS as readonly string[]).includes(ruleSet)) return HALF_OPEN_BANDS;
  throw new OcopError(
    'unknown_rule_set',
    `Unknown rule set ${describeValue(ruleSet)}; expected one of ${RULE_SET_IDS.join(', ')}`,
    { ruleSet },
  );
}

/**
 * The band a score falls in, with its edges. Throws `OcopError` `score_out_of_range` for a
 * score outside 0–100 or one that is not a finite number or decimal text, and
 * `unknown_rule_set` for an id that names no rule set. A rule set object whose bands are not
 * contiguous from 0 throws `OcopRuleError` in `options.locale` (default `vi`).
 *
 * @example
 * ```ts
 * import { bandOf } from 'ocop';
 * bandOf(81.2, 'qd26-2026'); // { stars: 4, from: 70, below: 90 }
 * bandOf(81.2, 'qd26-2026', { locale: 'en' }).stars; // 4
 * ```
 */
export function bandOf(score: number | string, ruleSet: RuleSet | RuleSetId, options?: LocaleOptions): StarBand {
  const locale = localeOnlyOptions(options);
  const ok = typeof score === 'number' ? Number.isFinite(score) : typeof score === 'string' && VALID_TEXT.test(score);
  if (!ok)
    throw new OcopError(
      'score_out_of_range',
      `score must be a finite number or decimal text such as "81.2", got ${describeValue(score)}`,
      { score },
    );
  if (compareScore(score, 0) < 0 || compareScore(score, 100) > 0) {
    throw new OcopError('score_out_of_range', `Score ${String(score)} is outside 0–100`, {
      score: Number(score),
      min: 0,
      max: 100,
    });
  }
  const bands = bandsOf(ruleSet, locale);
  for (const band of bands) {
    if (compareScore(score, band.from) >= 0 && (band.below === null || compareScore(score, band.below) < 0))
      return band;
  }
  throw new OcopError('score_out_of_range', `Score ${String(score)} falls in no band of the rule set`, {
    score: Number(score),
  });
}

/**
 * The star band (1–5) of a score under a rule set: half-open bands [0,30) [30,50) [50,70)
 * [70,90) [90,100]. The score is taken as given (councils' averages are rounded to two
 * decimals first by `rateProduct`); `"89.99"` is 4★, `90` is 5★. Decimal text is compared
 * exactly. Throws `OcopError` `score_out_of_range` outside 0–100, and `OcopRuleError` in
 * `options.locale` (default `vi`) for a rule set object with broken bands (see {@link bandOf}).
 *
 * @example
 * ```ts
 * import { starBand } from 'ocop';
 * starBand(81.2, 'qd26-2026'); // 4
 * starBand('69.99', 'qd148-2023', { locale: 'en' }); // 3
 * ```
 */
export function starBand(score: number | string, ruleSet: RuleSet | RuleSetId, options?: LocaleOptions): Stars {
  return bandOf(score, ruleSet, options).stars;
}
