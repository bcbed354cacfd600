/**
 * Explanation lines of a rating: ordered lines a UI can render, each with its legal reference
 * and a message in Vietnamese and English.
 */
import type { Level } from '../model/level.js';
import type { MarkedStar, PartCode } from '../rules/criteria-set.js';
import type { Stars } from '../rules/rule-set.js';

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
  readonly message: { readonly vi: string; readonly en: string };
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
const LEVEL_VI: Record<Level, string> = { district: 'cấp huyện', province: 'cấp tỉnh', central: 'cấp trung ương' };
const LEVEL_EN: Record<Level, string> = { district: 'district', province: 'province', central: 'central (ministry)' };

/** The language-neutral label of a star mark: `3★ ≥ 2`. */
export function markLabel(stars: MarkedStar, required: number): string {
  return `${stars}★ ≥ ${required}`;
}

/** What follows a mark's label: met, not met, or (index `band + 1`) not met and not required in that band. */
const MARK_STATE_VI = [
  ': đạt',
  ': chưa đạt',
  ...[1, 2, 3, 4, 5].map((band) => `: chưa đạt, không yêu cầu ở hạng ${band} sao`),
];
const MARK_STATE_EN = [
  ': met',
  ': not met',
  ...[1, 2, 3, 4, 5].map((band) => `: not met, not required in the ${band}★ band`),
];

/**
 * ` (3★ ≥ 2: đạt; 4★ ≥ 3: chưa đạt)` in both languages, from the marks and their labels; an
 * unmet mark above the band says it is not required at that band.
 */
function marksTexts(
  marks: ExplanationLine['marks'],
  labels: readonly string[] | undefined,
  band: Stars,
): { vi: string; en: string } {
  if (!marks || marks.length === 0) return { vi: '', en: '' };
  let vi = '';
  let en = '';
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i] as NonNullable<ExplanationLine['marks']>[number];
    const label = labels?.[i] ?? markLabel(m.stars, m.required);
    const separator = i === 0 ? '' : '; ';
    const state = m.met ? 0 : m.applies ? 1 : band + 1;
    vi += separator + label + (MARK_STATE_VI[state] as string);
    en += separator + label + (MARK_STATE_EN[state] as string);
  }
  return { vi: ` (${vi})`, en: ` (${en})` };
}

