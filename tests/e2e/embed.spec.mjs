// Institutions host the explorer under their own path and policies, and
// embed it in their pages: the app is served here under a sub-path on a
// plain static host (no rewrite rules) with the strict CSP, and a host page
// on another origin embeds it.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, appReady } from './fixtures.mjs';
import { startServer } from '../support/static-server.mjs';
import { bundledDataset, descriptionIn, newerDataset, pageHead } from '../support/dataset.mjs';

const BASE = '/research/japan-nato/';
const BUILD = 'dist-subpath';
const PLACEHOLDER = 'https://explorer.example.org/japan-nato/';
const csp = (frameAncestors) =>
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  `connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors ${frameAncestors}`;

let app;
let host;
const hostRewrite = [];

test.beforeAll(async () => {
  host = await startServer({ root: 'embed', host: 'localhost', rewrite: hostRewrite });
  app = await startServer({ root: BUILD, base: BASE, fallback: false, csp: csp(`'self' ${host.origin}`) });
  // A worker may run this hook again (fullyParallel runs tests of this file
  // in batches): the host page must point at this run's server, not an
  // earlier, closed one.
  hostRewrite.splice(0, hostRewrite.length, [PLACEHOLDER, app.url]);
});

test.afterAll(async () => {
  await app?.close();
  await host?.close();
});

