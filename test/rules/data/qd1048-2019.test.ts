/**
 * The 26 criteria sets of Quyết định 1048/QĐ-TTg (Phụ lục III) as shipped: structure, sums,
 * options, the printed defects kept as printed, provenance, and spot checks against the text; and
 * the classification of the sets into 1048's sectors.
 */
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../src/rules/criteria-set.js';
import { criterion } from './criterion-of.js';
import {
  QD1048_CRITERIA_SETS,
  QD1048_SET_01,
  QD1048_SET_04,
  QD1048_SET_14,
  QD1048_SET_15,
  QD1048_SET_26,
} from '../../../src/rules/data/qd1048-2019/index.js';
import { QD1048_LOADERS } from '../../../src/rules/data/qd1048-2019/loaders.js';
import { QD1048_CRITERIA_SET_CLASSES, QD1048_SECTORS } from '../../../src/model/classification/qd1048-2019.js';

const sets = QD1048_CRITERIA_SETS;

const sum = (values: readonly number[]): number => values.reduce((t, v) => t + v, 0);
const points = (c: Criterion): number[] => c.options.map((o) => o.points);

/** Parts whose printed criteria do not sum to the printed heading: set → part → criteria sum. */
const PART_SUM_DEFECTS: Record<number, Partial<Record<'A' | 'B' | 'C', number>>> = {
  4: { C: 41 },
  13: { C: 39 },
  17: { C: 42 },
  25: { C: 38 },
  26: { A: 34 },
};

/** Criteria whose highest tick box is not the printed maximum: `set|code` → highest box. */
const TOP_OPTION_DEFECTS: Record<string, number> = {
  '4|9.1': 2,
  '7|3.1': 2,
  '13|6.3': 3,
  '17|6.1': 3,
  '19|10': 3,
  '25|6.5': 5,
};

/** Criteria that are scored differently: two alternative cases, or part C of set 26 (additive). */
const isAlternative = (c: Criterion): boolean => (c.notes ?? []).some((n) => /Trường hợp/u.test(n.text));
const isAdditive = (c: Criterion): boolean => c.additive === true;

