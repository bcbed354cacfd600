// `npm run bench`: runs every benchmark file in its own Node process (so one case's JIT state and
// heap do not colour the next), shows their output, and ends with one table of every case: ocop's
// median, the hand-written baseline's, the ratio and the goal. The table is Markdown, ready for
// docs/performance.md. `node bench/run.mjs rating validate` runs only those files.
// Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { formatMs } from './harness.mjs';

const FILES = [
  'validate',
  'rating',
  'certificates',
  'progress',
  'dataset',
  'override',
  'import',
  'units',
  'units-names',
];
const chosen = process.argv.slice(2);
const files = chosen.length > 0 ? FILES.filter((f) => chosen.includes(f)) : FILES;

const rows = [];
let failed = false;
for (const file of files) {
  console.log(`\n## bench/${file}.mjs\n`);
  const child = spawnSync(process.execPath, [new URL(`./${file}.mjs`, import.meta.url).pathname], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const line of child.stdout.split('\n')) {
    if (line.startsWith('RESULT ')) rows.push(JSON.parse(line.slice('RESULT '.length)));
    else if (line.trim() !== '') console.log(line);
  }
  if (child.status !== 0) {
    failed = true;
    console.error(child.stderr);
    console.error(`bench/${file}.mjs failed (exit ${child.status})`);
  }
}

const cpu = cpus()[0];
console.log(`\n## Summary\n`);
console.log(
  `Node ${process.version}, ${cpus().length} × ${cpu?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB; medians.\n`,
);
console.log('| case | ocop | baseline (same work, same process) | ratio | goal |');
console.log('|---|---|---|---|---|');
for (const r of rows) {
  const goal = r.goal === null ? '' : `≤ ${r.goal}× ${r.met ? 'met' : '**not met**'}`;
  const note = r.note ? ` (${r.note})` : '';
  console.log(
    `| ${r.name}${note} | ${formatMs(r.subjectMs)} | ${r.baseline}: ${formatMs(r.baselineMs)} | ${r.ratio.toFixed(2)}× | ${goal} |`,
  );
}
const unmet = rows.filter((r) => r.met === false);
console.log(
  `\n${rows.filter((r) => r.met === true).length} goals met, ${unmet.length} not met${unmet.length > 0 ? `: ${unmet.map((r) => r.name).join('; ')}` : ''}.`,
);
if (failed) process.exitCode = 1;
