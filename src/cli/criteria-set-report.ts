/**
 * `ocop rules show <rule-set> --set N`: a criteria set's parts, sections and criteria as blocks.
 * Criteria titles stay in Vietnamese (the data has no English ones); parts and sections use their
 * English titles in an English run.
 */
import type { CriteriaSet, Criterion, Locale } from '../index.js';
import type { Block } from './format.js';
import { pick } from './text.js';

/** A criterion's point options, each star mark after its points: `0, 1, 2 (3★), 3 (4★)`. */
export function criterionOptions(criterion: Criterion): string {
  return criterion.options
    .map((o) => (o.minStars === undefined ? String(o.points) : `${o.points} (${o.minStars}★)`))
    .join(', ');
}

/** The set's heading, reference, then tables of its parts, sections and criteria. */
export function criteriaSetBlocks(set: CriteriaSet, locale: Locale): Block[] {
  const title = (item: { readonly title: string; readonly titleEn: string }) =>
    locale === 'vi' ? item.title : item.titleEn;
  return [
    {
      kind: 'heading',
      text: `${set.ruleSet} — ${pick(locale, `Bộ tiêu chí số ${set.setNo}`, `Criteria set ${set.setNo}`)}: ${set.title}`,
    },
    { kind: 'text', text: `${pick(locale, 'Căn cứ', 'Reference')}: ${set.reference}` },
    {
      kind: 'table',
      columns: locale === 'vi' ? ['Phần', 'Tên', 'Điểm tối đa'] : ['Part', 'Title', 'Max points'],
      rows: set.parts.map((p) => [p.part, title(p), String(p.max)]),
    },
    {
      kind: 'table',
      columns: locale === 'vi' ? ['Nhóm', 'Tên', 'Điểm tối đa', 'Phần'] : ['Section', 'Title', 'Max points', 'Part'],
      rows: set.parts.flatMap((p) => p.sections.map((s) => [s.code, title(s), String(s.max), p.part])),
    },
    {
      kind: 'table',
      columns:
        locale === 'vi'
          ? ['Mã', 'Tiêu chí', 'Tối đa', 'Mức điểm (n★: yêu cầu tối thiểu để đạt n sao)']
          : ['Code', 'Criterion', 'Max', 'Points (n★: minimum for n stars)'],
      rows: set.criteria.map((c) => [c.code, c.title, String(c.max), criterionOptions(c)]),
    },
  ];
}
