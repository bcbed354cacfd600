/**
 * The 26 criteria sets of Quyết định 26/2026/QĐ-TTg (Phụ lục II) as shipped: structure, sums,
 * options and star marks, text hygiene, freezing, and spot checks against the printed text.
 */
import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../../src/rules/criteria-set.js';
import { criterion, points, starsOf } from './criterion-of.js';
import {
  QD26_CRITERIA_SETS,
  QD26_SET_01,
  QD26_SET_21,
  QD26_SET_23,
  QD26_SET_26,
} from '../../../src/rules/data/qd26-2026/index.js';

const sets = QD26_CRITERIA_SETS;

/** Criteria that print alternative cases ("a. Trường hợp 1 …, b. Trường hợp 2 …"), each with its own tick boxes. */
const ALTERNATIVE_CASES: Record<number, string[]> = { 26: ['8', '9', '15'] };

/** Section maxima per part, as printed (ocop-brief §2.4 says the same). */
const SECTION_MAXIMA: Record<number, [number[], number[], number[]]> = {
  1: [
    [18, 10, 12],
    [13, 12],
    [12, 3, 5, 5, 5, 2, 3],
  ],
  2: [
    [18, 10, 12],
    [13, 12],
    [15, 5, 5, 5, 2, 3],
  ],
  3: [
    [18, 10, 12],
    [13, 12],
    [12, 3, 5, 5, 5, 2, 3],
  ],
  4: [
    [18, 10, 12],
    [13, 12],
    [12, 3, 5, 5, 5, 2, 3],
  ],
  5: [
    [16, 12, 12],
    [13, 12],
    [15, 5, 5, 5, 2, 3],
  ],
  6: [
    [18, 10, 12],
    [13, 12],
    [15, 5, 5, 5, 2, 3],
  ],
  7: [
    [18, 10, 12],
    [13, 12],
    [15, 5, 5, 5, 2, 3],
  ],
  8: [
    [18, 10, 12],
    [13, 12],
    [15, 5, 5, 5, 2, 3],
  ],
  9: [
    [18, 10, 12],
    [13, 12],
    [15, 5, 5, 5, 2, 3],
  ],
  10: [
    [18, 10, 12],
    [13, 12],
    [15, 5, 5, 5, 2, 3],
  ],
  11: [
    [18, 10, 12],
    [13, 12],
    [15, 5, 5, 5, 2, 3],
  ],
  12: [
    [18, 10, 12],
    [13, 12],
    [15, 5, 5, 5, 2, 3],
  ],
  13: [
    [18, 10, 12],
    [13, 12],
    [15, 5, 5, 5, 2, 3],
  ],
  14: [
    [17, 11, 12],
    [13, 12],
    [15, 5, 5, 5, 5],
  ],
  15: [
    [17, 11, 12],
    [13, 12],
    [15, 5, 5, 5, 5],
  ],
  16: [
    [17, 11, 12],
    [13, 12],
    [15, 5, 5, 5, 5],
  ],
  17: [
    [17, 11, 12],
    [13, 12],
    [15, 5, 5, 5, 5],
  ],
  18: [
    [18, 10, 12],
    [13, 12],
    [5, 4, 5, 3, 3, 5, 3, 2, 5],
  ],
  19: [
    [17, 11, 12],
    [13, 12],
    [5, 3, 5, 4, 5, 3, 5, 2, 3],
  ],
  20: [
    [17, 11, 12],
    [13, 12],
    [5, 3, 5, 4, 3, 5, 5, 2, 3],
  ],
  21: [
    [19, 9, 12],
    [13, 12],
    [21, 4, 5, 5],
  ],
  22: [
    [18, 10, 12],
    [13, 12],
    [24, 3, 3, 5],
  ],
  23: [
    [19, 9, 12],
    [13, 12],
    [14, 8, 4, 4, 5],
  ],
  24: [
    [19, 9, 12],
    [13, 12],
    [17, 9, 4, 5],
  ],
  25: [
    [19, 9, 12],
    [13, 12],
    [15, 10, 5, 5],
  ],
  26: [
    [14, 12, 14],
    [17, 8],
    [3, 3, 3, 2, 3, 2, 3, 4, 4, 3, 3, 2],
  ],
};

function allStrings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => allStrings(item, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => allStrings(item, `${path}.${key}`));
  return [];
}

