import { rateProduct, ruleSetFor } from 'ocop';
// Bánh cáy Thiên Đức, Đông Hưng district council, 24/12/2020: 81.2 points.
const rating = rateProduct({ ruleSet: ruleSetFor('2020-12-24').id, level: 'district', sheets: [{ total: 81.2 }] });
console.log(rating.stars); // 4
console.log(rating.authority); // 'province'
