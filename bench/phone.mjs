// The benchmark's phone profile: how the explorer's first visit to /timeline
// fares on a mid-range phone on a slow mobile network, beside TimelineJS 3
// showing the same events and beside a "floor": the explorer's own rendered
// /timeline saved as plain HTML with no script, the fastest this page could be.
// (About 680 lines: three contenders, each measured the same way, and the
// report written from one JSON file; it runs only when asked, not in make test.)
//
//   node bench/phone.mjs [--dist bench/dist/real] [--runs 5] [--no-lighthouse] [--lighthouse-runs 3]
//                        [--before bench/dist/before --before-label 86f64d7 --after-label 1a2b3c4]
//   node bench/phone.mjs --report-only     # rewrite the Markdown from bench/results/phone.json
//
// How:
// - Every file is served brotli-compressed (quality 11), as a static host
//   would, by the benchmark's own server (tests/support/static-server.mjs with
//   `compress`).
// - Every page load is a fresh browser context (empty cache, service worker
//   blocked: the page alone) on a 390×844 touch screen at 3× pixel density
//   with a phone browser's user agent, with the network slowed to 150 ms latency, 1.6 Mbit/s down and 750 kbit/s
//   up and the CPU slowed 4× through the DevTools protocol, before navigating.
// - Observers installed before the page's own scripts record, from navigation
//   start: first contentful paint; largest contentful paint; when the first
//   event is rendered (an `article.card`, or TimelineJS's first headline);
//   the long tasks until the page is quiet (total blocking time); the bytes
//   received. A second load of the explorer types "cyber" into the search box
//   as soon as it exists and records when the list first shows results.
// - Each page is loaded --runs times (the pages take turns); the report
//   gives medians.
// - Lighthouse 12 (its mobile defaults: simulated throttling) scores the
//   explorer's /, /timeline and first event page, 3 runs a page by default,
//   reporting the run with the median performance score.
// Writes every sample to bench/results/phone.json and a section between
// `<!-- phone:start -->` and `<!-- phone:end -->` in bench/results/latest.md
// and README.md. A benchmark, not a test: numbers vary with the machine's load.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer } from '../tests/support/static-server.mjs';
import { TIMELINE_HEADLINE, timelinePage } from './peers.mjs';
import { splice } from './markdown.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(REPO, 'bench/results');
const FLOOR = join(REPO, 'bench/dist/floor');
const CHROMIUM = '/usr/bin/chromium';
const LAUNCH = {
  executablePath: CHROMIUM,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run',
  ],
};

// --- The phone ----------------------------------------------------------------------
const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};
// DevTools' network emulation takes bytes per second.
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;

// --- What is measured -----------------------------------------------------------------
const CARD = 'article.card';
const CHRONOLOGY_CARDS = '.chronology article.card';
const SEARCH_BOX = '#f-q';
const QUERY = 'cyber';
// The filter ticked as soon as it exists: a topic, in the filters' panel
// (folded on a phone: its summary is tapped open first).
const FILTER_TOPIC = 'maritime-security';
const FILTER_BOX = `#f-topic-${FILTER_TOPIC}`;
const FILTERS_SUMMARY = 'details.facets > summary';
// The page is quiet this long after it is ready and after its last long task.
const QUIET_MS = 3_000;
// …but no load is followed for longer than this from navigation start.
const CAP_MS = 20_000;
const SEARCH_TIMEOUT_MS = 30_000;
const LONG_TASK_MS = 50;
const LIGHTHOUSE_CLI = join(REPO, 'node_modules/lighthouse/cli/index.js');
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const log = (...parts) => console.log('phone:', ...parts);
const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const version = (pkg) => JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')).version;

