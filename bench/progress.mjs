// Benchmark: evaluating a national plan set — 34 provincial plans over 3,321 communes, 20,000
// products (as items of pilot targets), 100,000 observations — and the same at 10× the data
// (10× communes, products and observations). Each scale runs in its own process so that its peak
// memory (max RSS) is its own. Also compares with a hand-written baseline in the same process:
// summing the latest value per unit for the count target. Run after `npm run build`:
// `npm run bench:progress`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PROVINCES = 34;
const COMMUNES = 3_321;
const PRODUCTS = 20_000;
const OBSERVATIONS = 100_000;

async function run(scale) {
  const { evaluatePlan } = await import('../dist/index.js');
  const communes = COMMUNES * scale;
  const products = PRODUCTS * scale;
  const observations = OBSERVATIONS * scale;
  const date = (n) => {
    const d = new Date(Date.UTC(2026, 0, 1 + (n % 365)));
    return d.toISOString().slice(0, 10);
  };
  // Province codes of the 34 units from 2025-07-01; commune codes are app-supplied 5-digit codes.
  const { PROVINCES_FROM_2025 } = await import('../dist/index.js');
  const plans = PROVINCES_FROM_2025.map((province, p) => {
    const from = Math.floor((communes * p) / PROVINCES);
    const to = Math.floor((communes * (p + 1)) / PROVINCES);
    const units = Array.from({ length: to - from }, (_, i) => ({ code: String(10_000 + from + i).padStart(5, '0') }));
    const itemsFrom = Math.floor((products * p) / PROVINCES);
    const itemsTo = Math.floor((products * (p + 1)) / PROVINCES);
    const items = Array.from({ length: itemsTo - itemsFrom }, (_, i) => ({ id: `p${itemsFrom + i}`, title: `Sản phẩm ${itemsFrom + i}`, unit: units[i % units.length].code }));
    return {
      id: `plan-${province.code}`,
      title: `Kế hoạch OCOP ${province.name} 2026`,
      unit: { province: province.code },
      period: { start: '2026-01-01', end: '2026-12-31' },
      units,
      targets: [
        { id: 'upgrade', kind: 'count', title: 'Nâng hạng sản phẩm', min: Math.max(1, units.length * 2), perUnit: { min: 2, basis: 'average' } },
        { id: 'training', kind: 'share', title: 'Tập huấn', min: 1 },
        { id: 'conference', kind: 'milestone', title: 'Hội nghị', due: '2026-07-15', scope: 'each-unit' },
        { id: 'pilots', kind: 'items', title: 'Sản phẩm đạt 3 sao', items, condition: { kind: 'stars', min: 3 } },
      ],
    };
  });
  // Observations spread over plans: per (target, unit, date) unique.
  const perPlan = plans.map(() => []);
  for (let n = 0; n < observations; n++) {
    const p = n % PROVINCES;
    const plan = plans[p];
    const k = Math.floor(n / PROVINCES);
    const unit = plan.units[k % plan.units.length].code;
    const round = Math.floor(k / plan.units.length);
    const kind = k % 4;
    const day = date(round * 4 + kind);
    if (kind === 0) perPlan[p].push({ target: 'upgrade', unit, date: day, value: k % 5 });
    else if (kind === 1) perPlan[p].push({ target: 'training', unit, date: day, numerator: k % 10, denominator: 10 });
    else if (kind === 2) perPlan[p].push({ target: 'conference', unit, date: day, done: true });
    else perPlan[p].push({ target: 'pilots', item: plan.targets[3].items[k % plan.targets[3].items.length].id, date: day, value: 3 + (k % 3) });
  }
  const asOf = '2026-11-29';

  const started = performance.now();
  let score = 0;
  plans.forEach((plan, p) => (score += evaluatePlan(plan, perPlan[p], { asOf }).score));
  const seconds = (performance.now() - started) / 1000;

  const baseStarted = performance.now();
  let baseline = 0;
  plans.forEach((plan, p) => {
    const latest = new Map();
    for (const o of perPlan[p]) if (o.target === 'upgrade' && o.date <= asOf && (!latest.has(o.unit) || latest.get(o.unit).date < o.date)) latest.set(o.unit, o);
    let sum = 0;
    for (const o of latest.values()) sum += o.value;
    baseline += Math.min(1, sum / plan.targets[0].min);
  });
  const baselineSeconds = (performance.now() - baseStarted) / 1000;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ scale, plans: plans.length, communes, products, observations, seconds, baselineSeconds, maxRssMb, score: score + baseline * 0 }));
}

if (process.argv[2] === '--scale') {
  await run(Number(process.argv[3]));
} else {
  const me = fileURLToPath(import.meta.url);
  const results = [1, 10].map((scale) => {
    const child = spawnSync(process.execPath, ['--max-old-space-size=8192', me, '--scale', String(scale)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout.trim().split('\n').at(-1));
  });
  for (const r of results) {
    console.log(
      `×${r.scale}: ${r.plans} plans, ${r.communes} communes, ${r.products} products, ${r.observations} observations — ` +
        `${r.seconds.toFixed(2)} s (baseline ${r.baselineSeconds.toFixed(3)} s, ratio ${(r.seconds / r.baselineSeconds).toFixed(0)}×), peak RSS ${r.maxRssMb.toFixed(0)} MB`,
    );
  }
  const growth = results[1].seconds / results[0].seconds;
  console.log(`10× the data costs ${growth.toFixed(1)}× the time (limit 12×): ${growth <= 12 ? 'ok' : 'TOO SLOW'}`);
}
