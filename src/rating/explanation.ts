/**
 * Explanation lines of a rating: ordered lines a UI can render, each with its legal reference
 * and a message in Vietnamese and English.
 */
import type { RatingText } from '../locales/catalogue.js';
import { LOCALES, RATING_TEXT, type Locale } from '../locales/index.js';
import type { Level } from '../model/level.js';
import type { MarkedStar, PartCode } from '../rules/criteria-set.js';
import type { StarBand, Stars } from '../rules/rule-set.js';
import type { UnmetMinimum } from './minima.js';

/**
 * One line of a rating's explanation. Lines come in this order: criteria (when sheets have
 * points), parts, the average, the band, unmet minima, the star, recognition, forwarding,
 * disqualification and notes.
 *
 * @example
 * ```ts
 * import { rateProduct } from 'ocop';
 * const rating = rateProduct({ ruleSet: 'qd1048-781-2020', level: 'district', sheets: [{ total: 81.2 }] });
 * rating.explanation.map((line) => line.message.en);
 * ```
 */
export interface ExplanationLine {
  readonly kind:
    | 'criterion'
    | 'part'
    | 'average'
    | 'band'
    | 'minimum'
    | 'stars'
    | 'recognition'
    | 'forwarding'
    | 'disqualified'
    | 'note';
  /** Criterion code ("2.2") or part ("A"). */
  readonly code?: string;
  /** Title as printed, in Vietnamese (`message.en` uses the English title where the data has one: parts, single-criterion sections). */
  readonly title?: string;
  /**
   * By kind: `criterion` and `part`, the council's mean points; `average`, the average;
   * `band`, `stars` and `recognition`, the star (of the band; of the result; of the result,
   * recognised or not); `minimum`, the points the unmet mark requires; `forwarding`, the
   * forwarding threshold (the average is in `message`). Absent on `disqualified` and `note`.
   */
  readonly value?: number;
  /** Maximum points of a criterion or part; 100 on the `average` line. */
  readonly max?: number;
  /**
   * Star marks of a criterion: the points each requires, whether the council met it, and whether
   * it applies to this rating (its star is at or below the score band: only those can cap the
   * star; a 5★ mark does not matter to a product in the 3★ band). A mark a province's override
   * set has its own `reference` (and `replaces`, the reference of the requirement it replaced,
   * if any); other marks are cited by the line's `reference`.
   */
  readonly marks?: ReadonlyArray<{
    readonly stars: MarkedStar;
    readonly required: number;
    readonly met: boolean;
    readonly applies: boolean;
    readonly reference?: string;
    readonly replaces?: string;
  }>;
  readonly reference: string;
  /**
   * On a `minimum` line for a mark a province's override set: the reference of the requirement
   * it replaced (the national criteria set's, or an earlier override's), if there was one.
   */
  readonly replaces?: string;
  /** The line in every locale (`vi`, `en`). */
  readonly message: { readonly [L in Locale]: string };
}

/**
 * A number as `String` writes it. Scores in explanations have at most two decimals, and writing
 * them from whole hundredths is several times faster than the general shortest-digits algorithm
 * (the explanation of a 7-member council writes about 40 of them); anything else falls back to
 * `String`. A property test checks both agree.
 */
export function fmt(n: number): string {
  const hundredths = Math.round(n * 100);
  if (hundredths / 100 !== n || hundredths < 0 || hundredths > 1e15) return String(n);
  const whole = Math.floor(hundredths / 100);
  const fraction = hundredths - whole * 100;
  if (fraction === 0) return `${whole}`;
  return fraction % 10 === 0 ? `${whole}.${fraction / 10}` : `${whole}.${fraction < 10 ? '0' : ''}${fraction}`;
}
/** The language-neutral label of a star mark: `3★ ≥ 2`. */
export function markLabel(stars: MarkedStar, required: number): string {
  return `${stars}★ ≥ ${required}`;
}