function unfrozen(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const own = Object.isFrozen(value) ? [] : [path || '(root)'];
  return [...own, ...Object.entries(value).flatMap(([key, item]) => unfrozen(item, `${path}.${key}`))];
}

describe('QD26_CRITERIA_SETS', () => {
  it('holds the 26 sets of Phụ lục II, numbered 1 to 26, with their references', () => {
    expect(sets.map((s) => s.setNo)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    for (const set of sets) {
      expect(set.ruleSet).toBe('qd26-2026');
      expect(set.reference).toBe(`Quyết định 26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm số ${set.setNo}`);
    }
    expect(sets[0]).toBe(QD26_SET_01);
    expect(QD26_SET_01.title).toBe('Rau, củ, quả, hạt tươi');
    expect(QD26_SET_21.title).toBe('Thủ công mỹ nghệ');
    expect(QD26_SET_26.title).toBe('Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch');
  });

  it('counts 787 criteria and 2579 options in all', () => {
    expect(sets.reduce((n, s) => n + s.criteria.length, 0)).toBe(787);
    expect(sets.reduce((n, s) => n + s.criteria.reduce((m, c) => m + c.options.length, 0), 0)).toBe(2579);
  });

  it.each(sets.map((s) => [s.setNo, s] as const))('set %i: parts A/B/C of 40/25/35, total 100', (_no, set) => {
    expect(set.parts.map((p) => p.part)).toEqual(['A', 'B', 'C']);
    expect(set.parts.map((p) => p.max)).toEqual([40, 25, 35]);
    expect(set.parts.map((p) => p.titleEn)).toEqual([
      'Product and community strength',
      'Marketing capacity',
      'Product quality',
    ]);
    expect(set.parts.reduce((n, p) => n + p.max, 0)).toBe(100);
  });

  it.each(sets.map((s) => [s.setNo, s] as const))(
    'set %i: sections sum to their part, criteria to their section',
    (_no, set) => {
      for (const part of set.parts) {
        expect(part.sections.reduce((n, s) => n + s.max, 0)).toBe(part.max);
        for (const section of part.sections) {
          const inSection = set.criteria.filter((c) => c.section === section.code);
          expect(inSection.length).toBeGreaterThan(0);
          expect(inSection.every((c) => c.part === part.part)).toBe(true);
          expect(inSection.reduce((n, c) => n + c.max, 0)).toBe(section.max);
        }
      }
    },
  );

  it.each(sets.map((s) => [s.setNo, s] as const))('set %i: section maxima as printed', (no, set) => {
    expect(set.parts.map((p) => p.sections.map((s) => s.max))).toEqual(SECTION_MAXIMA[no]);
    expect(set.parts.flatMap((p) => p.sections.map((s) => s.code))).toEqual(
      set.parts.flatMap((p) => p.sections).map((_s, i) => String(i + 1)),
    );
  });

  it.each(sets.map((s) => [s.setNo, s] as const))('set %i: unique codes, each in a section of its part', (_no, set) => {
    const codes = set.criteria.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of set.criteria) {
      const part = set.parts.find((p) => p.part === c.part);
      expect(part?.sections.map((s) => s.code)).toContain(c.section);
      expect(c.code === c.section || c.code.startsWith(`${c.section}.`)).toBe(true);
    }
  });

  it.each(sets.map((s) => [s.setNo, s] as const))(
    'set %i: options rise to the maximum, star marks are 3, 4 or 5',
    (no, set) => {
      for (const c of set.criteria) {
        expect(c.options.length).toBeGreaterThanOrEqual(2);
        expect(Math.max(...points(c))).toBe(c.max);
        const cases = ALTERNATIVE_CASES[no]?.includes(c.code) ? 2 : 1;
        const size = c.options.length / cases;
        for (let k = 0; k < cases; k += 1) {
          const run = points(c).slice(k * size, (k + 1) * size);
          const strictlyRising = run.every((p, i) => i === 0 || p > (run[i - 1] ?? Infinity));
          if (no === 23 && c.code === '6.2') expect(run).toEqual([1, 1, 3, 5]);
          else expect(strictlyRising, `set ${no} criterion ${c.code}: ${run.join(', ')}`).toBe(true);
          expect(Math.max(...run)).toBe(c.max);
        }
        if (cases === 1 && !(no === 23 && c.code === '6.2')) expect(new Set(points(c)).size).toBe(c.options.length);
        for (const o of c.options) {
          if (o.minStars !== undefined) expect([3, 4, 5]).toContain(o.minStars);
          expect(Number.isInteger(o.points) && o.points >= 0).toBe(true);
        }
        const implied = c.options.filter((o) => o.implied);
        if (implied.length > 0)
          expect(c.options).toEqual([
            { points: 0, label: 'Không', implied: true },
            { points: c.max, label: 'Có', implied: true },
          ]);
      }
    },
  );

  it.each(sets.map((s) => [s.setNo, s] as const))('set %i: all text is NFC, trimmed and not empty', (_no, set) => {
    const strings = allStrings(set);
    expect(strings.length).toBeGreaterThan(100);
    for (const [path, text] of strings) {
      expect(text, path).toBe(text.normalize('NFC'));
      expect(text, path).toBe(text.trim());
      expect(text.length, path).toBeGreaterThan(0);
      if (!path.startsWith('.transcriptionNotes')) expect(text, path).not.toMatch(/[*□]/);
    }
  });

  it('carries disqualifiers once each, and the star legend on every set but 26', () => {
    for (const set of sets) {
      expect(new Set(set.disqualifiers).size).toBe(set.disqualifiers.length);
      expect(set.starLegend).toBe(set.setNo !== 26);
      if (set.setNo !== 26) expect(set.disqualifiers.length).toBe(1);
    }
    expect(QD26_SET_01.disqualifiers).toEqual([
      'Giả mạo hồ sơ hoặc không tuân thủ đầy đủ các quy định về giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm theo quy định; hoặc không đáp ứng về hồ sơ đăng ký theo quy định',
    ]);
    expect(QD26_SET_26.disqualifiers).toEqual([]);
  });

  it('is deeply frozen', () => {
    expect(unfrozen(sets)).toEqual([]);
    expect(() => (sets as CriteriaSet[]).push(QD26_SET_01)).toThrow(TypeError);
    expect(() => {
      (criterion(QD26_SET_01, '1.1') as { max: number }).max = 99;
    }).toThrow(TypeError);
  });
});

