/**
 * Rating per-criterion sheets under the rule sets before 26/2026: 148/2023 (its 26 sets, from a
 * third-party transcription, with star marks) and 1048/2019 (+ 781/2020; the official text, no
 * star marks). The CLI and rateProduct give the same rating for the same sheets.
 */
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';
import { getCriteriaSet } from '../../src/criteria.js';
import { rateProduct, type CriteriaSet, type Rating } from '../../src/index.js';

const top = (set: CriteriaSet) =>
  Object.fromEntries(set.criteria.map((c) => [c.code, Math.max(...c.options.map((o) => o.points))]));
const lowest = (set: CriteriaSet, code: string) =>
  Math.min(...(set.criteria.find((c) => c.code === code)?.options.map((o) => o.points) ?? []));

/** `ocop rate - --format json` on `evaluation`. */
function cliRating(evaluation: unknown, locale: 'vi' | 'en' = 'vi'): { code: number; json: Rating; text: string } {
  const io = (format: string[]) => {
    let stdout = '';
    const code = main(['rate', '-', '--locale', locale, ...format], {
      stdin: () => JSON.stringify(evaluation),
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      isTTY: false,
      env: {},
    } satisfies CliIo);
    return { code, stdout };
  };
  const json = io(['--format', 'json']);
  return { code: json.code, json: JSON.parse(json.stdout) as Rating, text: io([]).stdout };
}

describe('148/2023 (Quyết định 148/QĐ-TTg, Phụ lục III, set 1 "Rau, củ, quả, hạt tươi")', () => {
  const set = getCriteriaSet('qd148-2023', 1);
  // top options, then the unmarked criteria lowered to their lowest tick box: 100 − 27 = 73 (4★ band)
  const unmarked = ['1.a', '3.a', '3.c', '4.b', '4.c', '5.a', '6.c', '6.d'];
  const fourStarBand = { ...top(set), ...Object.fromEntries(unmarked.map((code) => [code, lowest(set, code)])) };
  const evaluation = (points: Record<string, number>) => ({
    ruleSet: 'qd148-2023' as const,
    criteriaSet: 1,
    level: 'province' as const,
    sheets: [{ points }, { points }, { points }],
  });

  it('top options everywhere: 100, 5★; the 4★-band sheet meeting its marks: 73, 4★', () => {
    expect(rateProduct(evaluation(top(set)), { criteria: set })).toMatchObject({ average: 100, stars: 5 });
    expect(rateProduct(evaluation(fourStarBand), { criteria: set })).toMatchObject({
      average: 73,
      band: 4,
      stars: 4,
      minimaChecked: true,
      unmetMinima: [],
    });
  });

  it('lowering 1.c (4★ mark on 2 points) from 3 to 1 caps the 4★-band product at 3★ and names the criterion as printed', () => {
    const rating = rateProduct(evaluation({ ...fourStarBand, '1.c': 1 }), { criteria: set });
    // 3★ under 148 is the district's to recognise
    expect(rating).toMatchObject({ average: 71, band: 4, stars: 3, recognised: true, authority: 'district' });
    expect(rating.unmetMinima).toEqual([
      {
        criterion: '1.c',
        title: 'Năng lực sản xuất đáp ứng yêu cầu phân phối',
        stars: 4,
        points: 2,
        label: 'Có năng lực, quy mô sản xuất trung bình',
        sheetsMeeting: 0,
        sheets: 3,
        reference: 'Quyết định 148/QĐ-TTg, Phụ lục III, bộ sản phẩm số 1, tiêu chí 1.c',
      },
    ]);
  });

  it('the CLI gives the same rating, and its explanation lists the criteria with their titles as printed', () => {
    const sheets = evaluation({ ...fourStarBand, '1.c': 1 });
    const cli = cliRating(sheets);
    expect(cli.code).toBe(0);
    expect(cli.json).toEqual(JSON.parse(JSON.stringify(rateProduct(sheets, { criteria: set }))));
    for (const title of ['Năng lực sản xuất đáp ứng yêu cầu phân phối', 'Sở hữu trí tuệ', 'CƠ HỘI THỊ TRƯỜNG TOÀN CẦU'])
      expect(cli.text).toContain(title);
    expect(cli.json.explanation.filter((l) => l.kind === 'criterion').map((l) => l.title)).toEqual(
      set.criteria.map((c) => c.title),
    );
  });

  it('148 as amended by 1489 scores on the same sets (and recognises 3★ at the province)', () => {
    const amended = { ...evaluation({ ...fourStarBand, '1.c': 1 }), ruleSet: 'qd148-1489-2025' as const };
    expect(rateProduct(amended, { criteria: set })).toMatchObject({ stars: 3, authority: 'province' });
  });
});

describe('1048/2019 and 781/2020 (Quyết định 1048/QĐ-TTg, Phụ lục III, set 1)', () => {
  const set = getCriteriaSet('qd1048-2019', 1);
  const sheets = (ruleSet: 'qd1048-2019' | 'qd1048-781-2020', points: Record<string, number>) => ({
    ruleSet,
    criteriaSet: 1,
    level: 'district' as const,
    sheets: [{ points }, { points: { ...points, '1.1': 1 } }],
  });

  it('top options everywhere: 100, 5★, no minima under 1048', () => {
    expect(rateProduct(sheets('qd1048-2019', top(set)), { criteria: set })).toMatchObject({
      average: 99,
      stars: 5,
      minimaChecked: false,
      forwardTo: 'province',
    });
    expect(
      rateProduct({ ...sheets('qd1048-2019', top(set)), sheets: [{ points: top(set) }] }, { criteria: set }).average,
    ).toBe(100);
  });

  it('under 781 the minima exist but are not included: the rating says they were not checked', () => {
    const rating = rateProduct(sheets('qd1048-781-2020', top(set)), { criteria: set, locale: 'en' });
    expect(rating).toMatchObject({ stars: 5, minimaChecked: false, unmetMinima: [] });
    expect(rating.explanation.filter((l) => l.kind === 'note').map((l) => l.message.en)).toEqual([
      'Star minima not checked: the criteria set carries no star marks',
    ]);
  });

  it('the CLI gives the same rating, with 1048’s criteria titles as printed', () => {
    const evaluation = sheets('qd1048-781-2020', top(set));
    const cli = cliRating(evaluation, 'en');
    expect(cli.code).toBe(0);
    expect(cli.json).toEqual(JSON.parse(JSON.stringify(rateProduct(evaluation, { criteria: set, locale: 'en' }))));
    for (const title of ['Nguồn nguyên liệu', 'Sử dụng năng lượng, công nghệ thân thiện bền vững trong SX'])
      expect(cli.text).toContain(title);
  });
});
