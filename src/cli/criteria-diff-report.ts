/**
 * `ocop rules diff <a> <b> --set N`: what changed in a criteria set between two rule sets
 * (`diffCriteriaSets`), as blocks: the two sets, a summary line, the parts and sections whose
 * maxima changed, and one row per criterion added, removed or changed.
 */
import type { CriteriaSetDiff, CriterionPair, CriterionSummary } from '../adapt.js';
import type { Locale } from '../index.js';
import type { CliText } from '../locales/catalogue.js';
import type { Block } from './format.js';
import { cliText } from './text.js';

/** A criterion's points in printed order, then its star marks: `0, 1, 2, 3 · 4★ 2 · 5★ 3`. */
export function pointsAndMarks(c: CriterionSummary): string {
  const marks = c.marks.map((m) => `${m.stars}★ ${m.points}`);
  return [c.points.join(', '), ...marks].join(' · ');
}

/** The words of what changed in a pair, joined; empty when nothing did. */
function pairChanges(p: CriterionPair, words: CliText['criteriaDiff']['changes']): string {
  const changes = [
    p.repointed ? words.repointed : '',
    p.marks.length > 0 ? words.remarked : '',
    p.codeChanged ? words.recoded : '',
    p.titleChanged ? words.retitled : '',
  ];
  return changes.filter((w) => w !== '').join(', ');
}

/** One row per criterion added, removed, or matched with a change (in `b`'s order, removed ones last). */
function criterionRows(diff: CriteriaSetDiff, text: CliText['criteriaDiff']): string[][] {
  const rows: string[][] = [];
  for (const p of diff.matched) {
    const change = pairChanges(p, text.changes);
    if (change === '') continue;
    rows.push([
      p.a.code,
      p.b.code,
      p.b.title,
      change,
      pointsAndMarks(p.a),
      pointsAndMarks(p.b),
      text.matchedBy[p.matchedBy],
    ]);
  }
  for (const c of diff.added) rows.push(['—', c.code, c.title, text.changes.added, '—', pointsAndMarks(c), '—']);
  for (const c of diff.removed) rows.push([c.code, '—', c.title, text.changes.removed, pointsAndMarks(c), '—', '—']);
  return rows;
}

/** The report of `ocop rules diff`. */
export function criteriaDiffBlocks(diff: CriteriaSetDiff, locale: Locale): Block[] {
  const text = cliText(locale).criteriaDiff;
  const rows = criterionRows(diff, text);
  const summary = text.summary({
    matched: diff.matched.length,
    added: diff.added.length,
    removed: diff.removed.length,
    repointed: diff.repointed.length,
    remarked: diff.remarked.length,
    renamed: diff.renamed.length,
  });
  const sectionName = (s: CriteriaSetDiff['sections'][number]) => `${s.before?.code ?? '—'} → ${s.after?.code ?? '—'}`;
  return [
    { kind: 'heading', text: text.heading({ a: diff.a.ruleSet, b: diff.b.ruleSet, setNo: diff.b.setNo }) },
    { kind: 'list', items: [text.side({ side: 'a', ...diff.a }), text.side({ side: 'b', ...diff.b })] },
    ...(diff.a.title === diff.b.title ? [] : [{ kind: 'text' as const, text: text.differentTitles }]),
    { kind: 'text', text: rows.length + diff.parts.length + diff.sections.length === 0 ? text.noChanges : summary },
    {
      kind: 'table',
      columns: text.partColumns,
      rows: diff.parts.map((p) => [p.part, String(p.before), String(p.after)]),
    },
    {
      kind: 'table',
      columns: text.sectionColumns,
      rows: diff.sections.map((s) => [
        sectionName(s),
        (s.after ?? s.before)?.title ?? '',
        s.before === undefined ? '—' : String(s.before.max),
        s.after === undefined ? '—' : String(s.after.max),
      ]),
    },
    { kind: 'table', columns: text.criterionColumns, rows },
  ];
}