// --- In the page ------------------------------------------------------------------------
// Installed with addInitScript, so it runs before any of the page's scripts
// and the buffered observers see every entry from navigation start.
const OBSERVE = ({ target }) => {
  const s = { fcp: null, lcp: [], longTasks: [], firstInput: null, appReady: null, firstEvent: null, search: null };
  window.__phone = s;
  const describe = (el) => (el ? `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}` : null);
  const observe = (type, keep) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(keep)).observe({ type, buffered: true });
    } catch {
      // An entry type this browser lacks: that measurement stays empty.
    }
  };
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') s.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (e) => s.lcp.push({ at: e.startTime, size: e.size, element: describe(e.element) }));
  observe('longtask', (e) => s.longTasks.push({ start: e.startTime, duration: e.duration }));
  // The browser stops reporting LCP candidates at the first input.
  for (const type of ['keydown', 'pointerdown', 'mousedown', 'touchstart']) {
    addEventListener(type, (e) => { s.firstInput ??= e.timeStamp; }, { capture: true, passive: true });
  }
  // The app marks the document once it has taken the page over (the class
  // `app`, src/browser/takeover.rs): that is when the app is ready.
  new MutationObserver(() => {
    if (document.documentElement?.classList.contains('app')) s.appReady ??= performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  // The first event rendered: checked in the animation frame after a DOM
  // change (just before the frame that paints it), and again each frame while
  // one is in the document but not laid out yet. "Rendered" is judged as
  // bench/run.mjs judges TimelineJS's headline: in the layout, with a height.
  // It may lie below the fold: on this screen the explorer's first card starts
  // below the search box and filters.
  let pending = false;
  const check = () => {
    pending = false;
    if (s.firstEvent) return;
    const rendered = [...document.querySelectorAll(target)].find((el) => el.offsetParent !== null && el.getBoundingClientRect().height > 0);
    if (rendered) {
      const box = rendered.getBoundingClientRect();
      s.firstEvent = { at: performance.now(), inViewport: box.top < innerHeight && box.bottom > 0 };
      watcher.disconnect();
    } else if (document.querySelector(target) && performance.now() < 30_000) {
      schedule();
    }
  };
  const schedule = () => {
    if (!pending) {
      pending = true;
      requestAnimationFrame(check);
    }
  };
  const watcher = new MutationObserver(schedule);
  watcher.observe(document, { childList: true, subtree: true });
  schedule();
};

// The page is quiet once it has been ready for QUIET_MS and QUIET_MS have
// passed since the load event and since its last long task; or at CAP_MS.
// Returns the time (from navigation start) when that was seen, else false.
const QUIET = ({ ready, quietMs, capMs }) => {
  const s = window.__phone;
  const now = performance.now();
  if (now >= capMs) return now;
  const nav = performance.getEntriesByType('navigation')[0];
  if (!s || !nav || !nav.loadEventEnd) return false;
  const lastBusy = Math.max(nav.loadEventEnd, ...s.longTasks.map((t) => t.start + t.duration));
  const readyAt = { app: s.appReady, 'first-event': s.firstEvent?.at ?? null, load: nav.loadEventEnd }[ready];
  return readyAt != null && now - readyAt >= quietMs && now - lastBusy >= quietMs ? now : false;
};

// Installed just before typing. Records when the chronology first stops
// showing the unsearched list: the cards shown are then no longer the first
// cards of the unsearched chronology (`order`). A list still filling in, a
// few cards a frame, shows such a prefix, so a changing count alone would
// mistake the filling for an answer. Shown means laid out: a card hidden
// (the early search hides the prerendered cards that do not match) is not.
// Also records the bytes received until then (resource timing: every
// response finished by then, headers included).
const WATCH_SEARCH = ({ order, selector }) => {
  const s = window.__phone;
  const shown = () => [...document.querySelectorAll(selector)]
    .filter((card) => card.offsetParent !== null)
    .map((card) => card.dataset.event ?? card.textContent);
  const bytesUntil = (at) => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
    .filter((entry) => entry.responseEnd > 0 && entry.responseEnd <= at)
    .reduce((sum, entry) => sum + entry.transferSize, 0);
  const unsearched = (ids) => ids.every((id, i) => id === order[i]);
  const before = shown();
  s.search = { typedAt: performance.now(), before: before.length, beforeUnsearched: unsearched(before), respondedAt: null, shown: null };
  const look = () => {
    if (s.search.respondedAt != null) return;
    const ids = shown();
    // Should the list before typing not be the unsearched chronology at
    // all (the floor's copy and the page disagree), a changed count has to do.
    if (s.search.beforeUnsearched ? !unsearched(ids) : ids.length !== before.length) {
      s.search.respondedAt = performance.now();
      s.search.shown = ids.length;
      s.search.bytes = bytesUntil(s.search.respondedAt);
      watcher.disconnect();
    }
  };
  const watcher = new MutationObserver(look);
  watcher.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'class'] });
  return s.search;
};