describe('Quyết định 1048/QĐ-TTg criteria sets', () => {
  it('ships 26 sets numbered 1..26 with 773 criteria and 2,791 options', () => {
    expect(sets.map((s) => s.setNo)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(sum(sets.map((s) => s.criteria.length))).toBe(773);
    expect(sum(sets.map((s) => sum(s.criteria.map((c) => c.options.length))))).toBe(2791);
  });

  it('has parts A 35, B 25, C 40 (total 100) in every set', () => {
    for (const set of sets) {
      expect(set.parts.map((p) => [p.part, p.max])).toEqual([
        ['A', 35],
        ['B', 25],
        ['C', 40],
      ]);
      expect(sum(set.parts.map((p) => p.max))).toBe(100);
    }
  });

  it("sums each section's criteria to the section, and each part's sections to the part unless printed otherwise", () => {
    for (const set of sets) {
      for (const part of set.parts) {
        for (const section of part.sections) {
          const inSection = set.criteria.filter((c) => c.section === section.code);
          expect(inSection.every((c) => c.part === part.part)).toBe(true);
          expect(sum(inSection.map((c) => c.max))).toBe(section.max);
        }
        const criteriaSum = sum(set.criteria.filter((c) => c.part === part.part).map((c) => c.max));
        expect(criteriaSum).toBe(PART_SUM_DEFECTS[set.setNo]?.[part.part] ?? part.max);
        expect(sum(part.sections.map((s) => s.max))).toBe(criteriaSum);
      }
    }
  });

  it("gives every plain criterion distinct ascending options whose highest is the criterion's maximum", () => {
    for (const set of sets) {
      for (const c of set.criteria) {
        if (isAlternative(c) || isAdditive(c)) continue;
        const p = points(c);
        expect(Math.max(...p), `set ${set.setNo} ${c.code}`).toBe(
          TOP_OPTION_DEFECTS[`${set.setNo}|${c.code}`] ?? c.max,
        );
        if (set.setNo === 6 && c.code === '6.2') expect(p).toEqual([0, 1, 3, 3]);
        else expect(new Set(p).size, `set ${set.setNo} ${c.code}`).toBe(p.length);
        expect([...p].sort((a, b) => a - b)).toEqual(p);
      }
    }
  });

  it('carries set 1 criterion 1.5 with its maximum 5 and options 1..5', () => {
    const c = criterion(QD1048_SET_01, '1.5');
    expect(c.max).toBe(5);
    expect(points(c)).toEqual([1, 2, 3, 4, 5]);
    expect(c.title).toBe('Bảo vệ môi trường trong quá trình sản xuất');
  });

  it("keeps criterion 3.2's two cases as notes, the options in printed order", () => {
    for (const set of sets) {
      const c = criterion(set, '3.2');
      expect(c.max).toBe(2);
      expect(points(c)).toEqual([1, 2, 0, 1]);
      expect(c.notes?.map((n) => n.kind)).toEqual(['note', 'note', 'note']);
      // Printed "Lựa chọn một …" in most sets, "Lựa chọn 1 …" in some.
      expect(c.notes?.[0]?.text).toMatch(/^Lựa chọn (một|1) trong hai trường hợp sau:$/u);
    }
    expect(criterion(QD1048_SET_01, '3.2').notes?.[1]?.text).toBe(
      'a. Trường hợp 1: Công ty TNHH 2 thành viên trở lên, công ty cổ phần, HTX, Tổ hợp tác',
    );
  });

  it('reads descriptions, notes and disqualifiers as printed', () => {
    const c13 = criterion(QD1048_SET_01, '1.3');
    expect(c13.description).toBe('(Khả năng sản xuất đáp ứng nhu cầu về số lượng/quy mô của thị trường)');
    expect(criterion(QD1048_SET_01, '1.1').notes).toEqual([
      { kind: 'knock-out', text: 'Ghi chú: Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc' },
    ]);
    expect(criterion(QD1048_SET_01, '5.2').notes?.[0]?.kind).toBe('condition');
    expect(QD1048_SET_01.disqualifiers).toEqual([
      'Giả mạo hồ sơ hoặc không có giấy chứng nhận đủ điều kiện an toàn thực phẩm (ATTP) hoặc tương đương hoặc không có phiếu kiểm nghiệm các chỉ tiêu ATTP hoặc không đáp ứng quy định hồ sơ dự thi (theo quy định cụ thể tại mỗi cuộc thi)',
    ]);
    expect(QD1048_SET_26.disqualifiers).toEqual([]);
    expect(sets.filter((s) => s.disqualifiers.length === 1)).toHaveLength(25);
  });

  it('keeps the printed defects and says so', () => {
    expect(criterion(QD1048_SET_04, '9.1').max).toBe(3);
    expect(points(criterion(QD1048_SET_04, '9.1'))).toEqual([0, 1, 2]);
    expect(QD1048_SET_04.transcriptionNotes?.some((n) => n.includes('Criterion 9.1'))).toBe(true);
    expect(QD1048_SET_14.criteria.filter((c) => c.code.startsWith('6.1.')).map((c) => [c.code, c.title])).toEqual([
      ['6.1.1', 'Tạp chất lạ'],
      ['6.1.2', 'Trạng thái/hình dạng'],
      ['6.1.3', 'Màu sắc'],
      ['6.1.4', 'Mùi'],
      ['6.1.5', 'Vị'],
    ]);
    const additive = QD1048_SET_26.criteria.filter((c) => c.part === 'C');
    expect(additive.map((c) => sum(points(c)) === c.max)).toEqual(additive.map(() => true));
    expect(additive[0]?.notes?.[0]?.text).toBe('(Được cộng tổng điểm các nội dung ghi Có)');
  });

  it('marks exactly the criteria 6–12 of set 26 additive, their options summing to the maximum', () => {
    const marked = sets.flatMap((set) => set.criteria.filter(isAdditive).map((c) => `${set.setNo}|${c.code}`));
    expect(marked).toEqual(['6', '7', '8', '9', '10', '11', '12'].map((code) => `26|${code}`));
    expect(QD1048_SET_26.criteria.filter(isAdditive).map((c) => [c.code, c.max, sum(points(c))])).toEqual([
      ['6', 5, 5],
      ['7', 6, 6],
      ['8', 6, 6],
      ['9', 5, 5],
      ['10', 5, 5],
      ['11', 5, 5],
      ['12', 8, 8],
    ]);
  });

  it("lists every printed sum that does not add up, and only those, as the set's inconsistencies", () => {
    for (const set of sets) {
      const expected = [
        ...set.criteria
          .filter((c) => TOP_OPTION_DEFECTS[`${set.setNo}|${c.code}`] !== undefined)
          .map((c) => ({
            what: `top option of ${c.code}`,
            value: TOP_OPTION_DEFECTS[`${set.setNo}|${c.code}`],
            expected: c.max,
          })),
        ...set.parts
          .filter((p) => PART_SUM_DEFECTS[set.setNo]?.[p.part] !== undefined)
          .map((p) => ({
            what: `sections of part ${p.part}`,
            value: PART_SUM_DEFECTS[set.setNo]?.[p.part],
            expected: p.max,
          })),
      ];
      expect(set.inconsistencies ?? [], `set ${set.setNo}`).toEqual(expected);
    }
    expect(QD1048_SET_04.inconsistencies).toEqual([
      { what: 'top option of 9.1', value: 2, expected: 3 },
      { what: 'sections of part C', value: 41, expected: 40 },
    ]);
    expect(QD1048_SET_26.inconsistencies).toEqual([{ what: 'sections of part A', value: 34, expected: 35 }]);
  });

  it('titles the sets as printed above them', () => {
    expect(QD1048_SET_01.title).toBe('Rau, củ, quả, hạt tươi');
    expect(QD1048_SET_15.title).toBe('Rượu trắng');
    expect(QD1048_SET_26.title).toBe('Dịch vụ du lịch - truyền thống - lễ hội');
    expect(sets[16]?.title).toBe('Nước khoáng thiên nhiên, nước uống đóng chai');
  });

  it('states the unprinted section maxima once per set, and has no star marks', () => {
    const standard = "Section maxima are not printed in 1048; each is the sum of its criteria's maxima.";
    for (const set of sets) {
      const notes = set.transcriptionNotes ?? [];
      expect(notes.filter((n) => n.startsWith('Section maxima are not printed in 1048'))).toHaveLength(1);
      expect(set.starLegend).toBe(false);
      expect(set.criteria.every((c) => c.options.every((o) => o.minStars === undefined))).toBe(true);
    }
    expect(sets.filter((s) => s.transcriptionNotes?.includes(standard))).toHaveLength(21);
  });

  it('records rule set, reference and provenance', () => {
    for (const set of sets) {
      expect(set.ruleSet).toBe('qd1048-2019');
      expect(set.reference).toBe(`Quyết định 1048/QĐ-TTg, Phụ lục III, bộ sản phẩm số ${set.setNo}`);
      expect(set.provenance?.kind).toBe('official-text');
      expect(set.provenance?.source).toContain('thuvienphapluat.vn');
      expect(set.adaptations).toBeUndefined();
    }
  });

  it('is frozen, and the loaders give the same sets', async () => {
    expect(Object.isFrozen(QD1048_SET_01)).toBe(true);
    expect(Object.isFrozen(QD1048_SET_01.criteria[0]?.options)).toBe(true);
    expect(QD1048_LOADERS).toHaveLength(26);
    await expect(QD1048_LOADERS[13]?.()).resolves.toBe(QD1048_SET_14);
  });
});

describe('QD1048_CRITERIA_SET_CLASSES', () => {
  it('classifies the 26 sets into the six sectors, titles matching the sets', () => {
    expect(QD1048_CRITERIA_SET_CLASSES).toHaveLength(26);
    for (const [i, row] of QD1048_CRITERIA_SET_CLASSES.entries()) {
      expect(row.setNo).toBe(i + 1);
      expect(row.title).toBe(sets[i]?.title);
      expect(Object.keys(QD1048_SECTORS)).toContain(row.sector);
    }
    const bySector = (sector: string): number[] =>
      QD1048_CRITERIA_SET_CLASSES.filter((r) => r.sector === sector).map((r) => r.setNo);
    expect(bySector('food')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(bySector('beverages')).toEqual([15, 16, 17, 18]);
    expect(bySector('herbal')).toEqual([19, 20, 21, 22]);
    expect(bySector('souvenirs-decor')).toEqual([23, 24]);
    expect(bySector('textiles')).toEqual([25]);
    expect(bySector('rural-tourism')).toEqual([26]);
  });

  it('keeps the ngành and nhóm as each set prints them', () => {
    expect(QD1048_CRITERIA_SET_CLASSES[16]).toEqual({
      setNo: 17,
      sector: 'beverages',
      nganh: 'Đồ uống',
      nhom: 'Đồ uống không cồn',
      title: 'Nước khoáng thiên nhiên, nước uống đóng chai',
    });
    expect(QD1048_CRITERIA_SET_CLASSES[6]?.nhom).toBe('Nông sản chế biến');
    expect(QD1048_CRITERIA_SET_CLASSES[25]?.nganh).toBe('Dịch vụ, du lịch');
  });
});