test.describe('under a sub-path with the strict CSP', () => {
  test('a deep link loads and reloads on a host without rewrite rules', async ({ page }) => {
    const url = `${app.url}topics/maritime-security?q=exercise`;
    const raw = await page.request.get(url);
    expect(raw.status()).toBe(200);
    expect(raw.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    const html = await raw.text();
    expect(html).toContain('<title>Maritime security and counter-piracy · Japan–NATO Partnership Explorer</title>');
    expect(descriptionIn(html)).toBe(pageHead('/topics/maritime-security').description);
    expect(html).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);

    await page.goto(url);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText('Maritime security and counter-piracy');
    await expect(page.locator('#f-q')).toHaveValue('exercise');
    await page.reload();
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText('Maritime security and counter-piracy');
  });

  test('links, filters and the service worker stay under the base path', async ({ page }) => {
    await page.goto(app.url);
    await appReady(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Chronology' })).toHaveAttribute('href', `${BASE}timeline`);
    await nav.getByRole('link', { name: 'Chronology' }).click();
    await expect(page).toHaveURL(`${app.url}timeline`);
    await page.locator('#f-q').fill('ipcp');
    await expect(page).toHaveURL(`${app.url}timeline?q=ipcp`);
    await page.locator('.chronology .card-title a').first().click();
    await expect(page).toHaveURL(new RegExp(`${BASE}events/`));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    expect(scope).toBe(app.url);
  });

  test.describe('an unknown path', () => {
    test.use({ expectedHttpErrors: ['/no/such/page'] });
    test('gets the 404 page, which shows the not-found view', async ({ page }) => {
      const response = await page.goto(`${app.url}no/such/page`);
      expect(response.status()).toBe(404);
      await expect(page.locator('main h1')).toHaveText('Page not found');
      await expect(page).toHaveTitle(/^Page not found · /);
    });
  });
});

test.describe('embedded in a page of another origin', () => {
  async function openHost(page) {
    await page.goto(`${host.url}example-host.html`);
    const frame = page.frameLocator('iframe[data-japan-nato-explorer]');
    // The prerendered page has the h1 already; the host's settings (accent,
    // font) are the app's to apply, once it has taken the page over.
    await expect(frame.locator('html')).toHaveClass(/(^|\s)app(\s|$)/);
    await expect(frame.locator('main h1')).toHaveText('Maritime security and counter-piracy');
    return frame;
  }

  const frameHeight = (page) => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  const contentHeight = (page) =>
    page.frames().find((f) => f.url().startsWith(app.origin)).evaluate(() => document.body.scrollHeight);

  test('the iframe follows its content as the reader filters and navigates', async ({ page }) => {
    const frame = await openHost(page);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page)))).toBeLessThan(3);
    const tall = await frameHeight(page);
    expect(tall).toBeGreaterThan(600);

    await frame.locator('#f-q').fill('no such words at all');
    await expect(frame.locator('.result-count')).toHaveText('No events match');
    await expect.poll(() => frameHeight(page)).toBeLessThan(tall);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page)))).toBeLessThan(3);
    const short = await frameHeight(page);

    await frame.getByRole('link', { name: 'All topics' }).click();
    await expect(frame.locator('main h1')).toHaveText('Topics');
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(short);
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(page)))).toBeLessThan(3);
  });

  test('embed mode is compact, kept across navigation, and links to the full explorer', async ({ page }) => {
    const frame = await openHost(page);
    await expect(frame.locator('header.site-header')).toHaveCount(0);
    await expect(frame.locator('footer')).toHaveCount(0);
    const full = frame.getByRole('link', { name: /Open the full explorer/ });
    await expect(full).toHaveAttribute('target', '_blank');
    await expect(full).toHaveAttribute('href', `${app.url}topics/maritime-security`);
    await frame.locator('.chronology .card-title a').first().click();
    await expect(frame.locator('main h1')).not.toHaveText('Maritime security and counter-piracy');
    await expect(frame.locator('header.site-header')).toHaveCount(0);
    await expect(full).toHaveAttribute('href', new RegExp(`^${app.url}events/[a-z0-9-]+$`));
  });

  test('the host sets the accent colour; invalid values are ignored', async ({ page }) => {
    const frame = await openHost(page);
    const accent = () => frame.locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--accent').trim());
    expect(await accent()).toBe('#005a9c');
    for (const bad of ['zzz', 'ffff00', '12345', 'red;x:y']) {
      await page.goto(`${app.url}timeline?embed=1&accent=${encodeURIComponent(bad)}&font=${encodeURIComponent('x;}body{')}`);
      await appReady(page);
      const own = await page.locator('html').evaluate((el) => getComputedStyle(el).getPropertyValue('--accent').trim());
      expect(own, bad).toBe('#1d4f91');
      expect(await page.locator('html').evaluate((el) => el.getAttribute('style'))).toBeNull();
    }
    await page.goto(`${app.url}timeline?embed=1&font=Georgia,serif`);
    await appReady(page);
    const font = await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font.startsWith('Georgia, serif')).toBe(true);
  });

  test('the host page accepts height messages only from the explorer', async ({ page }) => {
    await openHost(page);
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(600);
    // The explorer's own height messages settle first (its page grows as
    // the app takes over), so that only the forged one could change it.
    await expect.poll(async () => {
      const height = await frameHeight(page);
      await page.waitForTimeout(300);
      return (await frameHeight(page)) === height;
    }).toBe(true);
    // Every height the host page gives the frame, from here on.
    await page.locator('iframe').evaluate((frame) => {
      window.heightsSet = [];
      new MutationObserver(() => window.heightsSet.push(frame.style.height)).observe(frame, {
        attributes: true,
        attributeFilter: ['style'],
      });
    });
    // A message from the host's own window (not the explorer's frame)...
    await page.evaluate(() =>
      window.postMessage({ source: 'japan-nato-explorer', type: 'height', height: 200 }, '*'),
    );
    // ...then one from the explorer's frame, which is applied. Messages are
    // delivered in order: once the second has landed, the first was handled.
    const explorer = page.frames().find((f) => f.url().startsWith(app.origin));
    const marker = Math.round(await frameHeight(page)) + 37;
    await explorer.evaluate(
      (height) => parent.postMessage({ source: 'japan-nato-explorer', type: 'height', height }, '*'),
      marker,
    );
    // (The explorer may answer its new size with a height of its own: the
    // log, not the last height, shows the marker applied.)
    await expect.poll(() => page.evaluate(() => window.heightsSet)).toContain(`${marker}px`);
    expect(await page.evaluate(() => window.heightsSet)).not.toContain('200px');
  });

  test('a host that is not allowed cannot frame the explorer', async ({ browser }) => {
    const strict = await startServer({ root: BUILD, base: BASE, fallback: false, csp: csp("'self'") });
    const rewrite = [[PLACEHOLDER, strict.url]];
    const other = await startServer({ root: 'embed', host: 'localhost', rewrite });
    const page = await browser.newPage();
    // Chromium blocks the frame's response, reports the violation in the
    // embedding page and puts its own error page in the frame: all three
    // are observed, not inferred from silence.
    const blocked = page.waitForEvent('requestfailed', (req) => req.url().startsWith(strict.url));
    const reported = page.waitForEvent('console', (msg) => /violates the following Content Security Policy directive/.test(msg.text()));
    await page.goto(`${other.url}example-host.html`);
    expect((await blocked).failure().errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE');
    const message = (await reported).text();
    expect(message).toContain(`Framing '${strict.origin}/'`);
    expect(message).toContain(`"frame-ancestors 'self'"`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await expect.poll(() => frame.url()).toBe('chrome-error://chromewebdata/');
    await page.close();
    await strict.close();
    await other.close();
  });
});

