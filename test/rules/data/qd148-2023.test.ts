/**
 * The 26 criteria sets of Quyết định 148/QĐ-TTg (Phụ lục III) as shipped, generated from a
 * third-party transcription: structure, sums, options and star marks, provenance, the known
 * defects of the transcription and where the data corrects or keeps them.
 */
import { describe, expect, it } from 'vitest';
import type { CriteriaSet } from '../../../src/rules/criteria-set.js';
import { criterion, points, starsOf } from './criterion-of.js';
import { CRITERION_CODE } from '../../../src/model/formats.js';
import {
  QD148_CRITERIA_SETS,
  QD148_SET_01,
  QD148_SET_07,
  QD148_SET_11,
  QD148_SET_13,
  QD148_SET_17,
  QD148_SET_18,
  QD148_SET_26,
} from '../../../src/rules/data/qd148-2023/index.js';
import { QD148_KNOWN_DEFECTS } from '../../../src/rules/data/qd148-2023/known-defects.js';
import { QD148_LOADERS } from '../../../src/rules/data/qd148-2023/loaders.js';

const sets = QD148_CRITERIA_SETS;

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
const topTotal = (set: CriteriaSet) => sum(set.criteria.map((c) => Math.max(...points(c))));

/** Part C of sets 11–13: the transcription's sections do not add up to 35 and the data keeps them. */
const PART_C_SECTION_SUMS: Record<number, number> = { 11: 32, 12: 32, 13: 33 };

describe('QD148_CRITERIA_SETS', () => {
  it('holds 26 sets numbered 1 to 26, with their rule set and references', () => {
    expect(sets).toHaveLength(26);
    sets.forEach((set, i) => {
      expect(set.setNo).toBe(i + 1);
      expect(set.ruleSet).toBe('qd148-2023');
      expect(set.reference).toBe(`Quyết định 148/QĐ-TTg, Phụ lục III, bộ sản phẩm số ${i + 1}`);
    });
    expect(sets[0]?.title).toBe('Rau, củ, quả, hạt tươi');
    expect(sets[7]?.title).toBe('Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong');
    expect(sets[15]?.title).toBe('Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai');
    expect(sets[25]?.title).toBe('Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch');
  });

  it('says every set comes from a third-party transcription, citing the repository and commit', () => {
    for (const set of sets) {
      expect(set.provenance?.kind).toBe('third-party-transcription');
      expect(set.provenance?.source).toContain('Quyết định 148/QĐ-TTg (24/02/2023), Phụ lục III');
      expect(set.provenance?.source).toContain(
        'https://github.com/augustine-tran/ocop/tree/d76e5ad5de8cf7f044e67784aea849fdd9cee799/db/ocop',
      );
      expect(set.provenance?.source).toContain('not checked against the official text');
    }
  });

  it('counts 795 criteria and 2632 options in all', () => {
    expect(sum(sets.map((s) => s.criteria.length))).toBe(795);
    expect(sum(sets.map((s) => sum(s.criteria.map((c) => c.options.length))))).toBe(2632);
  });

  it('has parts A/B/C of 40/25/35, 100 in total', () => {
    for (const set of sets) {
      expect(set.parts.map((p) => [p.part, p.max])).toEqual([
        ['A', 40],
        ['B', 25],
        ['C', 35],
      ]);
    }
  });

  it('has sections that sum to their part, except part C of sets 11, 12 and 13 (kept as transcribed)', () => {
    for (const set of sets) {
      for (const part of set.parts) {
        const expected = part.part === 'C' ? (PART_C_SECTION_SUMS[set.setNo] ?? 35) : part.max;
        expect(sum(part.sections.map((s) => s.max)), `set ${set.setNo} part ${part.part}`).toBe(expected);
      }
    }
    expect(QD148_SET_11.parts[2]?.sections.map((s) => s.max)).toEqual([13, 5, 4, 5, 2, 3]);
  });

  it('has criteria that sum to their section, in the section of their code', () => {
    for (const set of sets) {
      for (const section of set.parts.flatMap((p) => p.sections)) {
        const inSection = set.criteria.filter((c) => c.section === section.code);
        expect(inSection.length, `set ${set.setNo} section ${section.code}`).toBeGreaterThan(0);
        expect(sum(inSection.map((c) => c.max)), `set ${set.setNo} section ${section.code}`).toBe(section.max);
        for (const c of inSection) expect(c.code === section.code || c.code.startsWith(`${section.code}.`)).toBe(true);
      }
    }
  });

  it('gives each criterion options whose best reaches its maximum, except set 7 "6.d" (Mùi)', () => {
    for (const set of sets) {
      for (const c of set.criteria) {
        const top = Math.max(...points(c));
        if (set.setNo === 7 && c.code === '6.d') expect(top).toBe(3);
        else expect(top, `set ${set.setNo} ${c.code}`).toBe(c.max);
      }
    }
  });

  it('gives 100 for the top options everywhere but in the four sets whose transcription does not add up', () => {
    const totals = Object.fromEntries(sets.map((s) => [s.setNo, topTotal(s)]));
    expect(totals).toEqual({
      ...Object.fromEntries(sets.map((s) => [s.setNo, 100])),
      7: 99,
      11: 97,
      12: 97,
      13: 98,
    });
  });

  it('puts star marks (3, 4 or 5) on options only', () => {
    let marks = 0;
    for (const set of sets) {
      for (const c of set.criteria) {
        expect(Object.keys(c)).not.toContain('minStars');
        for (const o of c.options) {
          if (o.minStars === undefined) continue;
          expect([3, 4, 5]).toContain(o.minStars);
          marks += 1;
        }
      }
    }
    expect(marks).toBe(83 + 287 + 199);
  });

  it('uses unique codes of the form section.letter (or the section alone)', () => {
    for (const set of sets) {
      const codes = set.criteria.map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(CRITERION_CODE.pattern);
    }
    expect(QD148_SET_01.criteria.map((c) => c.code).slice(0, 8)).toEqual([
      '1.a',
      '1.b',
      '1.c',
      '1.d',
      '1.đ',
      '1.e',
      '2.a',
      '2.b',
    ]);
  });

  it('keeps labels and titles without tick boxes, star marks or stray spaces', () => {
    for (const set of sets) {
      for (const c of set.criteria) {
        expect(c.title).not.toMatch(/[*□]|^[a-zđ]\s*\)|^\s|\s$/u);
        for (const o of c.options) expect(o.label).not.toMatch(/[*□]|^\s|\s$|\s{2}/u);
      }
    }
  });

  it('has no disqualifiers and no star legend, and says why', () => {
    for (const set of sets) {
      expect(set.disqualifiers).toEqual([]);
      expect(set.starLegend).toBe(false);
      expect(set.transcriptionNotes?.join(' ')).toContain('does not include the "Hồ sơ bị loại khi"');
      expect(set.transcriptionNotes?.join(' ')).toContain('the star marks come from its stars column');
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(sets)).toBe(true);
    expect(Object.isFrozen(QD148_SET_01.criteria[0]?.options[0])).toBe(true);
    expect(Object.isFrozen(QD148_KNOWN_DEFECTS[0])).toBe(true);
  });

  it('loads each set lazily', async () => {
    expect(QD148_LOADERS).toHaveLength(26);
    await expect(QD148_LOADERS[0]?.()).resolves.toBe(QD148_SET_01);
    await expect(QD148_LOADERS[25]?.()).resolves.toBe(QD148_SET_26);
  });
});

