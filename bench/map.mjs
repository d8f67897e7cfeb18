// The map's targets (issue 24), measured the way bench/interaction.mjs
// measures the chronology; a benchmark, not a test.
//
// 1. Choosing a place or changing a filter on /map at 4× CPU: the Event
//    Timing API's duration of each interaction, p98. Targets: ≤ 50 ms on the
//    real data, ≤ 100 ms at 10,000 synthetic events (places drawn from the
//    real ones), handed to the page through its deploy-time dataset update.
// 2. What the map adds to the pages that draw it: the land's pictures,
//    brotli-compressed (targets: ≤ 40 kB for /map, ≤ 5 kB on an event page),
//    and the prerendered /map page against /timeline.
//
//   node bench/map.mjs [--dist dist] [--runs 3] [--sizes real,10000]
//
// Writes bench/results/map.json and bench/results/map.md.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer } from '../tests/support/static-server.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const DIST = resolve(arg('dist', join(REPO, 'dist')));
const RUNS = Number(arg('runs', '3'));
const SIZES = arg('sizes', 'real,10000').split(',');
const DATASETS = join(REPO, 'bench/dist/datasets');
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};
const THRESHOLD_MS = 16;
const GAP_MS = 500;
const log = (...parts) => console.log('map:', ...parts);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null;
};
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The synthetic dataset document of `size` events (made once, as bench/interaction.mjs does). */
function dataset(size) {
  const file = join(DATASETS, `${size}.json`);
  if (existsSync(file)) return file;
  mkdirSync(DATASETS, { recursive: true });
  log(`generating the ${size}-event dataset → ${file}`);
  const out = openSync(`${file}.partial`, 'w');
  try {
    execFileSync('cargo', ['run', '--release', '--quiet', '--locked', '-p', 'explorer-core', '--bin', 'dataset-json'], {
      cwd: REPO, env: { ...process.env, EXPLORER_SYNTHETIC_EVENTS: String(size) }, stdio: ['ignore', out, 'inherit'],
    });
  } finally {
    closeSync(out);
  }
  renameSync(`${file}.partial`, file);
  return file;
}

/** One run: /map at 4× CPU, places chosen and unchosen, a type toggled; every interaction's duration. */
async function run(browser, server, datasetFile) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript((threshold) => {
    window.__durations = new Map();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId > 0) {
          window.__durations.set(e.interactionId, Math.max(window.__durations.get(e.interactionId) ?? 0, e.duration));
        }
      }
    }).observe({ type: 'event', durationThreshold: threshold, buffered: true });
  }, THRESHOLD_MS);
  if (datasetFile) {
    await page.route('**/explorer-config.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ datasetUrl: '/bench-dataset.json' }) }));
    await page.route('**/bench-dataset.json', (route) => route.fulfill({ contentType: 'application/json', path: datasetFile }));
  }
  await page.goto(`${server.url}map`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.classList.contains('app'));
  if (datasetFile) {
    await page.waitForFunction(() => /Showing dataset version/.test(document.querySelector('.dataset-notice')?.textContent ?? ''), null, { timeout: 180_000 });
  }
  await page.waitForLoadState('networkidle');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await sleep(1000);
  await page.evaluate(() => window.__durations.clear());
  let actions = 0;
  // Choosing places: three from the table, each chosen then unchosen.
  const ids = await page.locator('.map-table a[data-place]').evaluateAll((as) => as.slice(0, 3).map((a) => a.dataset.place));
  for (const id of ids) {
    for (let twice = 0; twice < 2; twice += 1) {
      await page.locator(`.map-table a[data-place="${id}"]`).click();
      await sleep(GAP_MS);
      actions += 1;
    }
  }
  // And a mark on the map.
  await page.locator('.world-map a.map-mark').first().click({ force: true });
  await sleep(GAP_MS);
  actions += 1;
  // Changing a filter: a type, on and off, twice.
  await page.locator('.facets summary').click();
  await sleep(GAP_MS);
  await page.evaluate(() => window.__durations.clear());
  for (let i = 0; i < 4; i += 1) {
    await page.locator('.facets input[type=checkbox]').first().click();
    await sleep(GAP_MS);
    actions += 1;
  }
  await sleep(1000);
  const durations = await page.evaluate(() => [...window.__durations.values()]);
  const marks = await page.locator('.world-map a.map-mark').count();
  const events = Number((await page.locator('.result-count').textContent()).replace(/,/g, '').match(/\d+/)?.[0] ?? 0);
  await context.close();
  // An interaction quicker than the threshold leaves no entry.
  while (durations.length < actions) durations.push(THRESHOLD_MS);
  return { durations, marks, events };
}

