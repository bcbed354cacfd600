// Benchmark: generateDataset at national scale — 34 provinces, 340 synthetic communes, 20,000
// products (≈ 10,900 producers, 19,000 evaluations, 17,600 certificates, ≈ 10,600 observations) —
// and validating everything it returns (`validate` on every record, `evaluatePlan` on every plan).
// Each part runs in its own process so that its peak memory (max RSS) is its own; "import" is a
// process that only loads the library, for reference. Run after `npm run build`:
// `node bench/dataset.mjs`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const OPTIONS = { seed: 1, products: 20_000 };
const TARGET_SECONDS = 5;

async function load() {
  const ocop = await import('../dist/index.js');
  const fixtures = await import('../dist/fixtures/index.js');
  // Until the fixtures entry re-exports it, take generateDataset from its module.
  const generateDataset = fixtures.generateDataset ?? (await import('../dist/fixtures/dataset.js')).generateDataset;
  return { ...ocop, generateDataset };
}

async function run(part) {
  const { generateDataset, validate, evaluatePlan } = await load();
  const result = { part };
  if (part !== 'import') {
    const started = performance.now();
    const data = generateDataset(OPTIONS);
    result.generateSeconds = (performance.now() - started) / 1000;
    result.counts = Object.fromEntries(['producers', 'products', 'evaluations', 'certificates', 'plans', 'observations'].map((k) => [k, data[k].length]));
    result.jsonMb = JSON.stringify(data).length / 1e6;
    if (part === 'validate') {
      const validateStarted = performance.now();
      let invalid = 0;
      let records = 0;
      const kinds = { producers: 'producer', products: 'product', evaluations: 'evaluation', certificates: 'certificate', plans: 'plan', observations: 'observation' };
      for (const [key, kind] of Object.entries(kinds)) {
        for (const record of data[key]) {
          records++;
          if (!validate(kind, record).ok) invalid++;
        }
      }
      result.validateSeconds = (performance.now() - validateStarted) / 1000;
      const planStarted = performance.now();
      for (const plan of data.plans) {
        const ids = new Set(plan.targets.map((t) => t.id));
        evaluatePlan(
          plan,
          data.observations.filter((o) => ids.has(o.target)),
          { asOf: data.asOf },
        );
      }
      result.evaluatePlansSeconds = (performance.now() - planStarted) / 1000;
      result.records = records;
      result.invalid = invalid;
    }
  }
  result.maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify(result));
}

if (process.argv[2] === '--part') {
  await run(process.argv[3]);
} else {
  const me = fileURLToPath(import.meta.url);
  const [base, generate, validate] = ['import', 'generate', 'validate'].map((part) => {
    const child = spawnSync(process.execPath, [me, '--part', part], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    return JSON.parse(child.stdout.trim().split('\n').at(-1));
  });
  const c = generate.counts;
  console.log(`generateDataset(${JSON.stringify(OPTIONS)}): ${c.producers} producers, ${c.products} products, ${c.evaluations} evaluations, ${c.certificates} certificates, ${c.plans} plans, ${c.observations} observations (${generate.jsonMb.toFixed(1)} MB of JSON)`);
  console.log(`  load the library only:          peak RSS ${base.maxRssMb.toFixed(0)} MB`);
  console.log(`  generate:                       ${generate.generateSeconds.toFixed(2)} s, peak RSS ${generate.maxRssMb.toFixed(0)} MB`);
  console.log(
    `  generate + validate ${validate.records} records: validate ${validate.validateSeconds.toFixed(2)} s (${validate.invalid} invalid), ` +
      `evaluatePlan × ${c.plans} ${validate.evaluatePlansSeconds.toFixed(2)} s, peak RSS ${validate.maxRssMb.toFixed(0)} MB`,
  );
  const total = validate.generateSeconds + validate.validateSeconds + validate.evaluatePlansSeconds;
  console.log(`  total ${total.toFixed(2)} s (target: a few seconds, ≤ ${TARGET_SECONDS} s): ${total <= TARGET_SECONDS ? 'ok' : 'TOO SLOW'}`);
  if (validate.invalid > 0) {
    console.log('  INVALID RECORDS');
    process.exitCode = 1;
  }
}
