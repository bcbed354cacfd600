import { rateProduct, ruleSetFor } from 'ocop';
import { QD26_SET_06 } from 'ocop/rules/qd26-2026/06';

// Bánh cáy Thiên Đức, Đông Hưng district council, 24/12/2020: 81.2 points.
const rating = rateProduct({ ruleSet: ruleSetFor('2020-12-24').id, level: 'district', sheets: [{ total: 81.2 }] });
console.log(rating.stars); // 4
console.log(rating.authority); // 'province'

// Under 26/2026 members score each criterion: pass the criteria set the sheets are scored on.
const points = Object.fromEntries(QD26_SET_06.criteria.map((c) => [c.code, c.max]));
const rice = rateProduct(
  { ruleSet: 'qd26-2026', criteriaSet: 6, level: 'province', sheets: [{ points }, { points }] },
  { criteria: QD26_SET_06 },
);
console.log(rice.stars, rice.forwardTo); // 5 'central'
