import { describe, expect, it } from 'vitest';
import { diffCriteriaSets, type CriteriaSetDiff } from '../../src/adapt.js';
import { OcopRuleError, type CriteriaSet, type Criterion } from '../../src/index.js';
import { QD1048_SET_01 } from '../../src/rules/data/qd1048-2019/set-01.js';
import { QD148_SET_01 } from '../../src/rules/data/qd148-2023/set-01.js';
import { QD26_SET_01 } from '../../src/rules/data/qd26-2026/set-01.js';
import { QD26_SET_11 } from '../../src/rules/data/qd26-2026/set-11.js';

/** A copy of set 1 with `edit` applied to the criterion `code`. */
function edited(code: string, edit: (c: Criterion) => Criterion | undefined): CriteriaSet {
  const criteria = QD26_SET_01.criteria.flatMap((c) => {
    if (c.code !== code) return [c];
    const next = edit(c);
    return next === undefined ? [] : [next];
  });
  return { ...QD26_SET_01, criteria };
}

const changes = (d: CriteriaSetDiff) => ({
  parts: d.parts.length,
  sections: d.sections.length,
  added: d.added.length,
  removed: d.removed.length,
  repointed: d.repointed.length,
  remarked: d.remarked.length,
  renamed: d.renamed.length,
});
function thrown(run: () => unknown): OcopRuleError {
  try {
    run();
  } catch (error) {
    if (error instanceof OcopRuleError) return error;
    throw error;
  }
  throw new Error('expected an OcopRuleError');
}

const none = { parts: 0, sections: 0, added: 0, removed: 0, repointed: 0, remarked: 0, renamed: 0 };