test.describe('a newer dataset configured at deploy time', () => {
  const root = mkdtempSync(join(tmpdir(), 'explorer-data-'));
  let server;

  const newer = newerDataset({
    version: '9.0.0-test',
    copyOf: '2023-07-vilnius-summit',
    id: '2023-12-test-addition',
    date: '2023-12',
    title: 'An event only in the newer dataset',
  });

  function deploy(config, file) {
    cpSync(BUILD, root, { recursive: true });
    writeFileSync(join(root, 'explorer-config.json'), JSON.stringify(config));
    if (file) writeFileSync(join(root, file.name), file.text);
  }

  test.beforeAll(async () => {
    server = await startServer({ root, base: BASE, fallback: false, csp: csp("'self'") });
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('a valid file is validated, switched to, and kept for offline use', async ({ page, context }) => {
    deploy({ datasetUrl: `${BASE}newer.json` }, { name: 'newer.json', text: JSON.stringify(newer) });
    await page.goto(`${server.url}timeline?q=only%20in%20the%20newer`);
    await expect(page.locator('.dataset-notice')).toContainText('Showing dataset version 9.0.0-test');
    await expect(page.locator('.result-count')).toHaveText('1 event');
    await expect(page.locator('#f-q')).toHaveValue('only in the newer');
    await expect(page.locator('footer')).toContainText('Dataset version 9.0.0-test');

    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    await page.reload();
    await expect(page.locator('.dataset-notice')).toContainText('9.0.0-test');
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.dataset-notice')).toContainText('Showing dataset version 9.0.0-test');
    await expect(page.locator('.result-count')).toHaveText('1 event');
    await context.setOffline(false);
  });

  test('a malformed file keeps the bundled data and says why', async ({ page }) => {
    deploy({ datasetUrl: `${BASE}broken.json` }, { name: 'broken.json', text: '{"meta": {"version": ' });
    await page.goto(`${server.url}timeline`);
    await expect(page.locator('.dataset-notice')).toContainText(`Showing the bundled data (version ${bundledDataset().meta.version})`);
    await expect(page.locator('.dataset-notice')).toContainText('not valid JSON');
    await expect(page.locator('footer')).toContainText(`Dataset version ${bundledDataset().meta.version}`);
    await expect(page.locator('.chronology .card').first()).toBeVisible();
  });

  test('a file with a dangling reference keeps the bundled data and names it', async ({ page }) => {
    const dangling = structuredClone(newer);
    dangling.events[0].topics = ['no-such-topic'];
    deploy({ datasetUrl: `${BASE}dangling.json` }, { name: 'dangling.json', text: JSON.stringify(dangling) });
    await page.goto(`${server.url}topics/china`);
    await expect(page.locator('.dataset-notice')).toContainText('refers to the topic "no-such-topic", which does not exist');
    await expect(page.locator('.dataset-notice')).toContainText('(events)');
    await expect(page.locator('main h1')).toHaveText('China');
  });

  test.describe('a missing file', () => {
    test.use({ expectedHttpErrors: ['missing.json'] });
    test('keeps the bundled data and reports the status', async ({ page }) => {
      deploy({ datasetUrl: `${BASE}missing.json` });
      await page.goto(`${server.url}timeline?topic=cyber-defence`);
      await expect(page.locator('.dataset-notice')).toContainText('answered HTTP 404');
      await expect(page.locator('.result-count')).toHaveText('3 events');
    });
  });
});