/** Builds the message of each kind of line. */
export const explain = {
  /**
   * A criterion's line; `titleEn` is the English title where the data has one (a section scored
   * as one criterion), else the printed title; `band` is the score band the marks are read
   * against; `labels` are the marks' {@link markLabel}s when the caller has them ready.
   */
  criterion(
    code: string,
    titles: { readonly vi: string; readonly en: string },
    value: number,
    max: number,
    marks: ExplanationLine['marks'],
    band: Stars,
    reference: string,
    labels?: readonly string[],
  ): ExplanationLine {
    const title = titles.vi;
    const score = `${fmt(value)}/${max}`;
    const texts = marksTexts(marks, labels, band);
    const message = {
      vi: `${code} ${title}: ${score} điểm${texts.vi}`,
      en: `${code} ${titles.en}: ${score} points${texts.en}`,
    };
    return marks && marks.length > 0
      ? { kind: 'criterion', code, title, value, max, marks, reference, message }
      : { kind: 'criterion', code, title, value, max, reference, message };
  },
  part(part: PartCode, title: string, titleEn: string, value: number, max: number, reference: string): ExplanationLine {
    return {
      kind: 'part',
      code: part,
      title,
      value,
      max,
      reference,
      message: {
        vi: `Phần ${part} (${title}): ${fmt(value)}/${max} điểm`,
        en: `Part ${part} (${titleEn}): ${fmt(value)}/${max} points`,
      },
    };
  },
  average(value: number, totals: readonly number[], reference: string): ExplanationLine {
    const list = totals.map(fmt).join(', ');
    return {
      kind: 'average',
      value,
      max: 100,
      reference,
      message: {
        vi: `Tổng điểm trung bình của ${totals.length} thành viên: ${fmt(value)} (${list})`,
        en:
          totals.length === 1
            ? `Average of 1 member's total: ${fmt(value)} (${list})`
            : `Average of ${totals.length} members' totals: ${fmt(value)} (${list})`,
      },
    };
  },
  band(stars: Stars, from: number, below: number | null, reference: string): ExplanationLine {
    const range = below === null ? `${from} – 100` : `${from} – < ${below}`;
    return {
      kind: 'band',
      value: stars,
      reference,
      message: { vi: `Hạng theo điểm: ${stars} sao (${range})`, en: `Score band: ${stars}★ (${range})` },
    };
  },
  minimum(
    code: string,
    title: string,
    stars: MarkedStar,
    required: number,
    meeting: number,
    sheets: number,
    reference: string,
    replaces?: string,
  ): ExplanationLine {
    return {
      kind: 'minimum',
      code,
      title,
      value: required,
      marks: [{ stars, required, met: false, applies: true }],
      reference,
      ...(replaces === undefined ? {} : { replaces }),
      message: {
        vi: `Chưa đạt yêu cầu tối thiểu ${stars} sao ở tiêu chí ${code} (${title}): cần ≥ ${required} điểm, ${meeting}/${sheets} phiếu đạt`,
        en: `Unmet ${stars}★ minimum at ${code} (${title}): needs ≥ ${required} points, met on ${meeting}/${sheets} sheets`,
      },
    };
  },
  stars(stars: Stars, band: Stars, policy: 'cap' | 'reject', reference: string): ExplanationLine {
    const same = stars === band;
    return {
      kind: 'stars',
      value: stars,
      reference,
      message: same
        ? { vi: `Kết quả: ${stars} sao`, en: `Result: ${stars}★` }
        : policy === 'cap'
          ? {
              vi: `Kết quả: ${stars} sao (hạ từ ${band} sao do chưa đạt yêu cầu tối thiểu)`,
              en: `Result: ${stars}★ (capped from ${band}★ by unmet minima)`,
            }
          : {
              vi: `Kết quả: không đạt ${band} sao do chưa đạt yêu cầu tối thiểu`,
              en: `Result: ${band}★ rejected by unmet minima`,
            },
    };
  },
  recognition(recognised: boolean, stars: Stars, authority: Level | null, reference: string): ExplanationLine {
    return {
      kind: 'recognition',
      value: stars,
      reference,
      message:
        recognised && authority
          ? {
              vi: `Được công nhận ${stars} sao, thẩm quyền ${LEVEL_VI[authority]}`,
              en: `Recognised at ${stars}★ by the ${LEVEL_EN[authority]} level`,
            }
          : { vi: 'Không được công nhận, không cấp giấy chứng nhận', en: 'Not recognised; no certificate' },
    };
  },
  forwarding(level: Level, threshold: number, average: number, to: Level | null, reference: string): ExplanationLine {
    return {
      kind: 'forwarding',
      value: threshold,
      reference,
      message: to
        ? {
            vi: `Điểm ${fmt(average)} ≥ ${threshold}: ${LEVEL_VI[level]} chuyển lên ${LEVEL_VI[to]}`,
            en: `Average ${fmt(average)} ≥ ${threshold}: the ${LEVEL_EN[level]} level forwards to the ${LEVEL_EN[to]} level`,
          }
        : {
            vi: `Điểm ${fmt(average)} < ${threshold}: không chuyển lên cấp trên`,
            en: `Average ${fmt(average)} < ${threshold}: not forwarded`,
          },
    };
  },
  disqualified(reason: 'dossier' | 'knock-out', text: string, reference: string, criterion?: string): ExplanationLine {
    return {
      kind: 'disqualified',
      ...(criterion === undefined ? {} : { code: criterion }),
      reference,
      message:
        reason === 'dossier'
          ? { vi: `Hồ sơ bị loại: ${text}`, en: `Dossier rejected: ${text}` }
          : {
              vi: `Dừng đánh giá tại tiêu chí ${criterion ?? ''}: ${text}`,
              en: `Evaluation stopped at criterion ${criterion ?? ''} (knock-out): ${text}`,
            },
    };
  },
  note(vi: string, en: string, reference: string): ExplanationLine {
    return { kind: 'note', reference, message: { vi, en } };
  },
};
