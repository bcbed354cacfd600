// A provincial office adapts the national rules with two data files (examples/overrides/):
// a stricter 4★ requirement for 26/2026, and a 148/2023 criteria set from its archive.
import { readFileSync } from 'node:fs';
import { getRuleSet, loadCriteriaSet, rateProduct } from 'ocop';
import { adaptRuleSet, diffRuleSets } from 'ocop/adapt';
import { QD26_SET_01 } from 'ocop/rules/qd26-2026/01';

const read = (name) => JSON.parse(readFileSync(new URL(`./overrides/${name}`, import.meta.url), 'utf8'));

// 1. Stricter 4★: what changed, and what it does to a product.
const province = adaptRuleSet('qd26-2026', read('stricter-4-star.json'));
// Each change with its path (sets by number, criteria by code) and the province's reference.
for (const d of diffRuleSets(getRuleSet('qd26-2026'), province))
  console.log(d.where, JSON.stringify(d.before), '→', JSON.stringify(d.after), `(${d.reference ?? 'no reference'})`);
const sheet = Object.fromEntries(QD26_SET_01.criteria.map((c) => [c.code, c.max]));
sheet['4.3'] = 1; // little promotion
const evaluation = { ruleSet: 'qd26-2026', criteriaSet: 1, level: 'province', sheets: [{ points: sheet }] };
// National rules: the sheets are scored on the shipped set 1. The adapted rule set carries its own
// criteria sets (with the stricter mark), so it needs no `criteria`.
const national = rateProduct(evaluation, { criteria: QD26_SET_01 });
console.log('national:', national.stars, '★ recognised', national.recognised);
const adapted = rateProduct(evaluation, { ruleSet: province });
console.log(
  'province:',
  adapted.stars,
  '★ recognised',
  adapted.recognised,
  adapted.unmetMinima.map((m) => `${m.criterion} ${m.stars}★ ≥ ${m.points} (${m.reference})`),
);

// 2. A province's own copy of a 148/2023 criteria set (from its archive) replacing set 1 of the
//    shipped third-party transcription, and a district council rating with it.
const archive = adaptRuleSet('qd148-2023', read('148-set-from-archive.json'));
const set = await loadCriteriaSet(archive, 1); // the set the override file supplied
const points = Object.fromEntries(
  set.criteria.map((c) => [c.code, c.options[Math.floor(c.options.length / 2)].points]),
);
const rating = rateProduct(
  { ruleSet: 'qd148-2023', criteriaSet: 1, level: 'district', sheets: [{ points }, { points }] },
  { ruleSet: archive },
);
console.log(
  '148 district council:',
  rating.average,
  'points →',
  rating.stars,
  '★, recognised by',
  rating.authority,
  '; forwarded to',
  rating.forwardTo,
);