// --- One page load on the phone -------------------------------------------------------
/** A fresh context and page with the phone's screen, network and CPU (unless `throttle` is false). */
async function phonePage(browser, { throttle = true } = {}) {
  const context = await browser.newContext({
    ...PHONE,
    // A phone's browser says so: pages that adapt by user agent (TimelineJS
    // does) then take their phone layout, as Lighthouse's mobile run also has them do.
    userAgent: `Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version().split('.')[0]}.0.0.0 Mobile Safari/537.36`,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // Bytes received, as the network reports them (compressed, with headers),
  // until the caller stops counting.
  const wire = { bytes: 0, requests: 0, counting: true };
  cdp.on('Network.loadingFinished', (e) => {
    if (wire.counting) {
      wire.bytes += e.encodedDataLength;
      wire.requests += 1;
    }
  });
  await cdp.send('Network.enable');
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { context, page, wire, errors };
}

/**
 * Loads `url` on the phone and follows it until it is quiet. `target` is the
 * selector of an event on the page; `ready` says when the page counts as
 * ready ('app': the explorer's module has started; 'first-event'; 'load').
 */
async function measureLoad(browser, url, { target, ready }) {
  const { context, page, wire, errors } = await phonePage(browser);
  try {
    await page.addInitScript(OBSERVE, { target });
    await page.goto(url, { waitUntil: 'commit' });
    const quietAt = await (await page.waitForFunction(QUIET, { ready, quietMs: QUIET_MS, capMs: CAP_MS }, {
      polling: 250, timeout: CAP_MS + 30_000,
    })).jsonValue();
    wire.counting = false;
    const s = await page.evaluate(() => window.__phone);
    const beforeInput = s.lcp.filter((e) => s.firstInput == null || e.at < s.firstInput);
    const longTasks = s.longTasks.filter((t) => t.start < quietAt);
    return {
      fcp: s.fcp,
      lcp: beforeInput.at(-1)?.at ?? null,
      lcpElement: beforeInput.at(-1)?.element ?? null,
      // Nothing is visible before the first contentful paint.
      firstEvent: s.firstEvent ? Math.max(s.fcp ?? 0, s.firstEvent.at) : null,
      firstEventInViewport: s.firstEvent?.inViewport ?? null,
      tbt: longTasks.reduce((sum, t) => sum + Math.max(0, t.duration - LONG_TASK_MS), 0),
      longTasks: longTasks.length,
      longestTask: longTasks.reduce((max, t) => Math.max(max, t.duration), 0),
      appReady: s.appReady,
      quietAt,
      bytes: wire.bytes,
      requests: wire.requests,
      consoleErrors: errors,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Loads the explorer's /timeline on the phone and, as soon as the control
 * exists, even before the app has started, either types QUERY into the
 * search box (`action` 'search') or ticks the topic FILTER_TOPIC, tapping
 * the folded filters open first ('filter'). Returns when, from navigation
 * start, the list first showed results, or null after 30 s.
 */
async function measureSearch(browser, url, order, action = 'search') {
  const { context, page, errors } = await phonePage(browser);
  try {
    await page.addInitScript(OBSERVE, { target: CARD });
    await page.goto(url, { waitUntil: 'commit' });
    const control = page.locator(action === 'search' ? SEARCH_BOX : FILTER_BOX);
    const appeared = await control.waitFor({ state: 'attached', timeout: SEARCH_TIMEOUT_MS }).then(() => true, () => false);
    if (!appeared) return { respondedAt: null, problem: `no control within ${SEARCH_TIMEOUT_MS / 1000} s`, consoleErrors: errors };
    if (action === 'filter') {
      const summary = page.locator(FILTERS_SUMMARY).first();
      if (!(await summary.evaluate((el) => el.parentElement.open))) await summary.click();
    }
    const start = await page.evaluate(WATCH_SEARCH, { order, selector: CHRONOLOGY_CARDS });
    if (action === 'search') await control.pressSequentially(QUERY);
    else await page.locator(`label[for="${FILTER_BOX.slice(1)}"]`).click();
    const typedUntil = await page.evaluate(() => performance.now());
    const respondedAt = await page
      .waitForFunction(() => window.__phone.search.respondedAt, null, { polling: 100, timeout: SEARCH_TIMEOUT_MS })
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    // What the page shows once it has settled: the box should still hold
    // the query and the list its results.
    await page.waitForTimeout(1_000);
    const after = await page.evaluate(({ box, filter, cards }) => ({
      value: document.querySelector(box)?.value ?? null,
      ticked: document.querySelector(filter)?.checked ?? null,
      cards: [...document.querySelectorAll(cards)].filter((card) => card.offsetParent !== null).length,
      url: location.pathname + location.search,
    }), { box: SEARCH_BOX, filter: FILTER_BOX, cards: CHRONOLOGY_CARDS });
    const s = await page.evaluate(() => window.__phone);
    return {
      respondedAt,
      typedAt: start.typedAt,
      typedUntil,
      appReady: s.appReady,
      cardsBefore: start.before,
      listWasUnsearched: start.beforeUnsearched,
      cardsShownAtResponse: s.search.shown,
      bytesAtResponse: s.search.bytes ?? null,
      after,
      consoleErrors: errors,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

// --- The floor ---------------------------------------------------------------------------
/**
 * Makes the floor: the explorer's /timeline as the app renders it, saved as
 * plain HTML without scripts or preloads of them, in a copy of the dist (for
 * its CSS, icons and manifest). Returns the order of the cards it shows, the
 * unsearched chronology that the search measurement compares with.
 */
async function makeFloor(browser, server, dist) {
  const { context, page } = await phonePage(browser, { throttle: false });
  try {
    await page.goto(`${server.url}timeline`, { waitUntil: 'load' });
    await page.waitForSelector(CARD, { timeout: 60_000 });
    // The app adds cards a few at a time: wait until the list stops growing.
    let [last, same] = [-1, 0];
    while (same < 4) {
      await page.waitForTimeout(250);
      const count = await page.locator(CHRONOLOGY_CARDS).count();
      same = count === last ? same + 1 : 0;
      last = count;
    }
    await page.waitForLoadState('networkidle');
    const { html, order } = await page.evaluate((selector) => {
      const root = document.documentElement.cloneNode(true);
      for (const el of root.querySelectorAll('script, link[rel=modulepreload], link[rel=preload]')) el.remove();
      return {
        html: `<!DOCTYPE html>\n${root.outerHTML}\n`,
        order: [...document.querySelectorAll(selector)].map((card) => card.dataset.event ?? card.textContent),
      };
    }, CHRONOLOGY_CARDS);
    rmSync(FLOOR, { recursive: true, force: true });
    cpSync(dist, FLOOR, { recursive: true });
    rmSync(join(FLOOR, 'sw.js'), { force: true });
    mkdirSync(join(FLOOR, 'timeline'), { recursive: true });
    writeFileSync(join(FLOOR, 'timeline/index.html'), html);
    return order;
  } finally {
    await context.close().catch(() => {});
  }
}

/** One unthrottled load, so that the server has compressed every file before the timed loads. */
async function warm(browser, url) {
  const { context, page } = await phonePage(browser, { throttle: false });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close().catch(() => {});
  }
}

// --- Lighthouse ----------------------------------------------------------------------------
/** Runs a command without blocking this process (which is serving the pages). */
function run(command, args, env) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`))));
  });
}

/** One Lighthouse run (mobile, simulated throttling: its defaults) of `url`, summarised. */
async function lighthouse(url, scratch) {
  const out = join(scratch, `lighthouse-${Date.now()}.json`);
  await run(process.execPath, [
    LIGHTHOUSE_CLI, url, '--output=json', `--output-path=${out}`, '--quiet',
    `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ], { ...process.env, CHROME_PATH: CHROMIUM });
  const lhr = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  // What keeps a category below 100: its weighted audits that did not pass.
  const failed = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((id) => [id, (lhr.categories[id]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score != null && lhr.audits[ref.id].score < 1)
    .map((ref) => ref.id)]));
  return {
    scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((id) => [id, score(id)])),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    fcp: metric('first-contentful-paint'),
    cls: metric('cumulative-layout-shift'),
    speedIndex: metric('speed-index'),
    failed,
    warnings: lhr.runWarnings ?? [],
  };
}

/** The run with the median performance score, as Lighthouse's own docs advise for several runs. */
function medianRun(runs) {
  const ok = runs.filter((r) => !r.error).sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  return ok.length ? ok[Math.floor((ok.length - 1) / 2)] : null;
}

// --- Report --------------------------------------------------------------------------------
const ms = (x) => (x == null ? '—' : `${Math.round(x).toLocaleString('en')} ms`);
const kb = (bytes) => (bytes == null ? '—' : `${(bytes / 1000).toFixed(1)} kB`);
const verdict = (ok) => (ok == null ? 'not measured' : ok ? 'met' : 'not met');

/** Medians of every number over a page's loads. */
function medians(samples) {
  const of = (key) => median(samples.map((s) => s[key]));
  return {
    fcp: of('fcp'), lcp: of('lcp'), firstEvent: of('firstEvent'), tbt: of('tbt'), bytes: of('bytes'), longestTask: of('longestTask'),
    consoleErrors: samples.reduce((n, s) => n + s.consoleErrors.length, 0),
  };
}

function searchCell(search) {
  if (!search?.length) return '—';
  const answered = search.filter((s) => s.respondedAt != null);
  if (answered.length < search.length / 2) return `did not respond (${search.length - answered.length} of ${search.length} loads)`;
  const late = search.length - answered.length;
  return `${ms(median(search.map((s) => s.respondedAt ?? Infinity)))}${late ? ` (${late} of ${search.length} did not respond)` : ''}`;
}

/** Median bytes received until the list first responded. */
function bytesCell(search) {
  const bytes = (search ?? []).map((s) => s.bytesAtResponse).filter((b) => b != null);
  return bytes.length ? kb(median(bytes)) : '—';
}

function sections(data) {
  const { meta } = data;
  const explorer = medians(data.pages.explorer.loads);
  const before = data.pages.before ? medians(data.pages.before.loads) : null;
  const timeline = medians(data.pages.timelinejs.loads);
  const floor = medians(data.pages.floor.loads);
  const rows = [
    ...(before ? [[`explorer \`/timeline\`, before (${meta.before?.label ?? 'earlier build'})`, before, data.pages.before]] : []),
    [`explorer \`/timeline\`${before ? `, after (${meta.after?.label ?? 'this build'})` : ''}`, explorer, data.pages.explorer],
    [`TimelineJS ${meta.timelinejs} (same events)`, timeline, null],
    ['plain-HTML floor', floor, null],
  ];
  const table = [
    '| page | first contentful paint | largest contentful paint | first event visible | total blocking time | longest task | search first responds | filter first responds | bytes until search responds | bytes on the wire (brotli) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(([name, m, page]) => `| ${name} | ${ms(m.fcp)} | ${ms(m.lcp)} | ${ms(m.firstEvent)} | ${ms(m.tbt)} | ${ms(m.longestTask)} | ${page ? searchCell(page.search) : 'n/a'} | ${page ? searchCell(page.filter) : 'n/a'} | ${page ? bytesCell(page.search) : 'n/a'} | ${kb(m.bytes)} |`),
  ];

  const lh = data.lighthouse ?? [];
  const lhTable = lh.length
    ? [
      `Lighthouse ${meta.lighthouse.version}, mobile (its defaults: simulated slow 4G and 4× CPU), ${meta.lighthouse.runs === 1 ? 'one run per page' : `the run with the median performance score of ${meta.lighthouse.runs} per page`}:`,
      '',
      '| page | performance | accessibility | best practices | SEO | LCP | TBT | FCP | CLS |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...lh.map((p) => {
        const r = p.result;
        if (!r) return `| \`${p.path}\` | failed: ${(p.runs.find((x) => x.error)?.error ?? '').replace(/\|/g, '/')} | | | | | | | |`;
        const s = r.scores;
        return `| \`${p.path}\` | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} | ${ms(r.lcp)} | ${ms(r.tbt)} | ${ms(r.fcp)} | ${r.cls == null ? '—' : r.cls.toFixed(3)} |`;
      }),
    ]
    : ['Lighthouse: not run (`--no-lighthouse`).'];
  const misses = lh.filter((p) => p.result).flatMap((p) => Object.entries(p.result.failed)
    .filter(([id, audits]) => id !== 'performance' && audits.length)
    .map(([id, audits]) => `\`${p.path}\` ${id}: ${audits.join(', ')}`));
  if (misses.length) lhTable.push('', `Audits that failed outside performance: ${misses.join('; ')}.`);

  const within = (value, limit) => (value == null || limit == null ? null : value <= limit);
  const lhOk = lh.length && lh.every((p) => p.result)
    ? lh.every((p) => p.result.scores.performance >= 98 && ['accessibility', 'best-practices', 'seo'].every((id) => p.result.scores[id] === 100))
    : null;
  const lhNumbers = lh.map((p) => (p.result ? `\`${p.path}\` ${LIGHTHOUSE_CATEGORIES.map((id) => p.result.scores[id]).join(' / ')}` : `\`${p.path}\` failed`)).join('; ');
  const targets = [
    `- First contentful paint ≤ 1.2× the floor's (${ms(floor.fcp == null ? null : 1.2 * floor.fcp)}): ${ms(explorer.fcp)} — ${verdict(within(explorer.fcp, floor.fcp && 1.2 * floor.fcp))}.`,
    `- Largest contentful paint ≤ 1.2× the floor's (${ms(floor.lcp == null ? null : 1.2 * floor.lcp)}): ${ms(explorer.lcp)} — ${verdict(within(explorer.lcp, floor.lcp && 1.2 * floor.lcp))}.`,
    `- First event visible ≤ 0.5× TimelineJS's (${ms(timeline.firstEvent == null ? null : 0.5 * timeline.firstEvent)}): ${ms(explorer.firstEvent)} — ${verdict(within(explorer.firstEvent, timeline.firstEvent && 0.5 * timeline.firstEvent))}.`,
    `- Total blocking time ≤ 100 ms: ${ms(explorer.tbt)} — ${verdict(within(explorer.tbt, 100))}; no long task over 200 ms: longest ${ms(explorer.longestTask)} (median) — ${verdict(within(explorer.longestTask, 200))}.`,
    `- A search typed as soon as the box appears responds within 1,500 ms: ${searchCell(data.pages.explorer.search)} — ${verdict(within(median((data.pages.explorer.search ?? []).map((x) => x.respondedAt ?? Infinity)), 1500))}; a topic ticked likewise: ${searchCell(data.pages.explorer.filter)} — ${verdict(data.pages.explorer.filter?.length ? within(median(data.pages.explorer.filter.map((x) => x.respondedAt ?? Infinity)), 1500) : null)}.`,
    `- Bytes on the wire until the first search response ≤ 150 kB: ${bytesCell(data.pages.explorer.search)} — ${verdict(data.pages.explorer.search?.some((x) => x.bytesAtResponse != null) ? median(data.pages.explorer.search.map((x) => x.bytesAtResponse).filter((b) => b != null)) <= 150_000 : null)}.`,
    `- Lighthouse performance ≥ 98 and accessibility, best practices and SEO 100 on every page measured (performance / accessibility / best practices / SEO: ${lh.length ? lhNumbers : 'not run'}) — ${verdict(lhOk)}.`,
  ];

  const searches = [...(data.pages.explorer.search ?? []), ...(data.pages.explorer.filter ?? [])];
  const notes = [];
  const errors = [...data.pages.explorer.loads, ...searches].flatMap((s) => s.consoleErrors);
  notes.push(`Console errors on the explorer: ${errors.length} in ${data.pages.explorer.loads.length + searches.length} loads${errors.length ? ` (${[...new Set(errors)].slice(0, 3).map((e) => `"${e.slice(0, 120)}"`).join('; ')})` : ''}.`);
  const typed = data.pages.explorer.search ?? [];
  const lost = typed.filter((s) => s.after && s.after.value !== QUERY);
  if (lost.length) notes.push(`After typing "${QUERY}", the search box held ${[...new Set(lost.map((s) => JSON.stringify(s.after.value)))].join(', ')} in ${lost.length} of ${typed.length} loads.`);
  const unticked = (data.pages.explorer.filter ?? []).filter((s) => s.after && s.after.ticked !== true);
  if (unticked.length) notes.push(`After ticking the topic, the box was not ticked in ${unticked.length} of ${data.pages.explorer.filter.length} loads.`);
  const below = data.pages.explorer.loads.filter((s) => s.firstEventInViewport === false).length;
  if (below) notes.push(`The explorer's first card was rendered below the fold of the 844 px screen in ${below} of ${data.pages.explorer.loads.length} loads (counted when rendered; it is seen on scrolling).`);

  const conditions = (more = '') => `(${meta.date}; ${meta.machine.cpus} cores, ${(meta.machine.memoryBytes / 2 ** 30).toFixed(0)} GiB; Chromium ${meta.browser}; ${meta.runs} run${meta.runs === 1 ? '' : 's'} per page, medians; ${lh.length ? `Lighthouse ${meta.lighthouse.version}, ${meta.lighthouse.runs} run${meta.lighthouse.runs === 1 ? '' : 's'} per page` : 'no Lighthouse'}${more})`;
  return { table, lhTable, targets, notes, conditions };
}

