// Benchmark: validate(kind, record) against a bare zod safeParse of the same schema
// (ENTITY_SCHEMAS[kind].safeParse), on records from generateDataset. validate adds its issue
// conversion and the forbidden-key scan, which runs only when a parse fails; the cases here are
// valid records, the common case. Also the hand-written evaluation check rateProduct uses, against
// the same safeParse. Run after `npm run build`: `node bench/validate.mjs`.
import { ENTITY_SCHEMAS, validate } from '../dist/index.js';
import { generateDataset } from '../dist/fixtures/index.js';
import { checkEvaluation } from '../dist/model/evaluation-check.js';
import { compareFast, report } from './harness.mjs';

const data = generateDataset({ seed: 1, products: 2_000 });
const kinds = {
  producer: data.producers,
  product: data.products,
  certificate: data.certificates,
  evaluation: data.evaluations,
  observation: data.observations,
};

let sink = 0;
for (const [kind, records] of Object.entries(kinds)) {
  const sample = records.slice(0, 256);
  if (!sample.every((r) => validate(kind, r).ok)) throw new Error(`${kind}: the sample must be valid`);
  const schema = ENTITY_SCHEMAS[kind];
  let i = 0;
  let j = 0;
  const { baselineMs, subjectMs } = await compareFast({
    baseline: () => {
      sink += schema.safeParse(sample[i++ % sample.length]).success ? 1 : 0;
    },
    subject: () => {
      sink += validate(kind, sample[j++ % sample.length]).ok ? 1 : 0;
    },
    time: 300,
  });
  report({
    group: 'validate',
    name: `validate('${kind}', …), valid records`,
    baseline: `${kind} schema safeParse (bare zod)`,
    baselineMs,
    subjectMs,
    goal: 1.5,
  });
}

// Invalid records (one fault each): validate parses again reporting inputs, scans for forbidden
// keys and writes messages; the price of a useful error, paid only on failure.
{
  const sample = data.products.slice(0, 256).map((p) => ({ ...p, name: '' }));
  let i = 0;
  let j = 0;
  const { baselineMs, subjectMs } = await compareFast({
    baseline: () => {
      sink += ENTITY_SCHEMAS.product.safeParse(sample[i++ % sample.length]).success ? 1 : 0;
    },
    subject: () => {
      sink += validate('product', sample[j++ % sample.length]).ok ? 1 : 0;
    },
    time: 300,
  });
  report({
    group: 'validate',
    name: "validate('product', …), invalid records (empty name)",
    baseline: 'product schema safeParse (bare zod)',
    baselineMs,
    subjectMs,
  });
}

// The plan: one large record (units, targets, items).
const plan = data.plans[0];
{
  const { baselineMs, subjectMs } = await compareFast({
    baseline: () => {
      sink += ENTITY_SCHEMAS.plan.safeParse(plan).success ? 1 : 0;
    },
    subject: () => {
      sink += validate('plan', plan).ok ? 1 : 0;
    },
    time: 300,
  });
  report({
    group: 'validate',
    name: `validate('plan', …), a plan of ${plan.units.length} units and ${plan.targets.length} targets`,
    baseline: 'plan schema safeParse (bare zod)',
    baselineMs,
    subjectMs,
    goal: 1.5,
  });
}

// rateProduct's own evaluation check (no zod) against zod on the same evaluations.
{
  const sample = data.evaluations.slice(0, 256);
  let i = 0;
  let j = 0;
  const { baselineMs, subjectMs } = await compareFast({
    baseline: () => {
      sink += ENTITY_SCHEMAS.evaluation.safeParse(sample[i++ % sample.length]).success ? 1 : 0;
    },
    subject: () => {
      sink += checkEvaluation(sample[j++ % sample.length], 'en', { sharePoints: true }).ok ? 1 : 0;
    },
    time: 300,
  });
  report({
    group: 'validate',
    name: "rateProduct's evaluation check (hand-written, no zod)",
    baseline: 'evaluation schema safeParse (bare zod)',
    baselineMs,
    subjectMs,
  });
}
if (sink === 0.5) console.log(sink);
