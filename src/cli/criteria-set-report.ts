/**
 * `ocop rules show <rule-set> --set N`: a criteria set's parts, sections and criteria as blocks.
 * Criteria titles stay in Vietnamese (the data has no English ones); parts and sections use their
 * English titles in an English run.
 */
import type { CriteriaSet, Criterion, Locale } from '../index.js';
import type { Block } from './format.js';
import { cliText } from './text.js';

/** A criterion's point options, each star mark after its points: `0, 1, 2 (3★), 3 (4★)`. */
export function criterionOptions(criterion: Criterion): string {
  return criterion.options
    .map((o) => (o.minStars === undefined ? String(o.points) : `${o.points} (${o.minStars}★)`))
    .join(', ');
}

/** The set's heading, reference, then tables of its parts, sections and criteria. */
export function criteriaSetBlocks(set: CriteriaSet, locale: Locale): Block[] {
  const text = cliText(locale).criteriaSet;
  const title = cliText(locale).title;
  return [
    { kind: 'heading', text: `${set.ruleSet} — ${text.heading(set.setNo)}: ${set.title}` },
    { kind: 'text', text: `${text.reference}: ${set.reference}` },
    {
      kind: 'table',
      columns: text.partColumns,
      rows: set.parts.map((p) => [p.part, title(p), String(p.max)]),
    },
    {
      kind: 'table',
      columns: text.sectionColumns,
      rows: set.parts.flatMap((p) => p.sections.map((s) => [s.code, title(s), String(s.max), p.part])),
    },
    {
      kind: 'table',
      columns: text.criterionColumns,
      rows: set.criteria.map((c) => [c.code, c.title, String(c.max), criterionOptions(c)]),
    },
  ];
}