const sizes = {
  land: brotli(readFileSync(join(DIST, 'world-map.svg'))),
  locator: brotli(readFileSync(join(DIST, 'locator-map.svg'))),
  mapPage: brotli(readFileSync(join(DIST, 'map/index.html'))),
  timelinePage: brotli(readFileSync(join(DIST, 'timeline/index.html'))),
};
const browser = await chromium.launch(LAUNCH);
const server = await startServer({ root: DIST, fallback: true });
const results = {};
try {
  for (const size of SIZES) {
    const file = size === 'real' ? null : dataset(size);
    const all = [];
    let shown = null;
    for (let r = 0; r < RUNS; r += 1) {
      const { durations, marks, events } = await run(browser, server, file);
      all.push(...durations);
      shown = { marks, events };
      log(`${size} run ${r + 1}: ${durations.length} interactions, p98 ${percentile(durations, 98).toFixed(0)} ms (${marks} marks, ${events} events at the end)`);
    }
    results[size] = { p50: percentile(all, 50), p98: percentile(all, 98), samples: all, ...shown };
  }
} finally {
  await server.close();
  await browser.close();
}

const result = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  chromium: browser.version(),
  runs: RUNS,
  sizes,
  interactions: results,
};
writeFileSync(join(REPO, 'bench/results/map.json'), `${JSON.stringify(result, null, 2)}\n`);
const ms = (x) => (x == null ? '—' : `${x.toFixed(0)} ms`);
const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
const limit = { real: 50, 10000: 100 };
const rows = SIZES.filter((size) => results[size]).map((size) => [size, results[size]]).map(([size, r]) => {
  const target = limit[size];
  const verdict = target == null ? '' : `p98 ≤ ${target} ms — ${r.p98 <= target ? 'met' : 'not met'}`;
  const label = size === 'real' ? 'the real data' : `${Number(size).toLocaleString('en')} synthetic events`;
  return `| choosing a place or changing a filter on \`/map\` at 4× CPU, ${label}: p50 / p98 (${r.samples.length} interactions) | ${ms(r.p50)} / ${ms(r.p98)} | ${verdict} |`;
});
const md = `# Map benchmark

Run ${result.date} on ${result.machine}; Chromium ${result.chromium}; \`node bench/map.mjs --runs ${RUNS}\`.

| measure | result | target |
| --- | --- | --- |
${rows.join('\n')}
| the land of \`/map\` (\`world-map.svg\`), brotli | ${kb(sizes.land)} | ≤ 40 kB — ${sizes.land <= 40_000 ? 'met' : 'not met'} |
| an event page's locator land (\`locator-map.svg\`), brotli | ${kb(sizes.locator)} | ≤ 5 kB — ${sizes.locator <= 5_000 ? 'met' : 'not met'} |
| \`/map\`'s prerendered page, brotli (beside \`/timeline\`'s ${kb(sizes.timelinePage)}) | ${kb(sizes.mapPage)} | |

Interactions: the Event Timing API (what INP is built on) on a 390×844 page, CPU 4× slower through
the DevTools protocol; those under ${THRESHOLD_MS} ms leave no entry and count as ${THRESHOLD_MS} ms. Each run
chooses three places in the table and unchooses them, chooses one on the map, and toggles a type
filter on and off twice. The 10,000 events come through the deploy-time dataset update
(\`bench/dist/datasets\`, \`dataset-json\` with \`EXPLORER_SYNTHETIC_EVENTS\`).
`;
writeFileSync(join(REPO, 'bench/results/map.md'), md);
log('wrote bench/results/map.json and bench/results/map.md');
