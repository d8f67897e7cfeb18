// Interaction latency as the browser itself reports it: the Event Timing API,
// which INP is built on. A built site is loaded on a phone-sized page, given a
// bigger dataset through its deploy-time dataset update (no rebuild), then
// typed into and filtered with real keyboard and mouse input while the CPU is
// slowed down through the DevTools protocol.
// (About 480 lines: the dataset sizes, CPU rates and interactions measured,
// and the report; it runs only when asked, not in make test.)
//
//   node bench/interaction.mjs --dist /tmp/before/dist --label before --commit <sha>
//   node bench/interaction.mjs --dist dist --label after [--sizes real,1000,10000,100000] [--cpu 1,4] [--runs 3]
//   node bench/interaction.mjs --dist DIR --label after --sizes 100000 --built 100000=DIR100K --merge
//   node bench/interaction.mjs --report-only     # rewrite interaction.md from the JSON files
//
// Writes every sample to bench/results/interaction-<label>.json, then rewrites
// bench/results/interaction.md from the JSON files there. Like bench/run.mjs
// it is a benchmark, not a test: numbers vary with the machine's load.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer } from '../tests/support/static-server.mjs';
import { splice } from './markdown.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(REPO, 'bench/results');
const DATASETS = join(REPO, 'bench/dist/datasets');
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run',
  ],
};
const WORDS = 'maritime security japan exercise';
const KEY_GAP_MS = 120;
const TOGGLE_GAP_MS = 500;
const SETTLE_MS = 1000;
// Event Timing's smallest durationThreshold: quicker interactions leave no entry.
const THRESHOLD_MS = 16;
const DATASET_TIMEOUT_MS = 180_000;

const log = (...parts) => console.log('interaction:', ...parts);
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// --- In the page ---------------------------------------------------------------------
// Installed before the app's own scripts, so no interaction can slip past it.
const OBSERVE = (threshold) => {
  const seen = [];
  const keep = (list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId > 0) {
        seen.push({
          id: e.interactionId, name: e.name, startTime: e.startTime, duration: e.duration,
          processingStart: e.processingStart, processingEnd: e.processingEnd,
        });
      }
    }
  };
  const observer = new PerformanceObserver(keep);
  observer.observe({ type: 'event', buffered: true, durationThreshold: threshold });
  window.__interactions = {
    // Entries wait for the observer's next callback; takeRecords hands over
    // the ones not delivered yet.
    take: () => {
      keep({ getEntries: () => observer.takeRecords() });
      return seen.splice(0);
    },
    count: () => performance.interactionCount ?? null,
  };
};

// --- Samples ---------------------------------------------------------------------------
// One sample per interaction performed: the entries grouped by interactionId
// (an interaction's latency is its longest entry), each matched to the last
// action sent before it started; performed actions left without an entry were
// quicker than the threshold and count as THRESHOLD_MS, marked unreported.
function samples(entries, actions) {
  const groups = new Map();
  for (const e of entries) {
    const group = groups.get(e.id) ?? { id: e.id, startTime: e.startTime, latency: 0, entries: [] };
    group.startTime = Math.min(group.startTime, e.startTime);
    group.latency = Math.max(group.latency, e.duration);
    group.entries.push({
      name: e.name, duration: e.duration,
      // The three parts INP is debugged with: waiting, handlers, until painted.
      inputDelay: e.processingStart - e.startTime,
      processing: e.processingEnd - e.processingStart,
      presentation: e.startTime + e.duration - e.processingEnd,
    });
    groups.set(e.id, group);
  }
  const reported = [...groups.values()].sort((a, b) => a.id - b.id);
  const out = [];
  const matched = new Set();
  for (const g of reported) {
    // Node's clock and the page's agree to about a millisecond.
    const at = actions.findLastIndex((a) => a.sentAt <= g.startTime + 5);
    if (at >= 0) matched.add(at);
    out.push({ order: at, action: at >= 0 ? actions[at].what : null, latency: g.latency, reported: true, entries: g.entries });
  }
  // Two interactions can land on one action when the clocks disagree: count
  // the unreported ones from the totals, which do not depend on the matching.
  const missing = Math.max(0, actions.length - reported.length);
  const unmatched = actions.map((_, i) => i).filter((i) => !matched.has(i));
  for (let i = 0; i < missing; i += 1) {
    const at = unmatched[i] ?? -1;
    out.push({ order: at, action: at >= 0 ? actions[at].what : null, latency: THRESHOLD_MS, reported: false });
  }
  if (reported.length > actions.length) log(`  note: ${reported.length} interactions reported for ${actions.length} actions`);
  return out.sort((a, b) => a.order - b.order).map(({ order, ...sample }) => sample);
}

