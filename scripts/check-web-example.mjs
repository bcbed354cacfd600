// Builds examples/web-scoring with esbuild (the library bundled for the browser), serves it on
// 127.0.0.1, opens it in headless Chromium (Debian's /usr/bin/chromium via playwright-core),
// fills the form and checks the star shown. Run after `npm run build`. Only loopback traffic.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { temporaryFolder } from './temporary-folder.mjs';

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
  await build({ entryPoints: [join(root, 'examples/web-scoring/main.js')], bundle: true, format: 'esm', platform: 'browser', minify: true, outfile: join(out, 'app.js'), logLevel: 'silent' });
  copyFileSync(join(root, 'examples/web-scoring/index.html'), join(out, 'index.html'));

  server = createServer(async (request, response) => {
    const file = request.url === '/' ? 'index.html' : (request.url ?? '').slice(1);
    if (!['index.html', 'app.js'].includes(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' });
    response.end(await readFile(join(out, file)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;

  browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
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

  const ok = full.total === '100' && full.stars === '5★' && capped.stars === '3★' && capped.unmet.includes('2.1') && errors.length === 0;
  console.log(`  ${ok ? 'ok  ' : 'FAIL'}  web-scoring in headless Chromium: top options → ${full.total} points, ${full.stars}; 2.1 lowered → ${capped.stars} (${capped.unmet})`);
  if (errors.length > 0) console.log(`  page errors: ${errors.join('; ')}`);
  if (!ok) process.exitCode = 1;
} finally {
  await browser?.close();
  server?.close();
  cleanUp();
}
