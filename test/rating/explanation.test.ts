import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/locales/index.js';
import { explain, fmt } from '../../src/rating/explanation.js';
import { rateProduct } from '../../src/rating/rate-product.js';
import { QD26_SET_06 } from '../../src/rules/data/qd26-2026/set-06.js';

describe('fmt (numbers in explanation messages)', () => {
  test.prop([fc.integer({ min: 0, max: 1e12 })], { numRuns: 5000 })(
    'writes any number of hundredths as String does',
    (hundredths) => {
      const n = hundredths / 100;
      expect(fmt(n)).toBe(String(n));
    },
  );

  test.prop([fc.double({ noNaN: true })], { numRuns: 5000 })('writes any other number as String does', (n) => {
    expect(fmt(n)).toBe(String(n));
  });

  it.each([0, 0.05, 0.1, 2.57, 81.2, 100, 89.99, 1e-7, -0.5, 0.1 + 0.2, 1e21, Number.POSITIVE_INFINITY])(
    'fmt(%s) === String(%s)',
    (n) => {
      expect(fmt(n)).toBe(String(n));
    },
  );
});

describe('explanation messages (written from the locale catalogue)', () => {
  it('a criterion line states each mark: met, not met, or not met and not required in the band', () => {
    const line = explain.criterion({
      code: '2.2',
      titles: { vi: 'Đóng gói, bao bì sản phẩm', en: 'Packaging' },
      value: 1.5,
      max: 3,
      marks: [
        { stars: 3, required: 1, met: true, applies: true },
        { stars: 4, required: 2, met: false, applies: true },
        { stars: 5, required: 3, met: false, applies: false },
      ],
      band: 4,
      reference: 'QĐ 26/2026/QĐ-TTg, bộ tiêu chí số 6, tiêu chí 2.2',
    });
    expect(line.message).toEqual({
      vi: '2.2 Đóng gói, bao bì sản phẩm: 1.5/3 điểm (3★ ≥ 1: đạt; 4★ ≥ 2: chưa đạt; 5★ ≥ 3: chưa đạt, không yêu cầu ở hạng 4 sao)',
      en: '2.2 Packaging: 1.5/3 points (3★ ≥ 1: met; 4★ ≥ 2: not met; 5★ ≥ 3: not met, not required in the 4★ band)',
    });
  });

  it('a mark above band 1 names band 1 (the state table is indexed by band)', () => {
    const marks = [{ stars: 3, required: 2, met: false, applies: false }] as const;
    const line = explain.criterion({
      code: '1.1',
      titles: { vi: 'A', en: 'A' },
      value: 0,
      max: 2,
      marks,
      band: 1,
      reference: 'r',
    });
    expect(line.message.en).toBe('1.1 A: 0/2 points (3★ ≥ 2: not met, not required in the 1★ band)');
    expect(line.message.vi).toBe('1.1 A: 0/2 điểm (3★ ≥ 2: chưa đạt, không yêu cầu ở hạng 1 sao)');
  });

  it('every line of a rating has a non-empty message in every locale, in the order of LOCALES', () => {
    const points = Object.fromEntries(QD26_SET_06.criteria.map((c) => [c.code, c.options[0]?.points ?? 0]));
    const rating = rateProduct(
      {
        ruleSet: 'qd26-2026',
        criteriaSet: 6,
        level: 'province',
        sheets: [{ points }],
        disqualified: { reason: 'dossier' },
      },
      { criteria: QD26_SET_06 },
    );
    expect(new Set(rating.explanation.map((line) => line.kind))).toEqual(
      new Set(['criterion', 'part', 'average', 'band', 'stars', 'disqualified', 'recognition', 'forwarding']),
    );
    for (const line of rating.explanation) {
      expect(Object.keys(line.message)).toEqual([...LOCALES]);
      for (const locale of LOCALES) expect(line.message[locale]).toMatch(/^\S.*\S$/);
      expect(JSON.stringify(line.message)).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});
