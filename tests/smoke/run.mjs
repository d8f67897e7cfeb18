// The smoke suite in the engines readers use: Chromium (Blink), Firefox
// (Gecko) and WebKit (the engine family of Safari), all from Debian
// packages, none downloaded. The same steps in each, against the release
// build (dist/):
//
//   1. the app takes over the prerendered chronology;
//   2. a search narrows it, in the address, the count and the cards;
//   3. a card opens its event in the app, and back returns to the search;
//   4. the Japanese edition starts and searches in Japanese;
//   5. after one visit, a reload with the server gone is answered offline.
//
// Chromium and Firefox are driven by puppeteer-core (Firefox over WebDriver
// BiDi), WebKit by selenium-webdriver through WebKitGTK's WebKitWebDriver and
// its MiniBrowser, which needs a display: run this under `xvfb-run -a`.
//
//   xvfb-run -a node tests/smoke/run.mjs [chromium|firefox|webkit ...]
//
// SMOKE_DIST=DIR runs it against another build (dist/ by default).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { bundledDataset } from '../support/dataset.mjs';
import { startServer } from '../support/static-server.mjs';
import { chromium, firefox } from './puppeteer-driver.mjs';
import { webkit } from './webkit-driver.mjs';

const ENGINES = { chromium, firefox, webkit };
const chosen = process.argv.slice(2);
const engines = chosen.length ? chosen : Object.keys(ENGINES);
const data = bundledDataset();
const TIMEOUT = 20_000;

// Page-side checks, as expressions evaluated in the page.
const appStarted = `document.documentElement.classList.contains('app') && !!document.querySelector('main h1')`;
const notFailed = `!document.documentElement.classList.contains('app-failed')`;
const countText = `(document.querySelector('.result-count')?.textContent.trim() ?? '')`;
const cardCount = `(document.querySelectorAll('.chronology .card').length)`;

/** Each step, run in one engine through its driver. */
async function scenario(browser, url) {
  const expectTrue = async (expression, what) => {
    if (!(await browser.value(`!!(${expression})`))) throw new Error(`${what}: ${expression} is false`);
  };

  // 1. The takeover.
  await browser.open(`${url}timeline`);
  await browser.waitFor(appStarted, 'the app takes over /timeline');
  await expectTrue(notFailed, 'the app started');
  const all = `${data.events.length} events`;
  await browser.waitFor(`${countText} === ${JSON.stringify(all)}`, `the count reads "${all}"`);

  // 2. Search, typed as a reader types.
  await browser.type('#f-q', 'cyber');
  await browser.waitFor(`location.search.includes('q=cyber')`, 'the search is in the address');
  await browser.waitFor(`/^\\d+ events?$/.test(${countText}) && ${countText} !== ${JSON.stringify(all)}`, 'the count narrows');
  const shown = Number((await browser.value(countText)).match(/\d+/)[0]);
  if (!(shown > 0 && shown < data.events.length)) throw new Error(`the search finds ${shown} events`);
  await browser.waitFor(`${cardCount} === ${shown}`, `the list shows the ${shown} events counted`);

  // 3. In-app navigation, and back.
  const title = await browser.value(`document.querySelector('.chronology .card .card-title a').textContent.trim()`);
  await browser.click('.chronology .card .card-title a');
  await browser.waitFor(`location.pathname.includes('/events/')`, 'a card opens its event');
  await browser.waitFor(`document.querySelector('main h1')?.textContent.trim() === ${JSON.stringify(title)}`, 'the event page has the card\'s title');
  await browser.back();
  await browser.waitFor(`location.pathname.endsWith('/timeline') && location.search.includes('q=cyber')`, 'back returns to the search');
  await browser.waitFor(`document.querySelector('#f-q')?.value === 'cyber' && ${cardCount} === ${shown}`, 'the search and its results are back');

  // 4. The Japanese edition.
  await browser.open(`${url}ja/timeline`);
  await browser.waitFor(appStarted, 'the app takes over /ja/timeline');
  await expectTrue(`document.documentElement.lang === 'ja'`, 'the page is in Japanese');
  await browser.waitFor(`${countText} === ${JSON.stringify(`出来事${data.events.length}件`)}`, 'the Japanese count');
  await browser.type('#f-q', 'サイバー');
  await browser.waitFor(`/^出来事\\d+件$/.test(${countText}) && ${countText} !== ${JSON.stringify(`出来事${data.events.length}件`)}`, 'a Japanese search narrows the list');

  // 5. Offline: the service worker answers once the server is gone.
  await browser.open(url);
  await browser.waitFor(appStarted, 'the overview starts');
  await browser.waitFor(`!!navigator.serviceWorker?.controller || (location.reload(), false)`, 'the service worker controls the page', 30_000);
}

/** A free port on 127.0.0.1. */
const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

let failed = 0;
for (const name of engines) {
  const engine = ENGINES[name];
  if (!engine) throw new Error(`unknown engine ${name}; choose from ${Object.keys(ENGINES).join(', ')}`);
  const started = Date.now();
  // A server of its own per engine, on its own port: a fresh origin, so no
  // service worker or storage carries over from another engine's run.
  const server = await startServer({ root: process.env.SMOKE_DIST || 'dist', port: await freePort() });
  const browser = await engine({ timeout: TIMEOUT, spawn, existsSync, freePort });
  try {
    await scenario(browser, server.url);
    // The last step's second half: reload with the server stopped.
    await server.close();
    await browser.reload();
    await browser.waitFor(appStarted, 'the overview reloads offline');
    const errors = browser.errors();
    if (errors.length) throw new Error(`errors in the page:\n  ${errors.join('\n  ')}`);
    console.log(`  ✓ ${name} (${browser.version}): takeover, search, navigation and back, Japanese, offline reload (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed += 1;
    console.error(`  ✗ ${name} (${browser.version}): ${error.message || error.stack || error}`);
  } finally {
    await browser.quit();
    await server.close().catch(() => {});
  }
}
if (failed) {
  console.error(`${failed} of ${engines.length} engines failed`);
  process.exit(1);
}