function fullReport(data) {
  const { table, lhTable, targets, notes, conditions } = sections(data);
  return [
    '## Phone profile', '',
    'A first visit on a mid-range phone on a slow mobile network: a 390×844 touch screen at 3× pixel density with a phone browser\'s user agent, the network slowed to 150 ms latency, 1.6 Mbit/s down and 750 kbit/s up, and the CPU slowed 4× (DevTools protocol), every load in a fresh browser context with an empty cache and the service worker blocked. Every file is served brotli-compressed (quality 11), as a static host would.',
    'Three pages: the explorer\'s `/timeline`; TimelineJS 3 showing the same events (with a phone viewport tag); and the floor, the explorer\'s own `/timeline` as the app renders it, saved as plain HTML with no script, served the same way.',
    `Times are from navigation start. First contentful paint and largest contentful paint are the browser's entries. First event visible: the first \`${CARD}\` (TimelineJS: its first headline) laid out with a height, timed at the animation frame after it appears and no earlier than the first contentful paint. Total blocking time: the sum of each long task's time over ${LONG_TASK_MS} ms, until the page is quiet (${QUIET_MS / 1000} s after it is ready, for the explorer when its WebAssembly module has started, and ${QUIET_MS / 1000} s after the load event and the last long task; at most ${CAP_MS / 1000} s). Bytes on the wire: what the network received until then, headers included.`,
    `Search first responds: in a second load of the explorer per run, "${QUERY}" is typed into the search box as soon as the box is in the document; the time is when the list first stops showing the unsearched chronology (or the part of it rendered so far; a card counts as shown when it is laid out). A separate load, because input ends the browser's largest-contentful-paint reporting and adds work to the start-up being measured. It is given ${SEARCH_TIMEOUT_MS / 1000} s. Filter first responds: in a third load, the topic "${FILTER_TOPIC}" is ticked as soon as its box is in the document (the folded filters are tapped open first), timed the same way. Bytes until search responds: every response finished by then (resource timing's transfer sizes, headers included). Longest task: the median over the loads of each load's longest task.`,
    '',
    ...table, '', ...notes, '',
    ...lhTable, '',
    '### Targets', '', ...targets, '',
    conditions(),
  ].join('\n');
}