describe('diffCriteriaSets', () => {
  it('26/2026 set 1 against itself: no change, every criterion matched by code and title', () => {
    const d = diffCriteriaSets(QD26_SET_01, QD26_SET_01);
    expect(changes(d)).toEqual(none);
    expect(d.matched).toHaveLength(32);
    expect(new Set(d.matched.map((p) => p.matchedBy))).toEqual(new Set(['code-and-title']));
    expect(d.a).toEqual({
      ruleSet: 'qd26-2026',
      setNo: 1,
      title: 'Rau, củ, quả, hạt tươi',
      reference: 'Quyết định 26/2026/QĐ-TTg, Phụ lục II, bộ sản phẩm số 1',
    });
  });

  it('one option re-pointed: exactly that criterion is re-pointed', () => {
    // 1.1 "Nguồn gốc sản phẩm" prints 1, 2, 3; make the middle option 1.5
    const b = edited('1.1', (c) => ({
      ...c,
      options: c.options.map((o) => (o.points === 2 ? { ...o, points: 1.5 } : o)),
    }));
    const d = diffCriteriaSets(QD26_SET_01, b);
    expect(changes(d)).toEqual({ ...none, repointed: 1 });
    expect(d.repointed[0]?.a.points).toEqual([1, 2, 3]);
    expect(d.repointed[0]?.b.points).toEqual([1, 1.5, 3]);
    expect(d.repointed[0]?.matchedBy).toBe('code-and-title');
  });

  it('one star mark moved: which star, on which points, before and after', () => {
    // 1.5 "Liên kết sản xuất" marks 4★ on its 2-point option and 5★ on its 3-point one; move 4★ to 1 point
    const b = edited('1.5', (c) => ({
      ...c,
      options: c.options.map((o) => {
        if (o.points === 1) return { ...o, minStars: 4 as const };
        if (o.points === 2) return { points: o.points, label: o.label };
        return o;
      }),
    }));
    const d = diffCriteriaSets(QD26_SET_01, b);
    expect(changes(d)).toEqual({ ...none, remarked: 1 });
    expect(d.remarked[0]?.b.code).toBe('1.5');
    expect(d.remarked[0]?.marks).toEqual([{ stars: 4, before: [2], after: [1] }]);
  });

  it('the TSDoc example: the 5★ mark of 1.3 moved to 4★ on the same option', () => {
    const moved = edited('1.3', (c) => ({
      ...c,
      options: c.options.map((o) => (o.points === 3 ? { points: 3, label: o.label, minStars: 4 as const } : o)),
    }));
    expect(diffCriteriaSets(QD26_SET_01, moved).remarked.map((p) => [p.b.code, p.marks])).toEqual([
      [
        '1.3',
        [
          { stars: 4, before: [], after: [3] },
          { stars: 5, before: [3], after: [] },
        ],
      ],
    ]);
  });

  it('one criterion removed: it is listed, with the maxima that changed with it, nothing else', () => {
    // 2.4 (bilingual label, 1 point) taken out; its point moved to section 7 "DINH DƯỠNG" so parts still add up to 100
    const withoutBilingual: CriteriaSet = {
      ...QD26_SET_01,
      parts: QD26_SET_01.parts.map((p) => ({
        ...p,
        max: p.part === 'A' ? 39 : p.part === 'C' ? 36 : p.max,
        sections: p.sections.map((s) => (s.code === '2' ? { ...s, max: 9 } : s.code === '7' ? { ...s, max: 4 } : s)),
      })),
      criteria: QD26_SET_01.criteria
        .filter((c) => c.code !== '2.4')
        .map((c) => (c.code === '7' ? { ...c, max: 4, options: [...c.options, { points: 4, label: 'x' }] } : c)),
    };
    const d = diffCriteriaSets(QD26_SET_01, withoutBilingual);
    expect(d.removed.map((r) => [r.code, r.title])).toEqual([
      ['2.4', 'Ghi nhãn hàng hóa có sử dụng song ngữ (Việt - Anh hoặc ngôn ngữ nước ngoài khác)'],
    ]);
    expect(d.added).toEqual([]);
    expect(d.parts).toEqual([
      { part: 'A', before: 40, after: 39 },
      { part: 'C', before: 35, after: 36 },
    ]);
    expect(d.sections.map((s) => [s.before?.code, s.before?.max, s.after?.max])).toEqual([
      ['2', 10, 9],
      ['7', 3, 4],
    ]);
    expect(d.repointed.map((p) => [p.b.code, p.a.points, p.b.points])).toEqual([['7', [0, 1, 3], [0, 1, 3, 4]]]);
    expect(d.remarked).toEqual([]);
  });

  it('matches by title when codes differ, and says so', () => {
    const recoded = {
      ...QD26_SET_01,
      criteria: QD26_SET_01.criteria.map((c) => (c.code === '1.3' ? { ...c, code: '1.c' } : c)),
    };
    const d = diffCriteriaSets(QD26_SET_01, recoded);
    expect(d.renamed).toHaveLength(1);
    expect(d.renamed[0]).toMatchObject({ matchedBy: 'title', codeChanged: true, titleChanged: false });
    expect([d.renamed[0]?.a.code, d.renamed[0]?.b.code]).toEqual(['1.3', '1.c']);
  });

  it('different product groups: set 1 against set 11 of 26/2026', () => {
    const d = diffCriteriaSets(QD26_SET_01, QD26_SET_11);
    expect(d.b.title).toBe(QD26_SET_11.title);
    expect(d.matched.length + d.added.length).toBe(QD26_SET_11.criteria.length);
    expect(d.matched.length + d.removed.length).toBe(QD26_SET_01.criteria.length);
  });

  it('does not change its inputs (frozen sets pass; a copy compares equal afterwards)', () => {
    const copy = structuredClone(QD26_SET_01) as CriteriaSet;
    diffCriteriaSets(copy, QD26_SET_01);
    expect(copy).toEqual(structuredClone(QD26_SET_01));
  });

  it('bad input: OcopRuleError naming the path from a or b, in the locale asked for', () => {
    const broken = { ...QD26_SET_01, starLegend: 'yes' } as unknown as CriteriaSet;
    expect(() => diffCriteriaSets(QD26_SET_01, broken, { locale: 'en' })).toThrow(OcopRuleError);
    const error = thrown(() => diffCriteriaSets(broken, QD26_SET_01, { locale: 'en' }));
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(['a.starLegend']);
    expect(error.message).toContain('Invalid rule data');
    expect(thrown(() => diffCriteriaSets(QD26_SET_01, broken)).message).toContain('Dữ liệu quy định không hợp lệ');
    expect(() => diffCriteriaSets(QD26_SET_01, null as unknown as CriteriaSet)).toThrow(OcopRuleError);
  });

  // Facts read from both texts: 148's set 1 (third-party transcription, Phụ lục III) and 26/2026's set 1 (Phụ lục II).
  describe('148/2023 set 1 → 26/2026 set 1 (Rau, củ, quả, hạt tươi)', () => {
    const d = diffCriteriaSets(QD148_SET_01, QD26_SET_01);
    const pair = (codeA: string) => d.matched.find((p) => p.a.code === codeA);

    it('added in 26/2026: 1.2 certified material area, 2.4 bilingual label, 9 as one criterion; removed: 3.đ accounting, 9.a, 9.b', () => {
      expect(d.added.map((c) => [c.code, c.title])).toEqual([
        ['1.2', 'Vùng nguyên liệu được cấp chứng nhận chất lượng'],
        ['2.4', 'Ghi nhãn hàng hóa có sử dụng song ngữ (Việt - Anh hoặc ngôn ngữ nước ngoài khác)'],
        ['9', 'CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM'],
      ]);
      expect(d.removed.map((c) => c.code)).toEqual(['3.đ', '9.a', '9.b']);
      expect(d.removed[0]?.title).toBe('Kế toán');
      expect(d.matched).toHaveLength(29);
    });

    it('parts unchanged (40/25/35); section 6 goes 13 → 12 and section 7 2 → 3', () => {
      expect(d.parts).toEqual([]);
      expect(d.sections.map((s) => [s.before?.code, s.after?.code, s.before?.max, s.after?.max])).toEqual([
        ['6', '6', 13, 12],
        ['7', '7', 2, 3],
      ]);
    });

    it('letter codes matched to numbers by title, "Đại diện pháp luật…" by a similar title', () => {
      expect(pair('1.a')).toMatchObject({
        b: { code: '1.1' },
        matchedBy: 'title',
        codeChanged: true,
        titleChanged: false,
      });
      expect(pair('1.đ')?.b.code).toBe('1.6');
      expect(pair('3.b')).toMatchObject({ b: { code: '3.2' }, matchedBy: 'similar-title', titleChanged: true });
      expect(pair('5.b')?.b.code).toBe('5.3'); // story structure and local identity swap places
      expect(pair('5.c')?.b.code).toBe('5.2');
      expect(pair('7')).toMatchObject({ b: { code: '7' }, matchedBy: 'code-and-title' });
    });

    it('re-pointed: origin 1, 3, 5 → 1, 2, 3; colour 5 → 4 points; nutrition 0, 1, 2 → 0, 1, 3', () => {
      expect([pair('1.a')?.a.points, pair('1.a')?.b.points]).toEqual([
        [1, 3, 5],
        [1, 2, 3],
      ]);
      expect([pair('6.b')?.a.max, pair('6.b')?.b.max]).toEqual([5, 4]);
      expect([pair('7')?.a.points, pair('7')?.b.points]).toEqual([
        [0, 1, 2],
        [0, 1, 3],
      ]);
      expect(d.repointed).toHaveLength(10);
    });

    it('re-marked: capacity loses its 4★/5★ marks, packaging 5★ on 3 → 3★ on 2, distribution gains 3★ on 2 and 4★ on 3', () => {
      expect(pair('1.c')?.marks).toEqual([
        { stars: 4, before: [2], after: [] },
        { stars: 5, before: [3], after: [] },
      ]);
      expect(pair('2.b')?.marks).toEqual([
        { stars: 3, before: [], after: [2] },
        { stars: 5, before: [3], after: [] },
      ]);
      expect(pair('4.a')?.marks).toEqual([
        { stars: 3, before: [], after: [2] },
        { stars: 4, before: [], after: [3] },
      ]);
      expect(pair('1.d')?.marks).toEqual([]); // production links: 4★ on 2 and 5★ on 3 in both
      expect(d.remarked).toHaveLength(11);
    });
  });

  describe('1048/2019 set 1 → 148/2023 set 1', () => {
    const d = diffCriteriaSets(QD1048_SET_01, QD148_SET_01);
    it('parts 35/25/40 → 40/25/35', () => {
      expect(d.parts).toEqual([
        { part: 'A', before: 35, after: 40 },
        { part: 'C', before: 40, after: 35 },
      ]);
    });
    it('sections matched by title across numbers: global market opportunity 11 → 12 (5 → 3); 148 adds section 11, instructions for use', () => {
      expect(d.sections).toContainEqual({
        before: { code: '11', part: 'C', title: 'CƠ HỘI THỊ TRƯỜNG TOÀN CẦU', max: 5 },
        after: { code: '12', part: 'C', title: 'CƠ HỘI THỊ TRƯỜNG TOÀN CẦU', max: 3 },
      });
      expect(d.sections.filter((s) => s.before === undefined).map((s) => s.after?.code)).toEqual(['11']);
      expect(d.matched.find((p) => p.a.code === '11')).toMatchObject({ b: { code: '12' }, matchedBy: 'title' });
    });
    it('1048 has no star marks; 148 adds them (e.g. 6.a size and shape: 4★ on 2)', () => {
      expect(d.matched.every((p) => p.a.marks.length === 0)).toBe(true);
      expect(d.matched.find((p) => p.b.code === '6.a')?.marks).toEqual([{ stars: 4, before: [], after: [2] }]);
      expect(d.removed.map((c) => c.code)).toEqual(['2.2', '2.3', '3.2', '6.5']);
    });
  });
});

describe('diffCriteriaSets: additive criteria (1048 set 26, "Được cộng tổng điểm các nội dung ghi Có")', () => {
  it('a criterion whose options add up on one side only is re-pointed, even with the same points and maximum', () => {
    // 1048 set 1, 1.6 (tick boxes 0 and 1, maximum 1): adding up its options gives the same maximum
    const sixth = QD1048_SET_01.criteria.find((c) => c.code === '1.6');
    expect(sixth?.options.map((o) => o.points)).toEqual([0, 1]);
    const adding: CriteriaSet = {
      ...QD1048_SET_01,
      criteria: QD1048_SET_01.criteria.map((c) => (c.code === '1.6' ? { ...c, additive: true as const } : c)),
    };
    const diff = diffCriteriaSets(QD1048_SET_01, adding);
    expect(diff.repointed.map((p) => [p.a.code, p.a.additive, p.b.additive, p.a.max, p.b.max])).toEqual([
      ['1.6', undefined, true, 1, 1],
    ]);
    expect(diffCriteriaSets(adding, adding).repointed).toEqual([]);
  });
});
