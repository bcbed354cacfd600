// The same dashboard from CommonJS (require).
'use strict';
const { evaluatePlan } = require('ocop');
const { THAI_BINH_2020_PLAN } = require('ocop/fixtures');

const observations = ['336', '338', '339', '340', '341', '342', '343', '344'].map((unit, i) => ({
  target: 'upgrade-key-products',
  unit,
  date: '2020-12-20',
  value: [3, 0, 3, 3, 3, 3, 2, 0][i],
}));
const progress = evaluatePlan(THAI_BINH_2020_PLAN, observations, { asOf: '2020-12-31' });
const upgrade = progress.targets.find((t) => t.id === 'upgrade-key-products');
console.log(`${upgrade.title}: ${upgrade.current} products, ${upgrade.status}, stretch ${upgrade.stretch}`);
for (const line of upgrade.explanation) console.log(`  ${line.message.en}`);