describe('values as transcribed', () => {
  it('set 1 "1.b" (Gia tăng giá trị): the top option (3 points) is marked 5★', () => {
    const c = criterion(QD148_SET_01, '1.b');
    expect(points(c)).toEqual([1, 2, 3]);
    expect(starsOf(c)).toEqual([null, null, 5]);
  });

  it('set 1 "1.a" gives 1, 3, 5 with a requirement note, and "2.a" an exclusion note', () => {
    expect(points(criterion(QD148_SET_01, '1.a'))).toEqual([1, 3, 5]);
    expect(criterion(QD148_SET_01, '1.a').notes).toEqual([
      { kind: 'requirement', text: 'Yêu cầu: 100% sản phẩm được trồng trên địa bàn cấp tỉnh' },
    ]);
    expect(criterion(QD148_SET_01, '2.a').notes?.[0]?.kind).toBe('exclusion');
  });

  it('set 7 "6.d" (Mùi): maximum 4, options 1, 2, 3 kept as transcribed', () => {
    const c = criterion(QD148_SET_07, '6.d');
    expect(c.title).toBe('Mùi');
    expect(c.max).toBe(4);
    expect(points(c)).toEqual([1, 2, 3]);
    expect(starsOf(c)).toEqual([null, 4, 5]);
  });

  it('set 11: the dash rows under "Ngoại hình" and "Nước pha" are criteria 6.a.1–6.b.3', () => {
    const section6 = QD148_SET_11.criteria.filter((c) => c.section === '6');
    expect(section6.map((c) => [c.code, c.title, c.max])).toEqual([
      ['6.a.1', 'Tạp chất', 2],
      ['6.a.2', 'Hình dạng, màu sắc cánh chè', 2],
      ['6.b.1', 'Màu nước', 3],
      ['6.b.2', 'Mùi nước', 3],
      ['6.b.3', 'Vị nước', 3],
    ]);
  });

  it('set 13: the letters printed on several rows are numbered in order', () => {
    const codes = QD148_SET_13.criteria.filter((c) => c.section === '6').map((c) => c.code);
    expect(codes).toEqual(['6.a.1', '6.a.2', '6.a.3', '6.a.4', '6.a.5', '6.b.1', '6.b.2']);
  });

  it('set 26: criteria 8, 9 and 15 hold both cases, with the case headings as notes', () => {
    const c = criterion(QD148_SET_26, '8');
    expect(c.max).toBe(3);
    expect(points(c)).toEqual([1, 2, 3, 1, 2, 3]);
    expect(c.notes?.map((n) => n.text)).toEqual([
      'Lựa chọn một trong hai trường hợp sau:',
      'a. Trường hợp 1: Cộng đồng dịch vụ du lịch',
      'b. Trường hợp 2: Điểm dịch vụ du lịch',
    ]);
    expect(points(criterion(QD148_SET_26, '9'))).toEqual([1, 2, 1, 2]);
    expect(points(criterion(QD148_SET_26, '15'))).toEqual([1, 3, 1, 3]);
  });
});