function readmeSection(data) {
  const { table, lhTable, targets, notes, conditions } = sections(data);
  return [...table, '', ...notes, '', ...lhTable, '', '**Targets**', '', ...targets, '', conditions('; how each number is measured: `bench/results/latest.md`')].join('\n');
}


function writeReport(data) {
  splice(join(RESULTS, 'latest.md'), 'phone', fullReport(data));
  splice(join(REPO, 'README.md'), 'phone', readmeSection(data));
}

// --- Main ------------------------------------------------------------------------------------
async function main(args) {
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 ? args[at + 1] : fallback;
  };
  const json = join(RESULTS, 'phone.json');
  if (args.includes('--report-only')) {
    writeReport(JSON.parse(readFileSync(json, 'utf8')));
    log('rewrote the phone section of bench/results/latest.md and README.md from bench/results/phone.json');
    return;
  }
  const dist = resolve(option('dist', 'bench/dist/real'));
  // TimelineJS is copied from node_modules, by a path from the repository.
  process.chdir(REPO);
  const runs = Number(option('runs', '5'));
  const lighthouseRuns = args.includes('--no-lighthouse') ? 0 : Number(option('lighthouse-runs', '3'));
  if (!existsSync(join(dist, 'timeline/index.html'))) throw new Error(`no timeline/index.html in ${dist}: build it first (make bench builds bench/dist/real)`);
  // The TimelineJS page is made from the dataset document beside the dist.
  const datasetFile = join(dirname(dist), `${dist.split('/').at(-1)}-dataset.json`);
  if (!existsSync(datasetFile)) throw new Error(`no ${datasetFile}: bench/run.mjs writes it beside the dist it builds`);
  const dataset = JSON.parse(readFileSync(datasetFile, 'utf8'));
  const timelineDir = timelinePage(dist.split('/').at(-1), { out: dirname(dist), phone: true });

  const browser = await chromium.launch(LAUNCH);
  const browserVersion = browser.version();
  const explorerServer = await startServer({ root: dist, fallback: true, compress: true });
  const timelineServer = await startServer({ root: timelineDir, fallback: false, compress: true });
  let floorServer = null;
  const beforeDist = option('before', null) && resolve(option('before'));
  const beforeServer = beforeDist ? await startServer({ root: beforeDist, fallback: true, compress: true }) : null;
  const pages = {
    explorer: { loads: [], search: [], filter: [] },
    ...(beforeDist ? { before: { loads: [], search: [], filter: [] } } : {}),
    timelinejs: { loads: [] },
    floor: { loads: [] },
  };
  const lighthouseResults = [];
  try {
    log('making the floor from the explorer\'s rendered /timeline');
    const order = await makeFloor(browser, explorerServer, dist);
    floorServer = await startServer({ root: FLOOR, fallback: true, compress: true });
    const urls = {
      explorer: `${explorerServer.url}timeline`,
      timelinejs: timelineServer.url,
      floor: `${floorServer.url}timeline`,
      ...(beforeServer ? { before: `${beforeServer.url}timeline` } : {}),
    };
    for (const url of Object.values(urls)) await warm(browser, url);

    // The pages take turns in each run, so that a busy moment of the
    // machine does not fall on one page only.
    for (let run = 0; run < runs; run += 1) {
      log(`run ${run + 1} of ${runs}`);
      pages.explorer.loads.push(await measureLoad(browser, urls.explorer, { target: CARD, ready: 'app' }));
      pages.explorer.search.push(await measureSearch(browser, urls.explorer, order));
      pages.explorer.filter.push(await measureSearch(browser, urls.explorer, order, 'filter'));
      if (pages.before) {
        pages.before.loads.push(await measureLoad(browser, urls.before, { target: CARD, ready: 'app' }));
        pages.before.search.push(await measureSearch(browser, urls.before, order));
        pages.before.filter.push(await measureSearch(browser, urls.before, order, 'filter'));
        const [b, bs, bf] = [pages.before.loads.at(-1), pages.before.search.at(-1), pages.before.filter.at(-1)];
        log(`  before: FCP ${ms(b.fcp)}, first event ${ms(b.firstEvent)}, TBT ${ms(b.tbt)}, ${kb(b.bytes)}, search ${ms(bs.respondedAt)}, filter ${ms(bf.respondedAt)}`);
      }
      pages.timelinejs.loads.push(await measureLoad(browser, urls.timelinejs, { target: TIMELINE_HEADLINE, ready: 'first-event' }));
      pages.floor.loads.push(await measureLoad(browser, urls.floor, { target: CARD, ready: 'load' }));
      const [e, s, t, f] = [pages.explorer.loads.at(-1), pages.explorer.search.at(-1), pages.timelinejs.loads.at(-1), pages.floor.loads.at(-1)];
      const fl = pages.explorer.filter.at(-1);
      log(`  explorer: FCP ${ms(e.fcp)}, LCP ${ms(e.lcp)}, first event ${ms(e.firstEvent)}, TBT ${ms(e.tbt)} (longest task ${ms(e.longestTask)}), ${kb(e.bytes)}, search ${s.respondedAt == null ? 'did not respond' : ms(s.respondedAt)} after ${kb(s.bytesAtResponse)}, filter ${ms(fl.respondedAt)}, ${e.consoleErrors.length + s.consoleErrors.length + fl.consoleErrors.length} console errors`);
      log(`  TimelineJS: FCP ${ms(t.fcp)}, LCP ${ms(t.lcp)}, first event ${ms(t.firstEvent)}, TBT ${ms(t.tbt)}, ${kb(t.bytes)}`);
      log(`  floor: FCP ${ms(f.fcp)}, LCP ${ms(f.lcp)}, first event ${ms(f.firstEvent)}, TBT ${ms(f.tbt)}, ${kb(f.bytes)}`);
    }

    if (lighthouseRuns > 0) {
      const scratch = mkdtempSync(join(os.tmpdir(), 'phone-lighthouse-'));
      try {
        for (const path of ['/', '/timeline', `/events/${dataset.events[0].id}`, '/ja/timeline']) {
          const runsOfPage = [];
          for (let run = 0; run < lighthouseRuns; run += 1) {
            log(`Lighthouse ${path}: run ${run + 1} of ${lighthouseRuns}`);
            try {
              runsOfPage.push(await lighthouse(`${explorerServer.origin}${path}`, scratch));
              const r = runsOfPage.at(-1);
              log(`  ${LIGHTHOUSE_CATEGORIES.map((id) => `${id} ${r.scores[id]}`).join(', ')}; LCP ${ms(r.lcp)}, TBT ${ms(r.tbt)}`);
            } catch (err) {
              log(`  failed: ${err.message}`);
              runsOfPage.push({ error: err.message });
            }
          }
          lighthouseResults.push({ path, runs: runsOfPage, result: medianRun(runsOfPage) });
        }
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await explorerServer.close();
    await timelineServer.close();
    await floorServer?.close();
    await beforeServer?.close();
  }

  const data = {
    meta: {
      date: new Date().toISOString().slice(0, 10),
      dist,
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, memoryBytes: os.totalmem() },
      browser: browserVersion,
      runs,
      ...(beforeDist ? { before: { dist: beforeDist, label: option('before-label', 'before') }, after: { label: option('after-label', 'after') } } : {}),
      timelinejs: version('@knight-lab/timelinejs'),
      lighthouse: { version: version('lighthouse'), runs: lighthouseRuns },
      conditions: { ...PHONE, network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, quietMs: QUIET_MS, capMs: CAP_MS, query: QUERY },
    },
    pages,
    lighthouse: lighthouseResults,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(json, `${JSON.stringify(data, null, 1)}\n`);
  writeReport(data);
  log('wrote bench/results/phone.json and the phone section of bench/results/latest.md and README.md');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