/** A line's message in every locale. */
type Message = ExplanationLine['message'];

/**
 * Writes a message in every locale from that locale's rating text. The locales are written out
 * as one literal: the explanation of a council writes about 40 messages, and a loop over
 * `LOCALES` building the object key by key made `rateProduct` about 15% slower
 * (`bench/rating.mjs`); criterion lines, most of them, call each locale's text directly (another
 * 3–4%). A new locale adds its line here and in `criterion`; `Message` has a key per `Locale`, so
 * the compiler asks for both.
 */
function message(write: (text: RatingText, locale: Locale) => string): Message {
  return { vi: write(RATING_TEXT.vi, 'vi'), en: write(RATING_TEXT.en, 'en') };
}

/** What follows a mark's label in each locale, by state: met, not met, or (index `band + 1`) not met and not required in that band. */
const MARK_STATES = /* @__PURE__ */ markStates();

function markStates(): { readonly [L in Locale]: readonly string[] } {
  const states = {} as { [L in Locale]: readonly string[] };
  for (const locale of LOCALES) {
    const text = RATING_TEXT[locale];
    states[locale] = [text.markMet, text.markUnmet, ...([1, 2, 3, 4, 5] as const).map(text.markNotRequired)];
  }
  return states;
}

/** A mark's state: 0 met, 1 not met, `band + 1` not met and not required in the band. */
function markState(mark: Mark, band: Stars): number {
  if (mark.met) return 0;
  return mark.applies ? 1 : band + 1;
}

/** One star mark of a criterion line. */
type Mark = NonNullable<ExplanationLine['marks']>[number];

/**
 * ` (3★ ≥ 2: đạt; 4★ ≥ 3: chưa đạt)` in `locale`, from the marks and their labels; an unmet
 * mark above the band says it is not required at that band.
 */
function marksText(line: CriterionInput, locale: Locale): string {
  const { marks, labels, band } = line;
  if (!marks || marks.length === 0) return '';
  const states = MARK_STATES[locale];
  let text = '';
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i] as Mark;
    const label = labels?.[i] ?? markLabel(m.stars, m.required);
    text += (i === 0 ? '' : '; ') + label + (states[markState(m, band)] as string);
  }
  return ` (${text})`;
}

/** What a criterion's line is written from. */
export interface CriterionInput {
  readonly code: string;
  /** As printed, and in English where the data has one (a section scored as one criterion), else as printed. */
  readonly titles: { readonly vi: string; readonly en: string };
  /** The council's mean points. */
  readonly value: number;
  readonly max: number;
  readonly marks: ExplanationLine['marks'];
  /** The score band the marks are read against. */
  readonly band: Stars;
  readonly reference: string;
  /** The marks' {@link markLabel}s, when the caller has them ready. */
  readonly labels?: readonly string[] | undefined;
}

