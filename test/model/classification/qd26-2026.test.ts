import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QD26_CATEGORIES, QD26_CRITERIA_SET_CLASSES, QD26_GROUPS } from '../../../src/index.js';

const SOURCE = new URL('../../../../shared/sources/qd-26-2026-QD-TTg.txt', import.meta.url);
const hasSource = existsSync(SOURCE);

describe('26/2026 classification (Phụ lục I)', () => {
  it('has 26 sets numbered 1..26, 6 categories and 17 groups, all used', () => {
    expect(QD26_CRITERIA_SET_CLASSES.map((s) => s.setNo)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(Object.keys(QD26_CATEGORIES)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    const used = new Set(QD26_CRITERIA_SET_CLASSES.map((s) => `${s.category}.${s.group}`));
    expect([...used].sort()).toEqual(Object.keys(QD26_GROUPS).sort());
    expect(used.size).toBe(17);
  });

  it('splits groups and sets per category as Phụ lục I counts them (I 6/13, II 2/4, III 3/3, IV 2/2, V 3/3, VI 1/1)', () => {
    const counts = Object.keys(QD26_CATEGORIES).map((category) => {
      const sets = QD26_CRITERIA_SET_CLASSES.filter((s) => s.category === category);
      return [category, new Set(sets.map((s) => s.group)).size, sets.length];
    });
    expect(counts).toEqual([
      ['I', 6, 13],
      ['II', 2, 4],
      ['III', 3, 3],
      ['IV', 2, 2],
      ['V', 3, 3],
      ['VI', 1, 1],
    ]);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(QD26_CRITERIA_SET_CLASSES)).toBe(true);
    expect(Object.isFrozen(QD26_CRITERIA_SET_CLASSES[0]?.leadMinistries)).toBe(true);
    expect(() => (QD26_CRITERIA_SET_CLASSES as unknown as unknown[]).push({})).toThrow(TypeError);
  });
});

describe.skipIf(!hasSource)(
  '26/2026 classification against the shared source text (skipped when ../shared/sources is absent)',
  () => {
    const lines = hasSource ? readFileSync(SOURCE, 'utf8').split('\n') : [];
    const annexI = lines.slice(
      lines.findIndex((l) => l.trim() === 'PHỤ LỤC I'),
      lines.findIndex((l) => l.trim() === 'PHỤ LỤC II'),
    );
    const cells = (line: string) =>
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());

    it('matches the list of sets that opens Phụ lục II', () => {
      const listed = lines
        .map((l) => /^\s*\| (\d+) \| Bộ sản phẩm: (.+) \|$/.exec(l))
        .filter((m) => m !== null)
        .map((m) => [Number(m[1]), m[2]]);
      expect(listed).toEqual(QD26_CRITERIA_SET_CLASSES.map((s) => [s.setNo, s.title]));
    });

    it("matches each set's own heading, where the heading differs from the list", () => {
      const headings = new Map<number, string>();
      lines.forEach((line, index) => {
        const match = /^(\d+)\. (?:Bộ sản phẩm: )?(.+)$/.exec(line);
        if (match && lines.slice(index + 1, index + 4).some((l) => l.trim().startsWith('(Sản phẩm:')))
          headings.set(Number(match[1]), match[2] ?? '');
      });
      expect(headings.size).toBe(26);
      for (const set of QD26_CRITERIA_SET_CLASSES)
        expect([set.setNo, headings.get(set.setNo)]).toEqual([set.setNo, set.heading ?? set.title]);
    });

    it('matches Phụ lục I: order, names and lead ministries of the 26 leaves', () => {
      type Leaf = { category: string; group: number; subgroup?: string; name: string; ministries: string[] };
      const leaves: Leaf[] = [];
      let category = '';
      let group = 0;
      let pendingGroup: Leaf | undefined;
      for (const row of annexI.filter((l) => l.trim().startsWith('|')).map(cells)) {
        const [no = '', text = '', ministry = ''] = row;
        const ministries = ministry
          .split(/[;/]/)
          .map((m) => m.trim())
          .filter((m) => m !== '');
        if (/^[IVX]+$/.test(no)) category = no;
        else if (/^\d+$/.test(no) && text.startsWith('Nhóm: ')) {
          group = Number(no);
          pendingGroup = { category, group, name: text.slice('Nhóm: '.length), ministries };
          if (ministries.length > 0) leaves.push(pendingGroup);
        } else if (/^[a-d]$/.test(no) && text.startsWith('Phân nhóm: ')) {
          leaves.push({ category, group, subgroup: no, name: text.slice('Phân nhóm: '.length), ministries });
        }
      }
      expect(leaves).toHaveLength(26);
      expect(
        QD26_CRITERIA_SET_CLASSES.map((s) => ({
          category: s.category,
          group: s.group,
          ...(s.subgroup ? { subgroup: s.subgroup } : {}),
          name: s.annexIName ?? s.title,
          ministries: [...s.leadMinistries],
        })),
      ).toEqual(leaves);
    });
  },
);