describe('QD148_KNOWN_DEFECTS', () => {
  it('lists 77 defects: 73 corrected, 4 kept as transcribed', () => {
    expect(QD148_KNOWN_DEFECTS).toHaveLength(77);
    expect(QD148_KNOWN_DEFECTS.filter((d) => d.transcribed === d.corrected)).toHaveLength(4);
  });

  it("the four kept as transcribed are exactly their sets' inconsistencies, named as the sum checks name them", () => {
    const kept = QD148_KNOWN_DEFECTS.filter((d) => d.field === 'topOption' || d.field === 'sectionSum');
    expect(kept.map((d) => [d.setNo, d.field, d.criterion ?? d.part, d.transcribed])).toEqual([
      [7, 'topOption', '6.d', 3],
      [11, 'sectionSum', 'C', 32],
      [12, 'sectionSum', 'C', 32],
      [13, 'sectionSum', 'C', 33],
    ]);
    expect(Object.fromEntries(sets.filter((s) => s.inconsistencies).map((s) => [s.setNo, s.inconsistencies]))).toEqual({
      7: [{ what: 'top option of 6.d', value: 3, expected: 4 }],
      11: [{ what: 'sections of part C', value: 32, expected: 35 }],
      12: [{ what: 'sections of part C', value: 32, expected: 35 }],
      13: [{ what: 'sections of part C', value: 33, expected: 35 }],
    });
    expect(sets.some((s) => s.criteria.some((c) => c.additive !== undefined))).toBe(false);
  });

  it("each appears in its set's transcription notes", () => {
    for (const d of QD148_KNOWN_DEFECTS) {
      expect(sets[d.setNo - 1]?.transcriptionNotes, `set ${d.setNo} ${d.criterion ?? d.part}`).toContain(d.evidence);
    }
  });

  it('set 17 "1.d": the score "l" is read as 1', () => {
    const d = QD148_KNOWN_DEFECTS.find((x) => x.setNo === 17 && x.field === 'points');
    expect(d).toMatchObject({ criterion: '1.d', option: 2, transcribed: 'l', corrected: 1 });
    expect(points(criterion(QD148_SET_17, '1.d'))).toEqual([0, 1, 2, 3]);
  });

  it('set 18 "1.b": the score "t" is read as 1, and its second "c)" is criterion 3.e', () => {
    expect(points(criterion(QD148_SET_18, '1.b'))).toEqual([0, 1, 2, 3]);
    expect(criterion(QD148_SET_18, '3.c').title).toBe('Sử dụng lao động địa phương');
    expect(criterion(QD148_SET_18, '3.e').title).toBe('Sở hữu trí tuệ');
    expect(QD148_KNOWN_DEFECTS.find((x) => x.setNo === 18 && x.field === 'code')).toMatchObject({
      criterion: '3.e',
      transcribed: '3.c',
      corrected: '3.e',
    });
  });

  it('moves the **** of the criterion row "Sở hữu trí tuệ" to its second option in every set', () => {
    for (const set of sets) {
      const c = criterion(set, '3.e');
      expect(c.title).toBe('Sở hữu trí tuệ');
      expect(starsOf(c)).toEqual([null, 4]);
    }
    expect(QD148_KNOWN_DEFECTS.filter((d) => d.field === 'minStars')).toHaveLength(26);
  });

  it('spells part B "KHẢ NĂNG TIẾP THỊ" where the transcription has "KHẢ NĂNC" (sets 2–7)', () => {
    const fixed = QD148_KNOWN_DEFECTS.filter((d) => d.field === 'title').map((d) => d.setNo);
    expect(fixed).toEqual([2, 3, 4, 5, 6, 7]);
    for (const set of sets) expect(set.parts[1]?.title).toBe('KHẢ NĂNG TIẾP THỊ');
  });

  it('codes a section with a single untitled lettered row by its number (set 3: "7", maximum 2 from the section row)', () => {
    const c = criterion(sets[2] as CriteriaSet, '7');
    expect(c.title).toBe('DINH DƯỠNG');
    expect(c.max).toBe(2);
    expect(points(c)).toEqual([0, 1, 2]);
    expect(QD148_KNOWN_DEFECTS.find((d) => d.setNo === 3 && d.criterion === '7' && d.field === 'max')).toMatchObject({
      transcribed: null,
      corrected: 2,
    });
  });
});
