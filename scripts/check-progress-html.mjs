// Runs the built command (`node dist/cjs/cli/index.js progress … --format html`) on three plans:
// the CLI tests' small plan, the national programme 2021–2025 with its reported results, and the
// Thái Bình 2020 plan without observations (every chart says "no data"). Opens each page in
// headless Chromium (Debian's /usr/bin/chromium via playwright-core) from a file:// URL, with any
// other request refused, and checks one visible chart per target, the targets table, the inline
// style applied (the page's CSP allows inline style only), no request but the page itself, no
// failed request, no console error. Run after `npm run build`. No network at all.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { temporaryFolder } from './temporary-folder.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const cli = join(root, 'dist/cjs/cli/index.js');
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browserPath)) {
  console.error(`check-progress-html: no Chromium at ${browserPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(1);
}
if (!existsSync(cli)) {
  console.error(`check-progress-html: no ${cli} (run npm run build first)`);
  process.exit(1);
}

const { NATIONAL_PROGRAMME_2021_2025: national, THAI_BINH_2020_PLAN } = await import('ocop/fixtures');

const { path: out, cleanUp } = temporaryFolder('ocop-progress-html-');
/** A JSON file in the temporary folder. */
const json = (name, value) => {
  const file = join(out, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};

const cases = [
  {
    name: 'test/cli/files/plan.json (en)',
    plan: join(root, 'test/cli/files/plan.json'),
    observations: join(root, 'test/cli/files/observations.json'),
    asOf: '2020-07-15',
    locale: 'en',
    targets: 2,
  },
  {
    name: 'national programme 2021–2025 (vi)',
    plan: json('national-plan.json', national.plan),
    observations: json('national-observations.json', national.observations),
    asOf: '2025-12-31',
    locale: 'vi',
    targets: national.plan.targets.length,
  },
  {
    name: 'Thái Bình 2020, no observations (vi)',
    plan: json('thai-binh-plan.json', THAI_BINH_2020_PLAN),
    observations: json('none.json', []),
    asOf: '2020-07-15',
    locale: 'vi',
    targets: THAI_BINH_2020_PLAN.targets.length,
  },
];

/* global document, getComputedStyle -- pageFacts runs in the page */
/** What the page shows: charts visible, charts in all, targets table rows, the minimum line's colour. */
function pageFacts() {
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const charts = [...document.querySelectorAll('svg')];
  const minimum = document.querySelector('svg line.minimum');
  return {
    svgs: charts.length,
    visible: charts.filter(visible).length,
    rows: document.querySelector('table')?.querySelectorAll('tbody tr').length ?? 0,
    lang: document.documentElement.lang,
    minimumStroke: minimum ? getComputedStyle(minimum).stroke : '',
  };
}

/** Opens one page and gathers what it requested, what failed, what it logged and what it shows. */
async function check(browser, file) {
  const url = pathToFileURL(file).href;
  const page = await browser.newPage();
  const requests = [];
  const failed = [];
  const errors = [];
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  page.on('request', (request) => requests.push(request.url()));
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  const facts = await page.evaluate(pageFacts);
  await page.close();
  return { ...facts, others: requests.filter((r) => r !== url), failed, errors };
}

let browser;
try {
  browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  for (const [index, c] of cases.entries()) {
    const argv = ['progress', c.plan, '--observations', c.observations, '--as-of', c.asOf, '--format', 'html'];
    const html = execFileSync(process.execPath, [cli, ...argv, '--locale', c.locale], { encoding: 'utf8' });
    const file = join(out, `report-${index + 1}.html`);
    writeFileSync(file, html);
    const r = await check(browser, file);
    const ok =
      r.svgs === c.targets &&
      r.visible === c.targets &&
      r.rows === c.targets &&
      r.lang === c.locale &&
      r.minimumStroke === 'rgb(47, 129, 50)' &&
      r.others.length === 0 &&
      r.failed.length === 0 &&
      r.errors.length === 0;
    console.log(
      `  ${ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${r.visible}/${r.svgs} charts visible for ${c.targets} targets, ` +
        `${r.rows} table rows, lang ${r.lang}, style ${r.minimumStroke ? 'applied' : 'missing'}, ` +
        `${r.others.length} other requests, ${r.failed.length} failed, ${r.errors.length} console errors, ${(html.length / 1024).toFixed(1)} kB`,
    );
    for (const line of [...r.others, ...r.errors]) console.log(`      ${line}`);
    if (!ok) process.exitCode = 1;
  }
} finally {
  await browser?.close();
  cleanUp();
}
