// A plan dashboard in Node (ESM): each target's progress and status, and the units behind.
import { evaluatePlan } from 'ocop';
import { generateDataset } from 'ocop/fixtures';

const data = generateDataset({ seed: 3, provinces: 1, products: 200 });
const plan = data.plans[0];
const ids = new Set(plan.targets.map((t) => t.id));
const progress = evaluatePlan(
  plan,
  data.observations.filter((o) => ids.has(o.target)),
  { asOf: data.asOf },
);

console.log(`${plan.title} — ${(progress.score * 100).toFixed(1)}% on ${progress.asOf}`);
for (const t of progress.targets) {
  console.log(
    `  ${t.title.padEnd(40)} ${String(Math.round(t.progress * 100)).padStart(3)}%  ${t.status}${t.belowGuidance.length ? `  below guidance: ${t.belowGuidance.length} units` : ''}`,
  );
}
const weakest = [...progress.units].sort((a, b) => a.score - b.score).slice(0, 3);
console.log(`  weakest units: ${weakest.map((u) => `${u.unit} (${Math.round(u.score * 100)}%)`).join(', ')}`);