const byLatency = (a, b) => a.latency - b.latency || Number(a.reported) - Number(b.reported);
// Nearest rank, as in bench/run.mjs; returns the sample so the report can tell
// a measured value from a THRESHOLD_MS stand-in.
const percentile = (xs, p) => {
  const s = [...xs].sort(byLatency);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : null;
};
const stats = (xs) => {
  const at = (p) => {
    const s = percentile(xs, p);
    return s && { latency: s.latency, reported: s.reported };
  };
  return { n: xs.length, unreported: xs.filter((x) => !x.reported).length, p50: at(50), p75: at(75), p98: at(98), max: at(100) };
};

// --- Measuring one run --------------------------------------------------------------------
/**
 * Loads `${server.url}timeline` in a fresh phone-sized context, switches it to
 * `datasetFile` (a dataset JSON document) if given, slows the CPU down by
 * `cpu`, types and deletes four words, toggles three facets on and off, and
 * returns the interactions' latencies from Event Timing.
 */
export async function measureInteractions(browser, server, { datasetFile = null, cpu = 1 } = {}) {
  const context = await browser.newContext({
    serviceWorkers: 'block', viewport: { width: 390, height: 844 }, deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE, THRESHOLD_MS);
    if (datasetFile) {
      // The app's deploy-time dataset update: a configuration file beside
      // index.html names a newer dataset, which it validates and switches to.
      await page.route('**/explorer-config.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: JSON.stringify({ datasetUrl: '/bench-dataset.json' }) }));
      await page.route('**/bench-dataset.json', (route) => route.fulfill({ contentType: 'application/json', path: datasetFile }));
    }
    await page.goto(`${server.url}timeline`, { waitUntil: 'load' });
    if (datasetFile) {
      const notice = page.locator('.dataset-notice');
      await page.waitForFunction(
        () => /Showing (dataset version|the bundled data)/.test(document.querySelector('.dataset-notice')?.textContent ?? ''),
        null, { timeout: DATASET_TIMEOUT_MS, polling: 250 },
      );
      const text = await notice.textContent();
      if (!text.includes('Showing dataset version')) throw new Error(`the app kept its bundled data: ${text.trim()}`);
    }
    await page.waitForSelector('#f-q', { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const shown = (await page.locator('.result-count').textContent()).replace(/,/g, '').match(/\d+/);
    const events = shown ? Number(shown[0]) : null;

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await sleep(SETTLE_MS);
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const now = () => Date.now() - timeOrigin;
    const count = () => page.evaluate(() => window.__interactions.count());
    const counts = [await count()];
    const stray = await page.evaluate(() => window.__interactions.take());
    const checks = [];

    // Typing: one key every KEY_GAP_MS from the phase's start, as a typist
    // would, not KEY_GAP_MS after the page has caught up with the last key.
    await page.locator('#f-q').focus();
    const keys = [...WORDS, ...Array(WORDS.length).fill('Backspace')];
    const typed = [];
    const start = Date.now();
    for (const [i, key] of keys.entries()) {
      await sleep(start + i * KEY_GAP_MS - Date.now());
      if (i === WORDS.length) {
        const value = await page.locator('#f-q').inputValue();
        if (value !== WORDS) throw new Error(`the search box holds ${JSON.stringify(value)} after typing ${JSON.stringify(WORDS)}`);
      }
      typed.push({ what: key === ' ' ? 'Space' : key, sentAt: now() });
      await page.keyboard.press(key);
    }
    await sleep(SETTLE_MS);
    const keystrokes = samples(await page.evaluate(() => window.__interactions.take()), typed);
    counts.push(await count());
    const left = await page.locator('#f-q').inputValue();
    if (left !== '') checks.push(`search box not empty after deleting: ${JSON.stringify(left)}`);

    // Opening the panel is not one of the measured interactions.
    if (!(await page.locator('.facets').evaluate((details) => details.open))) {
      await page.locator('.facets summary').click();
      await sleep(SETTLE_MS);
    }
    await page.evaluate(() => window.__interactions.take());
    counts.push(await count());

    const ids = await page.evaluate(() => {
      const pick = (id, name, nth) => (document.getElementById(id) ? id : document.querySelectorAll(`input[name=${name}]`)[nth]?.id);
      return [
        pick('f-topic-maritime-security', 'topic', 0),
        pick('f-topic-cyber-defence', 'topic', 1),
        pick('f-type-exercise', 'type', 0),
      ];
    });
    if (ids.some((id) => !id)) throw new Error(`facet checkboxes not found: ${JSON.stringify(ids)}`);
    const toggles = [...ids.map((id) => [id, true]), ...ids.map((id) => [id, false])];
    const clicked = [];
    for (const [i, [id, on]] of toggles.entries()) {
      const due = Date.now() + TOGGLE_GAP_MS;
      // The label is what a person taps; the box itself may be styled away.
      clicked.push({ what: `${id} ${on ? 'on' : 'off'}`, sentAt: now() });
      await page.locator(`label[for="${id}"]`).click();
      if (i === ids.length - 1 || i === toggles.length - 1) {
        await sleep(due - Date.now());
        const states = await page.evaluate((ids) => ids.map((id) => document.getElementById(id).checked), ids);
        if (states.some((checked) => checked !== on)) checks.push(`after turning facets ${on ? 'on' : 'off'}: checked ${JSON.stringify(states)}`);
      }
      await sleep(due - Date.now());
    }
    await sleep(SETTLE_MS);
    const facets = samples(await page.evaluate(() => window.__interactions.take()), clicked);
    counts.push(await count());
    const between = (a, b) => (counts[a] == null || counts[b] == null ? null : counts[b] - counts[a]);
    const counted = { keystrokes: between(0, 1), facets: between(2, 3) };
    if (counted.keystrokes != null && counted.keystrokes !== typed.length) checks.push(`the browser counted ${counted.keystrokes} interactions for ${typed.length} keys`);
    if (counted.facets != null && counted.facets !== clicked.length) checks.push(`the browser counted ${counted.facets} interactions for ${clicked.length} clicks`);
    for (const check of checks) log(`  check failed: ${check}`);
    return {
      events, keystrokes, facets, checks,
      strayBeforeTyping: stray.length,
      // performance.interactionCount, where the browser has it: a check that
      // every action performed was one interaction, reported or not.
      interactionCount: counted,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

// --- Datasets ------------------------------------------------------------------------------
// Generated once per size: the 100,000-event document is about 80 MB.
function dataset(size) {
  const file = join(DATASETS, `${size}.json`);
  if (existsSync(file)) return file;
  mkdirSync(DATASETS, { recursive: true });
  log(`generating the ${Number(size).toLocaleString('en')}-event dataset → ${file}`);
  const partial = `${file}.partial`;
  const out = openSync(partial, 'w');
  try {
    execFileSync('cargo', ['run', '--release', '--quiet', '--locked', '-p', 'explorer-core', '--bin', 'dataset-json'], {
      cwd: REPO, env: { ...process.env, EXPLORER_SYNTHETIC_EVENTS: String(size) }, stdio: ['ignore', out, 'inherit'],
    });
  } finally {
    closeSync(out);
  }
  renameSync(partial, file);
  return file;
}

// --- Report --------------------------------------------------------------------------------
// before: 3f215d2 (cards rebuilt per year group); after: cards keyed by
// event (issue 11); charts: with the visual timeline above the list (issue 13).
const LABEL_ORDER = ['before', 'after', 'charts'];
const ms = (s) => (s == null ? '—' : s.reported ? `${Math.round(s.latency)}` : `≤${THRESHOLD_MS}`);
const TARGETS = [
  { size: 'real', name: 'the real data', limit: 50 },
  { size: '10000', name: '10,000 events', limit: 100 },
  { size: '100000', name: '100,000 events', limit: 200 },
];

function table(data) {
  const { meta } = data;
  const lines = [];
  const commit = meta.commit ? ` at ${meta.commit.slice(0, 12)}${meta.dirty ? ' (with uncommitted changes)' : ''}` : '';
  lines.push(`### ${meta.label}`, '');
  lines.push(`${meta.dist}${commit}; run ${meta.date.slice(0, 10)} on ${meta.machine.cpus} cores, ${(meta.machine.memoryBytes / 2 ** 30).toFixed(0)} GiB; Chromium ${meta.browser}; ${meta.runs} run${meta.runs === 1 ? '' : 's'} per row, pooled.`, '');
  lines.push('| events | CPU | keystroke p50 | p75 | p98 | max | facet toggle p50 | p98 | max | interactions measured |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of data.results) {
    if (r.error) {
      lines.push(`| ${r.size} | ${r.cpu}× | failed: ${r.error.replace(/\|/g, '/')} | | | | | | | |`);
      continue;
    }
    const k = r.summary.keystrokes;
    const f = r.summary.facets;
    const all = r.summary.all;
    const events = r.events == null ? r.size : r.events.toLocaleString('en');
    lines.push(`| ${events} | ${r.cpu}× | ${ms(k.p50)} | ${ms(k.p75)} | ${ms(k.p98)} | ${ms(k.max)} | ${ms(f.p50)} | ${ms(f.p98)} | ${ms(f.max)} | ${all.n} (${all.unreported} ≤${THRESHOLD_MS}) |`);
  }
  return lines;
}

export function report(sets) {
  const lines = ['## Interaction latency (Event Timing)', ''];
  lines.push(
    `The latency the browser reports for each interaction (its Event Timing entries, the basis of INP: from the input until the next frame is painted), on a 390×844 phone viewport with real keyboard and mouse input through Playwright.`,
    `In /timeline the search box gets "${WORDS}" typed and then deleted, one key every ${KEY_GAP_MS} ms; then, in the open filter panel, three facets (two topics and a type) are toggled on and off again, ${TOGGLE_GAP_MS} ms apart.`,
    `The CPU is slowed down through the DevTools protocol (\`Emulation.setCPUThrottlingRate\`) after the page and its dataset have loaded; bigger datasets reach the built site through its deploy-time dataset update, without a rebuild. Each run is a fresh browser context; the runs of a row are pooled, and percentiles are nearest-rank.`,
    `The browser reports no interaction quicker than ${THRESHOLD_MS} ms and rounds durations to 8 ms: an interaction without an entry counts as ${THRESHOLD_MS} ms, shown "≤${THRESHOLD_MS}"; numbers are in ms.`,
    '',
  );
  for (const data of sets) lines.push(...table(data), '');
  const basis = sets.find((d) => d.meta.label === 'charts') ?? sets.find((d) => d.meta.label === 'after') ?? sets.find((d) => d.meta.label === 'before') ?? sets.at(-1);
  lines.push('### Targets', '');
  if (!basis) lines.push('No measurements yet.');
  else {
    lines.push(`p98 at 4× CPU, from the "${basis.meta.label}" measurements:`, '');
    for (const t of TARGETS) {
      const row = basis.results.find((r) => r.size === t.size && r.cpu === 4);
      for (const [kind, name] of [['keystrokes', 'Keystroke'], ['facets', 'Facet toggle']]) {
        const p98 = row?.summary?.[kind].p98;
        const verdict = p98 == null ? 'not measured' : `${ms(p98)} ms — ${p98.latency <= t.limit ? 'met' : 'not met'}`;
        lines.push(`- ${name} p98 ≤ ${t.limit} ms with ${t.name}: ${verdict}.`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export function writeReport() {
  const labels = readdirSync(RESULTS)
    .map((f) => f.match(/^interaction-(.+)\.json$/)?.[1])
    .filter(Boolean)
    .sort((a, b) => {
      const rank = (l) => (LABEL_ORDER.includes(l) ? LABEL_ORDER.indexOf(l) : LABEL_ORDER.length);
      return rank(a) - rank(b) || a.localeCompare(b);
    });
  const sets = labels.map((l) => JSON.parse(readFileSync(join(RESULTS, `interaction-${l}.json`), 'utf8')));
  const full = report(sets);
  writeFileSync(join(RESULTS, 'interaction.md'), full);
  // The same section in the benchmark's main report, and its summary in the README.
  splice(join(RESULTS, 'latest.md'), 'interaction', full);
  splice(join(REPO, 'README.md'), 'interaction', summary(sets));
  return labels;
}


/** p98 before, after and with the charts, per size and CPU: the README's table. */
function summary(sets) {
  const before = sets.find((d) => d.meta.label === 'before');
  const after = sets.find((d) => d.meta.label === 'after');
  const charts = sets.find((d) => d.meta.label === 'charts');
  if (!after) return 'No interaction measurements yet: `make bench` writes them.';
  const p98 = (data, size, cpu, kind) => {
    const row = data?.results.find((r) => r.size === size && r.cpu === cpu);
    if (row?.error) return 'failed';
    return row ? ms(row.summary[kind].p98) : '—';
  };
  const steps = (size, cpu, kind) =>
    [before, after, ...(charts ? [charts] : [])].map((d) => p98(d, size, cpu, kind)).join(' → ');
  const head = charts ? 'before → after → with charts' : 'before → after';
  const lines = [
    `| events | CPU | keystroke p98, ${head} | facet toggle p98, ${head} |`,
    '| --- | --- | --- | --- |',
  ];
  for (const r of after.results) {
    const events = r.events == null ? Number(r.size).toLocaleString('en') : r.events.toLocaleString('en');
    lines.push(`| ${events} | ${r.cpu}× | ${steps(r.size, r.cpu, 'keystrokes')} ms | ${steps(r.size, r.cpu, 'facets')} ms |`);
  }
  const withCharts = charts ? `, "with charts" ${charts.meta.commit?.slice(0, 7) ?? '—'}` : '';
  lines.push('', `(Event Timing, 390 px phone viewport; "before" is ${before?.meta.commit?.slice(0, 7) ?? '—'}, "after" ${after.meta.commit?.slice(0, 7) ?? '—'}${withCharts}; ${after.meta.runs} runs a row; — not measured; details in \`bench/results/latest.md\`.)`);
  return lines.join('\n');
}

// --- Main ------------------------------------------------------------------------------------
// The commit of the work tree the dist was built in, when the dist lies in
// one (a "before" dist is built in a worktree of an older commit); else the
// current directory's. `--commit` overrides both.
function gitFacts(dist) {
  const git = (dir, ...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  for (const dir of [dist, '.']) {
    try {
      const commit = git(dir, 'rev-parse', 'HEAD');
      return { commit, dirty: git(dir, 'status', '--porcelain', '--untracked-files=no') !== '' };
    } catch {
      // Not in a git work tree: try the next place.
    }
  }
  return { commit: null, dirty: null };
}

async function main(args) {
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : fallback;
  };
  mkdirSync(RESULTS, { recursive: true });
  if (args.includes('--report-only')) {
    log(`wrote bench/results/interaction.md from: ${writeReport().join(', ') || 'nothing'}`);
    return;
  }
  const dist = option('dist');
  const label = option('label');
  if (!dist || !label) throw new Error('usage: node bench/interaction.mjs --dist DIR --label before|after [--sizes real,1000,10000,100000] [--cpu 1,4] [--runs 3] [--commit SHA]');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no index.html in ${dist}`);
  const sizes = option('sizes', 'real,1000,10000,100000').split(',');
  const cpus = option('cpu', '1,4').split(',').map(Number);
  const runs = Number(option('runs', '3'));
  const git = option('commit') ? { commit: option('commit'), dirty: null } : gitFacts(dist);

  // `--built 100000=DIR` (repeatable): a size served from a site built with
  // that many events (EXPLORER_SYNTHETIC_EVENTS), for sizes whose JSON
  // document is too large to hand the page at run time.
  const built = Object.fromEntries(
    args.flatMap((a, i) => (a === '--built' ? [args[i + 1].split('=')] : [])),
  );
  const files = Object.fromEntries(sizes.filter((s) => s !== 'real' && !built[s]).map((s) => [s, dataset(s)]));
  const out = join(RESULTS, `interaction-${label}.json`);
  // `--merge` keeps the rows of other sizes already measured under this label.
  const kept = args.includes('--merge') && existsSync(out)
    ? JSON.parse(readFileSync(out, 'utf8')).results.filter((r) => !sizes.includes(r.size))
    : [];
  const browser = await chromium.launch(LAUNCH);
  const meta = {
    label,
    dist: resolve(dist),
    built: Object.fromEntries(Object.entries(built).map(([size, dir]) => [size, resolve(dir)])),
    ...git,
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryBytes: os.totalmem(), platform: `${os.type()} ${os.release()}` },
    browser: browser.version(),
    runs,
    method: { viewport: '390x844', words: WORDS, keyGapMs: KEY_GAP_MS, toggleGapMs: TOGGLE_GAP_MS, durationThresholdMs: THRESHOLD_MS },
  };
  const results = [...kept];
  // Written after every row, so a crash at one size keeps the others.
  const save = () => {
    const order = (r) => [...sizes, ...kept.map((k) => k.size)].indexOf(r.size);
    results.sort((a, b) => order(a) - order(b) || a.cpu - b.cpu);
    writeFileSync(out, `${JSON.stringify({ meta, results }, null, 1)}\n`);
  };
  try {
    for (const size of sizes) {
      const server = await startServer({ root: built[size] ?? dist, fallback: true });
      try {
        for (const cpu of cpus) {
          const done = [];
          try {
            for (let run = 0; run < runs; run += 1) {
              log(`${size} events, ${cpu}× CPU: run ${run + 1} of ${runs}`);
              done.push(await measureInteractions(browser, server, { datasetFile: files[size] ?? null, cpu }));
            }
          } catch (err) {
            log(`  failed: ${err.message.split('\n')[0]}`);
            results.push({ size, cpu, error: err.message.split('\n')[0] });
            save();
            continue;
          }
          const keystrokes = done.flatMap((r) => r.keystrokes);
          const facets = done.flatMap((r) => r.facets);
          const summary = { keystrokes: stats(keystrokes), facets: stats(facets), all: stats([...keystrokes, ...facets]) };
          const show = (x) => `p50 ${ms(x.p50)}, p98 ${ms(x.p98)}, max ${ms(x.max)} (${x.n} interactions, ${x.unreported} without an entry)`;
          log(`  keystrokes: ${show(summary.keystrokes)}`);
          log(`  facet toggles: ${show(summary.facets)}`);
          results.push({ size, events: done[0].events, cpu, summary, runs: done });
          save();
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  log(`wrote ${out}; bench/results/interaction.md from: ${writeReport().join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
