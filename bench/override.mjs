// Benchmark: validating and applying a 1 MB rule-override file, against a plain JSON.parse of
// the same text in the same process. The file supplies 33 criteria sets to the 148/2023 rule set
// (the format of examples/overrides/148-set-from-archive.json, repeated with other set numbers).
// Run after `npm run build`: `npm run bench:override`.
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { adaptRuleSet, validate } from '../dist/index.js';

const example = JSON.parse(readFileSync(new URL('../examples/overrides/148-set-from-archive.json', import.meta.url), 'utf8'));
const set = example.changes.criteriaSets[0];
const file = { ...example, changes: { criteriaSets: Array.from({ length: 33 }, (_, i) => ({ ...set, setNo: i + 1 })) } };
const text = JSON.stringify(file, null, 2);

let sink = 0;
const bench = new Bench({ time: 2000, warmup: true });
bench
  .add('baseline: JSON.parse', () => {
    sink += JSON.parse(text).changes.criteriaSets.length;
  })
  .add("validate('ruleOverride') after JSON.parse", () => {
    sink += validate('ruleOverride', JSON.parse(text)).ok ? 1 : 0;
  })
  .add('adaptRuleSet (validate + check + merge + freeze) after JSON.parse', () => {
    sink += adaptRuleSet('qd148-2023', JSON.parse(text)).criteriaSets;
  });
await bench.run();

const ms = (task) => task.result.latency.p50;
const [parse, check, adapt] = bench.tasks;
console.log(`file: ${(text.length / 1_048_576).toFixed(2)} MB, 33 criteria sets`);
console.log(`median: JSON.parse ${ms(parse).toFixed(1)} ms; validate ${ms(check).toFixed(1)} ms (${(ms(check) / ms(parse)).toFixed(1)}×); adaptRuleSet ${ms(adapt).toFixed(1)} ms (${(ms(adapt) / ms(parse)).toFixed(1)}×)`);
if (sink === 0) console.log('(sink)');
