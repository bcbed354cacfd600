// Benchmark: validating and applying a 0.8 MB rule-override file, against a plain JSON.parse of
// the same text in the same process (the least any app does with the file). The file supplies
// all 26 criteria sets of the 148/2023 rule set, replacing the shipped ones (the format of
// examples/overrides/148-set-from-archive.json, repeated with other set numbers). Run after
// `npm run build`: `node bench/override.mjs`.
import { readFileSync } from 'node:fs';
import { validate } from '../dist/index.js';
import { adaptRuleSet } from '../dist/adapt.js';
import { compareSlow, report } from './harness.mjs';

const example = JSON.parse(
  readFileSync(new URL('../examples/overrides/148-set-from-archive.json', import.meta.url), 'utf8'),
);
const set = example.changes.criteriaSets[0];
const file = {
  ...example,
  changes: { criteriaSets: Array.from({ length: 26 }, (_, i) => ({ ...set, setNo: i + 1 })) },
};
const text = JSON.stringify(file, null, 2);
const note = `${(text.length / 1_048_576).toFixed(2)} MB, 26 criteria sets`;

let sink = 0;
const parse = () => {
  sink += JSON.parse(text).changes.criteriaSets.length;
};
const checked = compareSlow({
  baseline: parse,
  subject: () => {
    sink += validate('ruleOverride', JSON.parse(text)).ok ? 1 : 0;
  },
  runs: 15,
});
report({
  group: 'override',
  name: "JSON.parse + validate('ruleOverride'), 0.8 MB override",
  baseline: 'JSON.parse of the same text',
  ...checked,
  note,
});
const adapted = compareSlow({
  baseline: parse,
  subject: () => {
    sink += adaptRuleSet('qd148-2023', JSON.parse(text)).criteriaSets;
  },
  runs: 15,
});
report({
  group: 'override',
  name: 'JSON.parse + adaptRuleSet (validate, check, merge, freeze), 0.8 MB override',
  baseline: 'JSON.parse of the same text',
  ...adapted,
  note,
});
if (sink === 0.5) console.log(sink);
