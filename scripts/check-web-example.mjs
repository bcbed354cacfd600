// Builds examples/web-scoring with esbuild (the library bundled for the browser, with code
// splitting as an app's bundler would), serves it on 127.0.0.1, opens it in headless Chromium
// (Debian's /usr/bin/chromium via playwright-core), fills the form and checks the star shown.
// It also checks that the criteria sets were split: the entry chunk holds none of the 26 sets,
// each set is in its own chunk, and the page fetched only the chunk of the set it shows.
// Run after `npm run build`. Only loopback traffic.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { temporaryFolder } from './temporary-folder.mjs';
import { criteriaEntries } from './criteria-entries.cjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browserPath)) {
  console.error(`check-web-example: no Chromium at ${browserPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(1);
}

const { path: out, cleanUp } = temporaryFolder('ocop-web-');
let server;
let browser;
try {
  mkdirSync(out, { recursive: true });
  const { metafile } = await build({
    entryPoints: { app: join(root, 'examples/web-scoring/main.js') },
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    minify: true,
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    absWorkingDir: root,
    logLevel: 'silent',
  });
  copyFileSync(join(root, 'examples/web-scoring/index.html'), join(out, 'index.html'));

  // Output files (paths relative to `out`, as the page requests them) and the criteria sets each holds.
  const outputs = new Map(
    Object.entries(metafile.outputs).map(([file, output]) => [
      relative(out, join(root, file)).split('\\').join('/'),
      // A set's ESM module and the CommonJS entry it re-exports both name it: count the set once.
      [
        ...new Set(
          Object.keys(output.inputs).flatMap((input) => {
            const match = /rules\/data\/([^/]+)\/set-(\d\d)\.js$/.exec(input);
            return match ? [`${match[1]} ${match[2]}`] : [];
          }),
        ),
      ],
    ]),
  );
  const setChunks = [...outputs].filter(([, sets]) => sets.length > 0);
  const served = [];

  server = createServer(async (request, response) => {
    const file = request.url === '/' ? 'index.html' : (request.url ?? '').slice(1);
    if (file !== 'index.html' && !outputs.has(file)) return response.writeHead(404).end();
    served.push(file);
    response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(await readFile(join(out, file)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;

  browser = await chromium.launch({
    executablePath: browserPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForSelector('#sheet fieldset');

  // Tick the top option of every criterion: 100 points, 5★.
  const top = await page.$$eval('#sheet fieldset', (sets) =>
    sets.map((fieldset) => {
      const inputs = [...fieldset.querySelectorAll('input')];
      const best = inputs.reduce((a, b) => (Number(b.value) > Number(a.value) ? b : a));
      return `input[name="${best.name}"][data-index="${best.dataset.index}"]`;
    }),
  );
  for (const selector of top) await page.check(selector);
  const full = { total: await page.textContent('#total'), stars: await page.textContent('#stars') };
  // Then lower 2.1 (marked 4★ at 3 points) to 1: band 5★, capped to 3★.
  await page.check('input[name="2.1"][value="1"]');
  const capped = { stars: await page.textContent('#stars'), unmet: await page.textContent('#unmet') };

  const ok =
    full.total === '100' &&
    full.stars === '5★' &&
    capped.stars === '3★' &&
    capped.unmet.includes('2.1') &&
    errors.length === 0;
  console.log(
    `  ${ok ? 'ok  ' : 'FAIL'}  web-scoring in headless Chromium: top options → ${full.total} points, ${full.stars}; 2.1 lowered → ${capped.stars} (${capped.unmet})`,
  );
  if (errors.length > 0) console.log(`  page errors: ${errors.join('; ')}`);

  // Code splitting: one chunk per shipped set (26 per rule set with sets), none in the entry, and
  // only the set the page rates (26/2026's set 1) fetched.
  const shippedSets = criteriaEntries(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).flatMap(({ id }) =>
    readdirSync(join(root, 'dist/rules/data', id)).filter((file) => /^set-\d\d\.js$/.test(file)),
  ).length;
  const fetchedSets = setChunks.filter(([file]) => served.includes(file)).flatMap(([, sets]) => sets);
  const split =
    setChunks.length === shippedSets &&
    setChunks.every(([, sets]) => sets.length === 1) &&
    (outputs.get('app.js')?.length ?? 1) === 0 &&
    fetchedSets.join() === 'qd26-2026 01';
  console.log(
    `  ${split ? 'ok  ' : 'FAIL'}  code splitting: ${setChunks.length} criteria-set chunks (${setChunks.filter(([, sets]) => sets.length !== 1).length} holding more than one set), ` +
      `${outputs.get('app.js')?.length ?? '?'} sets in app.js; the page fetched ${served.filter((f) => f.endsWith('.js')).length} scripts, criteria set(s) ${fetchedSets.join(', ') || 'none'}`,
  );
  if (!ok || !split) process.exitCode = 1;
} finally {
  await browser?.close();
  server?.close();
  cleanUp();
}