describe('set 1 "Rau, củ, quả, hạt tươi" against the printed text', () => {
  it('marks the 3-point option of 1.3 as the 5★ minimum', () => {
    const c = criterion(QD26_SET_01, '1.3');
    expect(points(c)).toEqual([1, 2, 3]);
    expect(starsOf(c)).toEqual([null, null, 5]);
  });

  it('gives 2.2 the options 0, 1, 2, 3 with 2 marked 3★', () => {
    const c = criterion(QD26_SET_01, '2.2');
    expect(points(c)).toEqual([0, 1, 2, 3]);
    expect(starsOf(c)).toEqual([null, null, 3, null]);
    expect(c.options[2]?.label).toBe('Đóng gói sáng tạo, bao bì đẹp');
  });

  it('reads the other criteria of set 1 as printed', () => {
    const expected: Record<string, Array<[number, number | null]>> = {
      '1.5': [
        [0, null],
        [1, null],
        [2, 4],
        [3, 5],
      ],
      '1.6': [
        [1, 4],
        [2, null],
        [3, null],
      ],
      '2.1': [
        [0, null],
        [1, null],
        [3, 4],
      ],
      '2.3': [
        [1, 3],
        [2, null],
        [3, 4],
      ],
      '3.5': [
        [1, 3],
        [2, 4],
        [3, null],
      ],
      '4.1': [
        [1, null],
        [2, 3],
        [3, 4],
        [5, 5],
      ],
      '5.1': [
        [0, null],
        [1, null],
        [2, null],
        [3, null],
        [5, 4],
      ],
      '5.3': [
        [0, null],
        [1, 3],
        [3, null],
        [5, null],
      ],
      '6.2': [
        [0, null],
        [1, null],
        [2, null],
        [3, 4],
        [4, null],
      ],
      '7': [
        [0, null],
        [1, null],
        [3, null],
      ],
      '9': [
        [2, 3],
        [4, null],
        [5, null],
      ],
      '10': [
        [1, 3],
        [3, 4],
        [5, null],
      ],
    };
    for (const [code, options] of Object.entries(expected)) {
      const c = criterion(QD26_SET_01, code);
      expect(
        c.options.map((o) => [o.points, o.minStars ?? null]),
        code,
      ).toEqual(options);
    }
    expect(criterion(QD26_SET_01, '2.4').options).toEqual([
      { points: 0, label: 'Không', implied: true },
      { points: 1, label: 'Có', implied: true },
    ]);
    expect(criterion(QD26_SET_01, '7')).toMatchObject({ part: 'C', section: '7', title: 'DINH DƯỠNG', max: 3 });
  });

  it('classifies the notes: 1.1 requirement, 2.1 exclusion, 5.2 condition, 5.3 requirement, 6.1 knock-out', () => {
    expect(criterion(QD26_SET_01, '1.1').notes).toEqual([
      { kind: 'requirement', text: 'Yêu cầu: 100% sản phẩm được trồng trên địa bàn cấp tỉnh' },
    ]);
    expect(criterion(QD26_SET_01, '2.1').notes?.map((n) => n.kind)).toEqual(['exclusion']);
    expect(criterion(QD26_SET_01, '5.2').notes).toEqual([
      { kind: 'condition', text: 'Chỉ áp dụng khi có câu chuyện sản phẩm' },
    ]);
    expect(criterion(QD26_SET_01, '5.3').notes?.map((n) => n.kind)).toEqual(['requirement']);
    expect(criterion(QD26_SET_01, '6.1').notes?.map((n) => n.kind)).toEqual(['knock-out']);
    expect(criterion(QD26_SET_01, '6.1').notes?.[0]?.text).toMatch(/^Ghi chú: Không xem xét các chỉ tiêu khác/);
  });

  it('has 7 criteria with a 3★ mark, 12 with 4★ and 3 with 5★ (as printed in set 1)', () => {
    const withMark = (n: number) => QD26_SET_01.criteria.filter((c) => c.options.some((o) => o.minStars === n)).length;
    expect([withMark(3), withMark(4), withMark(5)]).toEqual([7, 12, 3]);
    expect(QD26_SET_01.criteria).toHaveLength(32);
    expect(QD26_SET_01.transcriptionNotes).toBeUndefined();
  });
});