/** Builds each kind of line, its message in every locale of the catalogue. */
export const explain = {
  /** A criterion's line. */
  criterion(line: CriterionInput): ExplanationLine {
    const { code, titles, value, max, marks, reference } = line;
    const title = titles.vi;
    const score = `${fmt(value)}/${max}`;
    // the hot path (one line per criterion): each locale's text called directly, not through `message`
    const text = {
      vi: RATING_TEXT.vi.criterion({ code, titles, score, marks: marksText(line, 'vi') }),
      en: RATING_TEXT.en.criterion({ code, titles, score, marks: marksText(line, 'en') }),
    };
    return marks && marks.length > 0
      ? { kind: 'criterion', code, title, value, max, marks, reference, message: text }
      : { kind: 'criterion', code, title, value, max, reference, message: text };
  },
  /** A part's line: its title as printed and in English. */
  part(line: {
    readonly part: PartCode;
    readonly title: string;
    readonly titleEn: string;
    readonly value: number;
    readonly max: number;
    readonly reference: string;
  }): ExplanationLine {
    const { part, title, titleEn, value, max, reference } = line;
    const score = `${fmt(value)}/${max}`;
    const text = message((t) => t.part({ part, title, titleEn, score }));
    return { kind: 'part', code: part, title, value, max, reference, message: text };
  },
  /** The average of the members' totals. */
  average(value: number, totals: readonly number[], reference: string): ExplanationLine {
    const line = { members: totals.length, average: fmt(value), totals: totals.map(fmt).join(', ') };
    return { kind: 'average', value, max: 100, reference, message: message((t) => t.average(line)) };
  },
  /** The score band of the average. */
  band(band: StarBand, reference: string): ExplanationLine {
    const { stars, from, below } = band;
    const range = below === null ? `${from} – 100` : `${from} – < ${below}`;
    return { kind: 'band', value: stars, reference, message: message((t) => t.band({ stars, range })) };
  },
  /** An unmet star minimum. */
  minimum(m: UnmetMinimum): ExplanationLine {
    const { criterion: code, title, stars, points: required, reference, replaces } = m;
    const line = { stars, code, title, required, meeting: m.sheetsMeeting, sheets: m.sheets };
    return {
      kind: 'minimum',
      code,
      title,
      value: required,
      marks: [{ stars, required, met: false, applies: true }],
      reference,
      ...(replaces === undefined ? {} : { replaces }),
      message: message((t) => t.minimum(line)),
    };
  },
  /** The star after minima: as banded, capped (policy `cap`) or the band rejected (policy `reject`). */
  stars(line: {
    readonly stars: Stars;
    readonly band: Stars;
    readonly policy: 'cap' | 'reject';
    readonly reference: string;
  }): ExplanationLine {
    const { stars, band, policy, reference } = line;
    const write = (t: RatingText): string => {
      if (stars === band) return t.result(stars);
      return policy === 'cap' ? t.capped({ stars, band }) : t.rejected(band);
    };
    return { kind: 'stars', value: stars, reference, message: message(write) };
  },
  /** Whether the star is recognised, and by whom. */
  recognition(line: {
    readonly recognised: boolean;
    readonly stars: Stars;
    readonly authority: Level | null;
    readonly reference: string;
  }): ExplanationLine {
    const { recognised, stars, authority, reference } = line;
    const write = (t: RatingText): string =>
      recognised && authority ? t.recognised({ stars, authority }) : t.notRecognised;
    return { kind: 'recognition', value: stars, reference, message: message(write) };
  },
  /** Whether the average reaches the forwarding threshold at `level`, and the level it goes `to`. */
  forwarding(line: {
    readonly level: Level;
    readonly threshold: number;
    readonly average: number;
    readonly to: Level | null;
    readonly reference: string;
  }): ExplanationLine {
    const { level, threshold, to, reference } = line;
    const average = fmt(line.average);
    const write = (t: RatingText): string =>
      to ? t.forwarded({ average, threshold, from: level, to }) : t.notForwarded({ average, threshold });
    return { kind: 'forwarding', value: threshold, reference, message: message(write) };
  },
  /** A rejected dossier, or an evaluation stopped at a knock-out `criterion`. */
  disqualified(line: {
    readonly reason: 'dossier' | 'knock-out';
    readonly text: string;
    readonly reference: string;
    readonly criterion?: string | undefined;
  }): ExplanationLine {
    const { reason, text, reference, criterion } = line;
    const write = (t: RatingText): string =>
      reason === 'dossier' ? t.dossierRejected(text) : t.knockOut({ criterion: criterion ?? '', text });
    return {
      kind: 'disqualified',
      ...(criterion === undefined ? {} : { code: criterion }),
      reference,
      message: message(write),
    };
  },
  /** The note that star minima were not checked: the sheets carry totals only, or (`noMarks`) the set has no star marks. */
  minimaNotChecked(reference: string, noMarks = false): ExplanationLine {
    return { kind: 'note', reference, message: message((t) => (noMarks ? t.minimaNotMarked : t.minimaNotChecked)) };
  },
};