describe('set 26 (tourism) against the printed text', () => {
  it('holds part A at 40, with a note on the printed "(35 Điểm)"', () => {
    expect(QD26_SET_26.parts[0]).toMatchObject({ part: 'A', title: 'SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG', max: 40 });
    expect(QD26_SET_26.parts[0]?.sections.map((s) => s.titleEn)).toEqual([
      'Community service organisation',
      'Product development',
      'Community strength',
    ]);
    expect(QD26_SET_26.transcriptionNotes?.some((n) => n.includes('(35 Điểm)') && n.includes('40'))).toBe(true);
  });

  it('marks one 3★ option, two 4★ options, no 5★, and prints no star legend', () => {
    const marks = QD26_SET_26.criteria.flatMap((c) =>
      c.options.flatMap((o) => (o.minStars ? [`${c.code}:${o.points}:${o.minStars}`] : [])),
    );
    expect(marks).toEqual(['3.4:3:4', '3.5:1:3', '3.5:2:4']);
    expect(QD26_SET_26.starLegend).toBe(false);
  });

  it('keeps both cases of criteria 8, 9 and 15, with the case headings as notes', () => {
    expect(points(criterion(QD26_SET_26, '8'))).toEqual([1, 3, 1, 3]);
    expect(points(criterion(QD26_SET_26, '9'))).toEqual([1, 2, 1, 2]);
    expect(points(criterion(QD26_SET_26, '15'))).toEqual([1, 3, 1, 3]);
    expect(criterion(QD26_SET_26, '8').notes?.map((n) => n.text)).toEqual([
      'Lựa chọn một trong hai trường hợp sau:',
      'a. Trường hợp 1: Dịch vụ du lịch do cộng đồng cung cấp',
      'b. Trường hợp 2: Điểm dịch vụ du lịch',
    ]);
  });
});

describe('printed defects, kept visible', () => {
  it('set 23: criterion 9 (HDSD) is 4, not the printed "4 1"; 6.2 keeps its repeated 1', () => {
    expect(criterion(QD26_SET_23, '9').max).toBe(4);
    expect(points(criterion(QD26_SET_23, '6.2'))).toEqual([1, 1, 3, 5]);
    expect(QD26_SET_23.transcriptionNotes).toHaveLength(2);
  });

  it('every set with a correction says so in its transcription notes', () => {
    const noted = sets.filter((s) => s.transcriptionNotes).map((s) => s.setNo);
    expect(noted).toEqual([3, 4, 7, 10, 11, 13, 23, 25, 26]);
  });
});
